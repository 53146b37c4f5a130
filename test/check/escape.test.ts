/**
 * Text from a file shown on a terminal: every control and reordering character becomes a visible
 * escape, and nothing else changes. The sets are Unicode's: C0 (U+0000–U+001F), DEL and C1
 * (U+007F–U+009F), the line and paragraph separators (U+2028, U+2029) and UAX #9's bidirectional
 * formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
import { describe, expect, it } from 'vitest';
import { escapeControl, escapeControlKeepingLines } from '../../src/check/escape';

describe('text made safe for a terminal', () => {
  it.each([
    ['\x1b]0;title\x07', '\\x1b]0;title\\x07'],
    ['\x1b[2J', '\\x1b[2J'],
    ['a\nb', 'a\\nb'],
    ['a\rb', 'a\\rb'],
    ['a\tb', 'a\\tb'],
    ['\u0000', '\\x00'],
    ['\u001f', '\\x1f'],
    ['\u007f', '\\x7f'],
    ['\u0085', '\\x85'],
    ['\u009f', '\\x9f'],
    ['\u061c', '\\u061c'],
    ['\u200e\u200f', '\\u200e\\u200f'],
    ['\u2028\u2029', '\\u2028\\u2029'],
    ['\u202a', '\\u202a'],
    ['gpj.\u202eexe', 'gpj.\\u202eexe'],
    ['\u2066\u2069', '\\u2066\\u2069'],
  ])('%j is shown as %s', (text, shown) => {
    expect(escapeControl(text)).toBe(shown);
  });

  it.each([
    ['赣州市 于都县', 'Chinese and the space'],
    ['\u00a0\u00e9', 'a no-break space and é, just past C1'],
    ['\u0020\u007e', 'the first and last printable ASCII'],
    ['\u200d\u2027\u202f\u2065\u206a', 'the neighbours of each escaped range'],
  ])('%j stays as it is (%s)', (text) => {
    expect(escapeControl(text)).toBe(text);
  });

  it('keeping lines, only the line breaks survive: a carriage return or escape inside a line is still shown', () => {
    expect(escapeControlKeepingLines('第一行\n第二行\r\x1b[2J\n')).toBe('第一行\n第二行\\r\\x1b[2J\n');
  });
});
