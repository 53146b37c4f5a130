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

/**
 * The last line of careplan's words in a note. With MARK_HEADING it delimits careplan's part, so
 * that text a user types before or after it is told from careplan's words when the mark is cleared:
 * a note holds no other place to keep it (Note.content is plain text).
 */
export const MARK_END = '—— careplan 检查说明结束 / end of careplan check ——';

/** A note with careplan's words: the user's own text first and kept whole, then the mark's words between MARK_HEADING and MARK_END. */
export const withUserNote = (user: string | null, mark: string): string => {
  const words = `${mark}\n${MARK_END}`;
  return user === null || user === '' ? words : `${user}\n\n${words}`;
};

/**
 * The user's part of a note careplan marked: what stands before careplan's words (less the blank
 * line withUserNote put between) and what was typed after their end line, joined by a line break;
 * null where nothing of the user's is left. A note without MARK_HEADING is all the user's. Where a
 * user deleted the end line, careplan's words are taken to run to the end of the note, as they did
 * before the end line existed.
 */
export function userNotePart(note: string | null): string | null {
  if (note === null) return null;
  const start = note.indexOf(MARK_HEADING);
  if (start < 0) return note;
  const end = note.indexOf(MARK_END, start);
  const before = note.slice(0, start).replace(/\n{1,2}$/u, '');
  const after = end < 0 ? '' : note.slice(end + MARK_END.length).replace(/^\s+/u, '');
  const kept = [before, after].filter((part) => part !== '').join('\n');
  return kept === '' ? null : kept;
}
