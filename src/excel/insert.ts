/**
 * A template inserted into the open workbook as a new sheet (a portable budget with its 参数 sheet),
 * from the same layout() the .xlsx writer uses: the cells in one write, their number formats in
 * another, each look and validation per rectangle, merges, widths, frozen headers, the printed page, and protection last. Three
 * round trips whatever the template: the sheet names (and careplan's record of its sheets), the
 * writing, the #NAME? repair with protection and the record. Then Office is asked to load the add-in
 * with this workbook (startup.ts).
 */
import { layout } from '../templates/layout';
import type { Template } from '../templates/model';
import { freeNames } from '../templates/sheetName';
import { SIGNATURE_ROW_POINTS } from '../templates/signature';
import { PAGE, type Look } from './look';
import { rectAddress, type Rect } from './rects';
import type { ExcelRun } from './run';
import { OWN_SHEETS_KEY, ownSheets } from './ownSheets';
import { planSheet, type SheetPlan } from './sheetPlan';
import { loadWithWorkbook } from './startup';
import type { InsertResult } from './types';

const NAME_ERROR = '#NAME?';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function applyLook(range: Excel.Range, look: Look, rect: Rect): void {
  const f = range.format;
  if (look.fill) f.fill.color = look.fill;
  if (look.font.name) f.font.name = look.font.name;
  if (look.font.size) f.font.size = look.font.size;
  f.font.bold = look.font.bold;
  if (look.font.color) f.font.color = look.font.color;
  f.wrapText = look.wrap;
  if (look.horizontal) f.horizontalAlignment = look.horizontal;
  if (look.vertical) f.verticalAlignment = look.vertical;
  if (look.border) {
    const edges: `${Excel.BorderIndex}`[] = [...EDGES];
    if (rect.rows > 1) edges.push('InsideHorizontal');
    if (rect.cols > 1) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = look.border;
    }
  }
  // Cells start locked; only what the county fills in is opened before the sheet is protected.
  if (!look.locked) f.protection.locked = false;
}

/** Queues everything but protection: contents, formats, looks, validation, merges, widths, panes, page. */
function queueSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const used = sheet.getRangeByIndexes(0, 0, plan.rows, plan.cols);
  // Formats first, so that a date serial lands in a date cell and a text in a text cell.
  used.numberFormat = plan.numberFormats;
  used.formulas = plan.contents;
  for (const { look, rects } of plan.looks) for (const rect of rects) applyLook(sheet.getRange(rectAddress(rect)), look, rect);
  for (const { validation, rects } of plan.validations) {
    for (const rect of rects) {
      const dv = sheet.getRange(rectAddress(rect)).dataValidation;
      dv.rule = validation.rule;
      dv.prompt = validation.prompt;
      dv.errorAlert = validation.errorAlert;
      dv.ignoreBlanks = validation.ignoreBlanks;
    }
  }
  for (const m of plan.merges) sheet.getRange(rectAddress(m)).merge(false);
  plan.widths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
  used.format.autofitRows();
  const { rows, cols } = plan.freeze;
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
  queuePage(sheet, plan);
}

/**
 * The printed page as the layout sets it (src/templates/print.ts): A4 (A3) in the layout's orientation
 * at its fixed scale, centred, the year groups' page breaks with the key column on every page, the
 * header rows repeated, page x of n, the signature rows tall enough to sign in; and the marker as a
 * sheet-scoped name, which is not printed. Office.js: PageLayout (ExcelApi 1.9) zoom.scale,
 * centerHorizontally, setPrintTitleColumns; Worksheet.verticalPageBreaks.add (ExcelApi 1.9);
 * Worksheet.names.add (ExcelApi 1.4).
 */
