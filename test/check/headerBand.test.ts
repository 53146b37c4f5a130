/**
 * A header over one, two or three rows, read column by column as a person reads it: a blank under a
 * merged heading takes the heading on its left only where words stand below it; a column known by
 * its whole header on any row, else by a year on one row and its words on another (the lowest year
 * wins), with or without 年. The sheets here are typed out as the documents print their headers.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../src/check/grid';
import { headerMatcher, headerParts, labelText } from '../../src/check/headerBand';
import { buildTemplate } from '../../src/templates';

const grid = (rows: Cell[][]): Grid => ({ name: 'S', rows });

describe('labelText: a cell’s words as a header or row label', () => {
  it('a formula’s text result, a number as text, blanks and anything past 200 characters as nothing', () => {
    expect(labelText('县（市、区）')).toBe('县（市、区）');
    expect(labelText(2021)).toBe('2021');
    expect(labelText({ t: 'formula', formula: 'A1', cached: '章贡区' })).toBe('章贡区');
    expect(labelText(null)).toBe('');
    expect(labelText('字'.repeat(200))).toBe('字'.repeat(200));
    expect(labelText('字'.repeat(201))).toBe('');
  });
});

describe('headerParts: the words over each column', () => {
  // 县（市、区） merged down two rows; 2021年 merged across three columns over its measures.
  const g = grid([
    ['县（市、区）', '2021年', null, null, '备注'],
    [null, '任务', '完成', '床位数'],
  ]);

  it('one row deep: the row’s words alone, as wide as that row', () => {
    expect(headerParts(g, 1, 1)).toEqual([[''], ['任务'], ['完成'], ['床位数']]);
  });

  it('two rows deep: a blank with words under it takes the heading on its left; a blank over nothing stays blank', () => {
    expect(headerParts(g, 1, 2)).toEqual([
      ['县（市、区）', ''],
      ['2021年', '任务'],
      ['2021年', '完成'],
      ['2021年', '床位数'],
      ['备注', ''],
    ]);
  });

  it('a blank with no words under it does not carry its left heading on', () => {
    const h = grid([
      ['2021年', null, null],
      ['任务', '完成', null],
    ]);
    expect(headerParts(h, 1, 2)).toEqual([
      ['2021年', '任务'],
      ['2021年', '完成'],
      ['', ''],
    ]);
  });

  it('a heading carries only along its own row, and the left heading restarts at each row', () => {
    const h = grid([
      ['新增床位数', null, null],
      [null, '2019年', null],
      ['总数', '总数', '其中护理型'],
    ]);
    expect(headerParts(h, 2, 3)).toEqual([
      ['新增床位数', '', '总数'],
      ['新增床位数', '2019年', '总数'],
      ['新增床位数', '2019年', '其中护理型'],
    ]);
  });

  it('as wide as its widest row, and rows above the sheet are none', () => {
    expect(headerParts(grid([['a'], ['b', 'c', 'd']]), 1, 2)).toEqual([['a', 'b'], ['a', 'c'], ['a', 'd']]);
    expect(headerParts(grid([['a', 'b']]), 0, 2)).toEqual([['', 'a'], ['', 'b']]);
    expect(headerParts(grid([]), 0, 1)).toEqual([]);
  });
});

describe('headerMatcher: which of a template’s columns a column’s header names', () => {
  const match = headerMatcher(buildTemplate('gz-beds').tables[0]!);

  it('by its whole header on any row, bracket and width folded', () => {
    expect(match(['2021年实际新增改造（张）'])).toBe('done2021');
    expect(match(['2021年实际新增改造(张)'])).toBe('done2021');
    expect(match(['某某', '2023年末养老床位数（张）'])).toBe('beds2023');
    expect(match(['县（市、区）'])).toBe('county');
  });

  it('by a year on one row and the words on another', () => {
    expect(match(['2022年', '实际新增改造（张）'])).toBe('done2022');
    expect(match(['2024年', '年末养老床位数（张）'])).toBe('beds2024');
    expect(match(['２０２４年', '年末养老床位数（张）'])).toBe('beds2024');
  });

  it('a base figure by its year over the document’s words for it (2020年基数 over 养老床位总数)', () => {
    expect(match(['2020年基数（张）', '养老床位总数'])).toBe('bedsTotal');
    expect(match(['2020年', '每千名老人床位数（张）'])).toBe('bedsPer1000Elderly');
    expect(match(['2021年', '养老床位总数'])).toBeUndefined();
  });

  it('the lowest year wins when two rows name one', () => {
    expect(match(['2021年', '2023年', '实际新增改造（张）'])).toBe('done2023');
  });

  it('words naming a yearly measure with no year name none; words of no column name none', () => {
    expect(match(['实际新增改造（张）'])).toBeUndefined();
    expect(match(['2021年', '人均绿地面积'])).toBeUndefined();
    expect(match([])).toBeUndefined();
    expect(match(['', ''])).toBeUndefined();
  });

  it('a year not within 1900–2099, or inside a longer number, is no year', () => {
    expect(match(['1899年', '实际新增改造（张）'])).toBeUndefined();
    expect(match(['120221年', '实际新增改造（张）'])).toBeUndefined();
  });
});
