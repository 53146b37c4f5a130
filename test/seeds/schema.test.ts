/**
 * The seed schema's own rules, one bad seed each: a real seed file with one field broken the way a
 * hand edit could break it. Each must be refused with the rule's words and the field's path, and the
 * nearest good value beside it must pass, so that a rule that refuses too much fails here as well.
 */
import { describe, expect, it } from 'vitest';
import { SEED_FILES } from '../../src/rules/data/seeds';
import { parseSeed, validateSeeds } from '../../src/rules/data/validate';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a seed as a hand edit sees it: any field may be broken
type Loose = any;

/** The refusal of `file` after `edit`, or '' where the edited seed passes. */
function refusal(file: keyof typeof SEED_FILES, edit: (seed: Loose) => void): string {
  const seed = structuredClone(SEED_FILES[file]) as Loose;
  edit(seed);
  try {
    parseSeed(file, seed);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

const GANZHOU = 'ganzhou-2022-94.json';
/** The first indicator of 赣州's plan, 基本养老保险参保率: a share (92.89% in 2020, 95.5% by 2025). */
const pension = (seed: Loose): Loose => seed.indicators[0];
/** 赣州's table of beds by county (章贡区 first), seven columns of three measures. */
const beds = (seed: Loose): Loose => seed.tables[0];

describe('a seed file', () => {
  it('with a table parameter that lists no value is refused: a table has at least one value', () => {
    const m = refusal(GANZHOU, (s) => (s.parameters[0].values = {}));
    expect(m).toMatch(/at least one value[\s\S]*parameters\[0\]\.values/);
  });

  it('with a span whose lower end exceeds its upper end is refused; a span of one figure (40 至 40) passes', () => {
    // 吉安's township homes: 40 至 150 张, seed parameter 5.
    expect(refusal('jian-2022-16.json', (s) => Object.assign(s.parameters[5], { min: 151, max: 150 }))).toMatch(
      /min must not exceed max[\s\S]*parameters\[5\]\.max/,
    );
    expect(refusal('jian-2022-16.json', (s) => Object.assign(s.parameters[5], { min: 40, max: 40 }))).toBe('');
  });

  it('with a numeric target and no comparator, or a text target with one, is refused', () => {
    const bare = refusal(GANZHOU, (s) => delete pension(s).targets[0].comparator);
    expect(bare).toMatch(/a number needs a comparator, a text target has none[\s\S]*indicators\[0\]\.targets\[0\]/);
    const worded = refusal(GANZHOU, (s) => Object.assign(pension(s).targets[0], { value: '基本建立' }));
    expect(worded).toMatch(/a number needs a comparator, a text target has none[\s\S]*indicators\[0\]\.targets\[0\]/);
  });

  it('with a share target below 0 is refused; a share of 0 and of 1 (0% and 100%) pass', () => {
    expect(refusal(GANZHOU, (s) => (pension(s).targets[0].value = -0.1))).toMatch(
      /share is a fraction in \[0, 1\][\s\S]*indicators\[0\]\.targets\[0\]\.value/,
    );
    expect(refusal(GANZHOU, (s) => (pension(s).targets[0].value = 0))).toBe('');
    expect(refusal(GANZHOU, (s) => (pension(s).targets[0].value = 1))).toBe('');
  });

  it('with a base-year share written as a percentage (92.89 for 92.89%) or below 0 is refused; 0 and 1 pass', () => {
    for (const v of [92.89, 1.01, -0.01]) {
      expect(refusal(GANZHOU, (s) => (pension(s).base.value = v)), String(v)).toMatch(
        /share is a fraction in \[0, 1\] \(60% -> 0\.6\)[\s\S]*indicators\[0\]\.base\.value/,
      );
    }
    for (const v of [0, 1]) expect(refusal(GANZHOU, (s) => (pension(s).base.value = v)), String(v)).toBe('');
  });

  it('with a county table column of a measure the table does not define is refused, naming the measure', () => {
    const m = refusal(GANZHOU, (s) => (beds(s).columns[1].measure = 'bedCount'));
    expect(m).toMatch(/unknown measure bedCount[\s\S]*tables\[0\]\.columns\[1\]/);
  });

  it('with a total row or a county row one value short is refused, naming the row and the width', () => {
    const total = refusal(GANZHOU, (s) => beds(s).total.values.pop());
    expect(total).toMatch(/7 values expected[\s\S]*tables\[0\]\.total/);
    const row = refusal(GANZHOU, (s) => beds(s).rows[0].values.pop());
    expect(row).toMatch(/章贡区: 7 values expected[\s\S]*tables\[0\]\.rows\[0\]/);
    const longer = refusal(GANZHOU, (s) => beds(s).rows[0].values.push(1));
    expect(longer).toMatch(/章贡区: 7 values expected/);
  });

  it('with a discrepancy that uses a figure it does not list is refused; its last figure passes', () => {
    // 赣州's first discrepancy lists two figures.
    expect(refusal(GANZHOU, (s) => (s.discrepancies[0].productUses = 2))).toMatch(
      /productUses must index one of the figures[\s\S]*discrepancies\[0\]/,
    );
    expect(refusal(GANZHOU, (s) => (s.discrepancies[0].productUses = 1))).toBe('');
  });

  it('with a service list whose items are not numbered 1, 2, … in order is refused at the item’s number', () => {
    const m = refusal('ganzhou-2023-13.json', (s) => (s.serviceList.items[2].no = 4));
    expect(m).toMatch(/items are numbered 1, 2, … in order; 3 expected[\s\S]*serviceList\.items\[2\]\.no/);
  });
});

describe('checking every seed file at load', () => {
  // The files are handed over rather than the seeds module mocked: loading the schema again inside a
  // test would make Stryker take its load-time code (the zod schema itself) for this test's alone.
  it('throws a SeedError naming the one malformed file among good ones', () => {
    const data = structuredClone(SEED_FILES) as Record<string, Loose>;
    data['yingtan-2022-20.json'].document.inForce = '2022年7月1日';
    let thrown: Error | undefined;
    try {
      validateSeeds(data);
    } catch (e) {
      thrown = e as Error;
    }
    expect(thrown?.name).toBe('SeedError');
    expect(thrown?.message).toMatch(/^seeds\/yingtan-2022-20\.json is malformed:[\s\S]*an ISO date YYYY-MM-DD[\s\S]*document\.inForce/);
    expect(() => validateSeeds(SEED_FILES)).not.toThrow();
  });
});
