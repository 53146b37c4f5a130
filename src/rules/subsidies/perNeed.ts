import { ARG } from '../core/labels';
import { arg, figure, plus, times, type Recipe } from './recipe';

const NEED = (k: string) => (k === 'severe' ? ARG.severe : ARG.partial);

/** One month's amount for severely and partially disabled people at a table's per-person rates. */
export function perNeed(id: string): Recipe {
  return plus(times(arg('severe'), figure(id, 'severe', { name: NEED })), times(arg('partial'), figure(id, 'partial', { name: NEED })));
}
