/**
 * The words of a portable budget and of its 参数 sheet that name the other sheet. They are made
 * again when the two are inserted into a workbook under other names (sheetName.ts freeNames), so
 * that the guide sends the reader to the sheet that is there.
 */
import { CITY, type City } from '../rules/core/enums';

/** The budget's guide line. */
export const budgetGuide = (params: string): string =>
  `黄色为填报单元格，蓝色按“${params}”表中生效日期当日有效的规定计算（只用 Excel、WPS、LibreOffice 都有的函数，无需加载项）；改“生效日期”即重算。本表按一个城市的文件生成，另一城市请另行生成。`;

/** The budget's basis line, Chinese and English. */
export const budgetBasis = (city: City, params: string): { basis: string; basisEn: string } => ({
  basis: `${CITY.options[city].zh}政策文件，各行见“依据”，数值见“${params}”表`,
  basisEn: `${CITY.options[city].en}'s documents: each line's clause under 依据, the figures on the ${params} sheet`,
});

/** The 参数 sheet's first line, where a template's marker stands: which sheet reads it. */
export const companionLine = (budget: string): string => `本表数值供“${budget}”的公式读取`;

/** The budget a 参数 sheet's first line names, if it is that line. */
export const companionOf = (text: string): string | undefined => /^本表数值供“(.+)”的公式读取$/u.exec(text)?.[1];

/** The 参数 sheet's guide line. */
export const paramsGuide = (budget: string): string =>
  `“${budget}”的公式按其“生效日期”从本表取有效的数值；每行一个文件版本，生效止为下一版本生效的前一日。数值摘自文件，请勿改动。`;
