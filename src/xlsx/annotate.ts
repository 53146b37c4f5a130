/**
 * The annotated copy: the user's own workbook with each finding shown on its cell, as a fill in the
 * severity's colour and a note saying what is wrong and which clause says so, and a 核查结果 sheet
 * that lists the findings with links to their cells and a legend of the fills (check/reportSheet.ts),
 * so that a printed copy shows what is wrong. Only fills and notes change on the user's sheets;
 * every value, formula and note the user wrote stays as it was.
 */
import ExcelJS, { type Cell, type Comment, type RichText } from 'exceljs';
import type { Finding } from '../check/finding';
import { findingText, worstOf } from '../check/markText';
import { SEVERITY_FILL } from '../templates/look';
import { addReportSheet } from './reportSheet';
import { solid } from './styles';

export interface Mark {
  sheet: string;
  finding: Finding;
}

const A1 = /^[A-Z]{1,3}[1-9]\d*$/u;

export async function annotate(bytes: Uint8Array, marks: readonly Mark[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // A copy: exceljs reads from the buffer it is given, and the caller's bytes must stay as they were.
  await wb.xlsx.load(bytes.slice().buffer);
  for (const [sheet, cells] of byCell(marks)) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    for (const [address, findings] of cells) mark(ws.getCell(address), findings);
  }
  addReportSheet(wb, marks);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The most severe finding colours the cell; every finding goes into its note. */
function mark(cell: Cell, findings: readonly Finding[]): void {
  // exceljs shares one style object among the cells of one saved style: setting cell.fill would
  // colour every cell that looked like this one, so the cell gets a style of its own.
  cell.style = { ...cell.style, fill: solid(SEVERITY_FILL[worstOf(findings)]) };
  cell.note = withNote(cell, findings.map(findingText).join('\n\n'));
}

/** The findings by sheet and cell, in the order they came; a finding without an A1 cell has nowhere to go. */
function byCell(marks: readonly Mark[]): Map<string, Map<string, Finding[]>> {
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const { sheet, finding } of marks) {
    const address = finding.cell.replace(/\$/gu, '').toUpperCase();
    if (!A1.test(address)) continue;
    const cells = sheets.get(sheet) ?? new Map<string, Finding[]>();
    cells.set(address, [...(cells.get(address) ?? []), finding]);
    sheets.set(sheet, cells);
  }
  return sheets;
}

/** The cell's note with the findings after it: a user's note, plain or formatted, is kept whole. */
function withNote(cell: Cell, text: string): string | Partial<Comment> {
  const old: string | Partial<Comment> | undefined = cell.note;
  if (old === undefined) return text;
  if (typeof old === 'string') return old === '' ? text : `${old}\n\n${text}`;
  const runs: RichText[] = old.texts ?? [];
  return { ...old, texts: [...runs, { text: `\n\n${text}` }] };
}
