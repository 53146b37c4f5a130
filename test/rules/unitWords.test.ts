/**
 * The words a figure's unit reads as, after the figure (为什么是这个数, the templates' 单位 column).
 * The expectations are what each unit's key says it is, not the table's own words: an amount of
 * money reads in 元, an area in 平方米, a rate with its “per”; only what the documents give no word
 * for (a share, shown as a percentage; a yes/no answer; free text) reads as nothing.
 */
import { describe, expect, it } from 'vitest';
import { UNIT_WORDS } from '../../src/rules/data/unitWords';

const units = Object.entries(UNIT_WORDS);
/** Shown as a percentage, 是/否 or the words themselves: no unit follows them. */
const WORDLESS = ['share', 'boolean', 'text'];

describe('the words of a unit', () => {
  it('every figure but a share, a yes/no and a text carries a unit in Chinese', () => {
    expect(units.filter(([, w]) => w.zh === '').map(([key]) => key)).toEqual(WORDLESS);
  });

  it('in English too, where a bare count needs none (3, not “3 count”)', () => {
    expect(units.filter(([, w]) => w.en === '').map(([key]) => key)).toEqual(['count', ...WORDLESS]);
  });

  it('money reads in 元 (亿元 for hundreds of millions), area in 平方米, each in English as yuan and m²', () => {
    for (const [key, w] of units) {
      const money = key.startsWith('yuan') || key === '100m_yuan';
      const area = key.startsWith('m2');
      expect(w.zh.startsWith('元') || w.zh === '亿元', key).toBe(money);
      expect(w.en.startsWith('yuan') || w.en === '100 million yuan', key).toBe(money);
      expect(w.zh.startsWith('平方米'), key).toBe(area);
      expect(w.en.startsWith('m²'), key).toBe(area);
    }
  });

  it('a rate reads as one: 元/张 is “yuan per bed”, a month’s or a year’s amount ends in 月 or 年', () => {
    for (const [key, w] of units.filter(([k]) => k.includes('/'))) {
      expect(w.zh, key).toContain('/');
      expect(w.en, key).toContain(' per ');
      if (key.endsWith('/month')) expect(w.zh, key).toMatch(/\/月$/u);
      if (key.endsWith('/year')) expect(w.zh, key).toMatch(/\/年$/u);
    }
    expect([UNIT_WORDS.per_mille.zh, UNIT_WORDS.per_mille.en]).toEqual(['‰', '‰']);
    expect(UNIT_WORDS.per_1000.zh).toContain('每千人');
    expect(UNIT_WORDS.per_1000.en).toBe('per 1000');
  });
});
