/**
 * The dated targets of 赣市府发〔2023〕13号 关于加快建设基本养老服务体系建设的实施意见, each named by the
 * document's words and checked through TARGET, MEETS and GAP, and through `careplan targets 赣州`.
 * Where the opinion restates an indicator of 赣市府字〔2022〕94号 (same id), its figure for 2025
 * replaces the plan's and cites the opinion; where the figures differ, the discrepancy is recorded.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/rules/data/schema';
import { SEED_FILES } from '../../src/rules/data/seeds';
import { allDiscrepancies } from '../../src/rules/plans/discrepancies';
import { gap, meets, target } from '../../src/rules/plans/target';
import { expectRefusal } from '../helpers';
import { careplan } from '../support/cli';

const GZ23 = '赣市府发〔2023〕13号';
const GZ22 = '赣市府字〔2022〕94号';
const city = '赣州';

const indicatorsOf = (file: string): Indicator[] => (SEED_FILES[file] as { indicators: Indicator[] }).indicators;
const of2022 = (id: string): Indicator => indicatorsOf('ganzhou-2022-94.json').find((i) => i.id === id)!;

interface Case {
  /** The indicator as the opinion words it. */
  name: string;
  id: string;
  value: number;
  /** A value just short of the target and one that meets it. */
  below: number;
  above: number;
  unit: 'share' | 'count';
  /** The clause's words that carry the figure. */
  words: string;
}

/** Every dated target of the opinion, in the document's order; all are minima (以上, 不少于, 至少, 达到). */
const CASES: Case[] = [
  { name: '失能、失智照护专区', id: 'dementiaCareZones', value: 1, below: 0, above: 2, unit: 'count', words: '每个县（市、区）至少建成 1 个失能、失智照护专区' },
  { name: '示范性区域中心敬老院', id: 'demonstrationRegionalHomes', value: 1, below: 0, above: 1, unit: 'count', words: '每个县（市、区）至少打造1个示范性区域中心敬老院' },
  { name: '县级特困失能人员集中照护机构', id: 'countyDisabledCareInstitutions', value: 1, below: 0, above: 3, unit: 'count', words: '至少建有1个等级评定三级及以上' },
  { name: '护理型床位占比', id: 'nursingBedShare', value: 0.6, below: 0.599, above: 0.61, unit: 'share', words: '护理型床位占比达到 60%以上' },
  { name: '建有医务室或护理站的县级综合福利院比例', id: 'countyWelfareHomeClinicShare', value: 1, below: 0.95, above: 1, unit: 'share', words: '所有县级综合福利院均建有医务室或护理站' },
  { name: '特殊困难老年人家庭适老化改造户数', id: 'elderlyHomeAdaptationHouseholds', value: 10000, below: 9999, above: 10001, unit: 'count', words: '“十四五”期间全市改造不少于1万户' },
  { name: '家庭养老床位（含家庭病床）', id: 'familyCareBeds', value: 6800, below: 6799, above: 6800, unit: 'count', words: '家庭养老床位（含家庭病床）达到6800张以上' },
  { name: '区域养老服务中心或为老服务综合体', id: 'streetCareCenters', value: 1, below: 0, above: 2, unit: 'count', words: '每个街道（城关镇）建有至少1个区域养老服务中心或为老服务综合体' },
  { name: '城市社区养老服务设施覆盖率', id: 'urbanCommunityCareCoverage', value: 1, below: 0.99, above: 1, unit: 'share', words: '城市社区养老服务设施覆盖率达100%' },
  { name: '村级养老服务设施覆盖率', id: 'ruralCommunityCareCoverage', value: 0.85, below: 0.849, above: 0.9, unit: 'share', words: '村级养老服务设施覆盖率达到85%以上' },
  { name: '养老机构持证养老护理员占比', id: 'certifiedCarerShare', value: 0.8, below: 0.79, above: 0.8, unit: 'share', words: '养老机构拥有持证养老护理员占比达 80%' },
  { name: '等级评定一级及以上的乡镇（街道）敬老院比例', id: 'townshipHomeRatedShare', value: 1, below: 0.9, above: 1, unit: 'share', words: '所有乡镇（街道）敬老院等级评定达到一级及以上' },
  { name: '等级评定二级及以上的县级福利院比例', id: 'countyWelfareHomeRatedShare', value: 1, below: 0.9, above: 1, unit: 'share', words: '县级福利院达到二级及以上' },
];

