/**
 * A table's header as people lay it out: on one row (careplan's own form), or over two or three rows
 * as the documents print theirs (县（市、区） merged down over the header rows, a year merged across
 * its measures and the measures under it, or a measure merged across its years) and as someone
 * merges careplan's own header by hand. "The value of a merged range is specified in the cell of the
 * range's upper-left corner" (https://learn.microsoft.com/office/vba/api/excel.range.merge): the
 * .xlsx reader and Excel's Range.values leave the other cells blank, so a blank over a column's own
 * words belongs to the heading on its left, and a key header merged down stands on the top row.
 *
 * A column is known by its whole header (2021年实际新增改造（张）) on any of its rows, else by its
 * year on one row and its words on another: the template's yearless words, or the document's own
 * words for the measure (新增、改造养老床位数任务, 养老床位总数 under 2020年基数).
 */
import type { Column, Table } from '../templates/model';
import { cellText, fold } from './cellText';
import type { Cell, Grid } from './grid';

/** The most rows a header stands on: the documents' deepest (抚州's 新增床位数 / 2019年 / 其中护理型). */
export const HEADER_DEPTH = 3;

/** No header of any template comes near this many characters; a longer text is not compared. */
const LONGEST_LABEL = 200;

/** A cell's text as a candidate header or row label: '' when far too long to be one. */
export const labelText = (c: Cell): string => {
  const text = cellText(c);
  return text.length > LONGEST_LABEL ? '' : text;
};

/**
 * The words over each column of the header whose last row is `last`, `depth` rows deep: for each
 * column, its texts from the top row down. A blank over words below it takes the heading on its
 * left in the same row, the text of a cell merged across.
 */
export function headerParts(grid: Grid, last: number, depth: number): string[][] {
  const band = Array.from({ length: depth }, (_, i) => (grid.rows[last - depth + 1 + i] ?? []).map(labelText));
  const width = Math.max(0, ...band.map((row) => row.length));
  const parts: string[][] = Array.from({ length: width }, () => []);
  band.forEach((row, i) => {
    let left = '';
    for (let c = 0; c < width; c++) {
      const text = row[c] ?? '';
      if (text) left = text;
      const under = band.slice(i + 1).some((below) => below[c]);
      parts[c]!.push(text || (under ? left : ''));
    }
  });
  return parts;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/u;

/** The year a header text names (2021年, 2021年末, 2020年基数), if any. */
function yearIn(text: string): number | undefined {
  const m = YEAR.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}

/** A header's words without its year: 2021年实际新增改造（张） and 2021年末… both read without 2021 (and 年, where it was the year's). */
function wordsOf(text: string): string[] {
  const t = text.normalize('NFKC');
  return [...new Set([fold(t.replace(/(?:19|20)\d{2}年/u, '')), fold(t.replace(/(?:19|20)\d{2}/u, ''))])].filter((w) => w !== '');
}

/** Finds the template column a sheet column's header parts name, by its key; undefined for none. */
export type HeaderMatcher = (parts: readonly string[]) => string | undefined;

export function headerMatcher(table: Table): HeaderMatcher {
  const byHeader = new Map(table.columns.map((c) => [fold(c.header), c.key] as const));
  const byWords = new Map<string, Column[]>();
  for (const c of table.columns) {
    const words = new Set([c.header, ...(c.yearless === undefined ? [] : [c.yearless]), ...(c.aliases ?? [])].flatMap(wordsOf));
    for (const w of words) byWords.set(w, [...(byWords.get(w) ?? []), c]);
  }
  return (parts) => {
    const texts = parts.filter((p) => p !== '').reverse();
    for (const t of texts) {
      const key = byHeader.get(fold(t));
      if (key !== undefined) return key;
    }
    // The lowest row naming a year gives it: 2019年 over 总数 and 其中护理型, under 新增床位数.
    const year = texts.map(yearIn).find((y) => y !== undefined) ?? null;
    for (const t of texts) {
      for (const w of wordsOf(t)) {
        const column = byWords.get(w)?.find((c) => (c.year ?? null) === year);
        if (column) return column.key;
      }
    }
    return undefined;
  };
}
