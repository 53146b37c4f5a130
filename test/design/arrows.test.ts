/**
 * DESIGN.md's arrows, read from the sources: the faces (cli, excel, functions, taskpane) stand over
 * the core (xlsx, check, templates, catalog, rules) and i18n; no face imports another face; the
 * core imports no face and points one way inside; nothing but the command line imports Node. The
 * page entries (src/entries) stand over the faces: they put them together, and nothing imports them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const FACES = ['cli', 'excel', 'functions', 'taskpane'];
/** What each part of the core may import, lowest first (DESIGN.md, "One core, three faces"). */
const CORE: Record<string, readonly string[]> = {
  rules: [],
  catalog: ['rules'],
  templates: ['rules', 'catalog'],
  check: ['rules', 'catalog', 'templates'],
  /** The round: returns grouped by county, conflicts, completion rates, the chart's XML. */
  round: ['rules', 'catalog', 'templates', 'check'],
  xlsx: ['rules', 'catalog', 'templates', 'check', 'round'],
  i18n: ['rules', 'catalog'],
};
const ENTRIES = 'entries';

interface Import {
  from: string;
  file: string;
  to: string;
  typeOnly: boolean;
}

const IMPORT = /(?:^|[\s;])(import\s+type\s[^;]*?from|import\s[^;]*?from|export\s[^;]*?from|import\s*\((?:\s*\/\*.*?\*\/)?)\s*['"]([^'"]+)['"]/gsu;

function importsOf(): Import[] {
  const out: Import[] = [];
  for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/u.test(file)) continue;
    const from = file.split(path.sep)[0]!;
    const text = readFileSync(path.join(SRC, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[2]!;
      const typeOnly = m[1]!.startsWith('import type');
      if (spec.startsWith('node:')) out.push({ from, file: file.split(path.sep).join('/'), to: spec, typeOnly });
      else if (spec.startsWith('.')) {
        const target = path.relative(SRC, path.resolve(SRC, path.dirname(file), spec)).split(path.sep)[0]!;
        // seeds/ stands outside src/: data every part may read.
        if (target !== from && target !== '..') out.push({ from, file: file.split(path.sep).join('/'), to: target, typeOnly });
      }
    }
  }
  return out;
}

const IMPORTS = importsOf();
const show = (i: Import): string => `${i.file} -> ${i.to}`;

describe('DESIGN.md’s arrows hold in src/', () => {
  it('the sources are read: every face and every part of the core imports something', () => {
    for (const folder of [...FACES, 'catalog', 'templates', 'check', 'round', 'xlsx']) expect(IMPORTS.some((i) => i.from === folder), folder).toBe(true);
  });

  it('no face imports another face, but for the adapter’s types', () => {
    const crossing = IMPORTS.filter((i) => FACES.includes(i.from) && FACES.includes(i.to) && !i.typeOnly);
    expect(crossing.map(show)).toEqual([]);
  });

  it('the page entries put the faces together, and nothing imports an entry', () => {
    // The task pane's entry hands the Excel adapter to the pane.
    expect(IMPORTS.filter((i) => i.from === ENTRIES).map(show)).toEqual(expect.arrayContaining(['entries/taskpane.tsx -> taskpane', 'entries/taskpane.tsx -> excel']));
    expect(IMPORTS.filter((i) => i.to === ENTRIES).map(show)).toEqual([]);
  });

  it('the core imports no face, and each part only the parts below it', () => {
    const wrong = IMPORTS.filter((i) => i.from in CORE && !i.to.startsWith('node:') && !CORE[i.from]!.includes(i.to));
    expect(wrong.map(show)).toEqual([]);
  });

  it('only the command line imports Node’s modules: the rest runs in Excel and the browser', () => {
    expect(IMPORTS.filter((i) => i.to.startsWith('node:') && i.from !== 'cli').map(show)).toEqual([]);
  });
});
