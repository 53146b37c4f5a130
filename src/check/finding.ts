/**
 * What the checker reports, cell by cell. Every face shows findings from this one shape: the CLI's
 * table, JSON and CSV, the annotated copy, and the task pane's marks.
 */
import type { Bilingual } from '../rules/data/schema';
import type { TableFigures } from './figures';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Where an expected figure comes from, quoted. */
export interface FindingCitation {
  document: string;
  section: string;
  quote: string;
}

export interface Finding {
  /** A1 address on the sheet as it stands (after any sorting or inserted columns). */
  cell: string;
  severity: Severity;
  /** Which check found it (task.cumulative, level.target, input.invalid, …): stable, for filters. */
  ruleId: string;
  /** The county as the document names it; null on city sheets. */
  county: string | null;
  /** In the words `careplan template --describe` uses. */
  measure: string | null;
  year: number | null;
  expected: number | string | null;
  actual: number | string | null;
  /** How far short, in the measure's unit; null where there is no numeric gap. */
  gap: number | null;
  message: Bilingual;
  citation: FindingCitation | null;
}

export interface SheetReport {
  sheet: string;
  /** The template the sheet was recognised as; null when it is no careplan sheet. */
  template: string | null;
  /** The county of a county's own form. */
  county: string | null;
  findings: Finding[];
  /** Why a sheet was not checked (not a careplan sheet). */
  note?: Bilingual;
  /** A county table's figures as read, by county row and meaning: what the pane's progress rates are worked out from. */
  figures?: TableFigures;
}

/**
 * Most findings of one sheet that are listed one by one where a person reads them (the readable
 * table, the page, the notes of an annotated copy); the rest are counted. A real county table gives a
 * few hundred at most (20 counties × their columns); 199,000 duplicated rows gave as many, which no
 * one reads and which made a 1.2 GB annotated copy. JSON and CSV keep every finding.
 */
export const LISTED_FINDINGS_PER_SHEET = 1000;
