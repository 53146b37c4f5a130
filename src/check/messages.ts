/**
 * Every message the checker gives, in one place, Chinese first. Each says what was found, what the
 * document expects, and what to do.
 */
import { percent, show } from '../rules/core/show';
import type { Label } from '../rules/core/messages';
import type { Bilingual } from '../rules/data/schema';
import type { Accepts, Format } from '../templates/model';
import { FORMULA_LIMITS, type FormulaLimit } from './sheetFormula';

const ACCEPTED: Record<Accepts, Bilingual> = {
  count: { zh: '不小于 0 的整数', en: 'a whole number, 0 or more' },
  share: { zh: '0 到 1 之间的小数或百分比（如 0.6 或 60%）', en: 'a fraction from 0 to 1 or a percentage (0.6 or 60%)' },
  quantity: { zh: '不小于 0 的数', en: 'a number, 0 or more' },
  date: { zh: '日期（如 2024-03-01）', en: 'a date (e.g. 2024-03-01)' },
  city: { zh: '赣州、鹰潭、吉安、抚州', en: 'one of the four cities' },
  text: { zh: '文字', en: 'text' },
};

/**
 * Most characters of a cell's text, a formula or a sheet name that a finding repeats. A cell may hold
 * 32,767 characters in Excel and far more in a crafted file; repeated whole in every message, one
 * 2 MB string in 252 cells made 1.6 billion characters of output. 200 shows any real label, figure
 * or formula of a form in full.
 */
export const ECHO_LIMIT = 200;

