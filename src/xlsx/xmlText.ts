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

/**
 * A number from bytes without building a string: the fast exact path for up to 15 significant
 * digits and no exponent (an integer below 2^53 divided by an exact power of ten rounds correctly);
 * anything else goes through Number().
 */
export function parseNumberBytes(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = b[i] === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const ch = b[i]!;
    if (ch === 0x2e && fraction < 0) {
      fraction = 0;
      continue;
    }
    const d = ch - 0x30;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (i === end && digits > 0 && digits <= 15) {
    const value = fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
    return negative ? -value : value;
  }
  return end - start <= SHORT_TEXT ? parseNumber(latin1(b, start, end)) : NaN;
}

// ─── Cell text ───────────────────────────────────────────────────────────────────────────────────────
