/** Characters of a text a message repeats; a longer text is cut there, with its length said. */
const SHOWN = 40;

/** How a user's value is echoed back in a message: short, and never throwing on odd input. */
export function show(value: unknown): string {
  if (value === undefined) return '(空 / empty)';
  if (value === null) return '(空 / empty)';
  if (typeof value === 'string') return value.length > SHOWN ? `“${value.slice(0, SHOWN)}…”（共 ${value.length.toLocaleString('en-US')} 字符 / ${value.length.toLocaleString('en-US')} characters）` : `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `[${value.length} 项 / items]`;
  if (typeof value === 'symbol') return 'symbol';
  if (typeof value === 'function') return 'function';
  return 'object';
}

/** A share as a percentage to `places` decimal places, without trailing zeros: 0.355 → 35.5%. */
export const percent = (share: number, places = 2): string => `${Number((share * 100).toFixed(places))}%`;
