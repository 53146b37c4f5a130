/**
 * The lines a laid-out sheet carries besides its tables, and what stays in view: the 依据 line, the
 * frozen rows, the signature entries' room, the cells `template --describe` lists and the 参数
 * companion's clause words. Text and room are measured as templates/lines.ts measures them for
 * breaking headers (a Chinese character two units of an Excel column width).
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATES, buildTemplate, type TemplateOptions } from '../../src/templates';
import { describedCells, layout, type Layout } from '../../src/templates/layout';
import { roomOf, textWidth } from '../../src/templates/lines';
import { SIGNATURE_WORDS } from '../../src/templates/signature';

/** Forms returned to the city, signed and stamped: the county tables and the plan indicators. */
const RETURNED = TEMPLATES.filter((e) => e.counties || e.id.endsWith('-indicators'));
const isReturned = (l: Layout): boolean => l.template.kind === 'county' || l.template.kind === 'indicators';
/** How a template is laid out here: the city's form and, for a county table, its first county's own form too. */
const optionsOf = (e: (typeof TEMPLATES)[number]): TemplateOptions[] => [{}, ...(e.counties ? [{ county: String(buildTemplate(e.id).tables[0]!.rows[0]!.labels[0]) }] : [])];

/** The 依据 line as it reads, without the breaks the layout adds for its width. */
const basis = (l: Layout) => String(l.cells.find((c) => c.kind === 'basis')!.value).replace(/\n/gu, '');

describe('the 依据 line', () => {
  it('names the document and, where the figures have units, the units; a list of services has none', () => {
    expect(basis(layout(buildTemplate('gz-services')))).toBe('依据：赣市府发〔2023〕13号 附件');
    expect(basis(layout(buildTemplate('yt-indicators')))).toBe('依据：鹰府字〔2022〕20号\u3000\u3000单位：见“单位”列');
    // A 参数 sheet's figures are in the units its rows name; its column 依据（文件 条款） is no unit.
    expect(basis(layout(buildTemplate('budget-eldercare', { city: 'ganzhou', form: 'portable' }).companion!))).toBe('依据：赣州政策文件，各行见“依据”');
  });

  it('lists the units its headers give, each once: 张 beds, 元 amounts, 家 homes; 个 slots, 人 persons, % shares', () => {
    const units = (id: string) => basis(layout(buildTemplate(id))).replace(/^.*单位：/u, '');
    expect(units('budget-eldercare')).toBe('张、元、家');
    expect(units('budget-childcare')).toBe('个、元');
    expect(units('budget-allowances')).toBe('人、元');
    expect(units('gz-slots')).toBe('个、人、%');
    expect(units('gz-beds')).toBe('张、人、%');
    expect(units('fz-facilities')).toBe('个、%、张');
  });
});

describe('what stays in view', () => {
  it('a budget, a county’s own form and the list of services keep their title in view as they scroll', () => {
    for (const l of [layout(buildTemplate('budget-eldercare')), layout(buildTemplate('gz-beds', { county: '于都县' })), layout(buildTemplate('gz-services'))]) {
      const title = l.cells.find((c) => c.kind === 'title')!;
      expect([l.freeze.rows, l.freeze.cols], l.template.id).toEqual([title.r + 1, 0]);
    }
  });

  it('a budget of several tables repeats its title on every printed page, not its first table’s header', () => {
    const l = layout(buildTemplate('budget-eldercare'));
    const title = l.cells.find((c) => c.kind === 'title')!;
    expect(l.printRows).toEqual([title.r, title.r]);
  });
});

describe('the filer’s line and the signature entries', () => {
  it.each(RETURNED.flatMap((e) => optionsOf(e).map((o) => ({ id: e.id, county: o.county }))))(
    '$id $county: each entry has the room of its merged run, so that no word is cut off at its edge',
    ({ id, county }) => {
      const l = layout(buildTemplate(id, county === undefined ? {} : { county }));
      const entries = l.cells.filter((c) => c.kind === 'signature' || c.kind === 'filer' || c.kind === 'filedOn');
      expect(entries.length).toBe(8);
      const lineStart = Math.min(...entries.map((s) => s.c));
      // The first entry of a line starts at the form's edge and has no room to take from its left.
      // The one that passes its measure (填报单位（盖章）： on 赣州's 托位 own form, 18 units in 16.4)
      // prints whole (LibreOffice PDF, 2026-12-01): the measure counts a full-width bracket two units.
      for (const s of entries.filter((x) => x.c > lineStart)) {
        const merge = l.merges.find((m) => m.r1 === s.r && m.c1 === s.c);
        expect(roomOf(l.widths, s.c, merge?.c2 ?? s.c), `${s.value} in ${s.address}`).toBeGreaterThanOrEqual(textWidth(String(s.value)));
      }
    },
  );
});

