import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unquoted } from '../../src/rules/data/quotes';
import { SeedDocument } from '../../src/rules/data/schema';
import { SEED_FILES, SEEDS } from '../../src/rules/data/seeds';
import { parseSeed, seedJsonSchema } from '../../src/rules/data/validate';
import { sourceText } from '../helpers';

const clone = <T>(x: T): T => structuredClone(x);

describe('seeds/', () => {
  it('holds one file for each of the five source documents, each parsing with the schema', () => {
    expect(SEEDS.map((s) => s.document.file).sort()).toEqual([
      '000_30ec7212afda7229.txt',
      '001_262c708a38ed5636.txt',
      '002_f7cf1662b8dece82.txt',
      '003_77b990830ed2e376.txt',
      '004_61be1e8fdf7813a0.txt',
    ]);
    for (const [file, data] of Object.entries(SEED_FILES)) {
      const parsed = SeedDocument.safeParse(data);
      expect(parsed.success, file).toBe(true);
      // The schema adds nothing, so what the rules read unparsed is what was checked.
      expect(parsed.data, file).toEqual(data);
    }
  });

  it('quotes every clause verbatim from its source text', () => {
    for (const seed of SEEDS) expect(unquoted(seed, sourceText)).toEqual([]);
  });

  it('notices a quote that is not in the source', () => {
    const seed = clone(SEEDS[0]!);
    seed.parameters[0]!.citation.quote = '每张补助不少于 12000元';
    expect(unquoted(seed, sourceText).map((p) => p.path)).toEqual([`${seed.document.id}.parameters[0].citation`]);
  });

  it('refuses a malformed file, naming the file and the field', () => {
    const broken = clone(SEED_FILES['ganzhou-2022-94.json']) as { indicators: { targets: { value: unknown }[] }[] };
    broken.indicators[7]!.targets[0]!.value = 60;
    expect(() => parseSeed('ganzhou-2022-94.json', broken)).toThrow(/^seeds\/ganzhou-2022-94\.json is malformed/);
    expect(() => parseSeed('ganzhou-2022-94.json', broken)).toThrow(/share is a fraction[\s\S]*indicators\[7\]\.targets\[0\]\.value/);
    const noQuote = clone(SEED_FILES['fuzhou-2020-4.json']) as { parameters: { citation: Record<string, unknown> }[] };
    delete noQuote.parameters[0]!.citation.quote;
    expect(() => parseSeed('fuzhou-2020-4.json', noQuote)).toThrow(/fuzhou-2020-4\.json[\s\S]*parameters\[0\]\.citation\.quote/);
  });

  it('gives every parameter the document date or a date its clause names', () => {
    for (const seed of SEEDS) {
      for (const p of seed.parameters) {
        if (p.from) expect(p.citation.quote, p.id).toMatch(/\d{4} ?年起|自.*起/u);
      }
    }
  });

  it('keeps seed.schema.json in step with the zod schema', () => {
    expect(readFileSync(new URL('../../seeds/seed.schema.json', import.meta.url), 'utf8')).toBe(seedJsonSchema());
  });
});
