/**
 * A returned county form, read: which template and county it is for (found as the checker finds
 * them: the marker, else the headers and the county name), the county's figures by meaning, and
 * what checking it found. Pure: the command line and the browser page hand it the sheets' grids.
 */
import { checkSheet, recognise, type Finding } from '../check';
import { SheetContext } from '../check/context';
import type { Cell, Grid } from '../check/grid';
import { readInput } from '../check/readInput';
import type { IsoDay } from '../rules/core/dates';
import { contentOf, meaningOf, type Column, type Template } from '../templates/model';

/** An input cell's meaning, the same on a county's own form and on the city table, whatever the layout. */
export const figureKey = (measure: string | null, year: number | null): string => `${measure ?? ''}|${year ?? ''}`;

/** A figureKey as words: 2021年新增改造床位. */
export function figureLabel(key: string): string {
  const [measure, year] = key.split('|');
  return `${year ? `${year}年` : ''}${measure ?? ''}`;
}

/** What the merged table holds for one input: a figure or words as read, or blank. */
export type Figure = number | string | null;

export interface CountyReturn {
  file: string;
  sheet: string;
  template: Template;
  /** The county's row key in the template's table (its id) and its name as the document writes it. */
  countyKey: string;
  county: string;
  /** The county's inputs by figureKey. */
  figures: Map<string, Figure>;
  findings: Finding[];
}

/** A sheet that is a careplan sheet but no county's return (a whole city table, an indicator sheet). */
export interface OtherSheet {
  file: string;
  sheet: string;
  template: string;
  county: null;
}

export interface ReadReturns {
  returns: CountyReturn[];
  others: OtherSheet[];
  /** Sheets no template was recognised on. */
  unrecognised: string[];
}

/** Every county form among a workbook's sheets, and what else the workbook held. */
export function readReturns(file: string, grids: readonly Grid[], asOf: IsoDay): ReadReturns {
  const out: ReadReturns = { returns: [], others: [], unrecognised: [] };
  for (const grid of grids) {
    const found = recognise(grid);
    if ('note' in found) {
      out.unrecognised.push(grid.name);
      continue;
    }
    const { template, located } = found;
    const main = located.tables.get(template.tables[0]!.key);
    if (template.kind !== 'county' || template.countyId === null || !main) {
      out.others.push({ file, sheet: grid.name, template: template.id, county: null });
      continue;
    }
    // Cells are found as the checker finds them (SheetContext.place), whatever the form's layout.
    const ctx = new SheetContext(template, grid, located, asOf);
    const row = main.table.rows[0]!;
    const figures = new Map<string, Figure>();
    for (const column of main.table.columns) {
      const place = column.role === 'input' ? ctx.place({ table: main.table.key, row: row.key, col: column.key }) : undefined;
      if (place) figures.set(inputKey(main.table, row.key, column), figureOf(grid, place.cell, column));
    }
    const { findings } = checkSheet(grid, asOf);
    out.returns.push({ file, sheet: grid.name, template, countyKey: row.key, county: row.county ?? row.labels[0]!, figures, findings });
  }
  return out;
}

export function inputKey(table: Template['tables'][number], row: string, column: Column): string {
  const m = meaningOf(column, contentOf(table, row, column.key));
  return figureKey(m.measure, m.year);
}

/**
 * What goes into the city table: a figure as the checker reads it (a formula's saved or worked-out
 * value), and a cell the checker refuses as it stands (text in a number cell, a negative count), so
 * that checking the city table reports it as checking the return does.
 */
function figureOf(grid: Grid, cell: Cell, column: Column): Figure {
  const read = readInput(grid, cell, column.accepts ?? 'quantity', { zh: column.header, en: column.headerEn });
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
