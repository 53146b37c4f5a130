/**
 * A template as an .xlsx file: the layout's cells with their look, validation and protection, the
 * formulas with the values they come to today, and a page that prints. Everything a user sees
 * comes from layout(), so the file matches what the add-in inserts into an open workbook.
 */
import ExcelJS, { type CellErrorValue, type CellValue, type PaperSize, type Worksheet } from 'exceljs';
import { a1 } from '../check/grid';
import { evaluate, type Value } from '../templates/formula';
import { layout, type Layout, type PlacedCell } from '../templates/layout';
import type { Template } from '../templates/model';
import { BODY_SIZE, FONT_NAME, MARGINS_INCHES, PAGE_FOOTER, excelWidth, fontSize, formatOf } from '../templates/look';
import { roomOf, textWidth } from '../templates/lines';
import { SIGNATURE_ROW_POINTS } from '../templates/signature';
import { acceptsOf } from '../templates/validation';
import { addSheetExtras, type SheetExtras } from './sheetExtras';
import { styleOf } from './styles';
import { dateOfSerial, validationFor } from './validation';


/** Excel's default row is 14.25 pt for an 11 pt font: about 1.3 pt of row per pt of text. */
const ROW_PER_PT = 1.3;
const ROW_PADDING = 2;
/** Header rows hold at least three lines: year, measure and unit each get a line when they wrap. */
const HEADER_LINES = 3;

/** The paper sizes' numbers in SpreadsheetML (ECMA-376 Part 1, §18.3.1.64 paperSize): 9 A4, 8 A3. */
const PAPER_SIZE = { A4: 9, A3: 8 } as const;

/** The template's sheet first (its extras are written for the first sheet), then its companion (a budget's 参数). */
export async function writeTemplate(t: Template): Promise<Uint8Array> {
  const wb = templateWorkbook(t);
  const { extras } = await addTemplateSheet(wb, t);
  if (t.companion) await addTemplateSheet(wb, t.companion);
  return addSheetExtras(new Uint8Array(await wb.xlsx.writeBuffer()), extras);
}

/** An empty workbook titled for the template, to which its sheet (and others) are added. */
export function templateWorkbook(t: Template): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'careplan';
  wb.title = t.title.zh;
  wb.subject = t.id;
  // The cached values are right for the day the file was written; Excel recomputes the CARE
  // formulas on open so that a rule which changed since is applied.
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

/** A template's sheet in the workbook, and what exceljs cannot write of it (added to the package after). */
export interface AddedSheet {
  ws: Worksheet;
  extras: SheetExtras;
}

/**
 * The template's sheet, laid out, styled, validated and protected, added to the workbook. Its
 * `extras` go in with addSheetExtras once the package is written; it must be the workbook's first
 * sheet for that.
 */
export async function addTemplateSheet(wb: ExcelJS.Workbook, t: Template): Promise<AddedSheet> {
  const l = layout(t);
  const { print } = l;
  const ws = wb.addWorksheet(t.sheet, {
    views: [{ state: 'frozen', xSplit: l.freeze.cols, ySplit: l.freeze.rows }],
    pageSetup: {
      // exceljs's PaperSize names no A3, but writes whatever number it is given.
      paperSize: PAPER_SIZE[print.paper] as PaperSize,
      orientation: print.orientation,
      // A fixed scale, not fit-to-page: the text prints at the size the layout chose for it.
      fitToPage: false,
      scale: print.scale,
      horizontalCentered: true,
      margins: MARGINS_INCHES,
      printTitlesRow: `${l.printRows[0] + 1}:${l.printRows[1] + 1}`,
      ...(print.titleColumns ? { printTitlesColumn: `${columnLetter(print.titleColumns[0])}:${columnLetter(print.titleColumns[1])}` } : {}),
      printArea: absoluteRows(`A${l.printArea[0] + 1}:${a1(l.printArea[1], l.widths.length - 1)}`),
    },
    // The body size: the footer prints at the page's scale too, and must stay as legible as the table.
    headerFooter: { oddFooter: `&C&"${FONT_NAME}"&${BODY_SIZE}${PAGE_FOOTER}` },
  });
  l.widths.forEach((w, c) => (ws.getColumn(c + 1).width = excelWidth(w)));

  const valueOf = evaluator(l);
  for (const placed of l.cells) {
    const cell = ws.getCell(placed.r + 1, placed.c + 1);
    cell.style = styleOf(placed);
    const value = contentValue(placed, valueOf);
    if (value !== null) cell.value = value;
    const accepts = placed.kind === 'input' ? acceptsOf(placed) : undefined;
    const validation = accepts && validationFor(accepts);
    if (validation) cell.dataValidation = validation;
  }
  for (const m of l.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  for (const [r, height] of rowHeights(l, valueOf)) ws.getRow(r + 1).height = height;
  for (const r of l.signatureRows) ws.getRow(r + 1).height = SIGNATURE_ROW_POINTS;

  await protect(ws);
  return { ws, extras: { columnBreaks: print.columnBreaks, ...(l.marker ? { name: l.marker } : {}) } };
}

const columnLetter = (c: number): string => a1(0, c).replace(/\d+$/u, '');

/**
 * Locked cells (everything but the inputs) cannot be typed over, yet the sheet can still be sorted,
 * filtered, resized and formatted (so that careplan in Excel can mark findings on it). No password:
 * protection guards a target against an accidental overwrite, not against a user who means to.
 */
async function protect(ws: Worksheet): Promise<void> {
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true, sort: true, autoFilter: true });
}

