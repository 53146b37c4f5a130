/**
 * Returned county forms, as bytes, merged into the city table of their template: who reported, the
 * figures in their rows and the total as formulas, the merged table checked as any city table is, and
 * the progress circular with its charts. No Node APIs: the command line and the browser page both
 * hand it the files' bytes.
 */
import ExcelJS from 'exceljs';
import { checkSheet, type Finding } from '../check';
import type { IsoDay } from '../rules/core/dates';
import { RuleError } from '../rules/core/errors';
import type { Bilingual } from '../rules/data/schema';
import { filledCityTable } from '../round/fill';
import { ROUND_ERRORS, saveAsXlsx } from '../round/messages';
import { progress, type MeasureProgress } from '../round/progress';
import { readReturns } from '../round/returns';
import { roundStatus, type FileInput, type RoundStatus } from '../round/status';
import { TEMPLATES, buildTemplate } from '../templates';
import { layout } from '../templates/layout';
import type { Template } from '../templates/model';
import { addCharts } from './addCharts';
import { XlsxError } from './errors';
import { readWorkbook } from './read';
import { addFindingsSheet, addProgressSheet, addStatusSheet, SHEETS } from './roundSheets';
import { addSheetExtras } from './sheetExtras';
import { addTemplateSheet, templateWorkbook, writeTemplate } from './write';

/** A collected file: its bytes, or why it could not even be opened. */
export type ReturnFile = { file: string; bytes: Uint8Array } | { file: string; error: Bilingual };

export interface MergeResult {
  city: Template;
  asOf: IsoDay;
  status: RoundStatus;
  /** The merged table's findings, as `careplan check` gives them on the written workbook. */
  findings: Finding[];
  progress: MeasureProgress[];
  bytes: Uint8Array;
}

/** A file read into its county returns, or the reason it cannot be (with how to save .xls / .et as .xlsx). */
export function readReturnFile(f: ReturnFile, asOf: IsoDay): FileInput {
  if ('error' in f) return f;
  const legacy = saveAsXlsx(f.file);
  if (legacy) return { file: f.file, error: legacy };
  try {
    return { file: f.file, read: readReturns(f.file, readWorkbook(f.bytes).sheets, asOf) };
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    return { file: f.file, error: { zh: e.zh, en: e.en } };
  }
}

/** The template of the round: the one asked for, else the county table most returns are forms of. */
export function roundTemplate(inputs: readonly FileInput[], requested?: string): Template {
  const counties = TEMPLATES.filter((t) => t.counties).map((t) => t.id);
  if (requested !== undefined) {
    const t = buildTemplate(requested);
    if (!counties.includes(t.id)) throw new RuleError('BAD_ARGUMENT', ROUND_ERRORS.notCountyTable(t.id, counties));
    return t;
  }
  const votes = new Map<string, number>();
  for (const i of inputs) if ('read' in i) for (const r of i.read.returns) votes.set(r.template.id, (votes.get(r.template.id) ?? 0) + 1);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) throw new RuleError('BAD_ARGUMENT', ROUND_ERRORS.noReturns(counties));
  if (ranked[1] && ranked[1][1] === ranked[0]![1]) throw new RuleError('BAD_ARGUMENT', ROUND_ERRORS.ambiguous(ranked.filter((x) => x[1] === ranked[0]![1]).map((x) => x[0])));
  return buildTemplate(ranked[0]![0]);
}

export interface MergeOptions {
  asOf: IsoDay;
  template?: string;
}

export function mergeReturns(files: readonly ReturnFile[], opts: MergeOptions): Promise<MergeResult> {
  return mergeInputs(files.map((f) => readReturnFile(f, opts.asOf)), opts);
}

/** The files already read (readReturnFile): the page reads them one at a time, showing each as it goes. */
export async function mergeInputs(inputs: readonly FileInput[], opts: MergeOptions): Promise<MergeResult> {
  const city = roundTemplate(inputs, opts.template);
  const status = roundStatus(city, inputs);
  const merged = new Map(status.counties.flatMap((c) => (c.used ? [[c.key, c.used.figures] as const] : [])));
  const filled = filledCityTable(city, merged);

  // The merged table is checked as written, so its findings are the ones `careplan check` gives.
  const written = readWorkbook(await writeTemplate(filled)).sheets[0]!;
  const findings = checkSheet(written, opts.asOf).findings;
  const measures = progress(city, merged, new Map(status.counties.map((c) => [c.key, c.status])), opts.asOf);

  const wb = templateWorkbook(filled);
  const { ws, extras } = await addTemplateSheet(wb, filled);
  // A county left blank says why on its own row.
  const keyCells = layout(filled).cells.filter((c) => c.kind === 'key' && c.row && !c.row.total);
  for (const c of status.counties) {
    const at = keyCells.find((k) => k.row!.key === c.key);
    if (!c.used && at && c.reason) ws.getCell(at.address).note = `${c.reason.zh}\n${c.reason.en}`;
  }
  addStatusSheet(wb, city, status, opts.asOf);
  addFindingsSheet(wb, findings, city.sheet);
  const charts = addProgressSheet(wb, city, measures, opts.asOf);
  const bytes = addCharts(addSheetExtras(new Uint8Array(await wb.xlsx.writeBuffer()), extras), SHEETS.progress, charts);
  return { city, asOf: opts.asOf, status, findings, progress: measures, bytes };
}

/** The merged table's findings as a workbook of their own: the 核查结果 sheet, its cells named rather than linked. */
export async function findingsWorkbook(findings: readonly Finding[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addFindingsSheet(wb, findings, null);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