/** Text from the file as a finding repeats it: cut at ECHO_LIMIT characters, saying so and how long it was. */
export function cut(text: string): string {
  if (text.length <= ECHO_LIMIT) return text;
  // Not through the middle of a surrogate pair: the cut text stays valid UTF-16.
  const last = text.charCodeAt(ECHO_LIMIT - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? ECHO_LIMIT - 1 : ECHO_LIMIT;
  return `${text.slice(0, end)}…（截断，共 ${text.length.toLocaleString('en-US')} 字符 / cut, ${text.length.toLocaleString('en-US')} characters）`;
}

/** A figure as the sheet shows it: shares as percentages, ratios to two decimals; text cut (see cut). */
export function fmt(v: number | string | null, format: Format | undefined): string {
  if (v === null) return '（空）';
  if (typeof v === 'string') return cut(v);
  if (format === 'share') return percent(v);
  if (format === 'decimal' || format === 'yuan') return String(Number(v.toFixed(2)));
  return String(Number(v.toFixed(4)));
}

/** Why a formula was not worked out, with the limit it passed (FORMULA_LIMITS). */
const BEYOND: Record<FormulaLimit, Bilingual> = {
  length: { zh: `公式超过 Excel 的上限 ${FORMULA_LIMITS.length} 个字符`, en: `it is longer than Excel's limit of ${FORMULA_LIMITS.length} characters` },
  nesting: { zh: `括号或函数嵌套超过 Excel 的上限 ${FORMULA_LIMITS.nesting} 层`, en: `it nests brackets or functions deeper than Excel's limit of ${FORMULA_LIMITS.nesting} levels` },
  chain: { zh: `公式引用公式超过 ${FORMULA_LIMITS.chain} 层（可能是循环引用）`, en: `it reads formulas that read formulas more than ${FORMULA_LIMITS.chain} deep (perhaps a circular reference)` },
  work: { zh: `本表需计算的公式合计要读取超过 ${FORMULA_LIMITS.work.toLocaleString('en-US')} 个单元格`, en: `the sheet's formulas together would read more than ${FORMULA_LIMITS.work.toLocaleString('en-US')} cells` },
};

/** A target with ≤ or < is a ceiling: a figure above it is an excess, not a shortfall. */
const ceiling = (sign: string): boolean => sign === '≤' || sign === '<';

/**
 * Two figures shown with enough digits to differ: a ratio recomputed as 48.004 against a cell
 * showing 48 reads 48.004 and 48, not 48 and 48.
 */
export function fmtApart(a: number | string | null, b: number | string | null, format: Format | undefined): [string, string] {
  let [x, y] = [fmt(a, format), fmt(b, format)];
  if (typeof a !== 'number' || typeof b !== 'number' || a === b) return [x, y];
  for (let digits = 3; x === y && digits <= 12; digits++) [x, y] = [a, b].map((v) => (format === 'share' ? percent(v, digits) : String(Number(v.toFixed(digits))))) as [string, string];
  return [x, y];
}

const where = (county: string | null, year: number | null): string => `${county ?? ''}${year === null ? '' : `${county ? ' ' : ''}${year} 年`}`;
const whereEn = (county: string | null, year: number | null): string => [county, year].filter((x) => x !== null).join(' ');

export const CHECK_MSG = {
  notFilled: (county: string | null, year: number | null, measure: string, asOf: string): Bilingual => ({
    zh: `${where(county, year)}“${measure}”已到期（截至 ${asOf}）但未填报；请填写，空白不算完成。`,
    en: `${whereEn(county, year)} “${measure}” is due (as of ${asOf}) but not filled in; a blank does not count as met.`,
  }),
  neededBlank: (county: string | null, year: number | null, measure: string, needs: readonly string[], asOf: string): Bilingual => ({
    zh: `${where(county, year)}“${measure}”已到期（截至 ${asOf}）但未填报；“${needs.join('”“')}”要用它计算，空白时无法计算和核对，请填写。`,
    en: `${whereEn(county, year)} “${measure}” is due (as of ${asOf}) but not filled in; “${needs.join('”, “')}” is worked out from it and cannot be computed or checked while it is blank.`,
  }),
  cumulativeShort: (county: string | null, first: number, year: number, measure: string, done: string, owed: string, gap: string, blanks: readonly number[]): Bilingual => ({
    zh:
      first === year
        ? `${county ?? ''} ${year} 年完成“${measure}” ${done}，少于当年任务 ${owed}（各年任务非累计，逐年相加），尚差 ${gap}。`
        : `${county ?? ''} ${first}–${year} 年累计完成“${measure}” ${done}，少于这几年任务之和 ${owed}（各年任务非累计，逐年相加），尚差 ${gap}。${blanks.length ? `其中 ${blanks.join('、')} 年未填报，按 0 计。` : ''}`,
    en:
      first === year
        ? `${county ?? ''} has done ${done} of “${measure}” in ${year}, short of that year's task of ${owed}, ${gap} behind.`
        : `${county ?? ''} has done ${done} of “${measure}” in ${first}-${year}, short of the ${owed} those years' tasks add up to (each year's task is its own), ${gap} behind.${blanks.length ? ` ${blanks.join(', ')} not filled in, counted as 0.` : ''}`,
  }),
  cumulativeNotJudged: (county: string | null, year: number, measure: string, unreadable: number): Bilingual => ({
    zh: `${where(county, year)}“${measure}”的累计完成情况无法判断：${unreadable} 年的填报值无法读取（见该单元格），请先改正。`,
    en: `${whereEn(county, year)} “${measure}”: the running total cannot be judged, since the ${unreadable} figure cannot be read (see that cell); please correct it first.`,
  }),
  yearBelowTask: (county: string | null, year: number, measure: string, done: string, task: string, runDone: string, runOwed: string): Bilingual => ({
    zh: `${county ?? ''} ${year} 年“${measure}”完成 ${done}，低于当年任务 ${task}；但累计完成 ${runDone} 已达累计任务 ${runOwed}（此前超额部分结转）。`,
    en: `${county ?? ''} did ${done} of “${measure}” in ${year}, below that year's task of ${task}; the running total ${runDone} still meets the ${runOwed} owed (an earlier surplus carries forward).`,
  }),
  cumulativeNotDue: (county: string | null, year: number, measure: string, done: string, owed: string, gap: string, asOf: string): Bilingual => ({
    zh: `${county ?? ''} ${year} 年“${measure}”任务尚未到期（截至 ${asOf}）：目前累计完成 ${done}，累计任务 ${owed}，还差 ${gap}。`,
    en: `${county ?? ''} ${year} “${measure}” is not yet due (as of ${asOf}): ${done} done so far against ${owed} owed, ${gap} to go.`,
  }),
  levelShort: (county: string | null, year: number, measure: string, actual: string, target: string, gap: string): Bilingual => ({
    zh: `${county ?? ''} ${year} 年末“${measure}”为 ${actual}，未达到 ${year} 年应增至的 ${target}，差 ${gap}。`,
    en: `${county ?? ''} had ${actual} “${measure}” at the end of ${year}, short of the ${target} to reach by then, ${gap} behind.`,
  }),
  levelNotDue: (county: string | null, year: number, measure: string, actual: string, target: string, gap: string, asOf: string): Bilingual => ({
    zh: `${county ?? ''} ${year} 年“${measure}”目标 ${target} 尚未到期（截至 ${asOf}）：目前 ${actual}，还差 ${gap}。`,
    en: `${county ?? ''} ${year} “${measure}” target of ${target} is not yet due (as of ${asOf}): ${actual} so far, ${gap} to go.`,
  }),
  ratioShort: (county: string | null, year: number, measure: string, actual: string, sign: string, target: string, gap: string, countyOnly: boolean): Bilingual => ({
    zh: `${county ?? ''} ${year} 年“${measure}”为 ${actual}，${ceiling(sign) ? `超过全市目标 ${sign}${target}，超出 ${gap}` : `未达到全市目标 ${sign}${target}，差 ${gap}`}。${countyOnly ? '该目标是全市指标，县级仅供参考（分解表所列县级数本身在部分县低于该比例）。' : ''}`,
    en: `${county ?? ''} ${year} “${measure}” is ${actual}, ${ceiling(sign) ? 'above' : 'short of'} the city target ${sign}${target} by ${gap}.${countyOnly ? ' The target is the city’s; for a county it is for information (the table’s own county figures fall below it in places).' : ''}`,
  }),
  ratioNotDue: (county: string | null, year: number, measure: string, actual: string, sign: string, target: string, asOf: string): Bilingual => ({
    zh: `${county ?? ''} ${year} 年“${measure}”目标 ${sign}${target} 尚未到期（截至 ${asOf}），目前为 ${actual}。`,
    en: `${county ?? ''} ${year} “${measure}” target ${sign}${target} is not yet due (as of ${asOf}); ${actual} so far.`,
  }),
  indicatorShort: (indicator: string, year: number, actual: string, sign: string, target: string, gap: string, attribute: string): Bilingual => ({
    zh: `“${indicator}” ${year} 年目标 ${sign}${target}（${attribute}），实际 ${actual}，${ceiling(sign) ? `超过${gap ? `，超出 ${gap}` : ''}` : `未达到${gap ? `，差 ${gap}` : ''}`}。`,
    en: `“${indicator}” ${year} target ${sign}${target} (${attribute}): actual ${actual}, ${ceiling(sign) ? `over${gap ? ` by ${gap}` : ''}` : `not met${gap ? `, ${gap} short` : ''}`}.`,
  }),
  indicatorNotDue: (indicator: string, year: number, actual: string, sign: string, target: string, asOf: string): Bilingual => ({
    zh: `“${indicator}” ${year} 年目标 ${sign}${target} 尚未到期（截至 ${asOf}），目前 ${actual}。`,
    en: `“${indicator}” ${year} target ${sign}${target} is not yet due (as of ${asOf}); ${actual} so far.`,
  }),
  totalMismatch: (total: string, year: number | null, measure: string, actual: string, sum: string): Bilingual => ({
    zh: `${total}${year === null ? '' : ` ${year} 年`}“${measure}”填报 ${actual}，与各县（市、区）之和 ${sum} 不一致。`,
    en: `${total}${year === null ? '' : ` ${year}`} “${measure}” is ${actual} but the county rows add up to ${sum}.`,
  }),
  partExceedsWhole: (county: string | null, year: number | null, part: string, partValue: string, whole: string, wholeValue: string): Bilingual => ({
    zh: `${where(county, year)}“${part}” ${partValue} 超过“${whole}” ${wholeValue}；前者是后者的一部分，不能更多。`,
    en: `${whereEn(county, year)} “${part}” ${partValue} exceeds “${whole}” ${wholeValue}, of which it is a part.`,
  }),
  computedMismatch: (measure: string, expected: string, actual: string): Bilingual => ({
    zh: `“${measure}”按本表填报数应为 ${expected}，单元格为 ${actual}；公式可能被改写或未重新计算。`,
    en: `“${measure}” should be ${expected} from the figures entered, but the cell shows ${actual}; the formula may have been overwritten or not recalculated.`,
  }),
  documentChanged: (measure: string, figure: string, shown: string, document: string): Bilingual => ({
    zh: `“${measure}”是文件规定的数字 ${figure}（${document}），工作表中被改成了 ${shown}；检查按文件数字进行，请恢复原数。`,
    en: `“${measure}” is the document's figure ${figure} (${document}) but the sheet shows ${shown}; the check uses the document's figure. Restore it.`,
  }),
  formulaNoValue: (arg: Label, formula: string): Bilingual => ({
    zh: `“${arg.zh}”的公式 =${cut(formula)} 没有保存计算结果，careplan 也无法据引用单元格算出；请在 Excel 或 WPS 中打开并保存，或直接填写数字。`,
    en: `${arg.en}: the formula =${cut(formula)} was saved without its value and careplan cannot work it out; open and save the file in Excel or WPS, or enter the figure.`,
  }),
  formulaBeyondLimit: (arg: Label, limit: FormulaLimit): Bilingual => ({
    zh: `“${arg.zh}”的公式没有保存计算结果，且${BEYOND[limit].zh}，careplan 不予计算；请在 Excel 或 WPS 中打开并保存，或直接填写数字。`,
    en: `${arg.en}: the formula was saved without its value and ${BEYOND[limit].en}, so careplan does not work it out; open and save the file in Excel or WPS, or enter the figure.`,
  }),
  errorValue: (arg: Label, code: string): Bilingual => ({
    zh: `“${arg.zh}”是错误值 ${code}；请改正公式或填写数字。`,
    en: `${arg.en} holds the error ${code}; correct the formula or enter the figure.`,
  }),
  textNumber: (arg: Label, text: string, value: string): Bilingual => ({
    zh: `“${arg.zh}”的 ${show(text)} 是以文本形式存储的数字，已按 ${value} 检查；请改为数字，以便公式和合计计算它。`,
    en: `${arg.en}: ${show(text)} is a number stored as text, checked as ${value}; please enter it as a number so that formulas and totals count it.`,
  }),
  textInNumberCell: (arg: Label, text: string, accepts: Accepts): Bilingual => ({
    zh: `“${arg.zh}”应为数字，收到文字 ${show(text)}${/^\s*[-+]?\d/u.test(text) ? '（以文本形式存储的数字）' : ''}；可接受：${ACCEPTED[accepts].zh}。`,
    en: `${arg.en} must be a number; got the text ${show(text)}. Accepted: ${ACCEPTED[accepts].en}.`,
  }),
  dateInNumberCell: (arg: Label, iso: string, accepts: Accepts): Bilingual => ({
    zh: `“${arg.zh}”应为数字，收到日期 ${iso}（单元格为日期格式）；可接受：${ACCEPTED[accepts].zh}。`,
    en: `${arg.en} must be a number; got the date ${iso} (the cell has a date format). Accepted: ${ACCEPTED[accepts].en}.`,
  }),
  notANumber: (arg: Label, got: unknown, accepts: Accepts): Bilingual => ({
    zh: `“${arg.zh}”应为数字，收到 ${show(got)}；可接受：${ACCEPTED[accepts].zh}。`,
    en: `${arg.en} must be a number; got ${show(got)}. Accepted: ${ACCEPTED[accepts].en}.`,
  }),
  notCity: (arg: Label, got: unknown, cities: readonly string[]): Bilingual => ({
    zh: `“${arg.zh}”不认识 ${show(got)}；可接受：${cities.join('、')}。`,
    en: `${arg.en}: ${show(got)} is not one of the cities. Accepted: ${cities.join(', ')}.`,
  }),
  notDate: (arg: Label, got: unknown): Bilingual => ({
    zh: `“${arg.zh}”不是有效日期：${show(got)}；可接受：${ACCEPTED.date.zh}。`,
    en: `${arg.en} is not a valid date: ${show(got)}. Accepted: ${ACCEPTED.date.en}.`,
  }),
  missingColumn: (sheet: string, header: string): Bilingual => ({
    zh: `工作表“${cut(sheet)}”中找不到列“${header}”，依赖该列的检查未做；请恢复该列标题。`,
    en: `Sheet “${cut(sheet)}” has no column “${header}”; the checks that need it were not done. Restore the column's header.`,
  }),
  missingRow: (sheet: string, label: string): Bilingual => ({
    zh: `工作表“${cut(sheet)}”中找不到“${label}”所在的行，该行未检查；请恢复其名称。`,
    en: `Sheet “${cut(sheet)}” has no row for “${label}”; it was not checked. Restore its name.`,
  }),
  missingTable: (sheet: string, what: string): Bilingual => ({
    zh: `工作表“${cut(sheet)}”中找不到“${what}”的表头，该表未检查。`,
    en: `Sheet “${cut(sheet)}” has no header row for “${what}”; that table was not checked.`,
  }),
  duplicateRow: (label: string, row: number): Bilingual => ({
    zh: `“${label}”在第 ${row} 行再次出现；只检查第一处，请删去重复的行。`,
    en: `“${label}” appears again in row ${row}; only the first is checked. Remove the duplicate.`,
  }),
  notRecognised: (sheet: string): Bilingual => ({
    zh: `工作表“${cut(sheet)}”不是 careplan 模板（没有模板编号，表头也对不上任何模板），未检查。`,
    en: `Sheet “${cut(sheet)}” is not a careplan template (no template marker, and its headers match none), so it was not checked.`,
  }),
  companionSheet: (sheet: string, budget: string): Bilingual => ({
    zh: `工作表“${cut(sheet)}”是测算表“${cut(budget)}”的参数表（文件规定的数值及其依据），不单独检查；测算表核对其公式。`,
    en: `Sheet “${cut(sheet)}” holds the figures of the budget “${cut(budget)}” (the documents' figures and clauses) and is not checked on its own; the budget's check covers its formulas.`,
  }),
  unknownMarker: (sheet: string, marker: string): Bilingual => ({
    zh: `工作表“${cut(sheet)}”的模板编号 ${marker} 不认识（可能来自更新版本的 careplan），未检查。`,
    en: `Sheet “${cut(sheet)}” carries the template marker ${marker}, which this careplan does not know (perhaps a newer version); not checked.`,
  }),
} as const;
