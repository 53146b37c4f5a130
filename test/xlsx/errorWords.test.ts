/**
 * What the reader says when it refuses a file, word for word in both languages: each size limit
 * names the figure found and the limit, then what to do. A message is read by a county's staff in
 * Chinese and by support in English, so each language is held to its own words here (a check of
 * either one alone let the other be emptied).
 */
import { describe, expect, it } from 'vitest';
import { damaged, internalFault, tooLarge, XlsxError } from '../../src/xlsx/errors';

const MiB = 1024 * 1024;
const SPLIT_ZH = '请把工作簿拆分成几个较小的文件，或删除未使用的行和列后另存再检查。';
const SPLIT_EN = 'Split the workbook into smaller files, or delete unused rows and columns, save and check again.';
const words = (e: XlsxError) => [e.code, e.zh, e.en];

describe('a file over a size limit', () => {
  it.each([
    [{ kind: 'file', found: 70 * MiB, limit: 64 * MiB }, '文件大小 70.0 MiB，超过上限 64.0 MiB', 'The file is 70.0 MiB, over the limit of 64.0 MiB'],
    [{ kind: 'total', found: 600 * MiB, limit: 512 * MiB }, '需读取的内容解压后共 600.0 MiB，超过上限 512.0 MiB', 'The parts to read unpack to 600.0 MiB in all, over the limit of 512.0 MiB'],
    [
      { kind: 'part', part: 'xl/worksheets/sheet1.xml', found: 300 * MiB, limit: 256 * MiB },
      'xl/worksheets/sheet1.xml 解压后 300.0 MiB，超过单个部件上限 256.0 MiB',
      'xl/worksheets/sheet1.xml unpacks to 300.0 MiB, over the limit of 256.0 MiB for one part',
    ],
    [{ kind: 'zip64' }, '文件使用了 ZIP64 格式（用于超过 4 GiB 的内容），超过上限', 'The file uses the ZIP64 format, which is for content over 4 GiB, over the limit'],
    [
      { kind: 'columns', sheet: '县表', found: 16_385, limit: 16_384 },
      '工作表“县表”有第 16,385 列的单元格，超过 Excel 的上限 16,384 列',
      'Sheet "县表" has a cell in column 16,385, beyond Excel\'s limit of 16,384 columns',
    ],
    [{ kind: 'cells', sheet: '县表', limit: 4_000_000 }, '读到工作表“县表”时，工作簿的单元格已超过上限 4,000,000 个', 'By sheet "县表" the workbook holds more than the limit of 4,000,000 cells'],
  ] as const)('%o says what it found, the limit, and to split the workbook', (what, zh, en) => {
    expect(words(tooLarge(what))).toEqual(['TOO_LARGE', `${zh}；${SPLIT_ZH}`, `${en}. ${SPLIT_EN}`]);
  });
});

describe('a damaged file', () => {
  it('says so, and names the part that could not be read when there is one', () => {
    expect(words(damaged())).toEqual([
      'DAMAGED',
      '文件已损坏或不完整；请从原处重新获取，或在 Excel 中打开后另存为 .xlsx 再检查。',
      'The file is damaged or incomplete; get it again from where it came from, or open it in Excel and save it again as .xlsx, then check again.',
    ]);
    const part = damaged('xl/styles.xml');
    expect([part.zh, part.en]).toEqual([
      '文件已损坏或不完整（xl/styles.xml 无法读取）；请从原处重新获取，或在 Excel 中打开后另存为 .xlsx 再检查。',
      'The file is damaged or incomplete (xl/styles.xml cannot be read); get it again from where it came from, or open it in Excel and save it again as .xlsx, then check again.',
    ]);
    expect([part.name, part.message]).toEqual(['XlsxError', `${part.zh} / ${part.en}`]);
  });
});

describe('careplan’s own fault', () => {
  it('is reported as careplan’s, never as the file’s, with what went wrong', () => {
    expect(internalFault('RangeError: x')).toEqual({ code: 'INTERNAL', zh: 'careplan 内部错误，请报告：RangeError: x', en: 'careplan internal error, please report: RangeError: x' });
  });
});
