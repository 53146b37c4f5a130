/**
 * The text inside SpreadsheetML, straight from UTF-8 bytes: entities, OOXML's `_xHHHH_` escapes, and
 * numbers parsed without building a string where they are short and exact. Pure: no Node APIs.
 */
import { damaged } from './errors';

const AMP = 0x26;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const ENTITY = /&(?:(amp)|(lt)|(gt)|(quot)|(apos)|#x([0-9a-fA-F]{1,6})|#([0-9]{1,7}));/gu;
function decodeEntity(whole: string, amp?: string, lt?: string, gt?: string, quot?: string, apos?: string, hex?: string, dec?: string): string {
  if (amp) return '&';
  if (lt) return '<';
  if (gt) return '>';
  if (quot) return '"';
  if (apos) return "'";
  const code = hex ? parseInt(hex, 16) : Number(dec);
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** `_xHHHH_` is how OOXML writes characters XML cannot hold (a control character, or a literal `_x…_` as `_x005F_x…_`). */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/gu;
export const unescapeOoxml = (s: string): string =>
  s.includes('_x') ? s.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;

/** Exact powers of ten: an integer below 2^53 divided by one of them is correctly rounded. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const NUMBER_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/u;

/** A decimal number from text; NaN for anything that is not one (Number('') would be 0). */
export const parseNumber = (s: string): number => (NUMBER_TEXT.test(s) ? Number(s) : NaN);

export function utf8Decode(b: Uint8Array, start: number, end: number, part?: string): string {
  try {
    return utf8.decode(b.subarray(start, end));
  } catch {
    throw damaged(part);
  }
}

/** Text or an attribute value: UTF-8 decoded (as a fresh string, so no slice pins the part in memory), entities resolved. */
export function decodeText(b: Uint8Array, start: number, end: number, part?: string): string {
  let plain = end - start <= SHORT_TEXT;
  for (let i = start; plain && i < end; i++) plain = b[i]! < 0x80 && b[i] !== AMP;
  // Short ASCII text, the bulk of any sheet, is cheaper to build in one call than through TextDecoder.
  if (plain) return latin1(b, start, end);
  const s = utf8Decode(b, start, end, part);
  return s.includes('&') ? s.replace(ENTITY, decodeEntity) : s;
}

const SHORT_TEXT = 64;
/** One-character text (a boolean's 1 or 0) is common enough to skip making a subarray for. */
const latin1 = (b: Uint8Array, start: number, end: number): string =>
  end - start === 1 ? String.fromCharCode(b[start]!) : String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);

/** A non-negative decimal integer from bytes; -1 when the range is empty or holds anything else. */
export function parseUint(b: Uint8Array, start: number, end: number): number {
  if (start === end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = b[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Significant digits kept in `head`, whose integer is then always below 2^53 and so exact. */
const HEAD_DIGITS = 15;
/** Most significant digits read without Number(): the integer stays below 2^64, exact as two doubles. */
const MAX_DIGITS = 19;

/**
 * A number from bytes, exactly as Number() reads its text. A plain decimal of up to 19 significant
 * digits is read by plainDecimal, without building a string; anything else (an exponent, more
 * digits, a quotient plainDecimal cannot prove) by the text and Number(). Text longer than any
 * number a writer writes (Excel: 17 significant digits and an exponent) is not a number, which
 * bounds the work a cell costs.
 */
export function parseNumberBytes(b: Uint8Array, start: number, end: number): number {
  const value = plainDecimal(b, start, end);
  if (!Number.isNaN(value)) return value;
  return end - start <= SHORT_TEXT ? parseNumber(latin1(b, start, end)) : NaN;
}

/**
 * A plain decimal (an optional minus, digits, at most one point) from bytes: NaN for anything else.
 * Up to 15 significant digits it is an exact integer divided by an exact power of ten, which rounds
 * correctly. 16 to 19 digits (Excel writes 17 significant digits for every computed ratio,
 * 0.33333333333333331): the quotient is proved correctly rounded by its exact remainder
 * (quotientNear), or NaN when the proof does not hold, which parseNumberBytes then reads by Number().
 * Exported for its test: that the proof holds, not merely that the fallback answers.
 */
export function plainDecimal(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = b[i] === 0x2d;
  if (negative) i++;
  // The integer of the digits is head × 10^tailDigits + tail.
  let head = 0;
  let tail = 0;
  let tailDigits = 0;
  let significant = 0;
  let anyDigit = false;
  let fraction = -1;
  for (; i < end; i++) {
    const ch = b[i]!;
    if (ch === 0x2e && fraction < 0) {
      fraction = 0;
      continue;
    }
    const d = ch - 0x30;
    if (d < 0 || d > 9) return NaN;
    anyDigit = true;
    if (fraction >= 0) fraction++;
    // Leading zeros are not significant: 0.000123 has three digits.
    if (significant === 0 && d === 0) continue;
    significant++;
    if (significant <= HEAD_DIGITS) head = head * 10 + d;
    else {
      tail = tail * 10 + d;
      tailDigits++;
    }
  }
  if (!anyDigit || significant > MAX_DIGITS || fraction >= POW10.length) return NaN;
  const scale = POW10[Math.max(0, fraction)]!;
  const value = tailDigits === 0 ? head / scale : quotientNear(head, tail, POW10[tailDigits]!, scale);
  return negative ? -value : value;
}

/** Splits a double into two halves of 26 bits each whose products are exact (Veltkamp). */
const SPLITTER = 134_217_729; // 2^27 + 1
/** a × b exactly, as the rounded product and its error: [p, e] with p + e = a × b (Dekker's TwoProduct). */
function twoProduct(x: number, y: number): [number, number] {
  const p = x * y;
  const cx = SPLITTER * x;
  const xh = cx - (cx - x);
  const xl = x - xh;
  const cy = SPLITTER * y;
  const yh = cy - (cy - y);
  const yl = y - yh;
  return [p, xh * yh - p + xh * yl + xl * yh + xl * yl];
}

const bits = new Float64Array(1);
const words = new BigUint64Array(bits.buffer);
/** The next double above or below a positive finite x. */
function neighbour(x: number, up: boolean): number {
  bits[0] = x;
  words[0] = up ? words[0]! + 1n : words[0]! - 1n;
  return bits[0];
}

/**
 * (head × tailScale + tail) ÷ scale correctly rounded, for head below 10^15, tail below tailScale
 * ≤ 10^4 and scale = 10^k ≤ 10^22; NaN when the proof does not hold, which the caller then leaves to
 * Number(). The candidate quotient q is the double division of the rounded integer; the integer M
 * minus q × scale is computed exactly (the products by TwoProduct, the differences of near-equal
 * doubles exactly by Sterbenz's lemma), and q stands when that remainder is clearly less than half
 * the gap to q's neighbour on its side.
 */
function quotientNear(head: number, tail: number, tailScale: number, scale: number): number {
  const [mh, ml] = twoProduct(head, tailScale);
  // M = mh + small, small an integer of at most 15 bits: exact.
  const small = ml + tail;
  const q = (mh + small) / scale;
  const [qh, ql] = twoProduct(q, scale);
  const remainder = mh - qh + small - ql;
  const half = ((remainder >= 0 ? neighbour(q, true) - q : q - neighbour(q, false)) / 2) * scale;
  return Math.abs(remainder) < half * (1 - 2 ** -20) ? q : NaN;
}
