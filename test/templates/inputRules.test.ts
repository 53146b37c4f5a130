/**
 * What a county can leave in an input cell: the validation each form carries, judged by what Excel
 * then lets through. `lets` models Excel's data validation as Microsoft documents it ("Apply data
 * validation to cells", support.microsoft.com): a whole-number rule refuses fractions; `between`
 * includes both bounds; `greater than or equal to` includes the bound; a list takes its words only.
 * The values are what people type: 60 for 60% (DESIGN.md: percentages are fractions, 60% is 0.6),
 * a negative count, half a bed.
 */
import { describe, expect, it } from 'vitest';
import { serialOf } from '../../src/rules/core/dates';
import { buildTemplate } from '../../src/templates';
import { layout, type PlacedCell } from '../../src/templates/layout';
import { acceptsOf, inputRule, type Rule } from '../../src/templates/validation';

function lets(rule: Rule, v: number | string): boolean {
  if (rule.type === 'list') return typeof v === 'string' && rule.words.includes(v);
  if (typeof v !== 'number') return false;
  if (rule.type === 'whole' && !Number.isInteger(v)) return false;
  const [lo, hi] = rule.bounds;
  return rule.operator === 'between' ? v >= lo! && v <= hi! : v >= lo!;
}

const ruleOf = (c: PlacedCell): Rule | undefined => {
  const accepts = acceptsOf(c);
  return accepts === undefined ? undefined : inputRule(accepts)?.rule;
};

describe('what an input lets through', () => {
  it.each([
    ['count', [0, 120], [-1, 1.5, 2.5]],
    ['share', [0, 0.6, 1], [60, -0.1, 1.01]],
    ['quantity', [0, 2.5, 45.32], [-1, -0.01]],
  ] as const)('a %s input takes %j and refuses %j', (accepts, taken, refused) => {
    const rule = inputRule(accepts)!.rule;
    for (const v of taken) expect(lets(rule, v), `${v}`).toBe(true);
    for (const v of refused) expect(lets(rule, v), `${v}`).toBe(false);
  });

  it('a city input takes the four cities of the documents and nothing else', () => {
    const rule = inputRule('city')!.rule;
    for (const c of ['赣州', '鹰潭', '吉安', '抚州']) expect(lets(rule, c), c).toBe(true);
    for (const c of ['南昌', '赣州市 ', '']) expect(lets(rule, c), c).toBe(false);
  });

  it('free text is not validated', () => {
    expect(inputRule('text')).toBeUndefined();
  });
});

describe('the inputs of each form', () => {
  it('every 实际值 of a plan indicator in % refuses 60 for 60% and takes 0.6', () => {
    for (const id of ['gz-indicators', 'yt-indicators', 'ja-indicators', 'fz-indicators']) {
      const l = layout(buildTemplate(id));
      const unitOf = (c: PlacedCell) => l.cells.find((u) => u.r === c.r && u.column?.key === 'unit')?.value;
      const actuals = l.cells.filter((c) => c.kind === 'input' && c.column?.key === 'actual');
      const shares = actuals.filter((c) => unitOf(c) === '%');
      expect(shares.length, id).toBeGreaterThan(0);
      for (const c of shares) {
        const rule = ruleOf(c)!;
        expect([lets(rule, 60), lets(rule, 0.6)], `${id} ${c.row?.labels.join(' ')}`).toEqual([false, true]);
      }
    }
  });

  it('every county input of the allocation forms refuses a negative figure and a fraction', () => {
    for (const id of ['gz-beds', 'gz-slots', 'fz-facilities']) {
      const inputs = layout(buildTemplate(id)).cells.filter((c) => c.kind === 'input');
      expect(inputs.length, id).toBeGreaterThan(20);
      for (const c of inputs) expect([lets(ruleOf(c)!, -1), lets(ruleOf(c)!, 0.5), lets(ruleOf(c)!, 7)], `${id} ${c.address}`).toEqual([false, false, true]);
    }
  });

  it('a budget’s 生效日期 takes a day and its 省级每床补助额 any amount of yuan but a negative one', () => {
    const l = layout(buildTemplate('budget-eldercare', { city: '吉安' }));
    const setting = (row: string) => l.cells.find((c) => c.kind === 'input' && c.row?.key === row)!;
    const day = ruleOf(setting('asOf'))!;
    expect(day.type).toBe('date');
    expect(lets(day, serialOf('2025-01-01'))).toBe(true);
    const provincial = ruleOf(setting('provincial'))!;
    expect([lets(provincial, 12_500.5), lets(provincial, 0), lets(provincial, -100)]).toEqual([true, true, false]);
  });
});
