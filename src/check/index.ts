/**
 * The checker: a sheet's cells and an as-of date in, findings out. Pure: the .xlsx reader, the Excel
 * adapter and the browser page all hand it a Grid.
 */
import type { IsoDay } from '../rules/core/dates';
import { CITY } from '../rules/core/enums';
import { isRuleError } from '../rules/core/errors';
import { TEMPLATES, buildTemplate, findTemplate, type TemplateOptions } from '../templates';
import type { Template } from '../templates/model';
import { CITY_CELL } from '../templates/budgetParts';
import { BASIS_COLUMN } from '../templates/portable';
import { companionOf } from '../templates/portableWords';
import { SheetContext } from './context';
import { checkCountyTable } from './countyRules';
import { tableFigures } from './figures';
import type { Finding, SheetReport } from './finding';
import { cellText, fold } from './cellText';
import { cellAt, type Grid } from './grid';
import { checkIndicators } from './indicatorRules';
import { findMarker, locate, type Located } from './locate';
import { CHECK_MSG } from './messages';
import { checkInputsAndFormulas, structureFindings } from './sheetRules';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** What the marker's part after the id names: the city of a portable budget, else the county of a county's own form. */
function markedOptions(marker: { id: string; part: string | null }): TemplateOptions {
  if (marker.part === null) return {};
  return findTemplate(marker.id).serves ? { city: marker.part, form: 'portable' } : { county: marker.part };
}

/**
 * A portable budget written before its marker named its city (careplan:budget-eldercare alone, as
 * careplan wrote it until then): its lines carry 依据 and its city stands fixed on the sheet, so it is
 * that city's portable form, not the CARE form the bare marker names.
 */
function portableOfBareMarker(id: string, care: Located, grid: Grid): { template: Template; located: Located } | undefined {
  // The city as the CARE form's settings find it: one portable form is built, for that city only.
  const settings = care.tables.get(CITY_CELL.table);
  const [r, c] = [settings?.rows.get(CITY_CELL.row), settings?.columns.get(CITY_CELL.col)];
  const shown = r === undefined || c === undefined ? '' : cellText(cellAt(grid, r, c)).trim();
  const city = findTemplate(id).serves?.find((x) => CITY.options[x].zh === shown);
  if (!city) return undefined;
  const template = buildTemplate(id, { city, form: 'portable' });
  const located = locate(template, grid);
  return [...located.tables.values()].some((lt) => lt.columns.has(BASIS_COLUMN.key)) ? { template, located } : undefined;
}

/** Which template a sheet is: by its marker, else by the template whose headers it carries best. */
export function recognise(grid: Grid): { template: Template; located: Located } | { note: SheetReport['note'] } {
  const marker = findMarker(grid);
  if (marker) {
    try {
      const template = buildTemplate(marker.id, markedOptions(marker));
      const located = locate(template, grid);
      return (marker.part === null && template.kind === 'budget' && portableOfBareMarker(marker.id, located, grid)) || { template, located };
    } catch (e) {
      if (!isRuleError(e)) throw e;
      return { note: CHECK_MSG.unknownMarker(grid.name, `careplan:${marker.id}${marker.part ? `:${marker.part}` : ''}`) };
    }
  }
  const budget = companionOf(cellText(cellAt(grid, 0, 0)));
  if (budget !== undefined) return { note: CHECK_MSG.companionSheet(grid.name, budget) };
  let best: ({ template: Template; located: Located } & Fit) | undefined;
  for (const entry of TEMPLATES) {
    const template = buildTemplate(entry.id);
    const located = locate(template, grid);
    const tables = [...located.tables.values()];
    const columns = template.tables.reduce((n, t) => n + t.columns.length, 0);
    const score = tables.reduce((n, lt) => n + lt.columns.size, 0) / columns;
    // The four cities' indicator sheets share every header and differ in their rows: between
    // templates whose headers the sheet carries equally, the one whose rows it carries wins, then
    // the one with fewer rows missing (a city whose indicators are a subset of another's).
    const rows = tables.reduce((n, lt) => n + lt.rows.size, 0);
    const missing = tables.reduce((n, lt) => n + lt.missingRows.length, 0);
    if (!best || fitter({ score, rows, missing }, best)) best = { template, located, score, rows, missing };
  }
  // Without the marker, only a sheet that carries most of a template's headers is taken for it.
  if (!best || best.score < 0.8) return turnedCountyForm(grid) ?? { note: CHECK_MSG.notRecognised(grid.name) };
  return countyForm(best.template, best.located, grid) ?? best;
}

