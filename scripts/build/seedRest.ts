/**
 * The task pane's seed files in the add-in build: each is the module functions.js carries (the
 * seed without the fields no function reads, `seeds/x.json?kept`, scripts/build/functionsSeeds.ts)
 * joined with the fields that module leaves out (scripts/build/seedJoin.ts). A webpack loader,
 * applied in webpack.config.js; the `?kept` module sits in a layer of its own, so that the functions
 * bundle and the pane's chunks import the very same module and Excel loads the seeds once.
 */
import { fileURLToPath } from 'node:url';
import { functionsSeed } from './functionsSeeds';
import { KEPT } from './seedJoin';
import type { SeedDocument } from '../../src/rules/data/schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * `whole` with every value `kept` holds as KEPT; a container whose values are all kept is KEPT
 * itself, so the rows of a table, kept whole, cost five bytes here.
 */
export function rest(whole: Json, kept: Json | undefined): Json {
  if (kept === undefined) return whole;
  if (whole === KEPT) throw new Error('a seed holds the marker seedJoin.ts reserves');
  if (whole === null || typeof whole !== 'object') return KEPT;
  const entries: [string, Json][] = Array.isArray(whole)
    ? whole.map((w, i) => [String(i), rest(w, (kept as Json[])[i])])
    : Object.entries(whole).map(([key, w]) => [key, rest(w, (kept as { [key: string]: Json })[key])]);
  if (entries.every(([, r]) => r === KEPT)) return KEPT;
  return Array.isArray(whole) ? entries.map(([, r]) => r) : Object.fromEntries(entries);
}

/** The seed's rest, for a seed imported by any code but the functions bundle's. */
export function seedRest(seed: SeedDocument): Json {
  return rest(seed as unknown as Json, functionsSeed(seed) as Json);
}

/** The webpack loader: a seed file's JSON in; a module that exports the whole seed out. */
export default function seedRestLoader(this: { resourcePath: string; getOptions(): { whole: boolean } }, source: string): string {
  const kept = JSON.stringify(`./${this.resourcePath.split(/[\\/]/u).pop()}?kept`);
  if (!this.getOptions().whole) return `export { default } from ${kept};`;
  const restJson = JSON.stringify(seedRest(JSON.parse(source) as SeedDocument));
  return [
    `import kept from ${kept};`,
    `import { join } from ${JSON.stringify(fileURLToPath(new URL('./seedJoin.ts', import.meta.url)))};`,
    `export default join(JSON.parse(${JSON.stringify(restJson)}), kept);`,
  ].join('\n');
}
