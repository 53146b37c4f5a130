/**
 * The what-if budget sheets (养老服务补贴测算表, 托育服务补助测算表): every amount a CARE.* formula over
 * the settings and counts on the sheet. A saved amount that disagrees with what the CARE function
 * gives for the sheet's own figures is a warning (it may just not have been recalculated); a wrong
 * SUM is an error; a city the documents do not cover and negative counts are refused.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { bedSubsidy } from '../../src/rules/subsidies/bedSubsidy';
import { opSubsidy } from '../../src/rules/subsidies/opSubsidy';
import { ratingAward } from '../../src/rules/subsidies/ratingAward';
import { slotGrant } from '../../src/rules/subsidies/slotGrant';
import { slotOps } from '../../src/rules/subsidies/slotOps';
import { buildTemplate } from '../../src/templates';
import { checkBytes } from '../../src/xlsx/checkBytes';
import { writeTemplate } from '../../src/xlsx/write';
import { atCell, byRule, sheetOf, type Sheet } from './sheet';

const AS_OF = '2024-06-01';
const check = (s: Sheet): Finding[] => checkSheet(s.grid, AS_OF).findings;
function only(fs: readonly Finding[], cell: string): Finding {
  const at = atCell(fs, cell);
  expect(at.map((f) => `${f.ruleId} ${f.severity}`), `findings at ${cell}`).toHaveLength(1);
  return at[0]!;
}
/** Every cell of the sheet that holds one of the template's formulas. */
const formulaCells = (s: Sheet): string[] => s.layout.cells.filter((p) => p.formula !== undefined).map((p) => p.address);

/** 赣州: 120 nursing-type beds newly built, 10 severe and 5 partial residents in a 三级 home, two new 三级 homes. */
function eldercare(city = '赣州'): Sheet {
  return sheetOf('budget-eldercare', { city, asOf: AS_OF })
    .fill('新建', '核定护理型床位数（张）', 120, 'beds')
    .fill('三级', '重度失能人数', 10, 'ops')
    .fill('三级', '部分失能人数', 5, 'ops')
    .fill('三级', '新评定机构数（家）', 2, 'awards');
}

/** 赣州: 80 new urban inclusive slots and 600 child-months of care. */
function childcare(): Sheet {
  return sheetOf('budget-childcare', { city: '赣州', asOf: AS_OF })
    .fill(['新建', '城市'], '新增托位数（个）', 80, 'grants')
    .fill('运营补贴', '实际收托人月数', 600, 'ops');
}

