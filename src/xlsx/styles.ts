/**
 * How every kind of cell looks, in one place, so the written template, the annotated copy and any
 * later face agree on what grey, yellow and blue mean: grey is the document's (locked), yellow is
 * for the county to fill in, blue is worked out by formula.
 */
import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import type { Severity } from '../check/finding';
import type { PlacedCell } from '../templates/layout';
import type { Format } from '../templates/model';

export type Kind = PlacedCell['kind'];

/**
 * 等线 is the body font of Chinese Excel since 2016 and of new WPS sheets; where it is missing the
 * program falls back to its own CJK font, which is what the layout's widths were sized for anyway.
 */
export const FONT_NAME = '等线';
export const BODY_SIZE = 11;

const GREY_TEXT = 'FF595959';
const FAINT_TEXT = 'FF808080';

export const FILL = {
  header: 'FFD6DCE4',
  label: 'FFF2F2F2',
  document: 'FFEDEDED',
  input: 'FFFFF5CC',
  computed: 'FFDDEBF7',
} as const;

/** Excel's own "Bad", "Neutral" and a pale blue: the colours users already read as error and warning. */
export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

export const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

const font = (f: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, size: BODY_SIZE, ...f });

const thin = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * Every text wraps except the marker: it is the one banner line not merged across the sheet, so it
 * must spill over the empty cells to its right to be read whole.
 */
const wrap = (a: Partial<Alignment> = {}): Partial<Alignment> => ({ vertical: 'middle', wrapText: true, ...a });

const CENTRED = wrap({ horizontal: 'center' });

const KIND_STYLE: Record<Kind, Partial<Style>> = {
  title: { font: font({ bold: true, size: 14 }), alignment: wrap() },
  titleEn: { font: font({ size: 10, color: { argb: GREY_TEXT } }), alignment: wrap() },
  basis: { font: font({ size: 9, color: { argb: GREY_TEXT } }), alignment: wrap() },
  guide: { font: font({ size: 10, color: { argb: GREY_TEXT } }), alignment: wrap() },
  marker: { font: font({ size: 8, color: { argb: FAINT_TEXT } }), alignment: { vertical: 'middle' } },
  caption: { font: font({ bold: true }), alignment: wrap() },
  group: { font: font({ bold: true }), fill: solid(FILL.header), alignment: CENTRED, border: BOX },
  header: { font: font({ bold: true }), fill: solid(FILL.header), alignment: CENTRED, border: BOX },
  key: { font: font({ bold: true }), alignment: wrap({ horizontal: 'left' }), border: BOX },
  label: { font: font(), fill: solid(FILL.label), alignment: wrap({ horizontal: 'left' }), border: BOX },
  given: { font: font(), fill: solid(FILL.document), alignment: wrap(), border: BOX },
  target: { font: font(), fill: solid(FILL.document), alignment: wrap(), border: BOX },
  input: { font: font(), fill: solid(FILL.input), alignment: wrap(), border: BOX },
  computed: { font: font(), fill: solid(FILL.computed), alignment: wrap(), border: BOX },
};

/** Font size of a kind, for the row heights the writer works out. */
export const fontSize = (kind: Kind): number => KIND_STYLE[kind].font?.size ?? BODY_SIZE;

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

/** How a cell's number is shown: its own format where it has one (indicator rows), else its column's. */
export const formatOf = (cell: PlacedCell): Format | undefined => cell.content?.format ?? cell.column?.format;

/**
 * A fresh style object for one cell. exceljs changes a cell's style object in place when a single
 * property is set later, so cells must never share one.
 */
export function styleOf(cell: PlacedCell): Partial<Style> {
  const base = KIND_STYLE[cell.kind];
  const format = formatOf(cell);
  return {
    ...base,
    // A document's total row reads as a total at a glance.
    ...(cell.row?.total && base.font ? { font: { ...base.font, bold: true } } : {}),
    ...(format ? { numFmt: NUM_FMT[format] } : {}),
    // Only what the county fills in can be typed over once the sheet is protected.
    protection: { locked: cell.kind !== 'input' },
  };
}

/**
 * Excel column width from the layout's width in characters. Excel counts a width in digits of the
 * default font, and a Chinese character is a little over two digits wide (the layout's widths
 * count it as two); ×1.1 covers that and full-width punctuation, +2 the cell's inner padding, so
 * a header sized for its characters does not break one character early.
 */
export const excelWidth = (width: number): number => width * 1.1 + 2;

/** Excel's own "Narrow" margins, in inches: the written file and the inserted sheet print alike. */
export const MARGINS_INCHES = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** The footer of every printed page, in Excel's header/footer codes: 第 1 页，共 3 页. */
export const PAGE_FOOTER = '第 &P 页，共 &N 页';
