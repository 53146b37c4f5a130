/**
 * The seeds as functions.js carries them (scripts/build/functionsSeeds.ts): the transform drops the
 * listed fields and nothing else, no function reads a dropped field, and every function gives the
 * same result and the same refusal with the slim seeds as with the full ones.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DROPPED, functionsSeed } from '../../scripts/build/functionsSeeds';
import { KEPT, join as joinSeed } from '../../scripts/build/seedJoin';
import { seedRest } from '../../scripts/build/seedRest';
import { CATALOG, invoke } from '../../src/catalog';
import type { FunctionSpec } from '../../src/catalog/types';
import type { SeedDocument } from '../../src/rules/data/schema';
import { SEED_FILES, SEEDS } from '../../src/rules/data/seeds';
import { grid, outcome } from './grid';

const dropped = DROPPED as Readonly<Record<string, readonly string[]>>;

/** Where a node stands in a seed: `tables[].measures[]`, `document`, '' for the root. */
const join = (at: string, key: string): string => (at ? `${at}.${key}` : key);

/** The seed without the DROPPED fields, written independently of the transform: a walk by position. */
function reference(node: unknown, at = ''): unknown {
  if (Array.isArray(node)) return node.map((x) => reference(x, `${at}[]`));
  if (!node || typeof node !== 'object') return node;
  const drop = dropped[at] ?? [];
  return Object.fromEntries(Object.entries(node).filter(([k]) => !drop.includes(k)).map(([k, v]) => [k, reference(v, join(at, k))]));
}

/** The catalog loaded afresh on other seed data: `data` stands in for seeds/*.json, by file. */
async function catalogOn(data: Record<string, unknown>): Promise<readonly FunctionSpec[]> {
  vi.resetModules();
  vi.doMock('../../src/rules/data/seeds', () => ({ SEED_FILES: data, SEEDS: Object.values(data) }));
  return (await import('../../src/catalog')).CATALOG;
}

afterEach(() => {
  vi.doUnmock('../../src/rules/data/seeds');
  vi.resetModules();
});

const slim = (): Record<string, unknown> =>
  Object.fromEntries(Object.entries(SEED_FILES).map(([file, seed]) => [file, JSON.parse(JSON.stringify(functionsSeed(seed as SeedDocument)))]));

const CALLS = grid(CATALOG, SEEDS);

