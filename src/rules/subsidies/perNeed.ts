import { ARG } from '../core/labels';
import { tableValue, type ResolvedParameter } from '../data/registry';

const NEED = (k: string) => (k === 'severe' ? ARG.severe : ARG.partial);

/** One month's amount for severely and partially disabled people at a table's per-person rates. */
export function perNeed(entry: ResolvedParameter, severe: number, partial: number): number {
  return severe * tableValue(entry, 'severe', NEED) + partial * tableValue(entry, 'partial', NEED);
}
