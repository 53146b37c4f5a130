/**
 * The two sheets of 赣州市基本养老服务清单（2023年版）: 养老补贴发放测算表 (budget-allowances), whose
 * figures are checked here against plain arithmetic on the list's amounts, and the reference sheet
 * gz-services, whose amounts come from the parameters in force on its date.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { describedCells, layout } from '../../src/templates/layout';
import { buildTemplate } from '../../src/templates';
import { atCell, byRule, sheetOf, type Sheet } from './sheet';

const AS_OF = '2024-06-01';
const check = (s: Sheet, asOf = AS_OF): Finding[] => checkSheet(s.grid, asOf).findings;
const T = 'allowances';

/** Ganzhou 2024: the list's amounts per person per month, written out from the document. */
const PER_MONTH: Record<string, number> = {
  高龄津贴: 50,
  养老服务补贴: 50,
  失能老年人护理补贴: 50,
  困难残疾人生活补贴: 100,
  重度残疾人护理补贴: 100,
  独生子女死亡特别扶助金: 810,
  独生子女伤残特别扶助金: 550,
  重度失能居家养老服务支持: 200,
  中度失能居家养老服务支持: 100,
};

/** Head counts a county might budget for, and months paid in the year (new recipients from July: 6). */
const PEOPLE: Record<string, [number, number]> = {
  高龄津贴: [1200, 12],
  养老服务补贴: [300, 12],
  失能老年人护理补贴: [80, 12],
  困难残疾人生活补贴: [150, 12],
  重度残疾人护理补贴: [90, 12],
  独生子女死亡特别扶助金: [12, 12],
  独生子女伤残特别扶助金: [20, 6],
  重度失能居家养老服务支持: [45, 12],
  中度失能居家养老服务支持: [60, 12],
};

function filled(city = '赣州', asOf = AS_OF): Sheet {
  const s = sheetOf('budget-allowances', { city, asOf });
  for (const [item, [persons, months]] of Object.entries(PEOPLE)) s.fill(item, '享受人数（人）', persons, T).fill(item, '发放月数', months, T);
  return s;
}

describe('养老补贴发放测算表 (budget-allowances)', () => {
  it('lists every monthly allowance of the list once, with the city and the date in settings cells', () => {
    const t = buildTemplate('budget-allowances', { city: '赣州', asOf: AS_OF });
    expect(t.kind).toBe('budget');
    expect(t.tables.map((x) => x.key)).toEqual(['settings', T]);
    expect(t.tables[1]!.rows.map((r) => r.labels[0])).toEqual([...Object.keys(PER_MONTH), '合计']);
  });

  it('gives each line per person, a month and the year as the arithmetic of the document’s amounts, and the totals as their sums', () => {
    const s = filled().recalculate();
    let month = 0;
    let year = 0;
    for (const [item, per] of Object.entries(PER_MONTH)) {
      const [persons, months] = PEOPLE[item]!;
      expect(s.get(item, '每人每月标准（元）', T), item).toMatchObject({ cached: per });
      expect(s.get(item, '每月金额（元）', T), item).toMatchObject({ cached: per * persons });
      expect(s.get(item, '年度金额（元）', T), item).toMatchObject({ cached: per * persons * months });
      month += per * persons;
      year += per * persons * months;
    }
    // 1200×50 + 300×50 + 80×50 + 150×100 + 90×100 + 12×810 + 20×550 + 45×200 + 60×100 a month;
    // the year is twelve of those months less six months of the 20×550 paid from July.
    expect(month).toBe(138720);
    expect(year).toBe(138720 * 12 - 20 * 550 * 6);
    expect(year).toBe(1598640);
    expect(s.get('合计', '每月金额（元）', T)).toMatchObject({ cached: month });
    expect(s.get('合计', '年度金额（元）', T)).toMatchObject({ cached: year });
    expect(s.get('合计', '享受人数（人）', T)).toMatchObject({ cached: 1957 });
    expect(check(s)).toEqual([]);
  });

  it('writes 高龄津贴’s span beside its line and counts it at the minimum the document guarantees', () => {
    const s = filled().recalculate();
    expect(s.get('高龄津贴', '说明', T)).toContain('50–1000');
    expect(s.get('高龄津贴', '年度金额（元）', T)).toMatchObject({ cached: 1200 * 50 * 12 });
    expect(s.get('养老服务补贴', '说明', T)).toBeNull();
  });

  it('one formula per line: CARE.ALLOWANCE over the settings, the item, the head count and the months', () => {
    const s = filled();
    const yearly = s.get('独生子女死亡特别扶助金', '年度金额（元）', T) as { formula: string };
    const item = s.address('独生子女死亡特别扶助金', '补贴项目', T);
    const persons = s.address('独生子女死亡特别扶助金', '享受人数（人）', T);
    const months = s.address('独生子女死亡特别扶助金', '发放月数', T);
    expect(yearly.formula).toBe(`CARE.ALLOWANCE($B$9,${item},${persons},${months},$B$10)`);
  });

  it('a saved amount that disagrees with CARE.ALLOWANCE is a warning; a wrong 合计 an error', () => {
    const s = filled().recalculate().setCached('高龄津贴', '年度金额（元）', 999, T);
    const at = atCell(check(s), s.address('高龄津贴', '年度金额（元）', T));
    expect(at.map((f) => [f.ruleId, f.severity, f.expected, f.actual])).toEqual([['computed.mismatch', 'warning', 720000, 999]]);
    const t = filled().recalculate().setCached('合计', '每月金额（元）', 1, T);
    expect(atCell(check(t), t.address('合计', '每月金额（元）', T)).map((f) => f.severity)).toEqual(['error']);
  });

  it('refuses a negative head count and a fraction of a month', () => {
    const s = filled().fill('高龄津贴', '享受人数（人）', -3, T).fill('养老服务补贴', '发放月数', 1.5, T);
    const invalid = byRule(check(s), 'input.invalid').map((f) => f.cell);
    expect(invalid).toEqual([s.address('高龄津贴', '享受人数（人）', T), s.address('养老服务补贴', '发放月数', T)]);
  });

  it('before 2023-12-13 the list’s new items are #N/A and 居家养老服务支持 stands on the 2022 plan; no figure is called wrong', () => {
    const s = filled('赣州', '2023-06-01').recalculate();
    expect(s.get('高龄津贴', '每人每月标准（元）', T)).toMatchObject({ cached: { t: 'error', code: '#N/A' } });
    expect(s.get('重度失能居家养老服务支持', '每人每月标准（元）', T)).toMatchObject({ cached: 200 });
    expect(check(s, '2023-06-01')).toEqual([]);
  });

  it('for a city without the list every amount is #N/A, with the reason', () => {
    const s = filled('鹰潭').recalculate();
    expect(s.get('高龄津贴', '每人每月标准（元）', T)).toMatchObject({ cached: { t: 'error', code: '#N/A' } });
  });
});

