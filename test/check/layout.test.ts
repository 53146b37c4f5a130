/**
 * A filled sheet as people leave it: rows sorted, a column inserted, counties written short, the
 * marker lost. The checker finds the table by its headers and the rows by county names, so each
 * gives the same findings as the sheet as written, at the cells the figures moved to; and what it
 * cannot find it says.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { cellAt, parseA1, type Cell } from '../../src/check/grid';
import { allocation } from '../../src/rules/plans/allocation';
import { byRule, meaningOfFinding, sheetOf, type Sheet } from './sheet';

const AS_OF = '2023-01-01';
const DONE = (y: number) => `${y}年实际新增改造（张）`;
const beds = (county: string, year: number): number => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;
const text = (c: Cell): string => (c === null || c === undefined || typeof c === 'object' ? '' : String(c));

/** A 养老床位分解表 with errors, warnings and information of every kind in it. */
function filled(): Sheet {
  const s = sheetOf('gz-beds');
  s.fill('于都县', DONE(2021), beds('于都县', 2021) + 20).fill('于都县', DONE(2022), beds('于都县', 2022) - 20); // task.year
  s.fill('章贡区', DONE(2021), beds('章贡区', 2021) - 3).fill('章贡区', DONE(2022), beds('章贡区', 2022)); // task.cumulative ×2
  s.fill('赣州开发区', DONE(2021), beds('赣州开发区', 2021)).fill('赣州开发区', DONE(2023), 5); // task.notYetDue + notFilled
  s.fill('蓉江新区', DONE(2021), -1); // input.invalid
  s.fill('于都县', '2022年末养老床位数（张）', 6400).fill('于都县', '2022年末护理型床位数（张）', 6500); // consistency.part
  s.fill('于都县', '2022年末老年人口（人）', 140_000).setCached('于都县', '2022年每千名老人床位数（张）', 40); // computed.mismatch
  s.fill('全市总计', DONE(2021), beds('全市总计', 2021) - 1); // task.cumulative on the total
  return s;
}

/** Where a finding stands, in words: the row's key cells and the column's header. */
function place(s: Sheet, f: Finding, rename: Record<string, string> = {}): string {
  const { r, c } = parseA1(f.cell);
  const keys = s.table().columns.filter((col) => col.role === 'key').map((col) => col.header);
  const headerRow = s.grid.rows.findIndex((row) => row.some((cell) => text(cell) === keys[0]));
  const keyCols = keys.map((k) => (s.grid.rows[headerRow] ?? []).findIndex((cell) => text(cell) === k));
  const row = keyCols.map((k) => text(cellAt(s.grid, r, k))).map((w) => rename[w] ?? w);
  return `${row.join(' ')} | ${text(cellAt(s.grid, headerRow, c))}`;
}

/** Each finding's meaning and place in words, sorted: what must not change when the sheet is rearranged. */
function described(s: Sheet, rename: Record<string, string> = {}, asOf = AS_OF): string[] {
  return checkSheet(s.grid, asOf)
    .findings.map((f) => JSON.stringify({ ...meaningOfFinding(f), message: f.message.zh, at: place(s, f, rename) }))
    .sort();
}

