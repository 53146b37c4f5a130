/**
 * The seed files as the custom functions bundle (functions.js) carries them: without the fields that
 * no code of that bundle reads. A webpack loader, applied in webpack.config.js to `seeds/*.json?kept`;
 * the task pane's chunks share that very module and join it with the fields left out
 * (scripts/build/seedRest.ts); the command line, the checker and the tests read the full files.
 *
 * Why: functions.js is loaded by Excel before any CARE.* formula can calculate, and the seeds were
 * most of its size. Why it changes nothing: functions.js runs src/functions -> src/catalog ->
 * src/rules, and none of them reads a field listed in DROPPED (src/catalog/explain.ts, the
 * checker and the templates do, but they are not in that bundle). Every kept value is the file's
 * own, in the file's order, so every result of every rule — value, unit, sources, notes — and every
 * error message is what the full data gives. test/functions/functionsSeeds.test.ts checks both
 * halves: that the transform drops exactly these fields, and that no rule reads them.
 *
 * A field added to the schema is kept unless it is listed here: list one only after checking that no
 * module reachable from src/functions/index.ts reads it.
 */
import type { SeedDocument } from '../../src/rules/data/schema';

/** The dropped fields, by where they stand in a seed (`[]` is every element of an array). */
export const DROPPED = {
  // The JSON Schema for editors; the service list, which only the reference sheet (gz-services) reads:
  // ALLOWANCE knows its items by the enum and the parameters they cite, never by the list.
  '': ['$schema', 'serviceList'],
  // The rules read a document's number, title, city and in-force date only.
  document: ['id', 'file', 'titleEn', 'issued', 'inForceCitation', 'planYears'],
  // A parameter's unit and note are for people (the explanation in the task pane, the docs).
  'parameters[]': ['unit', 'note'],
  // Indicators are found by id, name, nameEn and aliases; TARGET reads unit, base, targets, citation.
  'indicators[]': ['domain', 'table', 'unitLabel', 'attribute', 'lead', 'note'],
  // ALLOCATION reads a table's id, citation, measures, columns, total and rows.
  'tables[]': ['title', 'titleEn'],
  'tables[].measures[]': ['kind'],
  'tables[].columns[]': ['label'],
  // A discrepancy's note is built from its description, figures (Chinese label and value) and why.
  'discrepancies[]': ['id', 'where'],
  'discrepancies[].figures[]': ['citation'],
  'discrepancies[].figures[].label': ['en'],
} as const satisfies Record<string, readonly string[]>;

type Json = Record<string, unknown>;

function without(o: Json, keys: readonly string[]): Json {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/** The seed without the DROPPED fields; everything else as it stands, in the same order. */
export function functionsSeed(seed: SeedDocument): Json {
  const d = DROPPED;
  return {
    ...without(seed, d['']),
    document: without(seed.document, d.document),
    parameters: seed.parameters.map((p) => without(p, d['parameters[]'])),
    indicators: seed.indicators.map((i) => without(i, d['indicators[]'])),
    tables: seed.tables.map((t) => ({
      ...without(t, d['tables[]']),
      measures: t.measures.map((m) => without(m, d['tables[].measures[]'])),
      columns: t.columns.map((c) => without(c, d['tables[].columns[]'])),
    })),
    discrepancies: seed.discrepancies.map((x) => ({
      ...without(x, d['discrepancies[]']),
      figures: x.figures.map((f) => ({
        ...without(f, d['discrepancies[].figures[]']),
        label: without(f.label, d['discrepancies[].figures[].label']),
      })),
    })),
  };
}

/** The webpack loader: a seed file's JSON in, the same without the DROPPED fields out (still JSON). */
export default function functionsSeedsLoader(source: string): string {
  return JSON.stringify(functionsSeed(JSON.parse(source) as SeedDocument));
}
