/**
 * Which template a sheet is taken for, in the cases layout.test.ts leaves: a marker naming a county
 * or city careplan does not know, a county's own form without its marker found by its key header in
 * the first 40 rows only, and a county table reduced to one county's row.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Cell } from '../../src/check/grid';
import { buildTemplate } from '../../src/templates';
import { sheetOf } from './sheet';

const AS_OF = '2023-01-01';

describe('a marker careplan does not know', () => {
  it('a known template for an unknown county is named whole in the note, nothing checked', () => {
    const s = sheetOf('gz-beds', { county: '于都县' }, { name: '于都' });
    s.grid.rows[0] = ['模板编号 careplan:gz-beds:nowhere'];
    const report = checkSheet(s.grid, AS_OF);
    expect(report).toMatchObject({ template: null, county: null, findings: [] });
    expect(report.note).toEqual({
      zh: '工作表“于都”的模板编号 careplan:gz-beds:nowhere 不认识（可能来自更新版本的 careplan），未检查。',
      en: 'Sheet “于都” carries the template marker careplan:gz-beds:nowhere, which this careplan does not know (perhaps a newer version); not checked.',
    });
  });
});

describe('a marker naming no template', () => {
  it('is named as it stands, with nothing added after it', () => {
    const s = sheetOf('gz-beds');
    s.grid.rows[0] = ['模板编号 careplan:gz-nursinghomes'];
    expect(checkSheet(s.grid, AS_OF).note?.zh).toContain('的模板编号 careplan:gz-nursinghomes 不认识');
  });
});

describe('a county’s own form without its marker', () => {
  const unmarked = (blankRowsAbove: number) => {
    const s = sheetOf('gz-beds', { county: '于都县' }).removeMarker();
    s.grid.rows.splice(0, 0, ...Array.from({ length: blankRowsAbove }, (): Cell[] => []));
    return checkSheet(s.grid, AS_OF);
  };

  it('is that county’s form while its key header stands in the first 40 rows', () => {
    // The key header 县（市、区） stands on row 8 of the form: 31 rows above put it on row 39.
    expect(unmarked(31)).toMatchObject({ template: 'gz-beds', county: '于都县' });
  });

  it('with a 序号 column inserted before its first column, its county is read under the key header, not under column A', () => {
    const s = sheetOf('gz-beds', { county: '于都县' }).removeMarker();
    s.grid.rows = s.grid.rows.map((row) => [null, ...row]);
    expect(checkSheet(s.grid, AS_OF)).toMatchObject({ template: 'gz-beds', county: '于都县' });
  });

  it('lower down it is not looked for, and the sheet is said not to be a template', () => {
    expect(unmarked(32)).toMatchObject({ template: null });
    expect(unmarked(32).note?.zh).toContain('不是 careplan 模板');
  });
});

describe('a city table reduced to one county', () => {
  it('with one county’s row left and no marker, it is that county’s form', () => {
    const s = sheetOf('gz-beds').removeMarker();
    const keep = s.row('瑞金市');
    const header = s.grid.rows.findIndex((row) => row[0] === '县（市、区）');
    s.grid.rows = s.grid.rows.filter((_, r) => r <= header || r === keep);
    expect(checkSheet(s.grid, AS_OF)).toMatchObject({ template: 'gz-beds', county: '瑞金市' });
  });

  it('with only the 全市总计 row left, it is the city table with its counties missing', () => {
    const s = sheetOf('gz-beds').removeMarker();
    const keep = s.row('全市总计');
    const header = s.grid.rows.findIndex((row) => row[0] === '县（市、区）');
    s.grid.rows = s.grid.rows.filter((_, r) => r <= header || r === keep);
    const report = checkSheet(s.grid, AS_OF);
    expect(report).toMatchObject({ template: 'gz-beds', county: null });
    expect(report.findings.filter((f) => f.ruleId === 'sheet.missingRow')).toHaveLength(20);
  });
});

describe('the four cities’ indicator sheets without their marker', () => {
  // Their headers are the same (指标、目标年份、单位、…); only their rows, each city's indicators, differ.
  it.each(['gz-indicators', 'yt-indicators', 'ja-indicators', 'fz-indicators'])('%s is its own city’s sheet, with the findings it has marked', (id) => {
    const marked = checkSheet(sheetOf(id).grid, AS_OF);
    const unmarked = checkSheet(sheetOf(id).removeMarker().grid, AS_OF);
    expect(unmarked.template).toBe(id);
    expect(unmarked.findings).toEqual(marked.findings);
    expect(unmarked.findings.filter((f) => f.ruleId.startsWith('sheet.'))).toEqual([]);
  });

  it('抚州’s sheet cut to one row is still 抚州’s indicator sheet, not taken for a county’s own form', () => {
    const s = sheetOf('fz-indicators').removeMarker();
    for (const r of s.template.tables[0]!.rows.slice(1)) s.removeRow(r.labels as [string, string]);
    expect(checkSheet(s.grid, AS_OF)).toMatchObject({ template: 'fz-indicators', county: null });
  });

  it('鹰潭’s sheet cut to the 14 rows 赣州’s also has is still 鹰潭’s: the same rows found, fewer missing (21 against 41)', () => {
    const gz = new Set(buildTemplate('gz-indicators').tables[0]!.rows.map((r) => r.labels.join('|')));
    const s = sheetOf('yt-indicators').removeMarker();
    const own = s.template.tables[0]!.rows.filter((r) => !gz.has(r.labels.join('|')));
    expect(own).toHaveLength(35 - 14);
    for (const r of own) s.removeRow(r.labels as [string, string]);
    const report = checkSheet(s.grid, AS_OF);
    expect(report.template).toBe('yt-indicators');
    expect(report.findings.filter((f) => f.ruleId === 'sheet.missingRow')).toHaveLength(21);
  });
});

describe('a sheet without its marker, by the share of a template’s headers it carries', () => {
  /** 赣州's service list (15 headers over its two tables) with `n` of its label headers retyped as 备注1, 备注2, …. */
  const retyped = (n: number) => {
    const s = sheetOf('gz-services').removeMarker();
    const labels: [string, string][] = [['服务类型', 'items'], ['市增项目', 'items'], ['服务对象', 'items'], ['牵头责任单位', 'items']];
    labels.slice(0, n).forEach(([header, table], i) => (s.grid.rows[s.layout.headerRow.get(table)!]![s.col(header, table)] = `备注${i + 1}`));
    return checkSheet(s.grid, AS_OF);
  };

  it('12 of 15 (80%) is enough: the sheet is the template, the three columns missing', () => {
    const r = retyped(3);
    expect(r.template).toBe('gz-services');
    expect(r.findings.filter((f) => f.ruleId === 'sheet.missingColumn')).toHaveLength(3);
  });

  it('11 of 15 is not', () => {
    expect(retyped(4).template).toBeNull();
  });
});