describe('a rearranged sheet gives the same findings, at the cells that moved', () => {
  const original = described(filled());

  it('the filled sheet has findings of every kind to compare', () => {
    const rules = new Set(checkSheet(filled().grid, AS_OF).findings.map((f) => f.ruleId));
    for (const id of ['task.year', 'task.cumulative', 'task.notYetDue', 'input.notFilled', 'input.invalid', 'consistency.part', 'computed.mismatch']) expect(rules).toContain(id);
  });

  it('county rows in reverse order', () => {
    const s = filled().reverseRows();
    expect(s.dataRows().map((r) => s.grid.rows[r]![0])[0]).toBe('全市总计');
    expect(described(s)).toEqual(original);
    // The cells moved with the rows: 于都县’s 2022 warning is now where 于都县 stands.
    const f = byRule(checkSheet(s.grid, AS_OF).findings, 'task.year');
    expect(f.map((x) => x.cell)).toEqual([s.address('于都县', DONE(2022))]);
    expect(f[0]!.cell).not.toBe(filled().address('于都县', DONE(2022)));
  });

  it('county rows sorted by name', () => {
    const s = filled().sortRows((a, b) => a[0]!.localeCompare(b[0]!, 'zh'));
    expect(described(s)).toEqual(original);
  });

  it('a column inserted before the year columns (every cell right of it one column further)', () => {
    const before = filled();
    const at = before.col('2021年新增改造任务（张）');
    const s = filled().insertColumn(at, '备注');
    expect(s.col(DONE(2021))).toBe(before.col(DONE(2021)) + 1);
    expect(described(s)).toEqual(original);
    expect(byRule(checkSheet(s.grid, AS_OF).findings, 'task.year').map((f) => f.cell)).toEqual([s.address('于都县', DONE(2022))]);
  });

  it('a blank column inserted before the county column', () => {
    const s = filled().insertColumn(0);
    expect(checkSheet(s.grid, AS_OF).template).toBe('gz-beds');
    expect(described(s)).toEqual(original);
  });

  it('counties written short (于都 for 于都县, 章贡 for 章贡区, 蓉江 for 蓉江新区): findings name them as the document does', () => {
    const rename = { 于都: '于都县', 章贡: '章贡区', 蓉江: '蓉江新区' };
    const s = filled().renameRow('于都县', '于都').renameRow('章贡区', '章贡').renameRow('蓉江新区', '蓉江');
    expect(described(s, rename)).toEqual(original);
    expect(checkSheet(s.grid, AS_OF).findings.filter((f) => f.county === '于都县').length).toBeGreaterThan(0);
  });

  it('赣州经开区 written for 赣州开发区 (its alias in the seeds) is the same row', () => {
    const s = filled().renameRow('赣州开发区', '赣州经开区');
    expect(byRule(checkSheet(s.grid, AS_OF).findings, 'sheet.missingRow')).toEqual([]);
    expect(described(s, { 赣州经开区: '赣州开发区' })).toEqual(original);
  });

  it('赣州开发区 written on the 托位 sheet, whose document row is 赣州经开区, is the same row', () => {
    const s = sheetOf('gz-slots').renameRow('赣州经开区', '赣州开发区').fill('赣州开发区', '2021年末托位数（个）', 1);
    const fs = checkSheet(s.grid, '2022-01-01').findings;
    expect(byRule(fs, 'sheet.missingRow')).toEqual([]);
    expect(fs.find((f) => f.cell === s.address('赣州开发区', '2021年末托位数（个）'))).toMatchObject({ ruleId: 'level.target', county: '赣州经开区' });
  });

  it('赣州蓉江新区 written for 蓉江新区 is the same row', () => {
    const s = filled().renameRow('蓉江新区', '赣州蓉江新区');
    expect(described(s, { 赣州蓉江新区: '蓉江新区' })).toEqual(original);
  });

  it('抚州高新区 written for 高新区 (its alias in the seeds) is the same row', () => {
    const s = sheetOf('fz-facilities').renameRow('高新区', '抚州高新区').fill('抚州高新区', '2019年实际新增嵌入式养护院（个）', 0);
    const fs = checkSheet(s.grid, '2020-01-01').findings;
    expect(byRule(fs, 'sheet.missingRow')).toEqual([]);
    expect(fs.find((f) => f.cell === s.address('抚州高新区', '2019年实际新增嵌入式养护院（个）'))).toMatchObject({ ruleId: 'task.cumulative', county: '高新区', actual: 0 });
  });

  it('a sheet without the marker but with the headers is still recognised, with the same findings', () => {
    const s = filled().removeMarker();
    expect(s.grid.rows.slice(0, 12).flat().some((c) => text(c).includes('careplan:'))).toBe(false);
    expect(checkSheet(s.grid, AS_OF).template).toBe('gz-beds');
    expect(described(s)).toEqual(original);
  });
});

describe('an indicator sheet rearranged gives the same findings', () => {
  const ACTUAL = '实际值';
  const asOf = '2026-01-01';
  function indicators(): Sheet {
    return sheetOf('gz-indicators')
      .fill(['护理型养老床位占比', '2025'], ACTUAL, 0.45)
      .fill(['生长发育迟缓率', '2025'], ACTUAL, 0.06)
      .fill(['每千人口托位数', '2025'], ACTUAL, 4.5)
      .fill(['托育服务综合管理网络', '2025'], ACTUAL, '正在建立')
      .fill(['普惠性托位占比', '2025'], ACTUAL, 60);
  }
  const original = described(indicators(), {}, asOf);

  it('has errors, refusals and unfilled rows to compare', () => {
    const rules = new Set(checkSheet(indicators().grid, asOf).findings.map((f) => f.ruleId));
    for (const id of ['indicator.target', 'input.invalid', 'input.notFilled']) expect(rules).toContain(id);
  });

  it('rows in reverse order, and a column inserted before 目标值', () => {
    expect(described(indicators().reverseRows(), {}, asOf)).toEqual(original);
    const s = indicators();
    expect(described(s.insertColumn(s.col('目标值'), '说明'), {}, asOf)).toEqual(original);
  });
});

