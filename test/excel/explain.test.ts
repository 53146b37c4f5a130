/**
 * "Why this number?" on the selected cell: the CARE formula taken apart, every argument's value
 * read from the cell it names, and the rule's answer with the clauses it read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFunction, invoke } from '../../src/catalog';
import { argumentOf } from '../../src/excel/explainCell';
import { serialOf } from '../../src/rules/core/dates';
import type { FakeSheet } from './mock/book';
import { setup, type Setup } from './mock/fixtures';

let s: Setup;
let sheet: FakeSheet;
const MARCH_2024 = serialOf('2024-03-01');

/** A budget line: 赣州 in B9, 2024-03-01 in B10, grade 2 in A15, 40 severe, 25 partial, 12 months. */
beforeEach(() => {
  s = setup();
  sheet = s.sheet1;
  sheet.write(8, 1, '赣州');
  sheet.write(9, 1, MARCH_2024);
  sheet.formatCell(9, 1, 'numberFormat', 'yyyy-mm-dd');
  sheet.write(14, 0, 2);
  sheet.write(14, 1, 40);
  sheet.write(14, 2, 25);
  sheet.write(14, 3, 12);
  sheet.write(14, 4, '=CARE.OPSUBSIDY($B$9,B15,C15,A15,D15,$B$10)');
  s.book.selected = { sheet, cell: 'E15' };
});

describe('explaining the selected CARE formula', () => {
  it('=CARE.OPSUBSIDY($B$9,B15,C15,A15,D15,$B$10) names each argument with the value in its cell, and the rule’s sources', async () => {
    const e = (await s.ops.explainSelection(null))!;
    expect(e.fn).toBe('OPSUBSIDY');
    expect(e.args.map((a) => [a.text, a.value])).toEqual([
      ['$B$9', '赣州'],
      ['B15', 40],
      ['C15', 25],
      ['A15', 2],
      ['D15', 12],
      ['$B$10', MARCH_2024],
    ]);
    const direct = invoke(findFunction('OPSUBSIDY')!, ['赣州', 40, 25, 2, 12, MARCH_2024]);
    expect(e.result).toEqual({ value: direct.value, unit: direct.unit });
    expect(e.sources.map((x) => x.ref)).toEqual(direct.sources.map((x) => x.ref));
    expect(e.sources.length).toBeGreaterThan(0);
    expect(s.counter.syncs()).toBe(2);
  });

  it('a blank cell is passed as blank, and where the date is left blank the pane’s date stands in', async () => {
    sheet.write(9, 1, '');
    const e = (await s.ops.explainSelection('2023-06-01'))!;
    expect(e.args[5]).toMatchObject({ text: '$B$10', value: '2023-06-01' });
    const today = (await s.ops.explainSelection(null))!;
    expect(today.args[5]).toMatchObject({ text: '$B$10', value: null });
  });

  it('literal words and numbers stand as written; a reference to another sheet is read there', async () => {
    const other = s.book.addSheet('参数 表');
    other.write(0, 1, 80);
    sheet.write(0, 0, '=CARE.SLOTGRANT("赣州",\'参数 表\'!B1,"新建","城市","县级")');
    s.book.selected = { sheet, cell: 'A1' };
    const e = (await s.ops.explainSelection('2024-03-01'))!;
    expect(e.args.map((a) => a.value)).toEqual(['赣州', 80, '新建', '城市', '县级', '2024-03-01']);
    expect(e.result).toEqual({ value: invoke(findFunction('SLOTGRANT')!, ['赣州', 80, '新建', '城市', '县级', '2024-03-01']).value, unit: 'yuan' });
  });

  it('a date typed in the formula’s own cell stays: the pane’s date stands in only for a blank one', async () => {
    const e = (await s.ops.explainSelection('2023-06-01'))!;
    expect(e.args[5]).toMatchObject({ text: '$B$10', value: MARCH_2024 });
  });

  it('a range where one cell belongs is passed as its rows, as Excel passes it, and the rule refuses it', async () => {
    sheet.write(14, 4, '=CARE.OPSUBSIDY($B$9,B15:C15,C15,A15,D15,$B$10)');
    const e = (await s.ops.explainSelection(null))!;
    expect(e.args[1]).toMatchObject({ text: 'B15:C15', value: [[40, 25]] });
    expect(e.result).toMatchObject({ error: { code: 'BAD_ARGUMENT' } });
  });

  it('so is a range of one column, row by row', async () => {
    sheet.write(15, 1, 7);
    sheet.write(14, 4, '=CARE.OPSUBSIDY($B$9,B15:B16,C15,A15,D15,$B$10)');
    const e = (await s.ops.explainSelection(null))!;
    expect(e.args[1]).toMatchObject({ text: 'B15:B16', value: [[40], [7]] });
    expect(e.result).toMatchObject({ error: { code: 'BAD_ARGUMENT' } });
  });

  it('a cell without a CARE formula has nothing to explain', async () => {
    s.book.selected = { sheet, cell: 'B15' };
    expect(await s.ops.explainSelection(null)).toBeNull();
    sheet.write(0, 5, '=SUM(B15:D15)');
    s.book.selected = { sheet, cell: 'F1' };
    expect(await s.ops.explainSelection(null)).toBeNull();
  });

  it('arguments are told apart as Excel writes them', () => {
    expect(argumentOf('"新建"')).toEqual({ kind: 'value', value: '新建' });
    expect(argumentOf('"说""明"')).toEqual({ kind: 'value', value: '说"明' });
    expect(argumentOf('12')).toEqual({ kind: 'value', value: 12 });
    expect(argumentOf('60%')).toEqual({ kind: 'value', value: 0.6 });
    expect(argumentOf('')).toEqual({ kind: 'value', value: null });
    expect(argumentOf('TRUE')).toEqual({ kind: 'value', value: true });
    expect(argumentOf('$B$9')).toEqual({ kind: 'ref', sheet: null, address: 'B9' });
    expect(argumentOf('Sheet1!B2')).toEqual({ kind: 'ref', sheet: 'Sheet1', address: 'B2' });
    expect(argumentOf("'县 表''二'!C3:C5")).toEqual({ kind: 'ref', sheet: "县 表'二", address: 'C3:C5' });
    expect(argumentOf('B9*2')).toEqual({ kind: 'text', text: 'B9*2' });
  });

  it('an argument is read whole, its spaces aside: words that only begin or end like TRUE or TODAY() are not those', () => {
    const now = new Date();
    const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
    expect(argumentOf(' 12 ')).toEqual({ kind: 'value', value: 12 });
    expect(argumentOf(' $B$9 ')).toEqual({ kind: 'ref', sheet: null, address: 'B9' });
    expect(argumentOf('false')).toEqual({ kind: 'value', value: false });
    expect(argumentOf('today()')).toEqual({ kind: 'value', value: today });
    for (const text of ['NOTTRUE', 'TRUEX', 'FALSE_FLAG', 'TODAY()+1', 'XTODAY()']) expect(argumentOf(text), text).toEqual({ kind: 'text', text });
  });
});
