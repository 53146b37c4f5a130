/**
 * The 参数 sheet beside a budget made without the add-in: every figure the budget reads, one row a
 * version, with the days it runs, its unit, its clause and the document's words. Expected rows are
 * copied from the documents (赣市府字〔2022〕94号 四（三）, superseded on 2023-12-13 by 赣市府发〔2023〕13号).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { serialOf } from '../../src/rules/core/dates';
import { buildTemplate } from '../../src/templates';
import { layout, type Layout } from '../../src/templates/layout';

const companion = (id: string, city: string) => buildTemplate(id, { city, form: 'portable' }).companion!;

/** The row whose 参数 and 项 read `what` and `item`, by column key, with each value's format. */
function rowOf(l: Layout, what: string, item: string): Record<string, [unknown, string | undefined]> {
  const r = l.cells.find((c) => c.column?.key === 'what' && c.value === what && l.cells.some((x) => x.r === c.r && x.column?.key === 'item' && x.value === item))?.r;
  if (r === undefined) throw new Error(`no row ${what} ${item}`);
  return Object.fromEntries(l.cells.filter((c) => c.r === r && c.column).map((c) => [c.column!.key, [c.value, c.content?.format]]));
}

describe('赣州’s 参数 for the 养老服务补贴测算表', () => {
  let l: Layout;
  beforeEach(() => {
    l = layout(companion('budget-eldercare', 'ganzhou'));
  });

  it('is titled for its budget and city, and says each row carries its clause', () => {
    const t = l.template;
    expect([t.title.zh, t.title.en, t.sheet, t.basis, t.basisEn]).toEqual(['养老服务补贴测算表参数（赣州）', 'Elderly-care subsidy budget (what-if): figures (Ganzhou)', '参数', '赣州政策文件，各行见“依据”', 'the city documents, each row with its clause']);
    expect(t.tables[0]!.caption).toBe('赣州：测算表所用的每项规定及其有效期');
  });

  it('runs the 2022 bed grant for a rented building from 2022-11-30 to the day before the 2023 document: 4000 元 a bed', () => {
    const row = rowOf(l, '护理型床位一次性建设补贴（每张）', '租赁改建');
    expect(row.from).toEqual([serialOf('2022-11-30'), undefined]);
    expect(row.to).toEqual([serialOf('2023-12-12'), undefined]);
    expect(row.value).toEqual([4000, 'yuan']);
    expect(row.unit![0]).toBe('元/张');
    expect(row.clause![0]).toBe('赣市府字〔2022〕94号 四、保障要素（三）增加资金投入');
    expect(row.quote![0]).toContain('租赁房屋改建床位每张补助不少于 4000元');
    expect(row.note![0]).toBeNull();
  });

  it('gives a grade coefficient as a multiple with its decimals (3级: 1.15 倍), in force with no end', () => {
    const row = rowOf(l, '运营补贴等级评定系数', '3级');
    expect([row.value, row.unit![0], row.to![0]]).toEqual([[1.15, 'decimal'], '倍', null]);
  });

  it('leaves the 1级 award empty, as the document does (二到五级 only), and says so', () => {
    const one = rowOf(l, '民办养老机构等级评定奖补', '1级');
    expect([one.value![0], one.note![0]]).toEqual([null, '一级不在奖补之列。']);
    const two = rowOf(l, '民办养老机构等级评定奖补', '2级');
    expect([two.from![0], two.value, two.unit![0]]).toEqual([serialOf('2023-12-13'), [50_000, 'yuan'], '元/家']);
  });
});

describe('赣州’s 参数 for the 托育 and 补贴发放 budgets', () => {
  it('give a figure the documents set once, with no 项: 托育运营补贴 200 元/人/月, 高龄津贴 from 50 元/人/月 (每人每月50-1000元不等)', () => {
    const ops = rowOf(layout(companion('budget-childcare', 'ganzhou')), '普惠性托育机构运营补贴（每人每月）', '—');
    expect([ops.value, ops.unit![0], ops.from![0]]).toEqual([[200, 'yuan'], '元/人/月', serialOf('2022-11-30')]);
    const old = rowOf(layout(companion('budget-allowances', 'ganzhou')), '高龄津贴', '—');
    expect([old.value, old.unit![0]]).toEqual([[50, 'yuan'], '元/人/月']);
    expect(old.quote![0]).toContain('每人每月50-1000元不等');
  });
});
