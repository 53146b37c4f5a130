/**
 * How every kind of cell looks, defined once and in no file format's terms, so that the written
 * .xlsx (src/xlsx), the sheet the add-in inserts (src/excel) and the annotated copy agree on what
 * grey, yellow and blue mean: grey is the document's (locked), yellow is for the county to fill in,
 * blue is worked out by formula. Each face only turns these words into its own API's.
 */
import type { PlacedCell } from './layout';
import type { Format } from './model';

export type Kind = PlacedCell['kind'];

/**
 * 宋体 is the face of printed government forms and is on every Chinese Windows and in WPS; where it
 * is missing (a Linux LibreOffice) the program substitutes its own CJK font of the same metrics class.
 */
export const FONT_NAME = '宋体';
/** Body text: 11 pt, so that a county form printed at 100% is above 10 pt and a city table at 82% above 9 pt. */
export const BODY_SIZE = 11;
export const TITLE_SIZE = 16;

/** Colours as RRGGBB. */
export const FILL = {
  header: 'D6DCE4',
  label: 'F2F2F2',
  document: 'EDEDED',
  input: 'FFF5CC',
  computed: 'DDEBF7',
} as const;


const GREY_TEXT = '595959';
const FAINT_TEXT = '808080';
/** Thin black borders, as a form printed in an office has them. */
const BORDER = '000000';

export interface CellLook {
  fill: string | null;
  font: { name: string; size: number; bold: boolean; color: string | null };
  horizontal: 'left' | 'center' | 'right' | null;
  wrap: boolean;
  /** Thin borders round the cell in this colour, or none. */
  border: string | null;
  /** Whether the cell is locked once the sheet is protected: all but the inputs. */
  locked: boolean;
}

const font = (size = BODY_SIZE, bold = false, color: string | null = null): CellLook['font'] => ({ name: FONT_NAME, size, bold, color });
const text = (f: CellLook['font'], horizontal: CellLook['horizontal'] = 'left', wrap = true): Omit<CellLook, 'locked'> => ({ fill: null, font: f, horizontal, wrap, border: null });
const boxed = (f: CellLook['font'], fill: string | null, horizontal: CellLook['horizontal'] = null): Omit<CellLook, 'locked'> => ({ fill, font: f, horizontal, wrap: true, border: BORDER });

/**
 * The marker is the one banner line not merged across the sheet, so it must not wrap: it spills
 * over the empty cells to its right to be read whole.
 */
const KIND_LOOK: Record<Kind, Omit<CellLook, 'locked'>> = {
  marker: text(font(8, false, FAINT_TEXT), 'left', false),
  titleEn: text(font(10, false, GREY_TEXT)),
  guide: text(font(10, false, GREY_TEXT)),
  title: text(font(TITLE_SIZE, true), 'center'),
  basis: text(font(BODY_SIZE), 'center'),
  filer: text(font(BODY_SIZE), 'left', false),
  filedOn: text(font(BODY_SIZE), 'right', false),
  signature: text(font(BODY_SIZE), 'left', false),
  caption: text(font(BODY_SIZE, true)),
  group: boxed(font(BODY_SIZE, true), FILL.header, 'center'),
  header: boxed(font(BODY_SIZE, true), FILL.header, 'center'),
  key: boxed(font(BODY_SIZE, true), null, 'left'),
  label: boxed(font(), FILL.label, 'left'),
  given: boxed(font(), FILL.document),
  target: boxed(font(), FILL.document),
  input: boxed(font(), FILL.input),
  computed: boxed(font(), FILL.computed),
};

/** Font size of a kind, for the row heights a face works out. */
export const fontSize = (kind: Kind): number => KIND_LOOK[kind].font.size;

/** How a placed cell looks: its kind's look, bold on a document's total row, open only where it is an input. */
export function lookOf(cell: PlacedCell): CellLook {
  const base = KIND_LOOK[cell.kind];
  return { ...base, font: { ...base.font, bold: base.font.bold || cell.row?.total === true }, locked: cell.kind !== 'input' };
}

/**
 * Yuan keep their fen: a budget line times a coefficient can come to a fraction of a yuan, and
 * rounding the lines but not the total would show a column that does not add up.
 */
export const NUM_FMT: Record<Format, string> = {
  count: '#,##0',
  decimal: '#,##0.00',
  share: '0.0%',
  yuan: '#,##0.00',
  date: 'yyyy-mm-dd',
  text: '@',
};

/** Excel's own code for "no particular format". */
export const GENERAL = 'General';

/** How a cell's number is shown: its own format where it has one (indicator rows), else its column's. */
export const formatOf = (cell: PlacedCell): Format | undefined => cell.content?.format ?? cell.column?.format;

/** The number format code of a placed cell: its own or its column's, else General. */
export const numberFormatOf = (cell: PlacedCell): string => {
  const f = formatOf(cell);
  return f ? NUM_FMT[f] : GENERAL;
};

/**
 * Excel column width from the layout's width in characters. Excel counts a width in digits of the
 * default font, and a Chinese character is a little over two digits wide (the layout's widths
 * count it as two); ×1.1 covers that and full-width punctuation, +2 the cell's inner padding, so
 * a header sized for its characters does not break one character early.
 */
export const excelWidth = (width: number): number => width * 1.1 + 2;

/**
 * The printed width of a column in points: Excel's width unit is a digit of the default 11 pt font,
 * 7 pixels, plus 5 pixels of padding, at 0.75 pt a pixel. Office.js sets widths in these points.
 */
export const widthPoints = (width: number): number => Math.round((excelWidth(width) * 7 + 5) * 0.75 * 100) / 100;

/** Narrow margins, in inches, with room at the foot for the page number: the written file and the inserted sheet print alike. */
export const MARGINS_INCHES = { left: 0.25, right: 0.25, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 } as const;

/** The footer of every printed page, in Excel's header/footer codes (&P this page, &N the count): 第 1 页 共 3 页. */
export const PAGE_FOOTER = '第 &P 页 共 &N 页';
