/**
 * A returned county form, read: which template and county it is for (found as the checker finds
 * them: the marker, else the headers and the county name), the county's figures by meaning, and
 * what checking it found. Pure: the command line and the browser page hand it the sheets' grids.
 */
import { checkSheet, recognise, type Finding } from '../check';
import type { Figure } from '../check/figures';
import type { Grid } from '../check/grid';
import type { IsoDay } from '../rules/core/dates';
import type { Template } from '../templates/model';

/** A figureKey as words: 2021年新增改造床位. */
export function figureLabel(key: string): string {
  const [measure, year] = key.split('|');
  return `${year ? `${year}年` : ''}${measure ?? ''}`;
}

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
    const row = main.table.rows[0]!;
    // The checker reads the county's figures as it finds their cells, whatever the form's layout.
    const report = checkSheet(grid, asOf);
    const figures = new Map(Object.entries(report.figures?.[row.key] ?? {}));
    out.returns.push({ file, sheet: grid.name, template, countyKey: row.key, county: row.county ?? row.labels[0]!, figures, findings: report.findings });
  }
  return out;
}
