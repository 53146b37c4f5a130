/**
 * Workbooks for the command-line and round-trip tests: a template written by careplan, filled in
 * the way a county would (by header words and county names, never by fixed address), and edited
 * afterwards with exceljs the way another program would leave it.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { buildTemplate, type TemplateOptions } from '../../src/templates';
import { cellKey, type Template } from '../../src/templates/model';
import { writeTemplate } from '../../src/xlsx/write';

export const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'careplan-'));
export const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** One figure a county enters: its row by county name (or row label), its column by header. */
export interface Entry {
  row: string;
  header: string;
  value: number | string | null;
}

/** The template with figures entered in its input cells, as if typed before saving. */
export function filled(id: string, entries: readonly Entry[], o: TemplateOptions = {}): Template {
  const t = buildTemplate(id, o);
  for (const e of entries) {
    const table = t.tables.find((tb) => tb.columns.some((c) => c.header === e.header));
    const column = table?.columns.find((c) => c.header === e.header);
    const row = table?.rows.find((r) => r.county === e.row || r.labels[0] === e.row);
    if (!table || !column || !row) throw new Error(`no cell ${e.row} / ${e.header} in ${id}`);
    if (column.role !== 'input') throw new Error(`${e.header} is not an input column`);
    table.cells.set(cellKey(row.key, column.key), { ...table.cells.get(cellKey(row.key, column.key)), value: e.value });
  }
  return t;
}

export async function templateBytes(id: string, entries: readonly Entry[] = [], o: TemplateOptions = {}): Promise<Uint8Array> {
  return writeTemplate(filled(id, entries, o));
}

/** Opens a workbook with exceljs, lets `edit` change its first sheet, and saves it. */
export async function edited(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  edit(wb.worksheets[0]!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheet's data rows between `first` and `last` (1-based), reordered by `order`, values and styles kept. */
export function reorderRows(ws: ExcelJS.Worksheet, first: number, last: number, order: (rows: ExcelJS.CellValue[][]) => ExcelJS.CellValue[][]): void {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = first; r <= last; r++) rows.push((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1));
  order(rows).forEach((values, i) => {
    const row = ws.getRow(first + i);
    values.forEach((v, c) => {
      row.getCell(c + 1).value = v ?? null;
    });
  });
}

/** The 1-based row of a county (or row label) in the first column. */
export function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
  throw new Error(`no row ${label}`);
}

/** A package with one part's text changed: how a crafted file is made from a real one. */
export function patched(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  return zipSync(files);
}

/** Row 10's key cell (a county's name) copied into `copies` new rows below the table: that many duplicate rows. */
export const duplicatedRows = (bytes: Uint8Array, copies: number): Uint8Array =>
  patched(bytes, 'xl/worksheets/sheet1.xml', (xml) => {
    const key = /<c r="A10"[^>]*?(?:\/>|>.*?<\/c>)/su.exec(xml)![0];
    const rows: string[] = [];
    for (let r = 1000; r < 1000 + copies; r++) rows.push(`<row r="${r}">${key.replace('r="A10"', `r="A${r}"`)}</row>`);
    return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
  });

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** A bare package whose workbook lists `sheets` (name → part) and holds the given parts; stored, not deflated, when `store`. */
export function barePackage(sheets: [string, string][], parts: Record<string, string>, store = false): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<workbook><sheets>${sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships>${sheets.map(([, part], i) => `<Relationship Id="rId${i + 1}" Type="${WORKSHEET_TYPE}" Target="${part}"/>`).join('')}</Relationships>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = [strToU8(xml), { level: store ? 0 : 6 }];
  return zipSync(files);
}

/** A worksheet part of `n` rows, each holding what `cells` gives for its 1-based number. */
export const rowsPart = (n: number, cells: (r: number) => string): string =>
  `<worksheet><sheetData>${Array.from({ length: n }, (_, r) => `<row r="${r + 1}">${cells(r + 1)}</row>`).join('')}</sheetData></worksheet>`;