describe('养老服务补贴测算表', () => {
  it('saved amounts equal to the CARE functions’ give no finding on any formula cell', () => {
    const s = eldercare().recalculate();
    const bed = bedSubsidy({ city: '赣州', beds: 120, buildType: '新建', asOf: AS_OF }).value;
    const ops = opSubsidy({ city: '赣州', severe: 10, partial: 5, grade: '三级', months: 12, asOf: AS_OF }).value;
    const award = ratingAward({ city: '赣州', grade: '三级', asOf: AS_OF }).value;
    expect(s.get('新建', '建设补贴（元）', 'beds')).toMatchObject({ cached: bed });
    expect(s.get('三级', '运营补贴（元）', 'ops')).toMatchObject({ cached: ops });
    expect(s.get('三级', '奖补合计（元）', 'awards')).toMatchObject({ cached: 2 * award });
    expect(s.get('合计', '金额（元）', 'total')).toMatchObject({ cached: bed + ops + 2 * award });
    expect(bed).toBeGreaterThan(0);
    expect(check(s)).toEqual([]);
  });

  it('a saved 建设补贴 that disagrees with CARE.BEDSUBSIDY for the sheet’s figures is a computed.mismatch warning', () => {
    const bed = bedSubsidy({ city: '赣州', beds: 120, buildType: '新建', asOf: AS_OF }).value;
    const s = eldercare().recalculate().setCached('新建', '建设补贴（元）', bed - 1000, 'beds');
    const fs = check(s);
    const f = only(fs, s.address('新建', '建设补贴（元）', 'beds'));
    expect(f).toMatchObject({ severity: 'warning', ruleId: 'computed.mismatch', county: null, measure: '建设补贴', expected: bed, actual: bed - 1000 });
    expect(f.message.zh).toContain(String(bed));
    // The subtotal is recomputed from the inputs, not from the stale cell, so it still agrees.
    expect(byRule(fs, 'computed.mismatch').map((x) => x.cell)).toEqual([f.cell]);
  });

  it('a CARE formula as Excel saves a custom function (_xldudf_CARE_BEDSUBSIDY) is still a warning, not an error', () => {
    const bed = bedSubsidy({ city: '赣州', beds: 120, buildType: '新建', asOf: AS_OF }).value;
    const s = eldercare().recalculate();
    const cell = s.get('新建', '建设补贴（元）', 'beds') as { formula: string };
    s.fill('新建', '建设补贴（元）', { t: 'formula', formula: cell.formula.replace('CARE.', '_xldudf_CARE_'), cached: bed + 1 }, 'beds');
    expect(only(check(s), s.address('新建', '建设补贴（元）', 'beds'))).toMatchObject({ severity: 'warning', ruleId: 'computed.mismatch', expected: bed, actual: bed + 1 });
  });

  it('a saved SUM (合计) that disagrees with its parts is an error, not a warning', () => {
    const s = eldercare().recalculate();
    const total = s.get('合计', '金额（元）', 'total') as { cached: number };
    s.setCached('合计', '金额（元）', total.cached + 1, 'total');
    expect(only(check(s), s.address('合计', '金额（元）', 'total'))).toMatchObject({ severity: 'error', ruleId: 'computed.mismatch', expected: total.cached, actual: total.cached + 1 });
  });

  it('an amount saved without its value is worked out, never a mismatch', () => {
    const s = eldercare();
    expect(s.get('新建', '建设补贴（元）', 'beds')).toMatchObject({ t: 'formula', cached: null });
    const fs = check(s);
    for (const cell of formulaCells(s)) expect(atCell(fs, cell), cell).toEqual([]);
  });

  it('a city word the documents do not cover (南昌) is refused, naming the four cities', () => {
    const s = eldercare().recalculate().fill('城市', '取值', '南昌', 'settings');
    const fs = check(s);
    const f = only(fs, s.address('城市', '取值', 'settings'));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'input.invalid', measure: '城市' });
    expect(f.message.zh).toContain('南昌');
    expect(f.message.zh).toContain('赣州、鹰潭、吉安、抚州');
    // With no city the amounts cannot be worked out, so none is called wrong.
    expect(byRule(fs, 'computed.mismatch').filter((x) => formulaCells(s).includes(x.cell))).toEqual([]);
  });

  it('赣州市 is the city 赣州', () => {
    const s = eldercare().fill('城市', '取值', '赣州市', 'settings').recalculate();
    expect(byRule(check(s), 'input.invalid')).toEqual([]);
  });

  it('an as-of date that is no date is refused', () => {
    const s = eldercare().fill('生效日期', '取值', '下个月', 'settings');
    const f = only(check(s), s.address('生效日期', '取值', 'settings'));
    expect(f).toMatchObject({ severity: 'error', ruleId: 'input.invalid' });
    expect(f.message.zh).toContain('日期');
  });

  it('negative counts are refused: −5 beds, −1 severely disabled residents', () => {
    const s = eldercare().fill('扩建', '核定护理型床位数（张）', -5, 'beds').fill('一级', '重度失能人数', -1, 'ops');
    const fs = check(s);
    expect(only(fs, s.address('扩建', '核定护理型床位数（张）', 'beds'))).toMatchObject({ severity: 'error', ruleId: 'input.invalid' });
    expect(only(fs, s.address('一级', '重度失能人数', 'ops'))).toMatchObject({ severity: 'error', ruleId: 'input.invalid' });
    expect(atCell(fs, s.address('扩建', '核定护理型床位数（张）', 'beds'))[0]!.message.zh).toContain('不能为负数');
  });

  it('吉安 with the provincial amount per bed prices the beds by 吉安’s rule', () => {
    const s = eldercare('吉安').fill('省级每床补助额（元，鹰潭、吉安须填）', '取值', 10_000, 'settings').recalculate();
    const bed = bedSubsidy({ city: '吉安', beds: 120, buildType: '新建', provincialPerBed: 10_000, asOf: AS_OF }).value;
    expect(s.get('新建', '建设补贴（元）', 'beds')).toMatchObject({ cached: bed });
    const fs = check(s);
    for (const cell of formulaCells(s)) expect(atCell(fs, cell), cell).toEqual([]);
  });

  it('鹰潭 without the provincial amount: the saved error agrees with the function’s refusal', () => {
    const s = eldercare('鹰潭').recalculate();
    expect(s.get('新建', '建设补贴（元）', 'beds')).toMatchObject({ cached: { t: 'error', code: '#N/A' } });
    expect(atCell(check(s), s.address('新建', '建设补贴（元）', 'beds'))).toEqual([]);
    s.setCached('新建', '建设补贴（元）', 0, 'beds');
    expect(only(check(s), s.address('新建', '建设补贴（元）', 'beds'))).toMatchObject({ ruleId: 'computed.mismatch', expected: '#N/A', actual: 0 });
    // Another error is no agreement either: #VALUE! is not the function's #N/A.
    s.setCached('新建', '建设补贴（元）', { t: 'error', code: '#VALUE!' }, 'beds');
    expect(only(check(s), s.address('新建', '建设补贴（元）', 'beds'))).toMatchObject({ ruleId: 'computed.mismatch', expected: '#N/A', actual: '#VALUE!' });
  });

  it('an untouched 养老服务补贴测算表 gives no finding at all', () => {
    const s = sheetOf('budget-eldercare', { city: '赣州', asOf: AS_OF });
    expect(check(s)).toEqual([]);
  });
});

