/**
 * A city's plan indicators: each entered actual against its dated target, by the comparator the
 * document words (以上 ≥, 以下 ≤, 超过 >), an error for a 约束性 target and for one with no
 * attribute, a warning for a 预期性 one; and always the same verdict as =CARE.MEETS().
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import type { Finding } from '../../src/check/finding';
import { CITY, type City } from '../../src/rules/core/enums';
import { indicatorsOf } from '../../src/rules/plans/indicators';
import { gap, meets, target } from '../../src/rules/plans/target';
import { atCell, byRule, sheetOf, type Sheet } from './sheet';

const check = (s: Sheet, asOf: string): Finding[] => checkSheet(s.grid, asOf).findings;
function only(fs: readonly Finding[], cell: string): Finding {
  const at = atCell(fs, cell);
  expect(at.map((f) => `${f.ruleId} ${f.severity}`), `findings at ${cell}`).toHaveLength(1);
  return at[0]!;
}

const ACTUAL = '实际值';
const SHEETS: Record<City, string> = { ganzhou: 'gz-indicators', yingtan: 'yt-indicators', jian: 'ja-indicators', fuzhou: 'fz-indicators' };

/** The finding for one indicator row holding `value`, or none. */
function verdict(city: City, name: string, year: number, value: number | string, asOf = `${year + 1}-01-01`): Finding | undefined {
  const row = [name, String(year)];
  const s = sheetOf(SHEETS[city]).fill(row, ACTUAL, value);
  const at = atCell(check(s, asOf), s.address(row, ACTUAL));
  expect(at.length, `findings for ${name} ${year} = ${value}`).toBeLessThanOrEqual(1);
  return at[0];
}
const goal = (city: City, indicator: string, year: number) => target({ city, indicator, year }).value;

describe('赣州规划指标 (no attribute stated anywhere)', () => {
  it('护理型养老床位占比 at 60% in 2025 meets the target: no finding', () => {
    expect(verdict('ganzhou', '护理型养老床位占比', 2025, goal('ganzhou', '护理型养老床位占比', 2025))).toBeUndefined();
  });

  it('护理型养老床位占比 at 45% misses it: an error, since a target with no attribute is read as binding', () => {
    const f = verdict('ganzhou', '护理型养老床位占比', 2025, 0.45)!;
    expect(f).toMatchObject({ severity: 'error', ruleId: 'indicator.target', county: null, measure: '护理型养老床位占比', year: 2025, expected: 0.6, actual: 0.45 });
    expect(f.gap).toBe(gap({ city: '赣州', indicator: '护理型养老床位占比', value: 0.45, year: 2025 }).value);
    expect(f.message.zh).toContain('文件未注明属性，按约束性处理');
    expect(f.message.zh).toContain('≥60%');
    expect(f.citation?.document).toBe('赣市府发〔2023〕13号');
  });

  it('生长发育迟缓率 ≤ 5%: 5% meets it, 5.1% is an error 0.1 points over', () => {
    expect(verdict('ganzhou', '生长发育迟缓率', 2025, 0.05)).toBeUndefined();
    const f = verdict('ganzhou', '生长发育迟缓率', 2025, 0.051)!;
    expect(f).toMatchObject({ severity: 'error', ruleId: 'indicator.target', expected: 0.05, actual: 0.051 });
    expect(f.gap).toBeCloseTo(0.001, 12);
    // An excess over a ceiling is said as one, in both languages.
    expect(f.message.zh).toContain('超过');
    expect(f.message.en).toContain('over');
    expect(f.message.en).not.toContain('short');
    expect(f.message.zh).toContain('≤');
    expect(verdict('ganzhou', '生长发育迟缓率', 2025, 0.01)).toBeUndefined();
  });

  it('托育服务综合管理网络 基本建立: the same words meet it, other words miss it with no numeric gap', () => {
    expect(verdict('ganzhou', '托育服务综合管理网络', 2025, '基本建立')).toBeUndefined();
    const f = verdict('ganzhou', '托育服务综合管理网络', 2025, '正在建立')!;
    expect(f).toMatchObject({ severity: 'error', ruleId: 'indicator.target', expected: '基本建立', actual: '正在建立', gap: null });
  });

  it('托育服务综合管理网络 holding a date (2025-01-01) is read as Excel shows it unformatted, the serial 45658, and misses 基本建立', () => {
    const row = ['托育服务综合管理网络', '2025'];
    const s = sheetOf(SHEETS.ganzhou).fill(row, ACTUAL, { t: 'date', serial: 45658 });
    expect(only(check(s, '2026-01-01'), s.address(row, ACTUAL))).toMatchObject({ ruleId: 'indicator.target', expected: '基本建立', actual: '45658' });
  });

  it('before 2025 has ended a shortfall is information that the target is not yet due', () => {
    const f = verdict('ganzhou', '每千名老年人养老床位数', 2025, 46, '2025-12-31')!;
    expect(f).toMatchObject({ severity: 'info', ruleId: 'indicator.notYetDue', expected: 50, actual: 46, gap: 4 });
    expect(verdict('ganzhou', '每千名老年人养老床位数', 2025, 46, '2026-01-01')).toMatchObject({ severity: 'error', ruleId: 'indicator.target' });
  });

  it('a blank actual is a warning once its year has ended, nothing before', () => {
    const s = sheetOf('gz-indicators');
    const cell = s.address(['每千人口托位数', '2025'], ACTUAL);
    expect(atCell(check(s, '2025-12-31'), cell)).toEqual([]);
    expect(only(check(s, '2026-01-01'), cell)).toMatchObject({ severity: 'warning', ruleId: 'input.notFilled', measure: '每千人口托位数', year: 2025, expected: 4.5 });
  });
});

