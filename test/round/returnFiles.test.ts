import { describe, expect, it } from 'vitest';
import { returnFileKind } from '../../src/round/returnFiles';

describe('which collected files a round reads', () => {
  it('reads .xlsx returns and the .xls and .et it names how to save, skips Excel’s ~$ lock files, leaves the rest', () => {
    expect(returnFileKind('第二批/于都县报表.XLSX')).toBe('return');
    expect(returnFileKind('大余县报表.et')).toBe('return');
    expect(returnFileKind('老表.xls')).toBe('return');
    expect(returnFileKind('第二批\\~$信丰县报表.xlsx')).toBe('lock');
    expect(returnFileKind('~$说明.docx')).toBe('other');
    expect(returnFileKind('通知.pdf')).toBe('other');
    expect(returnFileKind('~$folder/于都县.xlsx')).toBe('return');
  });
});
