import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberBytes, plainDecimal } from '../../src/xlsx/xmlText';

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

  it('decimals where the proof is closest to failing: just below a power of two, and near halfway between two doubles past 2^53', () => {
    // Found by searching decimals of 16 to 19 digits near the midpoints between doubles: the first
    // needs the gap below 2^40, half the gap above it; the second sits so near a midpoint that a
    // margin looser by 2^-20 takes the wrong side.
    for (const s of ['1099511627775.9999', '36028797018963962.00', '36028797018963962', '9007199254740993', '9007199254740995']) same(s);
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
    for (const s of ['', '-', '.', '1e', '1E+', '1.2.3', '1..2', 'abc', '1,000', '0x10', 'Infinity']) expect(read(s), s).toBeNaN();
  });
});

describe('a plain decimal is read from its bytes, without the fallback through a string', () => {
  /** plainDecimal on the text in the middle of a larger buffer. */
  const plain = (s: string): number => {
    const b = bytes(`<v>${s}</v>`);
    return plainDecimal(b, 3, b.length - 4);
  };

  it('up to 15 significant digits, every one, with a point anywhere and an optional minus: exact, never left to Number()', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 15 }), fc.nat(15), fc.nat(6), (minus, digits, at, zeros) => {
        const point = Math.min(at, digits.length);
        // Leading zeros after the point are not significant: 0.000123 has three digits.
        const s = `${minus ? '-' : ''}${point === 0 ? `0.${'0'.repeat(zeros)}` : `${digits.slice(0, point)}.`}${digits.slice(point)}`;
        expect(Object.is(plain(s), Number(s)), s).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    for (const s of ['0', '-0', '7', '1.', '.5', '00012.5000', '999999999999999', '0.1', '-123456.789012345']) expect(Object.is(plain(s), Number(s)), s).toBe(true);
  });

  it('most of Excel\'s 17-digit ratios, each exactly as Number() reads it where the proof holds', () => {
    let proved = 0;
    let all = 0;
    for (let a = 1; a < 120; a++) {
      for (let c = 1; c < 120; c++) {
        const s = (a / c).toPrecision(17);
        all++;
        const v = plain(s);
        if (Number.isNaN(v)) continue;
        proved++;
        expect(Object.is(v, Number(s)), s).toBe(true);
      }
    }
    // A bound, not a count: at least four in five are read without a string (a proof that never
    // held would leave every one of them to Number(), correct but slow).
    expect(proved / all).toBeGreaterThan(0.8);
    expect(plain('0.33333333333333331')).toBe(1 / 3);
  });

  it('anything but a plain decimal of at most 19 significant digits and 22 decimals is NaN, for the fallback', () => {
    for (const s of ['', '-', '.', '-.', '+1', ' 1', '1 ', '1e5', '1E-3', '1.2.3', '1..2', '..5', '1,5', '0x10', 'Infinity', '12345678901234567890', '0.00000000000000000000001']) {
      expect(plain(s), s).toBeNaN();
    }
    expect(plain('1234567890123456789')).toBe(Number('1234567890123456789'));
    expect(plain('0.0000000000000000000001')).toBe(1e-22);
  });
});

describe('the length of a number', () => {
  it('a number of up to 64 characters is read; a longer text is not a number (no writer writes one, and a cell\'s work stays bounded)', () => {
    const long = `1.${'0'.repeat(60)}25`;
    expect(long).toHaveLength(64);
    expect(read(long)).toBe(1);
    expect(read(`0${long}`)).toBeNaN();
    expect(read(`${'0'.repeat(59)}1E+10`)).toBe(1e10);
    expect(read(`${'0'.repeat(60)}1E+10`)).toBeNaN();
  });
});