describe('the seeds in functions.js', () => {
  it('are the seed files less the DROPPED fields: every kept field, value and order as the file has it', () => {
    for (const [file, seed] of Object.entries(SEED_FILES)) {
      const out = functionsSeed(seed as SeedDocument);
      expect(JSON.stringify(out), file).toBe(JSON.stringify(reference(seed)));
      // Every parameter, indicator and table survives whole but for the dropped fields.
      const s = seed as SeedDocument;
      expect((out.parameters as unknown[]).length).toBe(s.parameters.length);
      expect((out.indicators as unknown[]).length).toBe(s.indicators.length);
      expect((out.tables as unknown[]).length).toBe(s.tables.length);
      expect((out.discrepancies as unknown[]).length).toBe(s.discrepancies.length);
    }
  });

  it('leave out every DROPPED field that a seed has, and each one is in some seed', () => {
    const seen = new Set<string>();
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((x) => walk(x, `${at}[]`));
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (dropped[at]?.includes(k)) seen.add(`${at}|${k}`);
        walk(v, join(at, k));
      }
    };
    SEEDS.forEach((s) => walk(s, ''));
    const listed = Object.entries(dropped).flatMap(([at, keys]) => keys.map((k) => `${at}|${k}`));
    expect([...seen].sort()).toEqual([...listed].sort());
    const text = JSON.stringify(slim());
    for (const k of ['$schema', 'titleEn', 'issued', 'inForceCitation', 'planYears', 'unitLabel', 'domain', 'lead', 'where', 'serviceList', 'content']) expect(text).not.toContain(`"${k}"`);
  });

  it('are never read in a DROPPED field by any function, over the whole grid of calls', async () => {
    const reads = new Set<string>();
    const proxies = new WeakMap<object, unknown>();
    // A recording view of a node: which field of which position each function touches.
    const watch = (node: unknown, at: string): unknown => {
      if (!node || typeof node !== 'object') return node;
      if (proxies.has(node)) return proxies.get(node);
      const child = (k: string | symbol): string => (Array.isArray(node) ? `${at}[]` : join(at, String(k)));
      const note = (k: string | symbol) => {
        if (!Array.isArray(node) && typeof k === 'string') reads.add(`${at}|${k}`);
      };
      const proxy = new Proxy(node, {
        get(target, k, receiver) {
          note(k);
          const v = Reflect.get(target, k, receiver);
          return typeof k === 'symbol' || (Array.isArray(target) && !/^\d+$/u.test(k)) ? v : watch(v, child(k));
        },
        has(target, k) {
          note(k);
          return Reflect.has(target, k);
        },
        ownKeys(target) {
          const keys = Reflect.ownKeys(target);
          keys.forEach(note);
          return keys;
        },
      });
      proxies.set(node, proxy);
      return proxy;
    };
    const watched = Object.fromEntries(Object.entries(SEED_FILES).map(([file, seed]) => [file, watch(seed, '')]));
    const catalog = await catalogOn(watched);
    for (const { fn, args } of CALLS) outcome(() => invoke(catalog.find((f) => f.name === fn)!, args));
    const listed = Object.entries(dropped).flatMap(([at, keys]) => keys.map((k) => `${at}|${k}`));
    expect(listed.filter((r) => reads.has(r))).toEqual([]);
    // The grid does reach the data: the quotes SOURCE gives and the figures of every kind of record.
    for (const r of ['parameters[].citation|quote', 'indicators[].targets[]|value', 'tables[].rows[]|values', 'discrepancies[]|why']) expect(reads).toContain(r);
  });

  it('give every function the same result (value, unit, sources, notes) or the same refusal as the full seeds', async () => {
    const catalog = await catalogOn(slim());
    const values = new Map(CATALOG.map((f) => [f.name, 0]));
    for (const { fn, args } of CALLS) {
      const full = outcome(() => invoke(CATALOG.find((f) => f.name === fn)!, args));
      const got = outcome(() => invoke(catalog.find((f) => f.name === fn)!, args));
      expect(got, `${fn}(${JSON.stringify(args)})`).toEqual(full);
      if ('value' in (full as object)) values.set(fn, values.get(fn)! + 1);
    }
    // Not only refusals: every function gives figures in many of the calls.
    for (const [fn, n] of values) expect(n, fn).toBeGreaterThanOrEqual(15);
  });
});

describe('the seeds in the task pane, joined from functions.js’s part and the rest (scripts/build/seedRest.ts)', () => {
  it('are the seed files, every field and value in the file’s order', () => {
    for (const [file, seed] of Object.entries(SEED_FILES)) {
      const kept = JSON.parse(JSON.stringify(functionsSeed(seed as SeedDocument))) as Parameters<typeof joinSeed>[1];
      const rest = JSON.parse(JSON.stringify(seedRest(seed as SeedDocument))) as Parameters<typeof joinSeed>[0];
      expect(JSON.stringify(joinSeed(rest, kept)), file).toBe(JSON.stringify(seed));
    }
  });

  it('hold in the rest nothing functions.js holds: outside a DROPPED field every value stands as KEPT', () => {
    const strays: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === KEPT) return;
      if (Array.isArray(node)) return node.forEach((x) => walk(x, `${at}[]`));
      if (!node || typeof node !== 'object') return void strays.push(`${at}: ${String(node)}`);
      for (const [k, v] of Object.entries(node)) if (!dropped[at]?.includes(k)) walk(v, join(at, k));
    };
    for (const seed of SEEDS) walk(seedRest(seed), '');
    expect(strays).toEqual([]);
  });
});
