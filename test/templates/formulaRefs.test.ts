/**
 * The cells a computed cell reads (refsOf) are the cells its written formula names. The checker
 * leans on the first: a county that filled 养老床位数 but left 老年人口 blank is told which input the
 * ratio still needs (check/countyRules.ts), and a portable budget keeps the settings rows its
 * formulas read (templates/portable.ts, through exprRefs). The second is what Excel reads. Here each
 * formula's text is taken apart by this test's own reading of A1 references (a range C9:C12 stands
 * for each cell in it; text in quotes and another sheet's cells, the 参数 figures, are not this
 * sheet's), and the two must name the same cells, for every kind of formula: 比率, 是否达到, SUM, a
 * product, CARE.* calls and the portable budgets' IF/LOOKUP.
 */
import { describe, expect, it } from 'vitest';
import { parseA1, a1 } from '../../src/templates/address';
import { refsOf } from '../../src/templates/formula';
import { buildTemplate, TEMPLATES, type TemplateOptions } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import type { Formula } from '../../src/templates/model';

/** Every cell of this sheet a formula's text names, as plain A1 (no $), sorted. */
function namedCells(text: string): string[] {
  const own = text
    .replace(/"(?:[^"]|"")*"/gu, '""')
    // Another sheet's cell or range: '参数'!$C$5:$C$9.
    .replace(/(?:'(?:[^']|'')*'|[A-Za-z0-9_]+)!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?/gu, '');
  const out = new Set<string>();
  for (const m of own.matchAll(/(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![A-Za-z0-9_(])/gu)) {
    const from = parseA1(m[1]!);
    const to = parseA1(m[2] ?? m[1]!);
    for (let r = from.r; r <= to.r; r++) for (let c = from.c; c <= to.c; c++) out.add(a1(r, c));
  }
  return [...out].sort();
}

/** Every template that writes a formula (gz-services lists items only), a county's own form and each portable budget. */
const BUILDS: [string, TemplateOptions][] = TEMPLATES.flatMap((e) => {
  const own: [string, TemplateOptions][] = [[e.id, {}]];
  if (e.counties && e.id === 'gz-beds') own.push([e.id, { county: '于都县' }]);
  for (const city of e.serves ?? []) own.push([e.id, { city, asOf: '2024-06-01', form: 'portable' }]);
  return own;
}).filter(([id, o]) => buildTemplate(id, o).tables.some((t) => [...t.cells.values()].some((c) => c.formula)));

describe('the cells a formula reads', () => {
  it.each(BUILDS)('%s %o: refsOf names exactly the cells of this sheet its written formula names', (id, o) => {
    const t = buildTemplate(id, o);
    const l = layout(t);
    for (const table of t.tables) {
      for (const [key, content] of table.cells) {
        if (!content.formula) continue;
        const [row, col] = key.split('|') as [string, string];
        const text = l.cells.find((c) => c.address === l.address({ table: table.key, row, col }))?.formula;
        expect(text, `${table.key} ${key}`).toBeDefined();
        const read = refsOf(content.formula)
          .filter((r) => !r.companion)
          .map((r) => a1(parseA1(l.address(r)).r, parseA1(l.address(r)).c));
        expect([...new Set(read)].sort(), `${table.key} ${key}: ${text}`).toEqual(namedCells(text!));
      }
    }
  });

  it('covers every kind of formula the templates write between them', () => {
    const seen = new Set<Formula['kind']>();
    for (const [id, o] of BUILDS) {
      for (const table of buildTemplate(id, o).tables) for (const c of table.cells.values()) if (c.formula) seen.add(c.formula.kind);
    }
    expect([...seen].sort()).toEqual(['care', 'meets', 'product', 'ratio', 'sheet', 'sum']);
  });
});

describe('an A1 address read back', () => {
  it('reads one cell, $ signs or not, to Excel’s last (XFD1048576), and refuses what is not one cell', () => {
    expect(parseA1('$C$12')).toEqual({ r: 11, c: 2 });
    expect(parseA1('xfd1048576')).toEqual({ r: 1048575, c: 16383 });
    for (const bad of ['A1:B2', '参数!A1', 'ABCD1', 'A', '12']) expect(() => parseA1(bad), bad).toThrow(bad);
  });
});
