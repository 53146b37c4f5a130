/**
 * The city table with the counties' figures in it: each merged county's inputs in its row, and the
 * total row's inputs as sums over the county rows (formulas, so a figure corrected later adds up
 * again). The result is a Template like any other, so it is written, laid out and checked as one.
 */
import { cellKey, type Content, type Table, type Template } from '../templates/model';
import { inputKey, type Figure } from '../check/figures';

/** Figures by county row key, each by figureKey. */
export type MergedFigures = ReadonlyMap<string, ReadonlyMap<string, Figure>>;

export function filledCityTable(city: Template, merged: MergedFigures): Template {
  if (city.kind !== 'county' || city.countyId !== null) throw new Error(`filledCityTable needs a whole city's county table, not ${city.id}:${city.countyId ?? ''}`);
  return { ...city, tables: city.tables.map((t) => fillTable(t, merged)) };
}

function fillTable(table: Table, merged: MergedFigures): Table {
  const cells = new Map<string, Content>(table.cells);
  const countyRows = table.rows.filter((r) => !r.total);
  for (const column of table.columns) {
    if (column.role !== 'input') continue;
    for (const row of table.rows) {
      const key = cellKey(row.key, column.key);
      const content = cells.get(key) ?? {};
      if (row.total) {
        cells.set(key, { ...content, formula: { kind: 'sum', refs: countyRows.map((r) => ({ table: table.key, row: r.key, col: column.key })) } });
        continue;
      }
      const figure = merged.get(row.key)?.get(inputKey(table, row.key, column));
      if (figure !== undefined && figure !== null) cells.set(key, { ...content, value: figure });
    }
  }
  return { ...table, cells };
}
