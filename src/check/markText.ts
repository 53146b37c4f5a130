/**
 * The words a mark carries in its note or comment: what is wrong in Chinese and English, expected
 * and actual figures, and the clause that says so: the same words in a mark Excel shows (src/excel)
 * and in an annotated copy's notes (src/xlsx/annotate.ts).
 */
import { SEVERITIES, type Finding, type Severity } from './finding';

export const SEVERITY_WORD: Record<Severity, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };

/** The first line of every careplan mark, so a reader knows where the words come from. */
export const MARK_HEADING = 'careplan 检查 / check';

const figure = (v: number | string | null): string => (v === null ? '（空）' : String(v));

/**
 * The section and the quoted clause. A table's section ends with the table's title, which is also
 * its quote: the title is then said once, in quotes.
 */
const clause = (c: { section: string; quote: string }): string =>
  c.section.endsWith(c.quote) ? `${c.section.slice(0, -c.quote.length).trim()}“${c.quote}”` : `${c.section}：“${c.quote}”`;

export function findingText(f: Finding): string {
  const lines = [`【${SEVERITY_WORD[f.severity]}】${f.message.zh}`, f.message.en];
  if (f.expected !== null || f.actual !== null) {
    const gap = f.gap === null ? '' : `；差 gap ${figure(f.gap)}`;
    lines.push(`应为 expected ${figure(f.expected)}；实际 actual ${figure(f.actual)}${gap}`);
  }
  if (f.citation) lines.push(`依据：${f.citation.document} ${clause(f.citation)}`);
  return lines.join('\n');
}

/** Every finding on one cell, most severe first as the checker sorted them. */
export const markText = (findings: readonly Finding[]): string => [MARK_HEADING, ...findings.map(findingText)].join('\n\n');

/** The most severe of a cell's findings, which gives the cell its fill. */
export const worstOf = (findings: readonly Finding[]): Severity => SEVERITIES.find((s) => findings.some((f) => f.severity === s)) ?? 'info';

/** A user's note with the mark's words after it: the user's own text comes first and is kept whole. */
export const withUserNote = (user: string | null, mark: string): string => (user === null || user === '' ? mark : `${user}\n\n${mark}`);

/**
 * The user's part of a note that careplan marked: what stands before the mark's words (which start
 * with MARK_HEADING and run to the end, as withUserNote wrote them). A note the user typed into
 * after marking keeps what they typed before the mark; a note whose mark the user already deleted
 * is all theirs. null where nothing of the user's is left.
 */
export function userNotePart(note: string | null): string | null {
  if (note === null) return null;
  if (note.startsWith(MARK_HEADING)) return null;
  const at = note.indexOf(`\n\n${MARK_HEADING}`);
  return at < 0 ? note : note.slice(0, at);
}
