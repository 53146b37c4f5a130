/**
 * How names typed by a user meet names written in the documents: width folded (NFKC), spaces and
 * case ignored, and a trailing unit in brackets dropped, so 每千名老年人养老床位数（张） finds its row.
 */
export function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/\([^()]*\)$/u, '')
    .toLowerCase();
}

const COUNTY_SUFFIXES = ['新区', '区', '县', '市'];

/**
 * County names as users shorten them: 章贡区 -> 章贡, 瑞金市 -> 瑞金, 蓉江新区 -> 蓉江; a stem keeps
 * at least two characters, so 高新区 is 高新, not 高.
 */
export function countyStem(s: string): string {
  const f = foldName(s);
  for (const suffix of COUNTY_SUFFIXES) {
    if (f.endsWith(suffix) && f.length - suffix.length >= 2) return f.slice(0, -suffix.length);
  }
  return f;
}

/**
 * The spaces a typed or pasted answer carries that a text target's comparison ignores (托育服务综合管理网络
 * “基本建立” is met by “基本建立 ”): ASCII, no-break (web pages) and ideographic (Chinese input) spaces,
 * besides the control characters 0–31 (line breaks, tabs). Only what a sheet formula can strip too
 * (CLEAN, SUBSTITUTE; templates/formula.ts), so the form's 是否达到 and the checker say the same.
 */
export const ANSWER_SPACES = [' ', '\u00a0', '\u3000'] as const;

/** An answer as a text target compares it: without ANSWER_SPACES and controls, case ignored as Excel's = does. */
export function foldAnswer(s: string): string {
  const clean = [...s].filter((ch) => ch >= ' ').join(''); // CLEAN: what sorts below the space is a control
  return ANSWER_SPACES.reduce((t, space) => t.split(space).join(''), clean).toLowerCase();
}