/** How well a sheet carries a template: the share of its headers found, its rows found and missing. */
interface Fit {
  score: number;
  rows: number;
  missing: number;
}

/** More of the headers, then more rows, then fewer rows missing. */
const fitter = (a: Fit, b: Fit): boolean => (a.score - b.score || a.rows - b.rows || b.missing - a.missing) > 0;

/**
 * A county's own form whose years run down the rows, without its marker: the county named under a
 * county table's key header, and that county's form found on the sheet by its yearless headers.
 */
function turnedCountyForm(grid: Grid): { template: Template; located: Located } | undefined {
  for (const entry of TEMPLATES.filter((e) => e.counties)) {
    const keyHeader = buildTemplate(entry.id).tables[0]!.columns[0]!.header;
    for (let r = 0; r + 1 < Math.min(grid.rows.length, TURNED_SEARCH_ROWS); r++) {
      const c = (grid.rows[r] ?? []).findIndex((cell) => fold(cellText(cell)) === fold(keyHeader));
      const county = c < 0 ? '' : cellText(grid.rows[r + 1]?.[c]);
      if (!county) continue;
      try {
        const own = buildTemplate(entry.id, { county });
        const located = locate(own, grid);
        if (located.tables.get('main')?.cells) return { template: own, located };
      } catch (e) {
        if (!isRuleError(e)) throw e;
      }
    }
  }
  return undefined;
}

/** How far down a sheet a county's own form's key header is looked for. */
const TURNED_SEARCH_ROWS = 40;

/** A county table with one county's row and no total row is that county's own form. */
function countyForm(template: Template, located: Located, grid: Grid): { template: Template; located: Located } | undefined {
  const main = located.tables.get('main');
  if (template.kind !== 'county' || !main || main.rows.size !== 1) return undefined;
  const [key] = [...main.rows.keys()];
  const row = template.tables[0]!.rows.find((r) => r.key === key);
  if (!row || row.total) return undefined;
  const own = buildTemplate(template.id, { county: key! });
  return { template: own, located: locate(own, grid) };
}

export function checkSheet(grid: Grid, asOf: IsoDay): SheetReport {
  const found = recognise(grid);
  if ('note' in found) return { sheet: grid.name, template: null, county: null, findings: [], ...(found.note ? { note: found.note } : {}) };
  const { template, located } = found;
  const ctx = new SheetContext(template, grid, located, asOf);
  if (template.kind === 'county') checkCountyTable(ctx);
  if (template.kind === 'indicators') checkIndicators(ctx);
  checkInputsAndFormulas(ctx);
  const findings = [...structureFindings(ctx), ...ctx.findings].sort(bySeverityThenPlace);
  return { sheet: grid.name, template: template.id, county: template.county, findings, ...(template.kind === 'county' ? { figures: tableFigures(ctx) } : {}) };
}

export function checkWorkbook(grids: readonly Grid[], asOf: IsoDay): SheetReport[] {
  return grids.map((g) => checkSheet(g, asOf));
}

function bySeverityThenPlace(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || rowOf(a.cell) - rowOf(b.cell) || a.cell.length - b.cell.length || (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0);
}

const rowOf = (cell: string): number => Number(/\d+$/u.exec(cell)?.[0] ?? 0);

export interface CountySummary {
  county: string;
  errors: number;
  warnings: number;
  notFilled: number;
}

/** Errors, warnings and unfilled cells per county, in the order the counties first appear. */
export function summarize(findings: readonly Finding[]): CountySummary[] {
  const by = new Map<string, CountySummary>();
  for (const f of findings) {
    if (f.county === null) continue;
    const s = by.get(f.county) ?? { county: f.county, errors: 0, warnings: 0, notFilled: 0 };
    if (f.severity === 'error') s.errors += 1;
    if (f.severity === 'warning' && f.ruleId !== 'input.notFilled') s.warnings += 1;
    if (f.ruleId === 'input.notFilled') s.notFilled += 1;
    by.set(f.county, s);
  }
  return [...by.values()];
}

export type { Finding, SheetReport } from './finding';