describe('what the checker cannot find, it says', () => {
  it('a removed column is sheet.missingColumn naming the header, and the rest is still checked', () => {
    const s = filled().removeColumn(DONE(2022));
    const fs = checkSheet(s.grid, AS_OF).findings;
    const missing = byRule(fs, 'sheet.missingColumn');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', measure: '新增改造床位', year: 2022 });
    expect(missing[0]!.message.zh).toContain(`“${DONE(2022)}”`);
    // 2021 is still checked where it stands.
    expect(fs.find((f) => f.cell === s.address('章贡区', DONE(2021)))).toMatchObject({ ruleId: 'task.cumulative', gap: 3 });
  });

  it('a removed county row is sheet.missingRow naming the county', () => {
    const s = filled().removeRow('于都县');
    const missing = byRule(checkSheet(s.grid, AS_OF).findings, 'sheet.missingRow');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', county: '于都县' });
    expect(missing[0]!.message.zh).toContain('于都县');
  });

  it('a removed first county row (章贡区, first in the document’s table) leaves every later county and the 全市总计 row checked as before', () => {
    const original = described(filled());
    const s = filled().removeRow('章贡区');
    const after = described(s).filter((d) => JSON.parse(d).ruleId !== 'sheet.missingRow');
    const others = original.filter((d) => !JSON.parse(d).at.startsWith('章贡区 '));
    expect(others.length).toBeLessThan(original.length);
    expect(after).toEqual(others);
    // Named, so that the comparison cannot pass on two empty lists.
    expect(after.some((d) => JSON.parse(d).at.startsWith('全市总计 '))).toBe(true);
    expect(after.some((d) => JSON.parse(d).at.startsWith('蓉江新区 '))).toBe(true);
  });

  it('a duplicated row is sheet.duplicateRow at the copy; only the first is checked', () => {
    const s = filled();
    const copy = s.duplicateRow('章贡区');
    s.grid.rows[copy]![s.col(DONE(2021))] = 0;
    const fs = checkSheet(s.grid, AS_OF).findings;
    const dup = byRule(fs, 'sheet.duplicateRow');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: 'warning', county: '章贡区', cell: `A${copy + 1}` });
    expect(dup[0]!.message.zh).toContain(`第 ${copy + 1} 行`);
    expect(fs.filter((f) => f.county === '章贡区' && f.ruleId === 'task.cumulative').map((f) => f.gap)).toEqual([3, 3]);
  });

  it('a county’s own form that lost its marker is still that county’s form, not the city table with 20 rows missing', () => {
    const s = sheetOf('gz-beds', { county: '于都县' }).removeMarker();
    const report = checkSheet(s.grid, AS_OF);
    expect(report.template).toBe('gz-beds');
    expect(byRule(report.findings, 'sheet.missingRow')).toEqual([]);
    expect(report.county).toBe('于都县');
  });

  it('an unrelated sheet is no template, with a note saying so', () => {
    const report = checkSheet({ name: 'Sheet1', rows: [['姓名', '年龄'], ['张三', 30]] }, AS_OF);
    expect(report).toMatchObject({ sheet: 'Sheet1', template: null, county: null, findings: [] });
    expect(report.note?.zh).toContain('不是 careplan 模板');
  });

  it('a sheet with a marker this careplan does not know is not checked, with a note naming the marker', () => {
    const s = filled();
    const r = s.grid.rows.findIndex((row) => row.some((c) => text(c).includes('careplan:')));
    s.grid.rows[r] = ['模板编号 careplan:gz-future'];
    const report = checkSheet(s.grid, AS_OF);
    expect(report.template).toBeNull();
    expect(report.note?.zh).toContain('careplan:gz-future');
  });

  it('a sheet with only some of a template’s headers is not taken for it', () => {
    const s = sheetOf('gz-beds').removeMarker();
    const header = s.grid.rows[s.layout.headerRow.get('main')!]!;
    s.grid.rows[s.layout.headerRow.get('main')!] = header.map((c, i) => (i < header.length / 2 ? c : `其他${i}`));
    expect(checkSheet(s.grid, AS_OF).template).toBeNull();
  });
});
