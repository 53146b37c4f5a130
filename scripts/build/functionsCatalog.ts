/**
 * The catalog as the custom functions bundle (functions.js) carries it: every description and every
 * argument's help, the `{ zh, en }` texts of src/catalog/*.ts, left empty. A webpack loader, applied
 * in webpack.config.js to the catalog's modules in the `functions` layer only, like functionsSeeds.ts
 * for the seeds.
 *
 * Why: Excel reads those texts from functions.json and functions.zh-CN.json (generated from the
 * catalog at build time); functions.js only calls the rules, so the texts were dead weight in the
 * file Excel must load before any CARE formula calculates. Why it changes nothing: no code reachable
 * from src/functions/index.ts reads a description or a help (a rule's messages come from
 * src/rules/core, never from the catalog), and test/functions/built.test.ts runs the built bundle over
 * the whole grid of calls and checks every value and every error message against the full catalog.
 * The task pane, the command line and the metadata keep the full texts.
 */
import ts from 'typescript';

const isLiteral = (e: ts.Expression): boolean => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e);

/**
 * An object literal of exactly the two properties zh and en, each written out as a string or a
 * template: a text for people, in both languages. `{ zh: e.zh, en: e.en }` (a message passed on) is
 * data, not a text, and stays.
 */
function isText(node: ts.Node): node is ts.ObjectLiteralExpression {
  if (!ts.isObjectLiteralExpression(node) || node.properties.length !== 2) return false;
  const names = node.properties.map((p) => (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && isLiteral(p.initializer) ? p.name.text : ''));
  return names.includes('zh') && names.includes('en');
}

/** The module's source with every `{ zh, en }` text emptied; everything else as it stands. */
export function functionsCatalog(source: string, fileName = 'catalog.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (isText(node)) spans.push([node.getStart(file), node.getEnd()]);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of spans.reverse()) out = `${out.slice(0, start)}{ zh: '', en: '' }${out.slice(end)}`;
  return out;
}

/** The webpack loader: a catalog module's TypeScript in, the same with its texts emptied out. */
export default function functionsCatalogLoader(this: { resourcePath: string }, source: string): string {
  return functionsCatalog(source, this.resourcePath);
}
