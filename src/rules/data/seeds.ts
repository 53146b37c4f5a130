/**
 * The five source documents' figures, as the rules read them. Loading does not validate: the data
 * is checked with the zod schema (validate.ts) before every build, by the builds themselves (the
 * add-in's, and the command line's in scripts/build/cli.ts) and in the tests, never at a start of
 * the bin, so the add-in and the bin ship known-good data without carrying the schema library.
 * The schema adds no defaults, so the checked data is the data read here.
 */
import fuzhou2020 from '../../../seeds/fuzhou-2020-4.json';
import ganzhou2022 from '../../../seeds/ganzhou-2022-94.json';
import ganzhou2023 from '../../../seeds/ganzhou-2023-13.json';
import jian2022 from '../../../seeds/jian-2022-16.json';
import yingtan2022 from '../../../seeds/yingtan-2022-20.json';
import type { SeedDocument } from './schema';

export const SEED_FILES: Readonly<Record<string, unknown>> = {
  'ganzhou-2022-94.json': ganzhou2022,
  'yingtan-2022-20.json': yingtan2022,
  'ganzhou-2023-13.json': ganzhou2023,
  'jian-2022-16.json': jian2022,
  'fuzhou-2020-4.json': fuzhou2020,
};

export const SEEDS = Object.values(SEED_FILES) as readonly SeedDocument[];
