/**
 * Why a workbook could not be read, in both languages the add-in speaks. Every message says what is
 * wrong and what the user can do about it, Chinese first; all of the reader's wording lives here.
 */

import { cut } from '../check/messages';

export type XlsxErrorCode = 'NOT_XLSX' | 'ENCRYPTED' | 'LEGACY_XLS' | 'DAMAGED' | 'TOO_LARGE' | 'TOO_MANY_ROWS';

export class XlsxError extends Error {
  override readonly name = 'XlsxError';

  constructor(
    readonly code: XlsxErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

const MiB = 1024 * 1024;
const mib = (bytes: number): string => `${(bytes / MiB).toFixed(1)} MiB`;
const count = (n: number): string => n.toLocaleString('en-US');

const SPLIT_ZH = '请把工作簿拆分成几个较小的文件，或删除未使用的行和列后另存再检查。';
const SPLIT_EN = 'Split the workbook into smaller files, or delete unused rows and columns, save and check again.';

export const notXlsx = (): XlsxError =>
  new XlsxError(
    'NOT_XLSX',
    '这不是 Excel 工作簿（.xlsx）文件（可能是 CSV、PDF、空文件或其他格式）；请提供 Excel 工作簿（.xlsx）。',
    'This is not an Excel workbook (.xlsx) file (it may be a CSV, a PDF, an empty file or another format); please provide an Excel workbook (.xlsx).',
  );

export const encrypted = (): XlsxError =>
  new XlsxError(
    'ENCRYPTED',
    '工作簿设有打开密码，无法读取；请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存为 .xlsx 再检查。',
    'The workbook is protected with a password to open, so it cannot be read; in Excel remove the password (File → Info → Protect Workbook → Encrypt with Password, clear the password), save as .xlsx and check again.',
  );

export const legacyXls = (): XlsxError =>
  new XlsxError(
    'LEGACY_XLS',
    '这是 Excel 97-2003 格式（.xls）的旧版工作簿，无法读取；请在 Excel 中打开，另存为 .xlsx 后再检查。',
    'This is an old Excel 97-2003 workbook (.xls), which cannot be read; open it in Excel, save it as .xlsx and check again.',
  );

/** `part` names the piece of the file that failed, when one can be named, so support can see where. */
export const damaged = (part?: string): XlsxError =>
  new XlsxError(
    'DAMAGED',
    `文件已损坏或不完整${part ? `（${part} 无法读取）` : ''}；请从原处重新获取，或在 Excel 中打开后另存为 .xlsx 再检查。`,
    `The file is damaged or incomplete${part ? ` (${part} cannot be read)` : ''}; get it again from where it came from, or open it in Excel and save it again as .xlsx, then check again.`,
  );

/**
 * Two zip entries under one part name (OPC compares names without case): Excel, LibreOffice and this
 * reader could each read a different one, so the sheet checked might not be the sheet shown.
 */
export const duplicatePart = (part: string): XlsxError =>
  new XlsxError(
    'DAMAGED',
    `文件已损坏：其中有两个同名部件 ${part}（名称不区分大小写），无法确定 Excel 显示的是哪一个；请从原处重新获取，或在 Excel 中打开后另存为 .xlsx 再检查。`,
    `The file is damaged: it holds two parts named ${part} (names are compared without case), so which one Excel shows cannot be told; get it again from where it came from, or open it in Excel and save it again as .xlsx, then check again.`,
  );

/** What went over a size limit; the message names the limit and the figure found. */
export type TooLarge =
  | { kind: 'file'; found: number; limit: number }
  | { kind: 'total'; found: number; limit: number }
  | { kind: 'part'; part: string; found: number; limit: number }
  | { kind: 'ratio'; part: string; found: number; limit: number }
  | { kind: 'zip64' }
  | { kind: 'columns'; sheet: string; found: number; limit: number }
  | { kind: 'cells'; sheet: string; limit: number };

function tooLargeWhat(t: TooLarge): [zh: string, en: string] {
  switch (t.kind) {
    case 'file':
      return [`文件大小 ${mib(t.found)}，超过上限 ${mib(t.limit)}`, `The file is ${mib(t.found)}, over the limit of ${mib(t.limit)}`];
    case 'total':
      return [
        `需读取的内容解压后共 ${mib(t.found)}，超过上限 ${mib(t.limit)}`,
        `The parts to read unpack to ${mib(t.found)} in all, over the limit of ${mib(t.limit)}`,
      ];
    case 'part':
      return [`${t.part} 解压后 ${mib(t.found)}，超过单个部件上限 ${mib(t.limit)}`, `${t.part} unpacks to ${mib(t.found)}, over the limit of ${mib(t.limit)} for one part`];
    case 'ratio':
      return [
        `${t.part} 的压缩比为 ${Math.round(t.found)}:1，超过上限 ${t.limit}:1（可能是恶意构造的压缩炸弹）`,
        `${t.part} claims a compression ratio of ${Math.round(t.found)}:1, over the limit of ${t.limit}:1 (it may be a zip bomb)`,
      ];
    case 'zip64':
      return ['文件使用了 ZIP64 格式（用于超过 4 GiB 的内容），超过上限', 'The file uses the ZIP64 format, which is for content over 4 GiB, over the limit'];
    case 'columns':
      return [
        `工作表“${cut(t.sheet)}”有第 ${count(t.found)} 列的单元格，超过 Excel 的上限 ${count(t.limit)} 列`,
        `Sheet "${cut(t.sheet)}" has a cell in column ${count(t.found)}, beyond Excel's limit of ${count(t.limit)} columns`,
      ];
    case 'cells':
      return [
        `读到工作表“${cut(t.sheet)}”时，工作簿的单元格已超过上限 ${count(t.limit)} 个`,
        `By sheet "${cut(t.sheet)}" the workbook holds more than the limit of ${count(t.limit)} cells`,
      ];
  }
}

export function tooLarge(t: TooLarge): XlsxError {
  const [zh, en] = tooLargeWhat(t);
  return new XlsxError('TOO_LARGE', `${zh}；${SPLIT_ZH}`, `${en}. ${SPLIT_EN}`);
}

export const tooManyRows = (sheet: string, row: number, limit: number): XlsxError =>
  new XlsxError(
    'TOO_MANY_ROWS',
    `工作表“${cut(sheet)}”有第 ${count(row)} 行，超过上限 ${count(limit)} 行；${SPLIT_ZH}`,
    `Sheet "${cut(sheet)}" has a row ${count(row)}, over the limit of ${count(limit)} rows. ${SPLIT_EN}`,
  );

/** A file that could not be checked, as every face reports it: the code and one line in each language. */
export interface FileFailure {
  code: string;
  zh: string;
  en: string;
}

export const failureOf = (e: XlsxError): FileFailure => ({ code: e.code, zh: e.zh, en: e.en });

/** careplan's own fault on one file (never the file's): the command line and the page report it so. */
export const internalFault = (fault: string): FileFailure => ({
  code: 'INTERNAL',
  zh: `careplan 内部错误，请报告：${fault}`,
  en: `careplan internal error, please report: ${fault}`,
});
