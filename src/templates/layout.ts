/**
 * Where a template's cells stand on the sheet. The .xlsx writer and the Excel adapter both place
 * cells from this one layout, so a template looks and prints the same written to a file or inserted
 * in Excel.
 *
 *   row 1  the template marker      } for the software and the screen:
 *   row 2  English title and source } outside the print area
 *   row 3  how to fill it in        }
 *   row 4  title, centred           } printed
 *   row 5  document and 单位         }
 *   row 6  填报单位 … 填报日期 (returned forms)
 *   row 8… tables; then, on returned forms, the signature block
 */
import { a1, quotedSheet } from './address';
import { CARE_FORMULAS_NOTE, holdsCareFormulas } from './careNote';
import { formulaText } from './formula';
import { cellKey, type CellRef, type Column, type Content, type Row, type Table, type Template } from './model';
import { markerId, markerName, markerOf } from './marker';
import { companionLine } from './portableWords';
import { pageRoom, printSetup, type PrintSetup } from './print';
import { FILED_ON, FILER, SIGNATURE_WORDS } from './signature';
import { YEARS_DOWN_WIDTH, placeAcross, placeYearsDown, turnable, type Label, type Merge, type Piece, type Placement } from './tablePlace';
import { BODY_SIZE, fontSize, widthPoints } from './look';
import { breakLines, roomOf, textWidth } from './lines';

export type { Piece } from './tablePlace';

export interface PlacedCell {
  /** 0-based row and column. */
  r: number;
  c: number;
  address: string;
  kind: Piece | 'label' | 'target' | 'given' | 'input' | 'computed';
  value: number | string | null;
  /** Formula text without '=' (computed cells). */
  formula?: string;
  table?: Table;
  row?: Row;
  column?: Column;
  content?: Content;
}

export interface Layout {
  template: Template;
  cells: PlacedCell[];
  merges: Merge[];
  /** Width of each sheet column in characters. */
  widths: number[];
  /** Rows and columns frozen at the top and left. */
  freeze: { rows: number; cols: number };
  /** 0-based first and last printed rows; the rows above are for the software and the screen. */
  printArea: [number, number];
  /** 0-based first and last rows repeated on every printed page. */
  printRows: [number, number];
  print: PrintSetup;
  /** Rows that carry a signature or the filer's line: taller, to write in. */
  signatureRows: number[];
  /**
   * The sheet-scoped defined name that carries the marker, and its value (marker.ts); none on a
   * companion (a budget's 参数 sheet), which is not checked.
   */
  marker?: { name: string; value: string };
  /** Where a cell by meaning stands. */
  address(ref: CellRef): string;
  /** Where each table's header row stands (0-based). */
  headerRow: Map<string, number>;
}

/** The printed texts that wrap, broken into lines by the layout where a reader breaks them (lines.ts). */
const BROKEN: ReadonlySet<Piece> = new Set(['title', 'basis', 'caption', 'group', 'header']);

/** Rows above the title: marker, English title, guide. */
const SOFTWARE_ROWS = 3;
/** The smallest printed body text: 10 pt on a county's own form and an indicator sheet, 9 pt on a city table split by years and on a budget. */
const RETURNED_TEXT = 10;
const CITY_TABLE_TEXT = 9;

const returned = (t: Template): boolean => t.kind === 'county' || t.kind === 'indicators';
/** A county's own form turns its one row so that the years run down (placeYearsDown). */
const yearsDown = (t: Template): boolean => t.kind === 'county' && t.county !== null && t.tables.every(turnable);

/** The units the table's figures are in, for the line under the title: 张、个、% as the headers say. */
function unitsOf(t: Template): string {
  if (t.kind === 'indicators') return '见“单位”列';
  const units = new Set<string>();
  for (const table of t.tables) {
    for (const c of table.columns.filter((x) => x.role !== 'key')) {
      const m = /（([^（）]+)）$/u.exec(c.header);
      if (m && m[1]!.length <= 2) units.add(m[1]!);
      if (c.format === 'share') units.add('%');
      if (c.format === 'yuan') units.add('元');
    }
  }
  return [...units].join('、');
}