/**
 * exceljs puts a '$' before each end of the print area but not before its row, and Excel writes the
 * print area fully absolute ($A$1:$AL$29); the rows' own '$' makes the two agree.
 */
const absoluteRows = (range: string): string => range.replace(/(\d+)/gu, '$$$1');

/** What a placed cell holds in the file. */
function contentValue(placed: PlacedCell, valueOf: (cell: PlacedCell) => Value | undefined): CellValue {
  if (placed.formula !== undefined) return { formula: fileFormula(placed.formula), result: cached(valueOf(placed)) };
  // A date setting holds an Excel serial; as a Date it is written with its date format, not as a count.
  if (formatOf(placed) === 'date' && typeof placed.value === 'number') return dateOfSerial(placed.value);
  return placed.value;
}

/**
 * Excel saves a JavaScript custom function in a file as _xldudf_NAMESPACE_NAME and binds it to the
 * add-in's CARE.NAME when the add-in loads (Microsoft in OfficeDev/Excel-Custom-Functions#108);
 * written as CARE.NAME, the name is unknown on open and stays #NAME? (OfficeDev/office-js#6611).
 */
export const fileFormula = (formula: string): string => formula.replace(/\bCARE\.([A-Z]+)\(/gu, '_xldudf_CARE_$1(');

type ErrorResult = Extract<Value, { t: 'error' }>;
const isError = (v: Value | undefined): v is ErrorResult => typeof v === 'object' && v !== null;

const EXCEL_ERRORS: readonly CellErrorValue['error'][] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];
const errorValue = (code: string): CellErrorValue => ({ error: EXCEL_ERRORS.find((e) => e === code) ?? '#VALUE!' });

/** A formula's cached result; '' for one that comes to nothing yet (a ratio of blank inputs). */
function cached(v: Value | undefined): string | number | boolean | CellErrorValue {
  if (v === undefined || v === null) return '';
  return isError(v) ? errorValue(v.code) : v;
}

/**
 * Each computed cell's value, read as Excel would compute it: a formula evaluated over the cells it
 * refers to (themselves evaluated when they are formulas, each once), any other cell its value.
 */
function evaluator(l: Layout): (cell: PlacedCell) => Value | undefined {
  const byAddress = new Map(l.cells.map((c) => [c.address, c]));
  const memo = new Map<string, Value | undefined>();
  const pending = new Set<string>();
  const valueOf = (cell: PlacedCell): Value | undefined => {
    const f = cell.content?.formula;
    if (!f) return cell.value;
    if (memo.has(cell.address)) return memo.get(cell.address);
    if (pending.has(cell.address)) throw new Error(`template ${l.template.id}: the formula in ${cell.address} depends on itself`);
    pending.add(cell.address);
    const v = evaluate(f, (ref) => {
      const address = l.address(ref).replace(/\$/gu, '');
      const target = byAddress.get(address);
      if (!target) throw new Error(`template ${l.template.id}: ${cell.address} refers to ${address}, which holds nothing`);
      return valueOf(target);
    });
    pending.delete(cell.address);
    memo.set(cell.address, v);
    return v;
  };
  return valueOf;
}


/**
 * The heights of rows whose text wraps onto more than one line. Excel never grows a row for a merged
 * cell (the banner lines, captions), and other programs do not all grow rows on opening, so each
 * such row gets the height its longest text needs; header rows take at least three lines.
 */
function rowHeights(l: Layout, valueOf: (cell: PlacedCell) => Value | undefined): Map<number, number> {
  const span = new Map(l.merges.map((m) => [`${m.r1},${m.c1}`, m] as const));
  const heights = new Map<number, number>();
  for (const cell of l.cells) {
    // A formula that comes to text (a budget line's 依据) is measured by what it says on the day written.
    const shown = cell.formula === undefined ? cell.value : valueOf(cell);
    if (typeof shown !== 'string' || cell.kind === 'marker') continue;
    const m = span.get(`${cell.r},${cell.c}`);
    const size = fontSize(cell.kind);
    // The layout broke the printed texts into lines (templates/lines.ts); each line may wrap again.
    const wrapped = shown.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line) * size) / BODY_SIZE / roomOf(l.widths, cell.c, m ? m.c2 : cell.c))), 0);
    const lines = cell.kind === 'header' ? Math.max(HEADER_LINES, wrapped) : wrapped;
    // A single line of body text fits the default row; only taller text needs a height of its own.
    if (lines * size <= BODY_SIZE) continue;
    const height = Math.ceil(lines * size * ROW_PER_PT + ROW_PADDING);
    if (height > (heights.get(cell.r) ?? 0)) heights.set(cell.r, height);
  }
  return heights;
}
