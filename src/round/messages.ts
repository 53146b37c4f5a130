/**
 * Every word the round (merge and 通报) gives, in one place, Chinese first: statuses, reasons and the
 * circular's sentences.
 */
import type { Bilingual } from '../rules/data/schema';

const list = (xs: readonly string[]): string => xs.join('、');
const listEn = (xs: readonly string[]): string => xs.join(', ');

export type CountyStatus = 'submitted' | 'hasErrors' | 'conflict' | 'missing';

export const STATUS_WORDS: Record<CountyStatus, Bilingual> = {
  submitted: { zh: '已报送', en: 'submitted' },
  hasErrors: { zh: '有错误', en: 'has errors' },
  conflict: { zh: '冲突', en: 'conflict' },
  missing: { zh: '未报送', en: 'missing' },
};

export type FileStatus = 'merged' | 'conflict' | 'otherTemplate' | 'notReturn' | 'unrecognised' | 'unreadable';

export const FILE_STATUS_WORDS: Record<FileStatus, Bilingual> = {
  merged: { zh: '已汇总', en: 'merged' },
  conflict: { zh: '冲突，未汇总', en: 'conflict, not merged' },
  otherTemplate: { zh: '其他模板，未汇总', en: 'another template, not merged' },
  notReturn: { zh: '不是县级报表，未汇总', en: 'not a county return, not merged' },
  unrecognised: { zh: '未识别，未汇总', en: 'not recognised, not merged' },
  unreadable: { zh: '无法读取', en: 'cannot be read' },
};

/** How to turn a WPS or old Excel file into one careplan reads, named by its extension. */
export function saveAsXlsx(file: string): Bilingual | undefined {
  if (/\.et$/iu.test(file)) {
    return {
      zh: '这是 WPS 表格格式（.et）的文件，无法读取；请在 WPS 中打开，点“文件 → 另存为”，文件类型选“Microsoft Excel 文件（*.xlsx）”后保存，再汇总。',
      en: 'This is a WPS Spreadsheets file (.et), which cannot be read; open it in WPS, choose File → Save As, pick “Microsoft Excel File (*.xlsx)” as the type, save and merge again.',
    };
  }
  if (/\.xls$/iu.test(file)) {
    return {
      zh: '这是 Excel 97-2003 格式（.xls）的文件，无法读取；请在 Excel 中打开，点“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，或在 WPS 中“文件 → 另存为”选“Microsoft Excel 文件（*.xlsx）”，再汇总。',
      en: 'This is an Excel 97-2003 file (.xls), which cannot be read; open it in Excel, choose File → Save As and “Excel Workbook (*.xlsx)”, or in WPS File → Save As and “Microsoft Excel File (*.xlsx)”, then merge again.',
    };
  }
  return undefined;
}

export const ROUND_MSG = {
  missing: (): Bilingual => ({ zh: '未收到该县（市、区）的报表。', en: 'No return was received from this county.' }),
  sameTwice: (files: readonly string[]): Bilingual => ({
    zh: `收到 ${files.length} 份数字相同的报表（${list(files)}），按一份汇总。`,
    en: `${files.length} returns with the same figures (${listEn(files)}); merged once.`,
  }),
  differ: (files: readonly string[], figures: readonly string[]): Bilingual => ({
    zh: `收到 ${files.length} 份数字不同的报表（${list(files)}），不同之处：${list(figures)}；两份均未汇总，请与该县核实后只保留一份。`,
    en: `${files.length} returns with different figures (${listEn(files)}), differing in ${listEn(figures)}; neither was merged. Confirm with the county and keep one.`,
  }),
  documentChanged: (file: string, figures: readonly string[]): Bilingual => ({
    zh: `${file} 改动了文件规定的数字（${list(figures)}）；未汇总，请该县用原表重新填报。`,
    en: `${file} changes figures the document sets (${listEn(figures)}); not merged. Ask the county to fill in the original form again.`,
  }),
  unreadableForCounty: (files: readonly string[]): Bilingual => ({
    zh: `按文件名属于该县的 ${list(files)} 无法读取；该县的数字未汇总，请该县重新报送。`,
    en: `${listEn(files)}, named for this county, cannot be read; the county's figures were not merged. Ask it to send the return again.`,
  }),
  otherTemplate: (theirs: string, ours: string): Bilingual => ({
    zh: `这是“${theirs}”的报表，不是本次汇总的“${ours}”。`,
    en: `This is a return of “${theirs}”, not of “${ours}” being merged.`,
  }),
  notReturn: (sheets: readonly string[]): Bilingual => ({
    zh: `工作表 ${list(sheets)} 是 careplan 的表，但不是某个县（市、区）的填报表。`,
    en: `Sheet(s) ${listEn(sheets)} are careplan sheets but no county's return.`,
  }),
  unrecognised: (sheets: readonly string[], looked: string): Bilingual => ({
    zh: `工作表 ${list(sheets)} 中未找到模板编号（careplan:…）或 ${looked} 的表头，未汇总。`,
    en: `No template marker (careplan:…) nor the headers of ${looked} were found on sheet(s) ${listEn(sheets)}; not merged.`,
  }),
  conflictInTable: (reason: Bilingual): string => `未汇总：${reason.zh}`,
};

/** Why a merge cannot start at all. */
export const ROUND_ERRORS = {
  notCountyTable: (id: string, ids: readonly string[]): Bilingual => ({
    zh: `${id} 不是县级分解表，不能汇总；可汇总的模板：${list(ids)}。`,
    en: `${id} is not a county table and cannot be merged. Templates that can: ${listEn(ids)}.`,
  }),
  noReturns: (ids: readonly string[]): Bilingual => ({
    zh: `所给文件中没有识别出任何县级报表（${list(ids)}）；请检查文件，或用 --template 指定模板。`,
    en: `No county return (${listEn(ids)}) was recognised in the files given; check the files, or name the template with --template.`,
  }),
  ambiguous: (ids: readonly string[]): Bilingual => ({
    zh: `所给文件中 ${list(ids)} 的报表一样多；请用 --template 指定本次汇总哪一个。`,
    en: `The files hold as many returns of ${listEn(ids)}; name the one to merge with --template.`,
  }),
};
