/**
 * The figures a county table holds, by meaning: for each county row, each input as the checker reads
 * it, keyed by its measure and year, whatever the sheet's layout. The round merges returns by these
 * keys, and the pane's progress reads a checked sheet's figures by them.
 */
import type { SheetContext } from './context';
import type { Cell } from './grid';
import { readInput } from './readInput';
import { contentOf, meaningOf, type Column, type Template } from '../templates/model';

/** An input cell's meaning, the same on a county's own form and on the city table, whatever the layout. */
export const figureKey = (measure: string | null, year: number | null): string => `${measure ?? ''}|${year ?? ''}`;

/** What a table holds for one input: a figure or words as read, or blank. */
export type Figure = number | string | null;

/** A county table's inputs: by row key (the county's id), then by figureKey. Plain objects, so that a report crosses to and from a worker. */
export type TableFigures = Record<string, Record<string, Figure>>;

export function inputKey(table: Template['tables'][number], row: string, column: Column): string {
  const m = meaningOf(column, contentOf(table, row, column.key));
  return figureKey(m.measure, m.year);
}

/** One row's inputs, found as the checker finds them (SheetContext.place). */
function rowFigures(ctx: SheetContext, table: Template['tables'][number], row: string): Record<string, Figure> {
  const out: Record<string, Figure> = {};
  for (const column of table.columns) {
    const place = column.role === 'input' ? ctx.place({ table: table.key, row, col: column.key }) : undefined;
    if (place) out[inputKey(table, row, column)] = figureOf(place.cell, column, ctx);
  }
  return out;
}

/** Every county row's inputs of the sheet's county table. */
export function tableFigures(ctx: SheetContext): TableFigures {
  const table = ctx.template.tables[0]!;
  return Object.fromEntries(table.rows.filter((r) => !r.total).map((r) => [r.key, rowFigures(ctx, table, r.key)]));
}

/**
 * A figure as the checker reads it (a formula's saved or worked-out value), and a cell the checker
 * refuses as it stands (text in a number cell, a negative count) as it is, so that checking a merged
 * table reports it as checking the return does.
 */
function figureOf(cell: Cell, column: Column, ctx: SheetContext): Figure {
  const read = readInput(ctx.grid, cell, column.accepts ?? 'quantity', { zh: column.header, en: column.headerEn });
  if (read.kind === 'blank') return null;
  if (read.kind === 'value') return read.value;
  return rawText(cell);
}

function rawText(cell: Cell): Figure {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return String(cell).toUpperCase();
  if (cell.t === 'formula') return rawText(cell.cached);
  return cell.t === 'date' ? cell.serial : cell.code;
}
