/**
 * A seed file made whole again in the task pane from the two parts the add-in build splits it into
 * (scripts/build/seedRest.ts): the part functions.js carries (the seed without the fields no function
 * reads, scripts/build/functionsSeeds.ts) and the rest, where every value the first part already
 * holds stands as KEPT. The first part is one module that functions.js and the pane share, so the
 * seed data is loaded once in Excel. Runs in the bundle: no imports.
 */

/** Stands for "the value the functions' part holds here". No seed holds it: the schema allows no control characters. */
export const KEPT = '\u0000kept';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The whole value: `rest` with every KEPT taken from `kept`, keys in `rest`'s order (the file's). */
export function join(rest: Json, kept: Json | undefined): Json {
  if (rest === KEPT) return kept as Json;
  if (Array.isArray(rest)) return rest.map((r, i) => join(r, (kept as Json[] | undefined)?.[i]));
  if (rest !== null && typeof rest === 'object') {
    const k = kept as { [key: string]: Json } | undefined;
    return Object.fromEntries(Object.entries(rest).map(([key, r]) => [key, join(r, k?.[key])]));
  }
  return rest;
}
