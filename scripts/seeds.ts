// Checks seeds/ before a build: every file parses (the import throws, naming file and field), every
// quote stands verbatim in its source text, and seed.schema.json is the one the zod schema gives.
// `tsx scripts/seeds.ts --write-schema` regenerates the JSON Schema for editors.
import { readFileSync, writeFileSync } from 'node:fs';
import { unquoted } from '../src/rules/data/quotes';
import { SEEDS } from '../src/rules/data/seeds';
import { seedJsonSchema, validateSeeds } from '../src/rules/data/validate';

const SCHEMA_FILE = new URL('../seeds/seed.schema.json', import.meta.url);
const schemaText = seedJsonSchema();

if (process.argv.includes('--write-schema')) {
  writeFileSync(SCHEMA_FILE, schemaText);
  console.log('wrote seeds/seed.schema.json');
  process.exit(0);
}

validateSeeds();
const source = (file: string) => readFileSync(new URL(`../seeds/sources/${file}`, import.meta.url), 'utf8');
const problems = SEEDS.flatMap((seed) => unquoted(seed, source));
for (const p of problems) console.error(`${p.path}: quote not found in seeds/sources/${p.file}: “${p.quote}”`);
if (readFileSync(SCHEMA_FILE, 'utf8') !== schemaText) {
  console.error('seeds/seed.schema.json is out of date: run `npx tsx scripts/seeds.ts --write-schema`');
  process.exitCode = 1;
}
if (problems.length) process.exitCode = 1;
else console.log(`seeds ok: ${SEEDS.length} documents, every quote verbatim`);
