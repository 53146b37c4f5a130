/**
 * The real production build (the tests' shared one, test/support/addinBuild.ts, on a non-default base URL):
 * functions.json as Excel loads it, the manifest against the built files, and the built functions
 * bundle run in a fake CustomFunctions runtime.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, findFunction, invoke } from '../../src/catalog';
import { adapt } from '../../src/functions/adapter';
import type { FunctionMetadata } from '../../src/functions/metadata';
import type { SeedDocument } from '../../src/rules/data/schema';
import { SEEDS } from '../../src/rules/data/seeds';
import { permissionNeeded } from '../../scripts/manifest/permission';
import { validateManifest } from '../../scripts/manifest/validate';
import { BUILD_BASE, productionBuild } from '../support/addinBuild';
import { excelError, fakeRuntime, invocation, lateRuntime } from './fakeRuntime';
import { grid, outcome } from './grid';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BASE = BUILD_BASE;
let out = '';
const read = (file: string) => readFileSync(path.join(out, built(file)), 'utf8');

/**
 * The name the build gave a file the manifest names: functions.js, functions.json and
 * functions.zh-CN.json carry their content hash (scripts/build/plugin.ts), found through the URL
 * dist/manifest.xml gives them; any other file keeps its name.
 */
function built(file: string): string {
  const ids: Record<string, RegExp> = {
    'functions.js': /<bt:Url id="Functions\.Script\.Url" DefaultValue="([^"]+)"/u,
    'functions.json': /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)"/u,
    'functions.zh-CN.json': /<bt:Override Locale="zh-CN" Value="([^"]+)"/u,
  };
  const re = ids[file];
  if (!re) return file;
  const url = re.exec(readFileSync(path.join(out, 'manifest.xml'), 'utf8'))?.[1];
  if (!url) throw new Error(`the built manifest names no ${file}`);
  return url.slice(BASE.length);
}

/**
 * functions.js run as Excel runs it, a script of taskpane.html: in a page, whose global object is
 * also `self` (webpack's chunk-loading runtime, which functions.js carries for the pane, keeps its
 * list there) and which has a `location`. `globals` become the page's globals and stay live.
 */
function runInPage(globals: Record<string, unknown>): void {
  globals.self = globals;
  // Where the page stands: webpack's runtime resolves the pane's worker against it when it starts.
  globals.location = new URL(`${BASE}taskpane.html`);
  vm.runInNewContext(read('functions.js'), globals);
}

beforeAll(async () => {
  out = await productionBuild();
}, 900_000);