describe('鹰潭规划指标 (约束性 and 预期性 as the tables mark them)', () => {
  it('a missed 约束性 target is an error: 护理型养老床位占比 50% against 60%', () => {
    const f = verdict('yingtan', '护理型养老床位占比', 2025, 0.5)!;
    expect(f).toMatchObject({ severity: 'error', ruleId: 'indicator.target', expected: 0.6, actual: 0.5 });
    expect(f.message.zh).toContain('约束性');
  });

  it('a missed 预期性 target is a warning: 每千名老年人养老床位数 35 against 40', () => {
    const f = verdict('yingtan', '每千名老年人养老床位数', 2025, 35)!;
    expect(f).toMatchObject({ severity: 'warning', ruleId: 'indicator.target', expected: 40, actual: 35, gap: 5 });
    expect(f.message.zh).toContain('预期性');
  });

  it('a target with no attribute (托位数 4100 in 2023) missed is an error', () => {
    expect(verdict('yingtan', '托位数', 2023, 4000)).toMatchObject({ severity: 'error', ruleId: 'indicator.target', expected: 4100, actual: 4000, gap: 100 });
  });

  it('每千人口托位数 has a 2023 row of its own: 3.2 is information on 2023-12-31 and an error on 2024-01-01', () => {
    expect(verdict('yingtan', '每千人口托位数', 2023, 3.2, '2023-12-31')).toMatchObject({ severity: 'info', ruleId: 'indicator.notYetDue', expected: 3.5 });
    expect(verdict('yingtan', '每千人口托位数', 2023, 3.2, '2024-01-01')).toMatchObject({ severity: 'error', ruleId: 'indicator.target', expected: 3.5 });
    expect(verdict('yingtan', '每千人口托位数', 2023, 3.5)).toBeUndefined();
  });
});

describe('吉安规划指标', () => {
  it('每千名老年人社会工作者配比 > 1: exactly 1 is not met (a warning, 预期性), 1.1 is', () => {
    const f = verdict('jian', '每千名老年人社会工作者配比', 2025, 1)!;
    expect(f).toMatchObject({ severity: 'warning', ruleId: 'indicator.target', expected: 1, actual: 1 });
    expect(f.message.zh).toContain('>1');
    expect(meets({ city: '吉安', indicator: '每千名老年人社会工作者配比', value: 1 }).value).toBe(false);
    expect(verdict('jian', '每千名老年人社会工作者配比', 2025, 1.1)).toBeUndefined();
  });

  it('养老机构护理型床位占比 (约束性) below its 2022 figure of 55% is an error', () => {
    expect(verdict('jian', '养老机构护理型床位占比', 2022, 0.5)).toMatchObject({ severity: 'error', ruleId: 'indicator.target', year: 2022, expected: 0.55 });
  });

  it('乡镇敬老院护理型床位占比, with no attribute in the document, is an error when missed', () => {
    const f = verdict('jian', '乡镇敬老院护理型床位占比', 2025, 0.4)!;
    expect(f).toMatchObject({ severity: 'error', ruleId: 'indicator.target' });
    expect(f.message.zh).toContain('文件未注明属性');
  });

  it('招生规模 明显增长 is a text target (预期性): other words are a warning', () => {
    const name = '本科高校、职业院校养老服务专业招生规模';
    expect(verdict('jian', name, 2025, '明显增长')).toBeUndefined();
    expect(verdict('jian', name, 2025, '略有增长')).toMatchObject({ severity: 'warning', ruleId: 'indicator.target', gap: null });
  });
});

