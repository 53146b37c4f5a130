/**
 * A number typed as text, as county staff type it: stored as text (an apostrophe, a text-formatted
 * cell, a paste from Word), with thousands separators (1,234), full-width digits (１２３), spaces,
 * or a share with its percent sign (60%, 60 %). Anything else (150张, 约300, 1.2.3) is no number:
 * words around a figure are a question for the person who typed them, not for a guess.
 */

/** Full-width digits, point, comma, percent and signs (U+FF10–U+FF19, U+FF0E, U+FF0C, U+FF05, U+FF0B, U+FF0D) as ASCII. */
const halfWidth = (s: string): string => s.replace(/[\uff10-\uff19\uff0e\uff0c\uff05\uff0b\uff0d]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/u;
/** Thousands separators only between groups of three, as Excel shows them. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/u;

/** The number a text stands for, or undefined when it is not a number however it is read. */
export function textNumber(text: string): number | undefined {
  // \s takes the ideographic space (U+3000) too: it is Unicode's Zs.
  let s = halfWidth(text).replace(/\s/gu, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (!PLAIN.test(s) && !GROUPED.test(s)) return undefined;
  const n = Number(s.replace(/,/gu, ''));
  if (!Number.isFinite(n)) return undefined;
  // 60% is 0.6, as Excel reads it; the division is exact for the two decimals a share is typed with.
  return percent ? Number((n / 100).toPrecision(15)) : n;
}
