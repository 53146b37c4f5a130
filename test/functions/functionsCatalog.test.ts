/**
 * The catalog as functions.js carries it (scripts/build/functionsCatalog.ts): every `{ zh, en }` text
 * of src/catalog emptied, and nothing else touched. That no function's value or message depends on
 * those texts is checked on the real build, call by call, in built.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { functionsCatalog } from '../../scripts/build/functionsCatalog';
import { CATALOG } from '../../src/catalog';

const DIR = new URL('../../src/catalog/', import.meta.url);
const files = readdirSync(DIR).filter((f) => /^[a-z]+\.ts$/u.test(f));

const written = (e: ts.Expression): boolean => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e);

/** `{ zh: …, en: … }` with both written out: the texts the transform is to empty. */
function isText(n: ts.Node): boolean {
  if (!ts.isObjectLiteralExpression(n) || n.properties.length !== 2) return false;
  const names = n.properties.map((p) => (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && written(p.initializer) ? p.name.text : ''));
  return names.includes('zh') && names.includes('en');
}

const parse = (source: string) => ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);

/**
 * Walks the module before and after side by side: each text must now be `{ zh: '', en: '' }`, and
 * every other node the same kind with the same children, down to the same words.
 */
function sameButTexts(a: ts.Node, b: ts.Node, fa: ts.SourceFile, fb: ts.SourceFile, where: string): void {
  if (isText(a)) {
    expect(b.getText(fb), where).toBe("{ zh: '', en: '' }");
    return;
  }
  expect(b.kind, where).toBe(a.kind);
  const ca = a.getChildren(fa);
  const cb = b.getChildren(fb);
  if (ca.length === 0) {
    expect(b.getText(fb), where).toBe(a.getText(fa));
    return;
  }
  expect(cb.length, where).toBe(ca.length);
  ca.forEach((c, i) => sameButTexts(c, cb[i]!, fa, fb, where));
}

describe('the catalog in functions.js', () => {
  it('empties a description and a help text, leaving names, labels and code as they stand', () => {
    const src = `defineFunction({ name: 'X', description: { zh: '说明', en: \`A \${y}\` }, params: [p('n', '名称', 'number', { en: 'Help', zh: '帮助' })], run });`;
    expect(functionsCatalog(src)).toBe(`defineFunction({ name: 'X', description: { zh: '', en: '' }, params: [p('n', '名称', 'number', { zh: '', en: '' })], run });`);
  });

  it('leaves an object that is not exactly { zh, en } of written texts alone', () => {
    const src = `const a = { zh: '甲', en: 'a', aliases: ['b'] }; const b = { zh: '乙' }; const c = { zh: e.zh, en: e.en };`;
    expect(functionsCatalog(src)).toBe(src);
  });

  it('empties every text of every catalog module and leaves the rest of its syntax tree as it was', () => {
    expect(files).toContain('subsidies.ts');
    let emptied = 0;
    for (const f of files) {
      const source = readFileSync(new URL(f, DIR), 'utf8');
      const out = functionsCatalog(source, f);
      const before = parse(source);
      const after = parse(out);
      sameButTexts(before, after, before, after, f);
      emptied += out.split("{ zh: '', en: '' }").length - source.split("{ zh: '', en: '' }").length;
    }
    // At least every function's description, and the help of its arguments besides.
    expect(emptied).toBeGreaterThan(CATALOG.length);
  });

  it('changes the modules that hold texts and no other', () => {
    const changed = files.filter((f) => {
      const source = readFileSync(new URL(f, DIR), 'utf8');
      return functionsCatalog(source, f) !== source;
    });
    expect(changed.sort()).toEqual(['allowances.ts', 'params.ts', 'plans.ts', 'standards.ts', 'subsidies.ts']);
  });
});