describe('赣州市基本养老服务清单（2023年版） (gz-services)', () => {
  it('prints the 30 items with their type, target group, content and standard, lead units and “*”', () => {
    const t = buildTemplate('gz-services', { asOf: AS_OF });
    expect(t.kind).toBe('reference');
    const items = t.tables[0]!;
    expect(items.rows).toHaveLength(30);
    expect(items.rows[3]!.labels).toEqual(['4', '高龄津贴']);
    const cell = (row: string, col: string) => items.cells.get(`${row}|${col}`)?.value;
    expect(cell('4', 'content')).toBe('每人每月50-1000元不等');
    expect(cell('28', 'lead')).toBe('市文广新旅局、市教育局、市发展改革委、市科学技术协会');
    expect(items.rows.filter((r) => cell(r.key, 'added') === '*').map((r) => r.labels[1])).toEqual(['公租房优先摇取轮候资格', '居家养老服务支持']);
  });

  it('has nothing to fill in, and a fresh sheet checks clean', () => {
    const s = sheetOf('gz-services', { asOf: AS_OF });
    expect(describedCells(layout(s.template)).filter((c) => c.kind === 'input')).toEqual([]);
    expect(check(s)).toEqual([]);
  });

  it('reads every amount from the parameters in force on its date, with the clause: 高龄津贴 50 to 1000, 特别扶助金 810 and 550, 1.3 times 低保', () => {
    const s = sheetOf('gz-services', { asOf: AS_OF });
    const amount = (no: string, who: string) => s.get([no, s.template.tables[0]!.rows.find((r) => r.key === no)!.labels[1]!, who], '标准', 'amounts');
    expect(amount('4', '80周岁及以上老年人')).toBe(50);
    expect(s.get(['4', '高龄津贴', '80周岁及以上老年人'], '上限', 'amounts')).toBe(1000);
    expect(amount('10', '独生子女死亡的特别扶助对象')).toBe(810);
    expect(amount('10', '独生子女伤残的特别扶助对象')).toBe(550);
    expect(amount('15', '基本生活标准')).toBe(1.3);
    expect(amount('21', '重度失能老年人')).toBe(200);
    const basis = s.get(['21', '居家养老服务支持', '重度失能老年人'], '依据', 'amounts') as string;
    expect(basis).toContain('serviceBuy.perPersonMonth');
    const sources = describedCells(layout(s.template)).filter((c) => c.kind === 'given' && c.content?.source).map((c) => c.content!.source!.ref);
    expect(new Set(sources)).toEqual(new Set(['allowance.oldAge', 'allowance.serviceSubsidy', 'allowance.disabledCare', 'hardshipCare.shareOfMinWage', 'allowance.disabledPerson', 'allowance.familyPlanning', 'hardshipSupport.basicLivingMultiple', 'serviceBuy.perPersonMonth']));
  });

  it('built for a day before 2023-12-13 leaves the new amounts blank and says from when; 居家养老服务支持 shows the 2022 figure', () => {
    const s = sheetOf('gz-services', { asOf: '2023-06-01' });
    expect(s.get(['4', '高龄津贴', '80周岁及以上老年人'], '标准', 'amounts')).toBeNull();
    expect(s.get(['4', '高龄津贴', '80周岁及以上老年人'], '依据', 'amounts')).toContain('2023-12-13');
    expect(s.get(['21', '居家养老服务支持', '中度失能老年人'], '标准', 'amounts')).toBe(100);
  });

  it('an amount typed over on the sheet is reported, and the document’s own figure kept', () => {
    const s = sheetOf('gz-services', { asOf: AS_OF }).fill(['10', '计划生育家庭特别扶助金', '独生子女死亡的特别扶助对象'], '标准', 900, 'amounts');
    const fs = check(s);
    expect(fs.map((f) => [f.ruleId, f.severity, f.expected, f.actual])).toEqual([['document.changed', 'warning', 810, 900]]);
    expect(fs[0]!.citation?.document).toBe('赣市府发〔2023〕13号');
  });
});