export function layout(t: Template): Layout {
  const labels: Label[] = [];
  const merges: Merge[] = [];
  const positions = new Map<string, { r: number; c: number }>();
  const headerRow = new Map<string, number>();
  const widths: number[] = [];
  const down = yearsDown(t);

  let r = SOFTWARE_ROWS + 3;
  if (returned(t)) r += 1;
  const placements: { table: Table; p: Placement }[] = [];
  for (const table of t.tables) {
    const p = down ? placeYearsDown(table, r, yearsDownPerBlock(table)) : placeAcross(table, r);
    placements.push({ table, p });
    labels.push(...p.labels);
    merges.push(...p.merges);
    p.widths.forEach((w, c) => (widths[c] = Math.max(widths[c] ?? 0, w)));
    for (const [k, at] of p.positions) positions.set(`${table.key}|${k}`, at);
    headerRow.set(table.key, p.headerRow);
    r = p.next;
  }
  const first = placements[0]!;
  const keyColumns = first.table.columns.filter((c) => c.role === 'key').length;
  const groupStarts = down ? [] : groupStartsOf(first.table);
  const print = printSetup({ widths, minText: returned(t) && !(t.kind === 'county' && !down) ? RETURNED_TEXT : CITY_TABLE_TEXT, groupStarts, keyColumns });
  // The title, the document and the signatures stand over the first printed page's columns, where an official reads them.
  const width = print.columnBreaks[0] ?? widths.length;
  // Printed lines start right of the key columns that every page repeats, so they print once, not on each page.
  const from = print.titleColumns ? print.titleColumns[1] + 1 : 0;
  const across = (row: number, kind: Piece, value: string, c1 = from): void => {
    labels.push({ r: row, c: c1, kind, value });
    merges.push({ r1: row, c1, r2: row, c2: width - 1 });
  };

  labels.push({ r: 0, c: 0, kind: 'marker', value: t.partOf === undefined ? markerOf(t) : companionLine(t.partOf) });
  across(1, 'titleEn', `${t.title.en}\u3000Source: ${t.basisEn}`, 0);
  across(2, 'guide', holdsCareFormulas(t) ? `${t.guide}\u3000${CARE_FORMULAS_NOTE}` : t.guide, 0);
  across(SOFTWARE_ROWS, 'title', t.title.zh);
  across(SOFTWARE_ROWS + 1, 'basis', `依据：${t.basis}${unitsOf(t) ? `\u3000\u3000单位：${unitsOf(t)}` : ''}`);
  const signatureRows: number[] = [];
  if (returned(t)) {
    const row = SOFTWARE_ROWS + 2;
    const half = from + Math.max(1, Math.floor((width - from) / 2));
    // The date's words are the longer: on a narrow form (a county's own 托位分解表) half the width
    // cut off its 填, so its run widens leftwards as a signature entry's does.
    const entries = [['filer', FILER], ['filedOn', FILED_ON]] as const;
    const halves = fitRuns([[from, half - 1], [half, width - 1]], entries.map(([, words]) => textWidth(words)), widths);
    entries.forEach(([kind, value], i) => {
      const [c1, c2] = halves[i]!;
      labels.push({ r: row, c: c1, kind, value });
      if (c2 > c1) merges.push({ r1: row, c1, r2: row, c2 });
    });
    signatureRows.push(row);
    const perLine = width - from >= WIDE_SIGNATURE ? 3 : 2;
    const lines = Array.from({ length: Math.ceil(SIGNATURE_WORDS.length / perLine) }, (_, i) => SIGNATURE_WORDS.slice(i * perLine, (i + 1) * perLine));
    const runs = fitRuns(
      runsOf(width - from, perLine).map(([c1, c2]) => [c1 + from, c2 + from]),
      Array.from({ length: perLine }, (_, j) => Math.max(0, ...lines.map((words) => textWidth(words[j] ?? '')))),
      widths,
    );
    for (let i = 0; i < SIGNATURE_WORDS.length; i += perLine) {
      SIGNATURE_WORDS.slice(i, i + perLine).forEach((w, j) => {
        const [c1, c2] = runs[j]!;
        labels.push({ r, c: c1, kind: 'signature', value: w });
        if (c2 > c1) merges.push({ r1: r, c1, r2: r, c2 });
      });
      signatureRows.push(r);
      r += 1;
    }
  }

  const other = t.companion && layout(t.companion);
  const address = (ref: CellRef): string => {
    if (ref.companion) {
      if (!other) throw new Error(`template ${t.id} refers to a companion sheet it is not written with`);
      return `${quotedSheet(other.template.sheet)}!${other.address({ table: ref.table, row: ref.row, col: ref.col }).replace(/^\$?([A-Z]+)\$?(\d+)$/u, '$$$1$$$2')}`;
    }
    const p = positions.get(`${ref.table}|${cellKey(ref.row, ref.col)}`);
    if (!p) throw new Error(`template ${t.id} refers to a cell it does not lay out: ${ref.table} ${ref.row} ${ref.col}`);
    // The settings of a budget sheet are absolute, so a formula copied down keeps reading them.
    return ref.table === 'settings' ? `$${a1(p.r, p.c).replace(/(\d+)$/u, '$$$1')}` : a1(p.r, p.c);
  };

  const spans = new Map(merges.map((m) => [`${m.r1},${m.c1}`, m.c2] as const));
  const cells: PlacedCell[] = labels.map((l) => ({
    r: l.r,
    c: l.c,
    address: a1(l.r, l.c),
    kind: l.kind,
    value: BROKEN.has(l.kind) ? breakLines(l.value, roomOf(widths, l.c, spans.get(`${l.r},${l.c}`) ?? l.c, fontSize(l.kind) / BODY_SIZE)) : l.value,
    ...(l.table ? { table: l.table } : {}),
    ...(l.column ? { column: l.column } : {}),
    ...(l.row ? { row: l.row } : {}),
  }));
  for (const { table } of placements) {
    for (const row of table.rows) {
      table.columns.forEach((column) => {
        const p = positions.get(`${table.key}|${cellKey(row.key, column.key)}`);
        if (!p) return;
        const cell = placeCell(table, row, column, p.r, p.c, address);
        // A label's words (a unit such as 个/街道（城关镇）) wrap in their column as a heading does; not on a
        // companion, whose texts (a clause) are read by the budget's formulas and must stay the document's.
        cells.push(cell.kind === 'label' && typeof cell.value === 'string' && t.partOf === undefined ? { ...cell, value: breakLines(cell.value, roomOf(widths, p.c, p.c)) } : cell);
      });
    }
  }

  const single = t.tables.length === 1;
  const lastRow = Math.max(...cells.map((c) => c.r));
  return {
    template: t,
    cells,
    merges,
    widths,
    // One table: its headers stay in view; a budget keeps its title.
    freeze: single && !down ? { rows: first.p.headerRow + 1, cols: t.frozenCols } : { rows: SOFTWARE_ROWS + 1, cols: 0 },
    printArea: [SOFTWARE_ROWS, lastRow],
    printRows: single && !down ? [first.p.top, first.p.headerRow] : [SOFTWARE_ROWS, SOFTWARE_ROWS],
    print,
    signatureRows,
    ...(t.partOf === undefined ? { marker: { name: markerName, value: markerId(t) } } : {}),
    address,
    headerRow,
  };
}

