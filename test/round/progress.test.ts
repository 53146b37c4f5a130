/**
 * The 通报's completion rates in the measure's own units, worked out here from the documents'
 * figures (read through ALLOCATION, as a user would) and compared with what progress() ranks.
 */
import { describe, expect, it } from 'vitest';
import { allocation } from '../../src/rules/plans/allocation';
import type { CountyStatus } from '../../src/round/messages';
import { progress } from '../../src/round/progress';
import { figureKey, type Figure } from '../../src/check/figures';
import { buildTemplate } from '../../src/templates';

const figures = (entries: Record<string, Record<string, Figure>>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Map(Object.entries(v))]));
const submitted = (keys: readonly string[]) => new Map<string, CountyStatus>(keys.map((k) => [k, 'submitted']));

describe('completion rate of a level with a base (赣州 托位, 2020 托位总数)', () => {
  const gz = (county: string, measure: string, year: number) => allocation({ city: '赣州', county, measure, year }).value;
  it('is the rise from the 2020 base ÷ the rise the 2025 target asks, above 100% when exceeded', () => {
    const base = gz('龙南市', '托位总数', 2020);
    const target = gz('龙南市', '托位', 2025);
    const level = target + 155;
    const [slots] = progress(buildTemplate('gz-slots'), figures({ longnan: { [figureKey('托位', 2025)]: level } }), submitted(['longnan']), '2026-06-01');
    const row = slots!.rows.find((r) => r.county === '龙南市')!;
    expect(slots!.years).toEqual([2025]);
    expect(row.rate).toBeCloseTo((level - base) / (target - base), 12);
    expect(row.rate!).toBeGreaterThan(1);
    expect(row.gap).toBe(0);
    expect(row.note).toContain(`较2020年基数 ${base}`);
  });

  it('in 2024 (2023 the last year ended) measures against the 2023 target; a county with no 2023 figure is not ranked', () => {
    const base = gz('于都县', '托位总数', 2020);
    const target = gz('于都县', '托位', 2023);
    const [slots] = progress(buildTemplate('gz-slots'), figures({ yudu: { [figureKey('托位', 2023)]: base + 10 }, xingguo: {} }), submitted(['yudu', 'xingguo']), '2024-05-01');
    expect(slots!.years).toEqual([2023]);
    expect(slots!.rows[0]!.county).toBe('于都县');
    expect(slots!.rows[0]!.rate).toBeCloseTo(10 / (target - base), 12);
    const xingguo = slots!.rows.find((r) => r.county === '兴国县')!;
    expect([xingguo.rank, xingguo.rate]).toEqual([null, null]);
    expect(slots!.sentence).toContain('进度较慢的是 于都县');
  });
});

describe('completion rate of a level without a base (抚州 城市居家和社区养老服务设施)', () => {
  it('is the level at the end of 2021 ÷ the 2021 target', () => {
    const target = allocation({ city: '抚州', county: '临川区', measure: '城市居家和社区养老服务设施', year: 2021 }).value;
    const [urban] = progress(buildTemplate('fz-facilities'), figures({ linchuan: { [figureKey('城市居家和社区养老服务设施', 2021)]: target - 7 } }), submitted(['linchuan']), '2022-01-01');
    const row = urban!.rows.find((r) => r.county === '临川区')!;
    expect(urban!.base).toBeNull();
    expect(row.rate).toBeCloseTo((target - 7) / target, 12);
    expect(row.gap).toBe(7);
  });
});

describe('completion rate of yearly tasks (赣州 新增改造床位, 非累计)', () => {
  const task = (county: string, year: number) => allocation({ city: '赣州', county, measure: '新增改造床位', year }).value;
  it('is what was done in the years due ÷ the sum of their tasks; a blank year counts 0; equal rates share a rank', () => {
    const done = { zhanggong: [task('章贡区', 2021), task('章贡区', 2022)], ganxian: [task('赣县区', 2021), task('赣县区', 2022)], yudu: [task('于都县', 2021) + 30, null] };
    const merged = figures(Object.fromEntries(Object.entries(done).map(([k, v]) => [k, { [figureKey('新增改造床位', 2021)]: v[0]!, [figureKey('新增改造床位', 2022)]: v[1]! }])));
    const statuses = new Map<string, CountyStatus>([['zhanggong', 'submitted'], ['ganxian', 'submitted'], ['yudu', 'hasErrors'], ['nankang', 'conflict']]);
    const [beds] = progress(buildTemplate('gz-beds'), merged, statuses, '2023-01-01');
    expect(beds!.years).toEqual([2021, 2022]);
    const rate = (c: string) => beds!.rows.find((r) => r.county === c)!;
    expect(rate('于都县').rate).toBeCloseTo((task('于都县', 2021) + 30) / (task('于都县', 2021) + task('于都县', 2022)), 12);
    expect(rate('于都县').note).toContain('2022年未填报');
    expect([rate('章贡区').rank, rate('赣县区').rank, rate('于都县').rank]).toEqual([1, 1, 3]);
    expect(rate('南康区')).toMatchObject({ rank: null, rate: null, note: '冲突，未参与排名' });
    expect(rate('定南县').note).toBe('未报送，未参与排名');
  });

  it('before the first year has ended, shows the first year’s progress so far', () => {
    const [beds] = progress(buildTemplate('gz-beds'), figures({ yudu: { [figureKey('新增改造床位', 2021)]: 100 } }), submitted(['yudu']), '2021-07-01');
    expect(beds!.due).toBe(false);
    expect(beds!.years).toEqual([2021]);
    expect(beds!.rows[0]!.rate).toBeCloseTo(100 / task('于都县', 2021), 12);
  });
});