describe('the production build', () => {
  it('names functions.js, functions.json and functions.zh-CN.json by their content, which Excel caches by URL, and the manifest points at those names', () => {
    for (const file of ['functions.js', 'functions.json', 'functions.zh-CN.json']) {
      const name = built(file);
      const hash = /\.([0-9a-f]{8})\.(js|json)$/u.exec(name)?.[1];
      expect(name.startsWith(file.replace(/\.(js|json)$/u, '.')), name).toBe(true);
      expect(hash, name).toBeDefined();
      expect(existsSync(path.join(out, name)), name).toBe(true);
      if (file.endsWith('.json')) expect(createHash('sha256').update(read(file)).digest('hex').startsWith(hash!)).toBe(true);
    }
    expect(existsSync(path.join(out, 'functions.js'))).toBe(false);
    expect(existsSync(path.join(out, 'functions.json'))).toBe(false);
  });

  it('writes functions.json (en-US) and functions.zh-CN.json listing every catalog function', () => {
    for (const file of ['functions.json', 'functions.zh-CN.json']) {
      const meta = JSON.parse(read(file)) as { functions: FunctionMetadata[] };
      expect(meta.functions.map((f) => f.id)).toEqual(CATALOG.map((f) => f.name));
      for (const [i, f] of meta.functions.entries()) {
        const spec = CATALOG[i]!;
        expect(f.parameters.map((p) => [p.type, p.optional === true])).toEqual(spec.params.map((p) => [p.type, p.optional === true]));
        expect(f.result.type).toBe(spec.result.type);
      }
    }
    expect(JSON.parse(read('functions.zh-CN.json')).functions[0].parameters[0].name).toBe('城市');
  });

  it('writes a manifest whose URLs are all on the build’s base and all point at built files', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toContain('localhost');
    const problems = validateManifest(manifest, { permission: permissionNeeded(path.join(root, 'src')), fileExists: (p) => existsSync(path.join(out, p)) });
    expect(problems).toEqual([]);
    expect(read('taskpane.html')).toMatch(new RegExp(`<script[^>]+src="?${built('functions.js').replace(/\./gu, '\\.')}[" >]`, 'u'));
  });

  it('writes a task-pane-only manifest: its own Id, no requirement sets, no shared runtime, no custom functions, all URLs on built files', () => {
    const main = read('manifest.xml');
    const pane = read('manifest-taskpane.xml');
    const id = (xml: string) => /<Id>([^<]+)<\/Id>/u.exec(xml)?.[1];
    expect(id(pane)).not.toBe(id(main));
    for (const gone of ['<Requirements>', '<Runtimes>', 'xsi:type="CustomFunctions"', 'functions.json', 'functions.js"']) expect(pane).not.toContain(gone);
    const problems = validateManifest(pane, { permission: permissionNeeded(path.join(root, 'src')), fileExists: (p) => existsSync(path.join(out, p)) });
    // What the validator asks of the main manifest's custom functions, and nothing else.
    expect(problems).toEqual(['Requirements must declare the SharedRuntime set', 'Requirements must declare the CustomFunctionsRuntime set', 'no CustomFunctions extension point']);
  });

  it('binds every id of functions.json when the bundle runs in the custom functions runtime', () => {
    const runtime = fakeRuntime();
    runInPage({ CustomFunctions: runtime, console });
    const ids = (JSON.parse(read('functions.json')) as { functions: FunctionMetadata[] }).functions.map((f) => f.id);
    expect([...runtime.associated.keys()].sort()).toEqual([...ids].sort());

    const call = (id: string, ...args: unknown[]) => runtime.associated.get(id)!(...args, invocation);
    expect(call('OPSUBSIDY', '赣州', 40, 25, 2, 12, null)).toBe(138600);
    expect(call('BEDSUBSIDY', '鹰潭', 100, '新建', 10000, '2024-01-01')).toBe(invoke(findFunction('BEDSUBSIDY')!, ['鹰潭', 100, '新建', 10000, '2024-01-01']).value);
    expect(call('ALLOCATION', '赣州', '于都县', '新增改造床位', 2023)).toBe(255);
    expect(excelError(() => call('LANDNEED', '赣州', 1000, 22, null)).code).toBe('#VALUE!');
    expect(excelError(() => call('SLOTOPS', '鹰潭', 10, null, null)).code).toBe('#N/A');
    expect(excelError(() => call('OPSUBSIDY', '赣州', [[1], [2]], 25, null, 12, null)).code).toBe('#VALUE!');
  });

  it('keeps functions.js under 42 KB gzipped, with the seeds cut to what the functions read', () => {
    // Excel loads functions.js before any CARE formula calculates. 42 KB (43,008 bytes) since the
    // subsidy rules compute through their recipes (src/rules/subsidies/recipe.ts: one definition
    // for the rule and the portable sheet's formula), about 440 bytes more; the page's whole first
    // load, functions.js included, keeps its own 165 KB bound (test/e2e/firstLoad.test.ts).
    expect(gzipSync(readFileSync(path.join(out, built('functions.js')))).length).toBeLessThan(43_008);
    expect(read('functions.js')).not.toContain('"titleEn"');
    expect(read('functions.js')).toContain('"inForce"');
    // Descriptions and help are in functions.json, not in functions.js (scripts/build/functionsCatalog.ts).
    const description = findFunction('BEDSUBSIDY')!.description.zh;
    expect(read('functions.json')).toContain(findFunction('BEDSUBSIDY')!.description.en);
    expect(read('functions.zh-CN.json')).toContain(description);
    expect(read('functions.js')).not.toContain(description);
  });

  it('carries the seed data once for the page: what the functions read in functions.js alone, the rest in one chunk of the pane', () => {
    // The file worker (careplan-file) is a context of its own, with its own copy; every other script runs in the page.
    const inPage = readdirSync(out).filter((f) => f.endsWith('.js') && !f.startsWith('careplan-file.'));
    const text = new Map(inPage.map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
    const holding = (s: string) => inPage.filter((f) => text.get(f)!.includes(s));
    // A clause's words that its seed file holds once (the service list repeats some in its own words).
    const once = (seed: SeedDocument, s: string) => JSON.stringify(seed).split(s).length === 2;
    const quotes = SEEDS.flatMap((seed) => seed.parameters.map((p) => p.citation.quote).filter((q) => once(seed, q)));
    expect(quotes.length).toBeGreaterThan(50);
    for (const quote of quotes) expect(holding(quote), quote).toEqual([built('functions.js')]);
    const notes = SEEDS.flatMap((seed) => seed.parameters.flatMap((p) => (p.note ? [p.note.zh] : [])));
    expect(notes.length).toBeGreaterThan(0);
    const noteFiles = new Set(notes.flatMap(holding));
    expect(noteFiles.size).toBe(1);
    expect([...noteFiles][0]).not.toBe(built('functions.js'));
  });

  it('gives what the catalog on the full seeds gives, value or Excel error and message, for every call of the grid', () => {
    // functions.js carries the seeds without the fields no function reads (scripts/build/functionsSeeds.ts).
    const runtime = fakeRuntime();
    runInPage({ CustomFunctions: runtime, console });
    for (const { fn, args } of grid(CATALOG, SEEDS)) {
      const built = outcome(() => runtime.associated.get(fn)!(...args, invocation));
      const here = outcome(() => adapt(findFunction(fn)!, runtime)(...args, invocation));
      expect(built, `${fn}(${JSON.stringify(args)})`).toEqual(here);
    }
  });

  it('gives #N/A for a figure not in policy and #VALUE! for a bad argument, with both languages, when the runtime attaches its Error class after the bundle has loaded', () => {
    const { runtime, associated, attachHost } = lateRuntime();
    runInPage({ CustomFunctions: runtime, console });
    attachHost();
    // 鹰府字〔2022〕20号 leaves the childcare operating subsidy to a provincial scheme: not in policy.
    const notInPolicy = excelError(() => associated.get('SLOTOPS')!('鹰潭', 10, null, null, invocation));
    expect(notInPolicy.code).toBe('#N/A');
    expect(notInPolicy.message).toMatch(/鹰府字〔2022〕20号.* \/ .*Yingtan/u);
    // 博士后研究员 is none of 中专 / 大专 / 本科, the education levels the 赣州 bonus names.
    const badArgument = excelError(() => associated.get('GRADBONUS')!('赣州', '博士后研究员', null, invocation));
    expect(badArgument.code).toBe('#VALUE!');
    expect(badArgument.message).toMatch(/中专.* \/ .*[a-z]{4}/u);
  });

  it('binds when the Office.js script loads after the bundle, as taskpane.html’s async script allows', () => {
    const officeScript = new EventTarget();
    const context: Record<string, unknown> = { console, document: { querySelector: (s: string) => (s === 'script[data-office-js]' ? officeScript : null) } };
    runInPage(context);
    const { runtime, associated } = lateRuntime();
    context.CustomFunctions = runtime;
    expect(associated.size).toBe(0);
    officeScript.dispatchEvent(new Event('load'));
    expect(associated.size).toBe(CATALOG.length);
  });

  it('gives Excel-coded errors even in a runtime that offers nothing but associate()', () => {
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    runInPage({ CustomFunctions: { associate: (id: string, f: (...a: unknown[]) => unknown) => associated.set(id, f) } });
    expect(associated.size).toBe(CATALOG.length);
    let thrown: unknown;
    try {
      associated.get('GRADBONUS')!('赣州', '博士后研究员', null);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: '#VALUE!' });
    expect(String((thrown as Error).message)).toContain('中专');
  });

  it('does nothing, and throws nothing, where there is no custom functions runtime', () => {
    expect(() => runInPage({})).not.toThrow();
  });
});
