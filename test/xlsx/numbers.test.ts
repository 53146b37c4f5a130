import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberBytes } from '../../src/xlsx/xmlText';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
/** The reader's number for a cell's text, read out of the middle of a larger buffer as a sheet holds it. */
const read = (s: string): number => {
  const b = bytes(`<v>${s}</v>`);
  return parseNumberBytes(b, 3, b.length - 4);
};
/** Number() is the reference: the JavaScript engine's own correctly rounded decimal conversion. */
const same = (s: string): void => expect(Object.is(read(s), Number(s)), s).toBe(true);

describe('a cell value reads as the number its text writes, exactly as Number() reads it', () => {
  it('every double written with 17 significant digits, as Excel writes computed values', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        same(x.toPrecision(17));
        same(String(x));
        same(x.toExponential().toUpperCase());
      }),
      { numRuns: 20_000 },
    );
  });

  it('ratios, money and counts as they stand in sheets: 0.33333333333333331, 16 and 17 digits around 2^53', () => {
    for (const s of ['0.33333333333333331', '0.1', '1234.5', '-0', '0', '9007199254740991', '9007199254740992', '9007199254740993', '12345678901234567', '0.30000000000000004', '1.2345678901234567E-2', '5E-324', '1.7976931348623157E+308', '1.', '.5', '00012.5000']) {
      same(s);
    }
  });

  it('any string of up to 20 digits with a point anywhere and an optional minus', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 20 }), fc.nat(21), (minus, digits, at) => {
        const point = Math.min(at, digits.length);
        same(`${minus ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`);
        same(`${minus ? '-' : ''}${digits}`);
      }),
      { numRuns: 20_000 },
    );
  });

  it('text that is not a number is NaN, never 0', () => {
    for (const s of ['', '-', '.', '1e', '1E+', '1.2.3', 'abc', '1,000', '0x10', 'Infinity']) expect(read(s), s).toBeNaN();
  });
});
