/**
 * What the marking tests share: a county table inserted and filled in, everything a user could see
 * of a sheet, cells by their A1 address, and the findings of a report gathered by cell.
 */
import type { Finding, Severity } from '../../../src/check/finding';
import { linesOf, type MarkRecord } from '../../../src/excel/record';
import { buildTemplate } from '../../../src/templates';
import { layout } from '../../../src/templates/layout';
import type { FakeBook, FakeSheet } from './book';
import { fillAllInputs, setup, supports, templateCalc, type Setup } from './fixtures';

export const AS_OF = '2026-01-01';
export const USER_FILL = '#00B050';
export const USER_NOTE = '县民政局：此数待复核';

/**
 * The mark colours written out, not taken from the code: Excel's cell styles “差 / Bad” (light red)
 * and “适中 / Neutral” (light yellow), and a pale lavender for information.
 */
export const MARK_FILL = { error: '#FFC7CE', warning: '#FFEB9C', info: '#E4DFEC' } as const;

/** Everything a user could see of the sheet: values, formulas, fills, notes and comments. */
export const seen = (sheet: FakeSheet): string =>
  JSON.stringify({
    cells: sheet.rows.map((row) => row?.map((c) => (c ? [c.value, c.formula, c.fill] : null))),
    notes: [...sheet.notes].sort(),
    comments: [...sheet.comments.values()].map((c) => [c.cell, c.content, c.replies.map((r) => r.content)]),
  });

/** A1 to 0-based row and column, worked out here rather than by the code under test. */
export const parse = (address: string): { r: number; c: number } => {
  const m = /^([A-Z]+)(\d+)$/u.exec(address)!;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
};

/** The findings on each cell. */
export function byCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) m.set(f.cell, [...(m.get(f.cell) ?? []), f]);
  return m;
}

/** A county table inserted into `s` and filled in by the county, some figures short of their targets. */
export async function insertFilled(s: Setup, id = 'gz-beds'): Promise<FakeSheet> {
  const t = buildTemplate(id);
  s.book.calc = templateCalc([t]);
  await s.ops.insertTemplate(t);
  const sheet = s.book.sheet(t.sheet)!;
  fillAllInputs(sheet, layout(t));
  return sheet;
}

/** 养老床位分解表 in a fresh workbook, in an Excel with the notes and comments asked for (else the profile's). */
export async function filledCountyTable(caps?: { notes: boolean; comments: boolean }): Promise<{ s: Setup; sheet: FakeSheet }> {
  const s = setup();
  if (caps) supports(caps);
  return { s, sheet: await insertFilled(s) };
}

/** Finding cells (the first error's, then others) given a fill and a note of the user's own, before any check. */
export async function userMarkedCells(s: Setup, sheet: FakeSheet, n: number): Promise<string[]> {
  const probe = await s.ops.checkActiveSheet(AS_OF);
  await s.ops.clearMarks();
  const first = probe.report.findings.find((f) => f.severity === 'error')!.cell;
  const cells = [first, ...[...byCell(probe.report.findings).keys()].filter((c) => c !== first)].slice(0, n);
  for (const cell of cells) {
    const { r, c } = parse(cell);
    sheet.formatCell(r, c, 'fill/color', USER_FILL);
    sheet.notes.set(cell, USER_NOTE);
  }
  return cells;
}

/**
 * The record sheet's name as careplan has always written it: written out, since a new name would
 * leave the marks of every workbook saved before impossible to clear.
 */
export const RECORD_SHEET = 'careplan_marks';

/** The lines of the workbook's record sheet, as careplan's parser reads them; none where there is no record. */
export const linesOnRecord = (book: FakeBook): MarkRecord[] => linesOf(0, (book.sheet(RECORD_SHEET)?.rows ?? []).map((row) => [row?.[0]?.value ?? ''])).lines;

/** A cell's most severe finding, stated here rather than taken from the code: an error, else a warning, else information. */
export const mostSevere = (findings: readonly Finding[]): Severity =>
  findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
