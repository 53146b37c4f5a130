/**
 * Argument parsers shared by every rule. Each takes whatever a caller passed (Excel, the CLI, a
 * script) and returns a typed value or throws a RuleError that names the argument and what is accepted.
 */
import { RuleError } from './errors';
import { msg, type Label } from './messages';
import { YEARS } from './years';

/** Blank in Excel, an omitted CLI argument, or an empty string all mean "use the default". */
export const isBlank = (v: unknown): v is undefined | null | '' => v === undefined || v === null || v === '';

function number(arg: Label, v: unknown): number {
  if (Array.isArray(v)) throw new RuleError('BAD_ARGUMENT', msg.notScalar(arg));
  if (isBlank(v)) throw new RuleError('BAD_ARGUMENT', msg.missing(arg));
  if (typeof v !== 'number') throw new RuleError('BAD_ARGUMENT', msg.notNumber(arg, v));
  if (!Number.isFinite(v)) throw new RuleError('BAD_ARGUMENT', msg.notFinite(arg, v));
  return v;
}

/** A non-negative amount or measure (yuan, m²): any finite number >= 0. */
export function quantity(arg: Label, v: unknown): number {
  const n = number(arg, v);
  if (n < 0) throw new RuleError('OUT_OF_RANGE', msg.negative(arg, n));
  return n;
}

/** Something counted whole (beds, people, slots, months): an integer >= 0 that stays exact. */
export function count(arg: Label, v: unknown): number {
  const n = quantity(arg, v);
  if (!Number.isInteger(n)) throw new RuleError('BAD_ARGUMENT', msg.notWhole(arg, n));
  if (!Number.isSafeInteger(n)) throw new RuleError('OUT_OF_RANGE', msg.tooLarge(arg, n, Number.MAX_SAFE_INTEGER));
  return n;
}

/** A share as a fraction in [0, 1]; 22 where 0.22 was meant is refused with the fix in the message. */
export function share(arg: Label, v: unknown): number {
  const n = number(arg, v);
  if (n < 0 || n > 1) throw new RuleError('OUT_OF_RANGE', msg.shareOutOfRange(arg, n));
  return n;
}

/** A calendar year, written as Excel or a user would (2025, "2025", "2025年"). */
export function year(arg: Label, v: unknown): number {
  if (Array.isArray(v)) throw new RuleError('BAD_ARGUMENT', msg.notScalar(arg));
  if (isBlank(v)) throw new RuleError('BAD_ARGUMENT', msg.missing(arg));
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.normalize('NFKC').trim().replace(/年$/u, '')) : NaN;
  if (!Number.isInteger(n) || n < YEARS.min || n > YEARS.max) throw new RuleError('BAD_ARGUMENT', msg.badYear(arg, v, YEARS.min, YEARS.max));
  return n;
}

export function optional<T>(v: unknown, parse: (v: unknown) => T, fallback: T): T {
  return isBlank(v) ? fallback : parse(v);
}

/** Plain text (names of indicators, counties, measures); numbers are read as their digits. */
export function text(arg: Label, v: unknown): string {
  if (Array.isArray(v)) throw new RuleError('BAD_ARGUMENT', msg.notScalar(arg));
  if (isBlank(v)) throw new RuleError('BAD_ARGUMENT', msg.missing(arg));
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') throw new RuleError('BAD_ARGUMENT', msg.notText(arg, v, [], []));
  return v;
}

/** Rating grade 0..5 (0: unrated): 3, "3", 三级, 3级, 三星级, 未评级. */
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
const UNRATED = new Set(['未评级', '未评定', '未定级', '无', '无等级', 'unrated', 'none']);
export const GRADE_WORDS = { zh: ['0（未评级）', '1–5', '一级…五级', '一星级…五星级'], en: ['0 (unrated)', '1-5'] };

export function grade(arg: Label, v: unknown): number {
  if (Array.isArray(v)) throw new RuleError('BAD_ARGUMENT', msg.notScalar(arg));
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0 && v <= 5) return v;
    throw new RuleError('OUT_OF_RANGE', msg.unknownValue(arg, v, GRADE_WORDS.zh, GRADE_WORDS.en));
  }
  if (typeof v === 'string') {
    const s = v.normalize('NFKC').trim().toLowerCase();
    if (UNRATED.has(s)) return 0;
    const m = /^([0-5一二三四五])\s*(级|星|星级|stars?|grade)?$/u.exec(s) ?? /^(?:grade|level)\s*([0-5])$/u.exec(s);
    const d = m?.[1];
    if (d !== undefined) return CHINESE_DIGITS[d] ?? Number(d);
  }
  if (isBlank(v)) throw new RuleError('BAD_ARGUMENT', msg.missing(arg));
  throw new RuleError('BAD_ARGUMENT', msg.unknownValue(arg, v, GRADE_WORDS.zh, GRADE_WORDS.en));
}