describe('赣市府发〔2023〕13号: the opinion’s dated targets', () => {
  it('are all in the seed, each a 2025 minimum with no attribute, led by the first unit its 〔责任单位〕 names', () => {
    const seeded = indicatorsOf('ganzhou-2023-13.json');
    expect(seeded.map((i) => i.id)).toEqual(CASES.map((c) => c.id));
    for (const i of seeded) {
      expect(i.targets.map((t) => [t.year, t.comparator]), i.id).toEqual([[2025, '>=']]);
      expect(i.attribute, i.id).toBeUndefined();
      expect(i.lead, i.id).toBe('市民政局');
      expect(i.citation.file, i.id).toBe('002_f7cf1662b8dece82.txt');
    }
  });

  it('target({city:赣州, indicator:护理型养老床位占比, year:2025}) is 0.6, citing 赣市府发〔2023〕13号 二（二）6', () => {
    const r = target({ city, indicator: '护理型养老床位占比', year: 2025 });
    expect([r.value, r.unit]).toEqual([0.6, 'share']);
    expect(r.sources).toHaveLength(1);
    expect(r.sources[0]).toMatchObject({ document: GZ23, section: '二、工作任务（二）6. 深化医养结合服务', from: '2023-12-13' });
    expect(r.sources[0]!.quote).toContain('全市护理型床位占比达到 60%以上');
    // The opinion's own name finds the same indicator.
    expect(target({ city, indicator: '护理型床位占比', year: 2025 }).sources[0]!.document).toBe(GZ23);
  });

  it('护理型养老床位占比: the 2022 plan also set 60% for 2025; the equal figure is still recorded from the opinion, and the 2020 base stays the plan’s 36%', () => {
    expect(of2022('nursingBedShare').targets).toEqual([{ year: 2025, comparator: '>=', value: 0.6 }]);
    const base = target({ city, indicator: '护理型养老床位占比', year: 2020 });
    expect(base.value).toBe(0.36);
    expect(base.sources[0]!.document).toBe(GZ22);
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.unit === 'share' ? `${c.value * 100}%` : c.value} by 2025 (“${c.words}”)`, () => {
      const r = target({ city, indicator: c.name, year: 2025 });
      expect([r.value, r.unit]).toEqual([c.value, c.unit]);
      expect(r.sources[0]!.document).toBe(GZ23);
      expect(r.sources[0]!.quote.replace(/\s+/gu, '')).toContain(c.words.replace(/\s+/gu, ''));
      // The id finds the same target; 2025 is the plan's last year, so it is the default.
      expect(target({ city, indicator: c.id }).value).toBe(c.value);

      expect(meets({ city, indicator: c.name, year: 2025, value: c.value }).value).toBe(true);
      expect(meets({ city, indicator: c.name, year: 2025, value: c.above }).value).toBe(true);
      expect(meets({ city, indicator: c.name, year: 2025, value: c.below }).value).toBe(false);
      expect(gap({ city, indicator: c.name, year: 2025, value: c.below }).value).toBeCloseTo(c.value - c.below, 12);
      expect(gap({ city, indicator: c.name, year: 2025, value: c.above }).value).toBe(0);
    });
  }

  it('a year before the opinion’s 2025 targets has no figure: NOT_IN_POLICY naming 2025', () => {
    for (const name of ['家庭养老床位（含家庭病床）', '养老机构持证养老护理员占比', '失能、失智照护专区']) {
      expectRefusal(() => target({ city, indicator: name, year: 2024 }), 'NOT_IN_POLICY', '2025');
    }
  });

  it('a share entered as a percentage is refused: 持证养老护理员占比 80, not 0.8', () => {
    expectRefusal(() => meets({ city, indicator: '养老机构持证养老护理员占比', value: 80 }), 'OUT_OF_RANGE', '0.8');
  });

  it('县级特困失能人员集中照护机构: the 2022 plan’s 县级失能集中照护机构 (≥ 1 per county) is the same indicator; the opinion’s target notes its grade and bed standard', () => {
    expect(of2022('countyDisabledCareInstitutions').targets[0]).toMatchObject({ year: 2025, comparator: '>=', value: 1 });
    const r = target({ city, indicator: '县级失能集中照护机构', year: 2025 });
    expect(r.sources[0]!.document).toBe(GZ23);
    expect(r.notes?.[0]?.zh).toContain('三级及以上');
    expect(r.notes?.[0]?.zh).toContain('100张');
  });

  it('城市社区 / 村级养老服务设施覆盖率 are the 2022 plan’s 城市 / 农村居家社区养老服务覆盖率 (100%, 85%): the plan’s names find the opinion’s equal figures', () => {
    expect(of2022('urbanCommunityCareCoverage').targets[0]!.value).toBe(1);
    expect(of2022('ruralCommunityCareCoverage').targets[0]!.value).toBe(0.85);
    for (const [name, v] of [['城市居家社区养老服务覆盖率', 1], ['农村居家社区养老服务覆盖率', 0.85]] as const) {
      const r = target({ city, indicator: name, year: 2025 });
      expect([r.value, r.sources[0]!.document]).toEqual([v, GZ23]);
    }
  });
});

describe('特殊困难老年人家庭适老化改造: the 2022 plan says 1.5万户, the opinion 不少于1万户', () => {
  it('the product uses the opinion’s 10000 (the later document supersedes), and TARGET says so with both figures', () => {
    expect(of2022('elderlyHomeAdaptationHouseholds').targets[0]).toMatchObject({ year: 2025, value: 15000 });
    const r = target({ city, indicator: '困难老年人居家适老化改造户数', year: 2025 });
    expect(r.value).toBe(10000);
    expect(r.sources[0]!.document).toBe(GZ23);
    const notes = (r.notes ?? []).map((n) => n.zh).join('\n');
    expect(notes).toContain('十四五');
    expect(notes).toContain('15000');
    expect(notes).toContain('✔ 赣市府发〔2023〕13号 10000');
  });

  it('12000 households meets the target in force, though short of the 2022 plan’s 15000', () => {
    expect(meets({ city, indicator: '特殊困难老年人家庭适老化改造户数', value: 12000 }).value).toBe(true);
    expect(gap({ city, indicator: '特殊困难老年人家庭适老化改造户数', value: 9000 }).value).toBe(1000);
  });

  it('is recorded once in the 2023 seed’s discrepancies, with both figures cited and the 2023 one used', () => {
    const found = allDiscrepancies().filter(({ d }) => d.indicator?.id === 'elderlyHomeAdaptationHouseholds');
    expect(found).toHaveLength(1);
    const { city: c, d } = found[0]!;
    expect(c).toBe('ganzhou');
    expect(d.indicator).toEqual({ id: 'elderlyHomeAdaptationHouseholds', year: 2025 });
    expect(d.figures.map((f) => [f.value, f.citation?.file])).toEqual([
      [15000, '000_30ec7212afda7229.txt'],
      [10000, '002_f7cf1662b8dece82.txt'],
    ]);
    expect(d.figures[d.productUses]!.value).toBe(10000);
    expect(d.why.zh).toContain('以本意见为准');
  });
});

describe('careplan targets 赣州', () => {
  it('lists each of the opinion’s targets by name, and as JSON with 2025, its figure and 赣市府发〔2023〕13号', async () => {
    const text = await careplan('targets', '赣州');
    expect(text.code).toBe(0);
    const fresh = CASES.filter((c) => !of2022Ids().has(c.id));
    for (const c of fresh) expect(text.out, c.name).toContain(`${c.name}（`);
    const rows = JSON.parse((await careplan('targets', '赣州', '--json')).out) as { id: string; targets: { year: number; comparator: string; value: number; document: string; citation: { quote: string } }[] }[];
    for (const c of CASES) {
      const row = rows.find((r) => r.id === c.id);
      expect(row, c.id).toBeDefined();
      const t = row!.targets.find((x) => x.year === 2025)!;
      expect([t.comparator, t.value, t.document], c.id).toEqual(['>=', c.value, GZ23]);
      expect(t.citation.quote.replace(/\s+/gu, ''), c.id).toContain(c.words.replace(/\s+/gu, ''));
    }
  });
});

function of2022Ids(): Set<string> {
  return new Set(indicatorsOf('ganzhou-2022-94.json').map((i) => i.id));
}
