/**
 * The five source documents' figures, parsed once with the schema. A malformed file throws here,
 * at load, naming the file and the field; `npm run seeds:check` runs the same parse before a build.
 */
import { z } from 'zod';
import fuzhou2020 from '../../../seeds/fuzhou-2020-4.json';
import ganzhou2022 from '../../../seeds/ganzhou-2022-94.json';
import ganzhou2023 from '../../../seeds/ganzhou-2023-13.json';
import jian2022 from '../../../seeds/jian-2022-16.json';
import yingtan2022 from '../../../seeds/yingtan-2022-20.json';
import { SeedDocument } from './schema';

export const SEED_FILES: Readonly<Record<string, unknown>> = {
  'ganzhou-2022-94.json': ganzhou2022,
  'yingtan-2022-20.json': yingtan2022,
  'ganzhou-2023-13.json': ganzhou2023,
  'jian-2022-16.json': jian2022,
  'fuzhou-2020-4.json': fuzhou2020,
};

export class SeedError extends Error {
  constructor(file: string, error: z.ZodError) {
    super(`seeds/${file} is malformed:\n${z.prettifyError(error)}`);
    this.name = 'SeedError';
  }
}

export function parseSeed(file: string, data: unknown): SeedDocument {
  const r = SeedDocument.safeParse(data);
  if (!r.success) throw new SeedError(file, r.error);
  return r.data;
}

export const SEEDS: readonly SeedDocument[] = Object.entries(SEED_FILES).map(([file, data]) => parseSeed(file, data));
