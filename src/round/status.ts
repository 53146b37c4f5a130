/**
 * Who has reported: the returns grouped by county, and the rules that keep a doubtful return out of
 * the city table. Nothing is merged silently:
 * - one return for a county is merged; its status is 有错误 when checking it finds errors, else 已报送;
 * - two or more returns for a county are merged once when every figure agrees, else neither (冲突);
 * - a return that changes a figure the document sets is not merged (冲突);
 * - a file named for a county that cannot be read keeps that county out too (冲突): it may be the newer one;
 * - a return for another template, a sheet that is no county's return and an unreadable file are each
 *   listed with their reason; a county nothing came from is 未报送.
 */
import type { Finding } from '../check';
import { countyStem, foldName } from '../rules/plans/names';
import type { Bilingual } from '../rules/data/schema';
import type { Row, Template } from '../templates/model';
import { ROUND_MSG, type CountyStatus, type FileStatus } from './messages';
import { figureLabel, type CountyReturn, type ReadReturns } from './returns';

/** A file as collected: read into returns, or the reason it could not be read. */
export type FileInput = { file: string; read: ReadReturns } | { file: string; error: Bilingual };

export interface CountyResult {
  key: string;
  county: string;
  status: CountyStatus;
  files: string[];
  /** The return whose figures are merged; none for 未报送 and 冲突. */
  used?: CountyReturn;
  findings: Finding[];
  reason?: Bilingual;
}

export interface FileResult {
  file: string;
  status: FileStatus;
  reason?: Bilingual;
}

export interface RoundStatus {
  counties: CountyResult[];
  files: FileResult[];
}

const count = (fs: readonly Finding[], s: Finding['severity']): number => fs.filter((f) => f.severity === s).length;
export const errorsOf = (c: CountyResult): number => count(c.findings, 'error');
export const warningsOf = (c: CountyResult): number => count(c.findings, 'warning');

/** The county a file name names (于都县.xlsx, 02-于都-床位.xlsx), the longest name matching. */
export function countyByFileName(file: string, rows: readonly Row[]): Row | undefined {
  const name = foldName(file.replace(/^.*[/\\]/u, ''));
  let best: { row: Row; length: number } | undefined;
  for (const row of rows) {
    for (const word of [row.labels[0]!, ...(row.aliases ?? [])]) {
      const stem = countyStem(word);
      if (stem.length >= 2 && name.includes(stem) && stem.length > (best?.length ?? 0)) best = { row, length: stem.length };
    }
  }
  return best?.row;
}

export function roundStatus(city: Template, inputs: readonly FileInput[]): RoundStatus {
  const rows = city.tables[0]!.rows.filter((r) => !r.total);
  const files: FileResult[] = [];
  const returnsOf = new Map<string, CountyReturn[]>();
  const unreadableOf = new Map<string, string[]>();
  for (const input of inputs) {
    if ('error' in input) {
      files.push({ file: input.file, status: 'unreadable', reason: input.error });
      const row = countyByFileName(input.file, rows);
      if (row) unreadableOf.set(row.key, [...(unreadableOf.get(row.key) ?? []), input.file]);
      continue;
    }
    const ours = input.read.returns.filter((r) => r.template.id === city.id);
    const theirs = input.read.returns.filter((r) => r.template.id !== city.id);
    for (const r of ours) returnsOf.set(r.countyKey, [...(returnsOf.get(r.countyKey) ?? []), r]);
    if (ours.length) files.push({ file: input.file, status: 'merged' });
    else if (theirs.length) files.push({ file: input.file, status: 'otherTemplate', reason: ROUND_MSG.otherTemplate(theirs[0]!.template.title.zh, city.title.zh) });
    else if (input.read.others.length) files.push({ file: input.file, status: 'notReturn', reason: ROUND_MSG.notReturn(input.read.others.map((o) => o.sheet)) });
    else files.push({ file: input.file, status: 'unrecognised', reason: ROUND_MSG.unrecognised(input.read.unrecognised, city.title.zh) });
  }
  const counties = rows.map((row) => countyResult(row, returnsOf.get(row.key) ?? [], unreadableOf.get(row.key) ?? []));
  // A file whose return was kept out is marked so in the file list too.
  const kept = new Set(counties.filter((c) => c.status === 'conflict').flatMap((c) => c.files));
  for (const f of files) if (f.status === 'merged' && kept.has(f.file)) f.status = 'conflict';
  return { counties, files };
}

function countyResult(row: Row, returns: readonly CountyReturn[], unreadable: readonly string[]): CountyResult {
  const base = { key: row.key, county: row.county ?? row.labels[0]!, files: [...returns.map((r) => r.file), ...unreadable] };
  const findings = returns.flatMap((r) => r.findings);
  if (returns.length === 0 && unreadable.length === 0) return { ...base, status: 'missing', findings, reason: ROUND_MSG.missing() };
  if (unreadable.length) return { ...base, status: 'conflict', findings, reason: ROUND_MSG.unreadableForCounty(unreadable) };
  for (const r of returns) {
    const changed = r.findings.filter((f) => f.ruleId === 'document.changed');
    if (changed.length) return { ...base, status: 'conflict', findings, reason: ROUND_MSG.documentChanged(r.file, changed.map(figureName)) };
  }
  const [first, ...rest] = returns as [CountyReturn, ...CountyReturn[]];
  const differing = differences(first, rest);
  if (differing.length) return { ...base, status: 'conflict', findings, reason: ROUND_MSG.differ(base.files, differing) };
  const status: CountyStatus = first.findings.some((f) => f.severity === 'error') ? 'hasErrors' : 'submitted';
  return { ...base, status, used: first, findings: first.findings, ...(rest.length ? { reason: ROUND_MSG.sameTwice(base.files) } : {}) };
}

/** The figures (measure and year) in which other returns differ from the first. */
function differences(first: CountyReturn, rest: readonly CountyReturn[]): string[] {
  const out = new Set<string>();
  for (const other of rest) {
    for (const key of new Set([...first.figures.keys(), ...other.figures.keys()])) {
      if ((first.figures.get(key) ?? null) !== (other.figures.get(key) ?? null)) out.add(figureLabel(key));
    }
  }
  return [...out];
}

const figureName = (f: Finding): string => `${f.year ?? ''}${f.year === null ? '' : '年'}${f.measure ?? f.cell}`;
