/**
 * A round as the page shows it: plain data (no Maps of templates, no classes), so that it crosses
 * from the worker to the page as a structured clone. What each dropped file was recognised as, every
 * county's status, the 通报's rates exactly as progress() worked them out for the 进度通报 sheet, and
 * the merged table's findings, with the filters and the CSV the page offers. Pure.
 */
import { csvText, findingCsvRow, FINDINGS_CSV_HEAD } from '../check/csv';
import type { Finding, Severity, SheetReport } from '../check/finding';
import type { IsoDay } from '../rules/core/dates';
import type { Bilingual } from '../rules/data/schema';
import { findTemplate } from '../templates';
import type { CountyStatus, FileStatus } from './messages';
import type { MeasureProgress } from './progress';
import { errorsOf, warningsOf, type FileInput, type RoundStatus } from './status';

/** One sheet of a dropped file, as recognised: the template's title and the county it is for (null on a whole city's sheet). */
export interface Recognised {
  sheet: string;
  template: Bilingual;
  county: string | null;
}

/** A dropped file as first read: what its sheets were recognised as, or why it could not be read. */
export interface ReadFile {
  file: string;
  recognised: Recognised[];
  /** Sheets no template was recognised on. */
  unrecognised: string[];
  error?: Bilingual;
  /** The county returns' checks, for the annotated copy. */
  reports: SheetReport[];
}

export interface RoundFile extends ReadFile {
  status: FileStatus;
  reason?: Bilingual;
}

export interface RoundCounty {
  county: string;
  status: CountyStatus;
  files: string[];
  errors: number;
  warnings: number;
  reason?: Bilingual;
}

export interface RoundView {
  template: { id: string; title: Bilingual; sheet: string; basis: string };
  asOf: IsoDay;
  counties: RoundCounty[];
  files: RoundFile[];
  progress: MeasureProgress[];
  /** The merged table's findings, as the 核查结果 sheet lists them. */
  findings: Finding[];
}

export function readFileOf(input: FileInput): ReadFile {
  if ('error' in input)
    return {
      file: input.file,
      recognised: [],
      unrecognised: [],
      error: input.error,
      reports: [],
    };
  const { returns, others, unrecognised } = input.read;
  return {
    file: input.file,
    recognised: [
      ...returns.map((r) => ({
        sheet: r.sheet,
        template: r.template.title,
        county: r.county,
      })),
      ...others.map((o) => {
        const t = findTemplate(o.template);
        return {
          sheet: o.sheet,
          template: { zh: t.title, en: t.titleEn },
          county: null,
        };
      }),
    ],
    unrecognised,
    reports: returns.map((r) => ({
      sheet: r.sheet,
      template: r.template.id,
      county: r.county,
      findings: r.findings,
    })),
  };
}

/** The round's view from the files as read and what merging them gave (roundStatus lists one result a file, in order). */
export function roundView(city: RoundView['template'], asOf: IsoDay, inputs: readonly FileInput[], status: RoundStatus, progress: MeasureProgress[], findings: Finding[]): RoundView {
  return {
    template: {
      id: city.id,
      title: city.title,
      sheet: city.sheet,
      basis: city.basis,
    },
    asOf,
    counties: status.counties.map((c) => ({
      county: c.county,
      status: c.status,
      files: c.files,
      errors: errorsOf(c),
      warnings: warningsOf(c),
      ...(c.reason ? { reason: c.reason } : {}),
    })),
    files: inputs.map((input, i) => {
      const f = status.files[i]!;
      // A return kept out of the table says why where its county does.
      const reason = f.reason ?? (f.status === 'conflict' ? status.counties.find((c) => c.files.includes(f.file))?.reason : undefined);
      return {
        ...readFileOf(input),
        status: f.status,
        ...(reason ? { reason } : {}),
      };
    }),
    progress,
    findings,
  };
}

/** The findings list's filters; null shows all. */
export interface FindingFilter {
  county: string | null;
  severity: Severity | null;
  measure: string | null;
}

export const NO_FILTER: FindingFilter = {
  county: null,
  severity: null,
  measure: null,
};

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => (filter.county === null || f.county === filter.county) && (filter.severity === null || f.severity === filter.severity) && (filter.measure === null || f.measure === filter.measure),
  );
}

/** The choices each filter offers: what the findings hold, in the order they first appear. */
export function filterChoices(findings: readonly Finding[]): {
  counties: string[];
  measures: string[];
  severities: Severity[];
} {
  const distinct = <T>(xs: readonly (T | null)[]): T[] => [...new Set(xs.filter((x): x is T => x !== null))];
  return {
    counties: distinct(findings.map((f) => f.county)),
    measures: distinct(findings.map((f) => f.measure)),
    severities: distinct(findings.map((f) => f.severity)),
  };
}

/** The merged table's findings as CSV (the command line's columns), each placed in the merged workbook `file`. */
export function findingsCsv(view: RoundView, file: string, lang: 'zh' | 'en'): string {
  const at = { file, sheet: view.template.sheet, template: view.template.id };
  return csvText([FINDINGS_CSV_HEAD, ...view.findings.map((f) => findingCsvRow(at, f, lang))]);
}
