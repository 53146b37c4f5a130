/**
 * Text as SpreadsheetML writes it, decoded straight from bytes: XML 1.0 §4.6 (the five predefined
 * entities) and §4.1 (character references, which must name a character: at most U+10FFFF, §2.2),
 * UTF-8 (RFC 3629), and OOXML's `_xHHHH_` escape (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). Numbers
 * are in numbers.test.ts.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeText, parseUint, unescapeOoxml } from '../../src/xlsx/xmlText';

const PART = 'xl/sharedStrings.xml';
/** The text between `>` and `<` of `<t>…</t>`, as a part holds it: the range is inside a larger buffer. */
const decode = (s: string): string => {
  const b = strToU8(`<t>${s}</t>`);
  return decodeText(b, 3, b.length - 4, PART);
};

describe('decodeText', () => {
  it('resolves the five predefined entities', () => {
    expect(decode('&amp;&lt;&gt;&quot;&apos;')).toBe(`&<>"'`);
  });

  it('resolves character references, hexadecimal in either case and decimal', () => {
    expect(decode('&#x4E2D;&#x4e2d;&#25991;&#x1F600;&#128512;')).toBe('中中文😀😀');
  });

  it('the last character, U+10FFFF, is one; a reference past it is left as written', () => {
    expect(decode('&#x10FFFF;')).toBe(String.fromCodePoint(0x10ffff));
    expect(decode('&#1114111;')).toBe(String.fromCodePoint(0x10ffff));
    expect(decode('&#x110000;|&#1114112;')).toBe('&#x110000;|&#1114112;');
  });

  it('leaves what is not an entity as it stands', () => {
    expect(decode('&nbsp; &amp &#; &#x; &AMP; a&b')).toBe('&nbsp; &amp &#; &#x; &AMP; a&b');
  });

  it('reads text of every length the same way: one character, short, long, ASCII or not', () => {
    for (const s of ['1', 'ab', 'x'.repeat(63), 'x'.repeat(64), 'x'.repeat(65), 'y'.repeat(200), '县', `${'x'.repeat(63)}县`, '&amp;', `${'x'.repeat(70)}&lt;`]) {
      expect(decode(s), s).toBe(s.replaceAll('&amp;', '&').replaceAll('&lt;', '<'));
    }
  });

  it('reads a text far longer than a cell holds (Excel: 32,767 characters) whole, as a hostile file may carry one', () => {
    const long = 'y'.repeat(1_000_000);
    expect(decode(long)).toBe(long);
  });

  it('returns the range asked for, not the buffer around it', () => {
    const b = strToU8('abcdef');
    expect([decodeText(b, 1, 3), decodeText(b, 2, 3), decodeText(b, 4, 4)]).toEqual(['bc', 'c', '']);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a lead byte with no continuation', [0xe4, 0xb8]],
    ['a byte UTF-8 never uses', [0xff]],
    ['an overlong encoding of /', [0xc0, 0xaf]],
  ])('%s is DAMAGED, naming the part', (_, bad) => {
    for (const pad of [0, 70]) {
      const b = new Uint8Array([...strToU8('x'.repeat(pad)), ...bad]);
      expect(() => decodeText(b, 0, b.length, PART), `${pad}`).toThrow(expect.objectContaining({ code: 'DAMAGED', en: expect.stringContaining(PART) }));
    }
  });
});

describe('unescapeOoxml', () => {
  it('turns _xHHHH_ into its character, in either case', () => {
    expect(unescapeOoxml('a_x000D__x000A_b_x4e2d_')).toBe('a\r\nb中');
  });

  it('an escaped underscore keeps a literal _xHHHH_ as text', () => {
    expect(unescapeOoxml('_x005F_x0041_')).toBe('_x0041_');
  });

  it('leaves anything else alone', () => {
    for (const s of ['', 'plain', '_x41_', '_x00411_', '_xGGGG_', 'x000D_', '_x000D']) expect(unescapeOoxml(s), s).toBe(s);
  });
});

describe('parseUint', () => {
  const uint = (s: string): number => {
    const b = strToU8(`"${s}"`);
    return parseUint(b, 1, b.length - 1);
  };

  it('reads decimal digits, leading zeros included', () => {
    expect(['0', '7', '42', '007', '1048576', '999999999999999'].map(uint)).toEqual([0, 7, 42, 7, 1_048_576, 999_999_999_999_999]);
  });

  it('is -1 for an empty range, anything not a digit, or more than 15 digits', () => {
    // '/' and ':' are the bytes either side of '0'–'9'.
    expect(['', '-1', '+1', '1.0', ' 1', '1 ', '/', ':', '1a', '1234567890123456'].map(uint)).toEqual(Array(10).fill(-1));
  });
});
