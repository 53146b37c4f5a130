/**
 * One sheet being checked: where the template's cells stand, what each input reads as (read once),
 * and the findings so far.
 */
import type { IsoDay } from '../rules/core/dates';
import type { Source } from '../rules/data/registry';
import type { Bilingual } from '../rules/data/schema';
import { evaluate, type Value } from '../templates/formula';
import { cellKey, contentOf, meaningOf, type CellRef, type Column, type Row, type Table, type Template } from '../templates/model';
import type { Finding, FindingCitation, Severity } from './finding';
import { a1, cellAt, type Cell, type Grid } from './grid';
import type { Located } from './locate';
import { CHECK_MSG, cut, fmt } from './messages';
import { readInput, type Read } from './readInput';

export interface Place {
  r: number;
  c: number;
  cell: Cell;
  table: Table;
  row: Row;
  column: Column;
}

export const citationOf = (s: Source | undefined): FindingCitation | null =>
  s ? { document: s.document, section: s.section, quote: s.quote } : null;

/** A year's figure is due once that year has ended on the as-of date. */
export const isDue = (year: number, asOf: IsoDay): boolean => asOf >= `${year + 1}-01-01`;

export class SheetContext {
  readonly findings: Finding[] = [];
  private readonly reads = new Map<string, Read>();
  private readonly values = new Map<string, Value | undefined>();

  constructor(
    readonly template: Template,
    readonly grid: Grid,
    readonly located: Located,
    readonly asOf: IsoDay,
  ) {}

  place(ref: CellRef): Place | undefined {
    const lt = this.located.tables.get(ref.table);
    const at = lt?.cells ? lt.cells.get(cellKey(ref.row, ref.col)) : undefined;
    const r = lt?.cells ? at?.r : lt?.rows.get(ref.row);
    const c = lt?.cells ? at?.c : lt?.columns.get(ref.col);
    if (!lt || r === undefined || c === undefined) return undefined;
    const row = lt.table.rows.find((x) => x.key === ref.row)!;
    const column = lt.table.columns.find((x) => x.key === ref.col)!;
    return { r, c, cell: cellAt(this.grid, r, c), table: lt.table, row, column };
  }

  /** The words a message names a cell by: its county (or row) and its column header. */
  label(p: Place): Bilingual {
    const who = p.row.county ?? p.row.labels.join(' ');
    return { zh: `${who} ${p.column.header}`, en: `${who} ${p.column.headerEn}` };
  }

  /** An input cell read as its column accepts; an invalid or unknown one is reported once. */
  input(ref: CellRef): { place: Place; read: Read } | undefined {
    const place = this.place(ref);
    if (!place) return undefined;
    const key = `${ref.table}|${ref.row}|${ref.col}`;
    let read = this.reads.get(key);
    if (!read) {
      const content = contentOf(place.table, ref.row, ref.col);
      const accepts = content?.accepts ?? place.column.accepts ?? 'quantity';
      read = readInput(this.grid, place.cell, accepts, this.label(place));
      this.reads.set(key, read);
      if (read.kind === 'invalid') this.add(place, 'error', 'input.invalid', { message: read.message });
      if (read.kind === 'value' && read.fromText !== undefined) {
        const format = content?.format ?? place.column.format;
        this.add(place, 'warning', 'input.textNumber', { message: CHECK_MSG.textNumber(this.label(place), read.fromText, fmt(read.value as number, format)), actual: read.value });
      }
      if (read.kind === 'unknown') this.add(place, 'warning', 'input.formulaNoValue', { message: read.message });
    }
    return { place, read };
  }

  /** A number entered in an input cell, or undefined (blank, invalid, unknown, missing). */
  number(ref: CellRef): number | undefined {
    const i = this.input(ref);
    return i?.read.kind === 'value' && typeof i.read.value === 'number' ? i.read.value : undefined;
  }

  /**
   * A cell's value as a template formula reads it: an input as entered (once valid), a computed
   * cell recomputed from its own inputs, a document figure as the template gives it.
   */
  value(ref: CellRef): Value | undefined {
    const key = `${ref.table}|${ref.row}|${ref.col}`;
    if (this.values.has(key)) return this.values.get(key);
    this.values.set(key, undefined); // a formula reading itself stays unknown
    const v = this.compute(ref);
    this.values.set(key, v);
    return v;
  }

  private compute(ref: CellRef): Value | undefined {
    const table = this.template.tables.find((t) => t.key === ref.table);
    const column = table?.columns.find((c) => c.key === ref.col);
    if (!table || !column) return undefined;
    const content = contentOf(table, ref.row, ref.col);
    if (content?.formula) return evaluate(content.formula, (r) => this.value(r));
    const place = this.place(ref);
    if ((content?.role ?? column.role) === 'input') {
      const i = this.input(ref);
      if (!i) return undefined;
      if (i.read.kind === 'blank') return null;
      return i.read.kind === 'value' ? i.read.value : undefined;
    }
    if (column.role === 'key' || column.role === 'label') return place ? keyValue(place.cell) : (content?.value ?? null);
    // A document figure is the document's, whatever was typed over it (reported in sheetRules).
    return content?.value ?? null;
  }

  add(
    p: Place,
    severity: Severity,
    ruleId: string,
    f: { message: Bilingual; expected?: number | string | null; actual?: number | string | null; gap?: number | null; source?: Source },
  ): void {
    const content = contentOf(p.table, p.row.key, p.column.key);
    const meaning = meaningOf(p.column, content);
    this.findings.push({
      cell: a1(p.r, p.c),
      severity,
      ruleId,
      // A row names its county on county tables only (model.ts Row.county): null on city sheets and budget lines.
      county: p.row.county,
      measure: meaning.measure,
      year: meaning.year,
      expected: bounded(f.expected),
      actual: bounded(f.actual),
      gap: f.gap ?? null,
      message: f.message,
      citation: citationOf(f.source),
    });
  }
}

/** A figure as a finding keeps it: text from the sheet cut as messages cut it. */
const bounded = (v: number | string | null | undefined): number | string | null => (typeof v === 'string' ? cut(v) : (v ?? null));

function keyValue(cell: Cell): Value {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'object') return cell;
  if (cell.t === 'formula') return cell.cached;
  return cell.t === 'date' ? cell.serial : cell;
}
