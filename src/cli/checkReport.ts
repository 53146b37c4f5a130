/**
 * How `careplan check` prints its findings: a readable table (Chinese, or English with --lang en),
 * JSON, or CSV with one finding a row.
 */
import { LISTED_FINDINGS_PER_SHEET, SEVERITIES } from '../check/finding';
import { summarize, type Finding } from '../check';
import { csvText, figureText, findingCsvRow, FINDINGS_CSV_HEAD } from '../check/csv';
import { escapeControl } from '../check/escape';
import { cut } from '../check/messages';
import type { FileReport } from './checkFile';

/** Findings the readable table lists for one sheet; the rest are counted in one line (see LISTED_FINDINGS_PER_SHEET). */
export const TABLE_FINDINGS_PER_SHEET = LISTED_FINDINGS_PER_SHEET;

export type Lang = 'zh' | 'en';

const WORDS = {
  zh: {
    severity: { error: '错误', warning: '警告', info: '提示' },
    head: ['级别', '单元格', '县（市、区）', '栏目', '年份', '应为', '实际', '差距', '说明'],
    file: '文件',
    sheet: '工作表',
    template: '模板',
    notChecked: '未检查',
    none: '未发现问题。',
    summary: ['县（市、区）', '错误', '警告', '未填'],
    cite: '依据',
    more: (n: number, errors: number, warnings: number, infos: number) => `……另有 ${n} 条未列出（错误 ${errors}，警告 ${warnings}，提示 ${infos}）；--json 或 --csv 列出全部。`,
    total: (files: number, errors: number, warnings: number, infos: number, unread: number) =>
      `共 ${files} 个文件：错误 ${errors}，警告 ${warnings}，提示 ${infos}${unread ? `；${unread} 个文件无法读取` : ''}。`,
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    head: ['severity', 'cell', 'county', 'measure', 'year', 'expected', 'actual', 'gap', 'message'],
    file: 'File',
    sheet: 'Sheet',
    template: 'template',
    notChecked: 'not checked',
    none: 'No findings.',
    summary: ['county', 'errors', 'warnings', 'not filled'],
    cite: 'Source',
    more: (n: number, errors: number, warnings: number, infos: number) => `… ${n} more not listed (${errors} error(s), ${warnings} warning(s), ${infos} info); --json or --csv lists every one.`,
    total: (files: number, errors: number, warnings: number, infos: number, unread: number) =>
      `${files} file(s): ${errors} error(s), ${warnings} warning(s), ${infos} info${unread ? `; ${unread} file(s) could not be read` : ''}.`,
  },
} as const;

/** Columns line up in a terminal, where a Chinese character takes two places. */
const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));

/** Rows as aligned columns; every field escaped (escapeControl), so a field is one line of plain text. */
function table(rows: readonly string[][]): string[] {
  const safe = rows.map((r) => r.map(escapeControl));
  const widths = safe[0]!.map(() => 0);
  for (const r of safe) r.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, width(cell))));
  return safe.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i]!))).join('  ').trimEnd());
}

/** A name from a file (a sheet's, a file's) as the table shows it: cut and on one line. */
const name = (s: string): string => escapeControl(cut(s));

const tally = (findings: readonly Finding[]) => {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
};

export function formatText(reports: readonly FileReport[], lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  const all = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    lines.push(`${w.file} ${name(r.file)}`);
    if (r.error) {
      lines.push(`  ${r.error.code}: ${escapeControl(r.error[lang])}`, '');
      continue;
    }
    for (const s of r.sheets) {
      if (!s.template) {
        lines.push(`  ${w.sheet} ${name(s.sheet)}：${w.notChecked}（${escapeControl(s.note?.[lang] ?? '')}）`);
        continue;
      }
      lines.push(`  ${w.sheet} ${name(s.sheet)}（${w.template} ${s.template}${s.county ? ` · ${s.county}` : ''}）`);
      const n = tally(s.findings);
      for (const sev of SEVERITIES) all[sev] += n[sev];
      if (!s.findings.length) {
        lines.push(`    ${w.none}`);
        continue;
      }
      const listed = s.findings.slice(0, TABLE_FINDINGS_PER_SHEET);
      const rows = listed.map((f) => [w.severity[f.severity], f.cell, f.county ?? '', f.measure ?? '', f.year === null ? '' : String(f.year), figureText(f.expected), figureText(f.actual), figureText(f.gap), f.message[lang]]);
      for (const l of table([[...w.head], ...rows])) lines.push(`    ${l}`);
      const rest = tally(s.findings.slice(TABLE_FINDINGS_PER_SHEET));
      if (s.findings.length > listed.length) lines.push(`    ${w.more(s.findings.length - listed.length, rest.error, rest.warning, rest.info)}`);
      const summary = summarize(s.findings);
      if (summary.length) {
        lines.push('');
        for (const l of table([[...w.summary], ...summary.map((c) => [c.county, String(c.errors), String(c.warnings), String(c.notFilled)])])) lines.push(`    ${l}`);
      }
    }
    lines.push('');
  }
  lines.push(w.total(reports.length, all.error, all.warning, all.info, reports.filter((r) => r.error).length));
  return lines.join('\n');
}

export function formatJson(reports: readonly FileReport[], asOf: string): string {
  return JSON.stringify(
    {
      asOf,
      files: reports.map((r) => ({
        file: r.file,
        ...(r.error ? { error: r.error } : {}),
        ...(r.annotated ? { annotated: r.annotated } : {}),
        sheets: r.sheets.map((s) => ({ sheet: s.sheet, template: s.template, county: s.county, ...(s.note ? { note: s.note } : {}), findings: s.findings })),
      })),
    },
    null,
    2,
  );
}

export function formatCsv(reports: readonly FileReport[], lang: Lang): string {
  const rows = [FINDINGS_CSV_HEAD];
  for (const r of reports) {
    if (r.error) rows.push([r.file, '', '', '', 'error', `file.${r.error.code}`, '', '', '', '', '', '', r.error[lang], '', '', '']);
    for (const s of r.sheets) for (const f of s.findings) rows.push(findingCsvRow({ file: r.file, sheet: s.sheet, template: s.template ?? '' }, f, lang));
  }
  return csvText(rows);
}
