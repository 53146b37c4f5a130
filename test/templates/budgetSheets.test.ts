/**
 * The budget sheets as a finance officer reads them: subtotals that add up every column they stand
 * under, 托育's city and county shares in the 2:8 the Ganzhou plan sets (赣市府字〔2022〕94号: 市县两级
 * 财政（各按2:8）对普惠性托育机构建设、运营方面给予扶持), a span counted at the minimum the list
 * guarantees (高龄津贴 每人每月50-1000元不等), and the portable form inserted beside sheets that already
 * carry its names. Sheets are recalculated as a spreadsheet would (test/check/sheet.ts); every
 * expected figure is typed here or worked out from those.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { RuleError } from '../../src/rules/core/errors';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import type { Template } from '../../src/templates/model';
import { freeNames } from '../../src/templates/sheetName';
import { sheetOf } from '../check/sheet';

const AS_OF = '2024-06-01';
const cached = (c: unknown): unknown => (c as { cached: unknown }).cached;

describe('养老服务补贴测算表', () => {
  it('adds up, on the 运营补贴 小计 line, the 重度失能 and the 部分失能 residents of every grade', () => {
    const s = sheetOf('budget-eldercare', { city: '赣州', asOf: AS_OF })
      .fill('三级', '重度失能人数', 10, 'ops')
      .fill('三级', '部分失能人数', 5, 'ops')
      .fill('一级', '重度失能人数', 2, 'ops')
      .fill('五级', '部分失能人数', 3, 'ops')
      .recalculate();
    expect(cached(s.get('小计', '重度失能人数', 'ops'))).toBe(12);
    expect(cached(s.get('小计', '部分失能人数', 'ops'))).toBe(8);
  });

  it('made portable for 鹰潭, whose documents set no rating award: 奖补合计 stays blank for new homes, never #VALUE!', () => {
    const s = sheetOf('budget-eldercare', { city: '鹰潭', asOf: AS_OF, form: 'portable' }).fill('三级', '新评定机构数（家）', 2, 'awards').recalculate();
    expect(s.get('三级', '每家奖补（元）', 'awards')).toBeNull();
    expect(cached(s.get('三级', '奖补合计（元）', 'awards'))).toBe('');
  });
});

describe('托育服务补助测算表', () => {
  it('splits each amount and the 合计 line 2:8 between the city and the county', () => {
    const s = sheetOf('budget-childcare', { city: '赣州', asOf: AS_OF })
      .fill(['新建', '城市'], '新增托位数（个）', 80, 'grants')
      .fill(['改扩建', '农村'], '新增托位数（个）', 30, 'grants')
      .fill('运营补贴', '实际收托人月数', 600, 'ops')
      .recalculate();
    const shares = (row: string | string[], table: string, what: string) => {
      const [all, city, county] = [`${what}合计（元）`, '其中市级（元）', '其中县级（元）'].map((h) => cached(s.get(row, h, table)) as number) as [number, number, number];
      expect(all, `${table} ${String(row)}`).toBeGreaterThan(0);
      expect(city, `${table} ${String(row)} 市级`).toBeCloseTo(all * 0.2, 6);
      expect(county, `${table} ${String(row)} 县级`).toBeCloseTo(all * 0.8, 6);
      return [all, city, county] as const;
    };
    const grants = shares('小计', 'grants', '建设补助');
    const ops = shares('运营补贴', 'ops', '运营补贴');
    const total = shares('合计', 'total', '');
    expect(total).toEqual(grants.map((g, i) => g + ops[i]!));
  });

  it('is not made portable for a city whose documents set none of its figures, and says which city it serves', () => {
    let refusal: unknown;
    try {
      buildTemplate('budget-childcare', { city: '鹰潭', form: 'portable' });
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(RuleError);
    expect((refusal as RuleError).zh).toContain('适用于：赣州');
  });
});

describe('养老补贴发放测算表 made portable for 赣州', () => {
  it('counts 高龄津贴 at 50 a month, the lower end of 每人每月50-1000元不等, on its 参数 sheet', () => {
    const params = layout(buildTemplate('budget-allowances', { city: '赣州', asOf: AS_OF, form: 'portable' }).companion!);
    const rows = params.cells.filter((c) => c.kind === 'key' && c.value === '高龄津贴');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(params.cells.find((c) => c.r === r.r && c.column?.key === 'value')?.value).toBe(50);
  });
});

describe('a portable budget inserted where its names are taken', () => {
  let t: Template;
  beforeEach(() => {
    t = freeNames(buildTemplate('budget-eldercare', { city: '赣州', asOf: AS_OF, form: 'portable' }), ['养老服务补贴测算表', '参数']);
  });

  it('goes in as 养老服务补贴测算表 (2) with 参数 (2), each sheet’s guide naming the other as it is now called', () => {
    expect([t.sheet, t.companion!.sheet]).toEqual(['养老服务补贴测算表 (2)', '参数 (2)']);
    expect(t.guide).toContain('“参数 (2)”');
    expect(t.companion!.guide).toContain('“养老服务补贴测算表 (2)”');
  });

  it('reads every figure from 参数 (2), its name quoted as Excel requires for a name with a space', () => {
    const formulas = layout(t).cells.flatMap((c) => (c.formula === undefined ? [] : [c.formula]));
    const reads = formulas.filter((f) => f.includes('参数'));
    expect(reads.length).toBeGreaterThan(5);
    for (const f of reads) expect(f.replace(/'参数 \(2\)'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?/gu, ''), f).not.toContain('参数');
  });
});