describe('抚州规划指标 (no attribute stated anywhere)', () => {
  it('社会力量运营的养老床位占比 must exceed 50%: exactly 50% is an error, 51% meets it', () => {
    expect(verdict('fuzhou', '社会力量运营的养老床位占比', 2021, 0.5)).toMatchObject({ severity: 'error', ruleId: 'indicator.target', expected: 0.5, actual: 0.5, gap: 0 });
    expect(verdict('fuzhou', '社会力量运营的养老床位占比', 2021, 0.51)).toBeUndefined();
  });

  it('新增有效供给床位 6000 met exactly gives nothing; 5999 is an error one bed short', () => {
    expect(verdict('fuzhou', '新增有效供给床位', 2021, 6000)).toBeUndefined();
    expect(verdict('fuzhou', '新增有效供给床位', 2021, 5999)).toMatchObject({ severity: 'error', expected: 6000, actual: 5999, gap: 1 });
  });

  it('县级福利院改造率 falls due with 2020: blank is a warning on 2021-01-01 and nothing on 2020-12-31', () => {
    const s = sheetOf('fz-indicators');
    const cell = s.address(['县级福利院改造率', '2020'], ACTUAL);
    expect(atCell(check(s, '2020-12-31'), cell)).toEqual([]);
    expect(only(check(s, '2021-01-01'), cell)).toMatchObject({ severity: 'warning', ruleId: 'input.notFilled', year: 2020, expected: 1 });
  });

  it('城市居家和社区养老服务设施覆盖率 has a row for each of 2019, 2020, 2021 with its own figure', () => {
    expect(verdict('fuzhou', '城市居家和社区养老服务设施覆盖率', 2019, 0.7)).toBeUndefined();
    expect(verdict('fuzhou', '城市居家和社区养老服务设施覆盖率', 2020, 0.8)).toMatchObject({ severity: 'error', expected: 0.85 });
    expect(verdict('fuzhou', '城市居家和社区养老服务设施覆盖率', 2021, 0.99)).toMatchObject({ severity: 'error', expected: 1 });
  });
});

/** Values around a target: below, at and above it, kept to what the indicator's unit accepts. */
function around(t: number | string, unit: string): (number | string)[] {
  if (typeof t === 'string') return [t, `${t}（未）`];
  const fit = (v: number) => (unit === 'count' ? Math.max(0, Math.round(v)) : unit === 'share' ? Math.min(1, Math.max(0, v)) : Math.max(0, v));
  return [...new Set([fit(t * 0.9), fit(t - 0.001), t, fit(t * 1.1), fit(t + 1), 0].map(fit))];
}

describe('the checker’s verdict is =CARE.MEETS()’s for the same value', () => {
  for (const city of Object.keys(CITY.options) as City[]) {
    it(`every ${CITY.options[city].zh} indicator row, below, at and above its target`, () => {
      const plans = indicatorsOf(city);
      let rows = 0;
      for (let k = 0; k < 6; k++) {
        const s = sheetOf(SHEETS[city]);
        const cases: { row: string[]; value: number | string; indicator: string; year: number; attribute: string | undefined }[] = [];
        for (const plan of plans) {
          for (const t of plan.targets) {
            const values = around(t.value, plan.indicator.unit);
            const value = values[k % values.length]!;
            const row = [plan.indicator.name, String(t.year)];
            s.fill(row, ACTUAL, value);
            cases.push({ row, value, indicator: plan.indicator.id, year: t.year, attribute: plan.indicator.attribute });
          }
        }
        const fs = check(s, '2030-01-01');
        expect(byRule(fs, 'input.invalid')).toEqual([]);
        for (const c of cases) {
          const ok = meets({ city, indicator: c.indicator, year: c.year, value: c.value }).value;
          const at = atCell(fs, s.address(c.row, ACTUAL)).filter((f) => f.ruleId === 'indicator.target');
          expect(at.length, `${c.row.join(' ')} = ${c.value}: MEETS says ${ok}`).toBe(ok ? 0 : 1);
          if (!ok) expect(at[0]!.severity).toBe(c.attribute === 'expected' ? 'warning' : 'error');
          rows += 1;
        }
      }
      expect(rows).toBeGreaterThan(0);
    });
  }
});
