/**
 * Text from a file or an argument made safe to print on a terminal: control characters and the marks
 * that reorder text shown as visible escapes. An escape sequence in a cell (`\x1b]0;title\x07`,
 * `\x1b[2J`) would otherwise set the window title or clear the screen, a newline in a sheet name
 * would forge a finding line, and U+202E would show a file name backwards. Pure: the command line's
 * table and stderr use it, and any face that prints plain text may.
 */

/**
 * C0 controls (tab, newline and carriage return included), DEL, C1 controls, the line and paragraph
 * separators, and the bidirectional formatting characters of Unicode's UAX #9 (ALM U+061C, LRM,
 * RLM, the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's purpose
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every unsafe character as an escape (`\x1b`, `\n`, `\u202e`): the result is one line of plain text. */
export const escapeControl = (text: string): string => text.replace(UNSAFE, escapeOne);

/** As escapeControl, but line breaks kept: for text of several lines whose every part is careplan's own or already escaped. */
export const escapeControlKeepingLines = (text: string): string => text.split('\n').map(escapeControl).join('\n');
