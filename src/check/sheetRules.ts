/**
 * Checks every template shares: each input read as its column accepts (budget settings included),
 * each computed cell recomputed from the sheet's own inputs and compared with what it shows, and
 * what of the template could not be found on the sheet.
 */
import type { Value } from '../templates/formula';
import { contentOf, type Format } from '../templates/model';
import type { SheetContext } from './context';
import { a1, type Cell } from './grid';
import { CHECK_MSG, fmt, fmtApart } from './messages';
import type { Finding } from './finding';

/** Two figures are the same when they agree to 9 significant digits (a cached 1/3 is not exact). */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function checkInputsAndFormulas(ctx: SheetContext): void {
  for (const [key, lt] of ctx.located.tables) {
    for (const row of lt.table.rows) {
      if (!lt.rows.has(row.key)) continue;
      for (const column of lt.table.columns) {
        const ref = { table: key, row: row.key, col: column.key };
        // A cell may stand in another role than its column: a portable budget's city is fixed, not typed.
        const role = contentOf(lt.table, row.key, column.key)?.role ?? column.role;
        if (role === 'input') ctx.input(ref);
        if (role === 'given' || role === 'target') documentFigureKept(ctx, ref);
        // A computed column may leave a cell without a formula (no per-home subtotal): nothing to recompute.
        if (column.role !== 'computed' || !contentOf(lt.table, row.key, column.key)?.formula) continue;
        const place = ctx.place(ref);
        const expected = ctx.value(ref);
        const shown = shownValue(place?.cell);
        if (!place || expected === undefined || shown === undefined || agrees(expected, shown)) continue;
        const show = (v: Value) => (typeof v === 'object' && v !== null ? v.code : fmt(v === '' ? null : (v as number | string | null), column.format));
        const isCare = typeof place.cell === 'object' && place.cell !== null && place.cell.t === 'formula' && /\bCARE\.|_xldudf_CARE_/iu.test(place.cell.formula);
        ctx.add(place, isCare ? 'warning' : 'error', 'computed.mismatch', {
          message: CHECK_MSG.computedMismatch(column.measure ?? column.header, ...apart(expected, shown, show, column.format)),
          expected: plain(expected),
          actual: plain(shown),
        });
      }
    }
  }
}

/** A document figure typed over on the sheet is reported; the checks use the document's own. */
function documentFigureKept(ctx: SheetContext, ref: { table: string; row: string; col: string }): void {
  const place = ctx.place(ref);
  const content = contentOf(place?.table ?? ctx.template.tables[0]!, ref.row, ref.col);
  if (!place || !content) return;
  const shown = shownValue(place.cell);
  const figure = content.value ?? null;
  if (shown === undefined || agrees(figure, shown)) return;
  const format = content.format ?? place.column.format;
  const show = (v: Value) => (typeof v === 'object' && v !== null ? v.code : fmt(v === '' ? null : (v as number | string | null), format));
  ctx.add(place, 'warning', 'document.changed', {
    message: CHECK_MSG.documentChanged(content.measure ?? place.column.measure ?? place.column.header, show(figure), show(shown), content.source?.document ?? ''),
    expected: figure,
    actual: plain(shown),
    ...(content.source ? { source: content.source } : {}),
  });
}

/** What a computed cell shows: its cached value, or a typed value; undefined when nothing was saved. */
function shownValue(cell: Cell): Value | undefined {
  if (cell === undefined) return null;
  if (typeof cell !== 'object' || cell === null) return cell;
  if (cell.t === 'formula') return cell.cached === null ? undefined : cell.cached;
  return cell.t === 'date' ? cell.serial : cell;
}

function agrees(expected: Value, shown: Value): boolean {
  if (typeof expected === 'number' && typeof shown === 'number') return same(expected, shown);
  const blank = (v: Value) => v === null || v === '';
  if (blank(expected) && blank(shown)) return true;
  if (typeof expected === 'object' && expected !== null && typeof shown === 'object' && shown !== null) return expected.code === shown.code;
  return expected === shown;
}

/** Both figures, with enough digits to differ where both are numbers (fmtApart). */
function apart(a: Value, b: Value, show: (v: Value) => string, format: Format | undefined): [string, string] {
  return typeof a === 'number' && typeof b === 'number' ? fmtApart(a, b, format) : [show(a), show(b)];
}

const plain = (v: Value): number | string | null => (typeof v === 'object' && v !== null ? v.code : typeof v === 'boolean' ? String(v) : v);

export function structureFindings(ctx: SheetContext): Finding[] {
  const out: Finding[] = [];
  const sheet = ctx.grid.name;
  const base = { ruleId: '', county: null, measure: null, year: null, expected: null, actual: null, gap: null, citation: null };
  for (const table of ctx.located.missingTables) {
    out.push({ ...base, cell: 'A1', severity: 'error', ruleId: 'sheet.missingTable', message: CHECK_MSG.missingTable(sheet, table.caption ?? table.columns.map((c) => c.header).slice(0, 3).join('、')) });
  }
  for (const lt of ctx.located.tables.values()) {
    const header = a1(lt.headerRow, 0);
    for (const column of lt.missingColumns) out.push({ ...base, cell: header, severity: 'error', ruleId: 'sheet.missingColumn', measure: column.measure ?? null, year: column.year ?? null, message: CHECK_MSG.missingColumn(sheet, column.header) });
    for (const row of lt.missingRows) {
      out.push({ ...base, cell: header, severity: 'error', ruleId: 'sheet.missingRow', county: row.county, message: CHECK_MSG.missingRow(sheet, row.labels.join(' ')) });
    }
    const keyCol = lt.columns.get(lt.table.columns[0]!.key) ?? 0;
    for (const d of lt.duplicateRows) {
      out.push({ ...base, cell: a1(d.at, keyCol), severity: 'warning', ruleId: 'sheet.duplicateRow', county: d.row.county, message: CHECK_MSG.duplicateRow(d.row.labels.join(' '), d.at + 1) });
    }
  }
  return out;
}
