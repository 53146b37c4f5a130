/**
 * The as-of date of a rule: an Excel date serial, an ISO date string, a JS Date, or blank for today.
 * Dates are compared as ISO day strings (YYYY-MM-DD), which order the same way as the days.
 */
import { RuleError } from './errors';
import { isBlank } from './args';
import { msg, type Label } from './messages';

export type IsoDay = string;

export const AS_OF: Label = { zh: '生效日期', en: 'asOf' };

const DAY_MS = 86_400_000;
// Excel's day 0 is 1899-12-30 for every serial after its fictitious 1900-02-29 (serial 60).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MIN_DAY = '1900-01-01';
const MAX_DAY = '2100-12-31';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const isoOfUtc = (d: Date): IsoDay => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function todayIso(now: Date = new Date()): IsoDay {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function fromParts(y: number, m: number, d: number): IsoDay | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return isoOfUtc(t);
}

function fromSerial(serial: number): IsoDay | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined; // 1900-02-29 never existed
  const days = whole < 60 ? whole + 1 : whole;
  return isoOfUtc(new Date(EXCEL_EPOCH_MS + days * DAY_MS));
}

function fromText(s: string): IsoDay | undefined {
  const t = s.normalize('NFKC').trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d+(\.\d+)?$/u.test(t)) return fromSerial(Number(t));
  return undefined;
}

export function parseAsOf(v: unknown, arg: Label = AS_OF, now?: Date): IsoDay {
  if (isBlank(v)) return todayIso(now);
  if (Array.isArray(v)) throw new RuleError('BAD_ARGUMENT', msg.notScalar(arg));
  let iso: IsoDay | undefined;
  if (typeof v === 'number') iso = fromSerial(v);
  else if (typeof v === 'string') iso = fromText(v);
  // A Date is read on the local calendar, like "today": new Date(2024, 2, 1) is 2024-03-01.
  else if (v instanceof Date && !Number.isNaN(v.getTime())) iso = todayIso(v);
  if (iso === undefined) throw new RuleError('BAD_ARGUMENT', msg.badDate(arg, v));
  if (iso < MIN_DAY || iso > MAX_DAY) throw new RuleError('OUT_OF_RANGE', msg.dateOutOfRange(arg, iso, MIN_DAY, MAX_DAY));
  return iso;
}

/** The Excel serial of an ISO day (after 1900-02-28, where Excel's phantom leap day no longer shifts it). */
export function serialOf(iso: IsoDay): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** The ISO day of an Excel serial, or undefined for a serial that is no day. */
export function isoOfSerial(serial: number): IsoDay | undefined {
  return fromSerial(serial);
}

/** The day before an ISO day, for the end of a superseded value. */
export function dayBefore(iso: IsoDay): IsoDay {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoOfUtc(new Date(Date.UTC(y, m - 1, d) - DAY_MS));
}