/** The first column of each year group after the first, where a printed page may start. */
function groupStartsOf(table: Table): number[] {
  const out: number[] = [];
  table.columns.forEach((c, i) => {
    if (i > 0 && c.group && c.group !== table.columns[i - 1]!.group) out.push(i);
  });
  return out;
}

/** Measures per block of a county's own form: as many of its columns as a portrait page holds at 100% beside the key. */
function yearsDownPerBlock(table: Table): number {
  const key = table.columns.find((c) => c.role === 'key')!;
  const room = pageRoom('portrait') - widthPoints(key.width);
  return Math.max(1, Math.floor(room / widthPoints(YEARS_DOWN_WIDTH)));
}

/** Columns enough to hold three signature entries a line; a narrower form has two a line. */
const WIDE_SIGNATURE = 7;

/**
 * The runs widened leftwards where an entry does not fit its run: signature entries do not wrap, and
 * LibreOffice cuts off what passes a merged cell's edge (the last 填报日期's 日, on a county's own form).
 */
function fitRuns(runs: [number, number][], needs: readonly number[], widths: readonly number[]): [number, number][] {
  for (let j = runs.length - 1; j > 0; j--) {
    while (roomOf(widths, runs[j]![0], runs[j]![1]) < needs[j]! && runs[j]![0] > runs[j - 1]![0] + 1) {
      runs[j]![0] -= 1;
      runs[j - 1]![1] = runs[j]![0] - 1;
    }
  }
  return runs;
}

/** The first `width` columns cut in `n` nearly equal runs, for the signature entries of a line. */
function runsOf(width: number, n: number): [number, number][] {
  const cut = (i: number) => Math.round((width * i) / n);
  return Array.from({ length: n }, (_, i) => [Math.min(cut(i), width - 1), Math.max(Math.min(cut(i), width - 1), cut(i + 1) - 1)]);
}

function placeCell(table: Table, row: Row, column: Column, r: number, c: number, address: (ref: CellRef) => string): PlacedCell {
  const content = table.cells.get(cellKey(row.key, column.key));
  const base = { r, c, address: a1(r, c), table, row, column, ...(content ? { content } : {}) };
  if (column.role === 'key') {
    const k = table.columns.slice(0, table.columns.indexOf(column) + 1).filter((col) => col.role === 'key').length - 1;
    return { ...base, kind: 'key', value: row.labels[k] ?? null };
  }
  if (content?.formula) return { ...base, kind: 'computed', value: null, formula: formulaText(content.formula, address) };
  return { ...base, kind: content?.role ?? column.role, value: content?.value ?? null };
}

/** The cells `template --describe` lists: everything a county or the checker reads. */
export function describedCells(l: Layout): PlacedCell[] {
  return l.cells.filter((c) => c.kind === 'target' || c.kind === 'given' || c.kind === 'input' || c.kind === 'computed');
}