describe('who signs', () => {
  it('a form returned to the city carries the filer’s line (填报单位, 填报日期) and the six signature entries; a budget or the list of services none', () => {
    for (const e of TEMPLATES) {
      const l = layout(buildTemplate(e.id));
      const words = l.cells.filter((c) => c.kind === 'signature' || c.kind === 'filer' || c.kind === 'filedOn').map((c) => String(c.value).replace(/[：（].*$/u, ''));
      const returned = isReturned(l);
      expect(words.sort(), e.id).toEqual(returned ? ['填报单位', '填报日期', '填报单位', '单位负责人', '审核人', '填报人', '联系电话', '填报日期'].sort() : []);
      // The filer's line, then as many lines as the entries take at the count the first line holds.
      const perLine = l.cells.filter((c) => c.kind === 'signature' && c.r === l.signatureRows[1]).length;
      expect(l.signatureRows.length, e.id).toBe(returned ? 1 + Math.ceil(6 / perLine) : 0);
    }
  });

  it('merges no cell with itself and none past the form’s last column', () => {
    for (const e of TEMPLATES) {
      for (const o of optionsOf(e)) {
        const l = layout(buildTemplate(e.id, o));
        for (const m of l.merges) {
          expect(m.r2 > m.r1 || m.c2 > m.c1, `${e.id} ${JSON.stringify(m)}`).toBe(true);
          expect(m.c2, `${e.id} ${JSON.stringify(m)} past the form's last column`).toBeLessThan(l.widths.length);
        }
      }
    }
  });
});

describe('where the lines around the table sit', () => {
  const returnedForms = () => RETURNED.flatMap((e) => optionsOf(e).map((o) => layout(buildTemplate(e.id, o))));
  const runOf = (l: Layout, c: Layout['cells'][number]): [number, number] => [c.c, l.merges.find((m) => m.r1 === c.r && m.c1 === c.c)?.c2 ?? c.c];

  it('the filer’s line is cut in two halves that meet; 填报日期 reaches left of the middle only as far as its words need', () => {
    for (const l of returnedForms()) {
      const filer = l.cells.find((c) => c.kind === 'filer')!;
      const date = l.cells.find((c) => c.kind === 'filedOn')!;
      const [d1, d2] = runOf(l, date);
      const middle = filer.c + Math.max(1, Math.floor((d2 + 1 - filer.c) / 2));
      const id = `${l.template.id} ${l.template.county ?? ''}`;
      expect(runOf(l, filer), id).toEqual([filer.c, d1 - 1]);
      expect(d1, id).toBeLessThanOrEqual(middle);
      if (d1 < middle) expect(roomOf(l.widths, d1 + 1, d2), `${id}: one column less would have held 填报日期`).toBeLessThan(textWidth(String(date.value)));
    }
  });

  it('a whole-city form signs three entries a line, a county’s own form (5 columns) two, in reading order, ending where the filer’s line ends', () => {
    const lines = (l: Layout) => l.signatureRows.slice(1).map((r) => l.cells.filter((c) => c.kind === 'signature' && c.r === r).map((c) => String(c.value)));
    const [a, b, c, d, e, f] = SIGNATURE_WORDS;
    expect(lines(layout(buildTemplate('gz-beds')))).toEqual([[a, b, c], [d, e, f]]);
    expect(lines(layout(buildTemplate('fz-facilities')))).toEqual([[a, b, c], [d, e, f]]);
    expect(lines(layout(buildTemplate('gz-beds', { county: '于都县' })))).toEqual([[a, b], [c, d], [e, f]]);
    for (const l of returnedForms()) {
      const lineEnd = runOf(l, l.cells.find((x) => x.kind === 'filedOn')!)[1];
      for (const s of l.cells.filter((x) => x.kind === 'signature' && x.value === f)) expect(runOf(l, s)[1], l.template.id).toBe(lineEnd);
    }
  });

  it('the first table (its caption, group or header row) begins one blank row below the lines above it: the 依据 line, or the filer’s line on a returned form', () => {
    for (const l of [...TEMPLATES.map((e) => layout(buildTemplate(e.id))), ...returnedForms()]) {
      const top = Math.min(...l.cells.filter((c) => c.kind === 'caption' || c.kind === 'group' || c.kind === 'header').map((c) => c.r));
      const id = `${l.template.id} ${l.template.county ?? ''}`;
      expect(l.cells.filter((c) => c.r === top - 1), id).toEqual([]);
      expect(l.cells.filter((c) => c.r === top - 2).map((c) => c.kind)[0], id).toBe(isReturned(l) ? 'filer' : 'basis');
    }
  });
});

describe('the cells a reader fills or reads', () => {
  it('are every figure cell of the tables, none of the words around them: 赣州’s beds table, 21 rows of 37 figures', () => {
    const t = buildTemplate('gz-beds');
    const described = describedCells(layout(t));
    const { rows, columns } = t.tables[0]!;
    expect(described.length).toBe(rows.length * (columns.length - 1));
    // 20 counties and 全市总计; the 2020 base (2 columns) and 7 columns a year for 2021–2025.
    expect(rows.length * (columns.length - 1)).toBe(21 * (2 + 7 * 5));
    expect(new Set(described.map((c) => c.kind))).toEqual(new Set(['given', 'target', 'input', 'computed']));
  });
});

describe('a 参数 companion', () => {
  it('keeps each clause’s words as the document has them, unbroken: the budget’s formulas read them', () => {
    const portable = buildTemplate('budget-eldercare', { city: 'ganzhou', form: 'portable' });
    const clauses = layout(portable.companion!).cells.filter((c) => c.kind === 'label' && typeof c.value === 'string' && /〔\d{4}〕\d+号/u.test(c.value));
    expect(clauses.length).toBeGreaterThan(0);
    for (const c of clauses) expect(c.value, c.address).not.toContain('\n');
  });
});