describe('养老服务补贴测算表 made portable for one city (built-in functions over its 参数 sheet)', () => {
  it('its marker names the city, and a wrong 建设补贴 is an error with CARE.BEDSUBSIDY’s amount for that city', () => {
    const s = sheetOf('budget-eldercare', { city: '赣州', asOf: AS_OF, form: 'portable' }).fill('新建', '核定护理型床位数（张）', 120, 'beds');
    expect(s.layout.marker?.value).toBe('careplan:budget-eldercare:ganzhou');
    const bed = bedSubsidy({ city: '赣州', beds: 120, buildType: '新建', asOf: AS_OF }).value;
    s.setCached('新建', '建设补贴（元）', bed - 1000, 'beds');
    const fs = check(s);
    const f = only(fs, s.address('新建', '建设补贴（元）', 'beds'));
    // Not a CARE formula that may wait for the add-in: a built-in formula showing another amount was changed.
    expect(f).toMatchObject({ severity: 'error', ruleId: 'computed.mismatch', measure: '建设补贴', expected: bed, actual: bed - 1000 });
    // The city was fixed when the sheet was made: it is not an input to be read as a number.
    expect(fs.map((x) => x.ruleId)).toEqual(['computed.mismatch']);
  });

  it.each(['鹰潭', '赣州', '吉安', '抚州'])('%s’s, as written with its values, gives no finding, and its 参数 sheet is named for what it is', async (city) => {
    const reports = checkBytes(await writeTemplate(buildTemplate('budget-eldercare', { city, asOf: AS_OF, form: 'portable' })), AS_OF);
    expect(reports.map((r) => [r.sheet, r.template, r.findings])).toEqual([['养老服务补贴测算表', 'budget-eldercare', []], ['参数', null, []]]);
    expect(reports[1]!.note?.zh).toBe('工作表“参数”是测算表“养老服务补贴测算表”的参数表（文件规定的数值及其依据），不单独检查；测算表核对其公式。');
  });

  /** The marker careplan wrote before it named a budget's city. */
  const BARE_MARKER = '模板编号 careplan:budget-eldercare（careplan 据此识别本表，请勿删改）';

  it('one written before the marker named its city (careplan:budget-eldercare alone) is still checked as its city’s portable budget', () => {
    const s = sheetOf('budget-eldercare', { city: '鹰潭', asOf: AS_OF, form: 'portable' }).fill('新建', '核定护理型床位数（张）', 120, 'beds');
    s.grid.rows[0]![0] = BARE_MARKER;
    const r = checkSheet(s.grid, AS_OF);
    expect(r.template).toBe('budget-eldercare');
    // 鹰潭 leaves the amount per bed to the province: blank until given, the line says so, and nothing is wrong.
    expect(r.findings).toEqual([]);
  });

  it('so checked, its 依据 column is checked too: a clause typed over is a finding the CARE form could not give', () => {
    const s = sheetOf('budget-eldercare', { city: '赣州', asOf: AS_OF, form: 'portable' }).recalculate();
    s.grid.rows[0]![0] = BARE_MARKER;
    s.setCached('新建', '依据', '自拟依据', 'beds');
    const r = checkSheet(s.grid, AS_OF);
    expect(r.findings.map((f) => [f.ruleId, f.cell])).toEqual([['computed.mismatch', s.address('新建', '依据', 'beds')]]);
  });

  it('a bare-marker budget whose city cell names no city it is made for is read as the CARE form, whose city is wrong', () => {
    const s = sheetOf('budget-eldercare', { city: '赣州', asOf: AS_OF, form: 'portable' }).recalculate();
    s.grid.rows[0]![0] = BARE_MARKER;
    s.fill('城市', '取值', '南昌', 'settings');
    const r = checkSheet(s.grid, AS_OF);
    expect(r.findings.filter((f) => f.cell === s.address('城市', '取值', 'settings')).map((f) => f.ruleId)).toEqual(['input.invalid']);
  });

  it('a marker naming a city no budget is made for is a marker careplan does not know', () => {
    const s = sheetOf('budget-eldercare', { city: '赣州', asOf: AS_OF, form: 'portable' });
    s.grid.rows[0]![0] = '模板编号 careplan:budget-eldercare:nanchang';
    const r = checkSheet(s.grid, AS_OF);
    expect(r.template).toBeNull();
    expect(r.note?.zh).toContain('careplan:budget-eldercare:nanchang');
  });
});

