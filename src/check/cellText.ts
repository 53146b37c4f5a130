/**
 * A cell's words as the checker compares them: the text shown (a formula's cached text too), folded
 * so that full-width and half-width forms, spaces and brackets do not matter.
 */
import { foldName } from '../rules/plans/names';
import type { Cell } from './grid';

export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'object') return c.t === 'formula' && typeof c.cached === 'string' ? c.cached : '';
  return String(c);
}

export const fold = (s: string): string => foldName(s).replace(/[（）()]/gu, '');