function queuePage(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const page = sheet.pageLayout;
  page.paperSize = plan.print.paper;
  page.orientation = plan.print.orientation === 'portrait' ? 'Portrait' : 'Landscape';
  page.zoom = { scale: plan.print.scale };
  page.centerHorizontally = true;
  page.leftMargin = PAGE.margins.left;
  page.rightMargin = PAGE.margins.right;
  page.topMargin = PAGE.margins.top;
  page.bottomMargin = PAGE.margins.bottom;
  page.headerMargin = PAGE.margins.header;
  page.footerMargin = PAGE.margins.footer;
  page.headersFooters.defaultForAllPages.centerFooter = PAGE.centerFooter;
  page.setPrintTitleRows(plan.printTitles);
  if (plan.printTitleColumns) page.setPrintTitleColumns(plan.printTitleColumns);
  page.setPrintArea(plan.printArea);
  for (const c of plan.print.columnBreaks) sheet.verticalPageBreaks.add(sheet.getRangeByIndexes(0, c, 1, 1));
  for (const r of plan.signatureRows) sheet.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = SIGNATURE_ROW_POINTS;
  if (plan.marker) sheet.names.add(plan.marker.name, plan.marker.formula);
}

/**
 * Locked cells (all but the inputs) cannot be typed over, yet the sheet can be sorted, filtered and
 * resized, and careplan can mark findings (format cells) with notes (edit objects). No password:
 * protection guards a target against an accident, not against a user who means to change it.
 */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSort: true,
  allowAutoFilter: true,
  allowEditObjects: true,
  selectionMode: 'Normal',
};

export async function insertTemplate(run: ExcelRun, template: Template): Promise<InsertResult> {
  /** The sheets' names once added: a batch that fails after that leaves them half-built (Excel runs a batch's commands up to the failing one). */
  const added: string[] = [];
  const insert = run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const own = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
    own.load('value');
    await context.sync();

    // A portable budget comes with its 参数 sheet: both get free names, and the budget's formulas say the 参数 sheet's.
    const named = freeNames(template, sheets.items.map((s) => s.name));
    const both = [named, ...(named.companion ? [named.companion] : [])];
    const parts = both.map((t) => ({ plan: planSheet(layout(t)), sheet: sheets.add(t.sheet) }));
    added.push(...both.map((t) => t.sheet));
    // Both sheets exist before any cell is written (worksheets.add appends, so the budget stays first):
    // a formula naming a sheet that is not there yet would be taken for a link to another file.
    for (const { plan, sheet } of parts) {
      sheet.load('id');
      queueSheet(sheet, plan);
    }
    const main = parts[0]!;
    const care = main.plan.care.map((c) => ({ ...c, range: main.sheet.getRange(c.address).load('values') }));
    main.sheet.activate();
    await context.sync();

    // Excel under a Chinese interface can show #NAME? for a custom function written through
    // `formulas` (office-js#6614); the same text written through `formulasLocal` binds. Where it
    // still does not, the formula stays as written and binds once the add-in's functions register.
    const unbound = care.filter((c) => c.range.values[0]?.[0] === NAME_ERROR);
    for (const c of unbound) main.sheet.getRange(c.address).formulasLocal = [[c.formula]];
    for (const { sheet } of parts) sheet.protection.protect(PROTECTION);
    // On record as careplan's, so that 修复 #NAME? may lift this protection and no other (repair.ts).
    const ids = own.isNullObject ? [] : ownSheets(own.value);
    context.workbook.settings.add(OWN_SHEETS_KEY, JSON.stringify([...ids, ...parts.map((p) => p.sheet.id)]));
    await context.sync();
    return { sheet: named.sheet, ...(named.companion ? { companion: named.companion.sheet } : {}), formulaFallback: unbound.length > 0 };
  });
  let result: InsertResult;
  try {
    result = await insert;
  } catch (e) {
    if (added.length > 0) await removeHalfBuilt(run, added);
    throw e;
  }
  await loadWithWorkbook();
  return result;
}

/** Deletes the sheets a failed insert left behind; a failure to delete is not allowed to hide the first error. */
async function removeHalfBuilt(run: ExcelRun, names: readonly string[]): Promise<void> {
  await run(async (context) => {
    const found = names.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      return { sheet, protection: sheet.protection.load('protected') };
    });
    await context.sync();
    for (const { sheet, protection } of found) {
      if (sheet.isNullObject) continue;
      if (protection.protected) sheet.protection.unprotect();
      sheet.delete();
    }
    await context.sync();
  }).catch(() => undefined);
}