describe('托育服务补助测算表', () => {
  it('saved amounts equal to CARE.SLOTGRANT and CARE.SLOTOPS give no finding', () => {
    const s = childcare().recalculate();
    const grant = (part: string) => slotGrant({ city: '赣州', slots: 80, buildType: '新建', area: '城市', part, asOf: AS_OF }).value;
    const ops = (part: string) => slotOps({ city: '赣州', childMonths: 600, part, asOf: AS_OF }).value;
    expect(s.get(['新建', '城市'], '建设补助合计（元）', 'grants')).toMatchObject({ cached: grant('合计') });
    expect(s.get(['新建', '城市'], '其中县级（元）', 'grants')).toMatchObject({ cached: grant('县级') });
    expect(s.get('运营补贴', '其中市级（元）', 'ops')).toMatchObject({ cached: ops('市级') });
    expect(grant('合计')).toBeGreaterThan(0);
    expect(check(s)).toEqual([]);
  });

  it('a saved 其中市级 that disagrees with CARE.SLOTGRANT is a computed.mismatch warning', () => {
    const county = slotGrant({ city: '赣州', slots: 80, buildType: '新建', area: '城市', part: '市级', asOf: AS_OF }).value;
    const s = childcare().recalculate().setCached(['新建', '城市'], '其中市级（元）', county + 1, 'grants');
    const fs = check(s);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: s.address(['新建', '城市'], '其中市级（元）', 'grants'), severity: 'warning', ruleId: 'computed.mismatch', expected: county, actual: county + 1 });
  });

  it('an invalid city word (Nanchang) and negative slots are refused', () => {
    const s = childcare().fill('城市', '取值', 'Nanchang', 'settings').fill(['改扩建', '农村'], '新增托位数（个）', -10, 'grants');
    const fs = check(s);
    expect(only(fs, s.address('城市', '取值', 'settings'))).toMatchObject({ severity: 'error', ruleId: 'input.invalid' });
    expect(only(fs, s.address(['改扩建', '农村'], '新增托位数（个）', 'grants'))).toMatchObject({ severity: 'error', ruleId: 'input.invalid' });
    expect(fs.map((f) => f.ruleId)).toEqual(['input.invalid', 'input.invalid']);
  });

  it('fractional child-months are refused: a count is whole', () => {
    const s = childcare().fill('运营补贴', '实际收托人月数', 600.5, 'ops');
    expect(only(check(s), s.address('运营补贴', '实际收托人月数', 'ops'))).toMatchObject({ ruleId: 'input.invalid' });
  });

  it('the 三、合计 amount column is not headed as the operating subsidy alone', () => {
    const total = buildTemplate('budget-childcare').tables.find((t) => t.key === 'total')!;
    expect(total.rows.map((r) => r.labels[0])).toContain('建设补助');
    expect(total.columns[1]!.header).not.toContain('运营补贴');
  });
});
