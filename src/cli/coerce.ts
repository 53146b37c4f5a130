import type { ParamSpec } from '../catalog/types';

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/iu;

/**
 * A command-line word as Excel would have passed it: numbers for numeric words where the parameter
 * takes a number, an empty word as a blank optional argument. Anything else goes to the rule as
 * text, so a wrong value gets the rule's own message ("beds must be a number; got “abc”").
 */
export function coerce(word: string, param: ParamSpec): unknown {
  if (word === '') return undefined;
  // Full-width digits typed with a Chinese input method read as the numbers they are.
  const folded = word.normalize('NFKC').trim();
  if ((param.type === 'number' || param.type === 'any') && NUMERIC.test(folded)) return Number(folded);
  if (param.type === 'boolean' && /^(true|false)$/iu.test(word)) return word.toLowerCase() === 'true';
  return word;
}
