/** How a user's value is echoed back in a message: short, and never throwing on odd input. */
export function show(value: unknown): string {
  if (value === undefined) return '(空 / empty)';
  if (value === null) return '(空 / empty)';
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `[${value.length} 项 / items]`;
  if (typeof value === 'symbol') return 'symbol';
  if (typeof value === 'function') return 'function';
  return 'object';
}
