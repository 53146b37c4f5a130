/** Where a range proxy of the double stands: its rectangle, its A1 address and its sheet. */
import { a1, parseA1 } from '../../../src/check/grid';
import type { FakeSheet } from './book';

export interface Rect {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

/** Where each range proxy stands, for methods that take a Range (notes.add, comments.add, freezeAt). */
export const places = new WeakMap<object, { sheet: FakeSheet; rect: Rect }>();

export function rectOf(address: string): Rect {
  const [from, to = from] = address.replace(/^.*!/u, '').split(':') as [string, string?];
  const p = parseA1(from);
  const q = parseA1(to);
  return { r: Math.min(p.r, q.r), c: Math.min(p.c, q.c), rows: Math.abs(q.r - p.r) + 1, cols: Math.abs(q.c - p.c) + 1 };
}

export const addressOf = (x: Rect): string => (x.rows === 1 && x.cols === 1 ? a1(x.r, x.c) : `${a1(x.r, x.c)}:${a1(x.r + x.rows - 1, x.c + x.cols - 1)}`);
export const sheetPrefix = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/u.test(name) ? name : `'${name.replace(/'/gu, "''")}'`);
