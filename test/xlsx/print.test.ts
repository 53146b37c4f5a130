/**
 * The forms on paper: each county table's county form and whole-city table, written by careplan,
 * printed to PDF by LibreOffice Calc (headless) and measured from the PDF's word boxes (poppler's
 * pdftotext -bbox). A county's own form is one A4 page with its text at 10 pt or more; a whole-city
 * table splits by years with its text at 9 pt or more, 县（市、区）on every page. No line breaks
 * inside a bracket and no text is cut off at the table's edge.
 */
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { COUNTY_TABLE_SPECS } from '../../src/templates/countyTables';
import { writeTemplate } from '../../src/xlsx/write';
import { SOFFICE } from '../support/libreoffice';
import { A4, PDFTOTEXT, pageText, printed, skipPrinting as skip, smallest, type Page } from '../support/printed';

const PAIRS: Record<string, string> = { '（': '）', '〔': '〕', '《': '》' };
/** A printed line's brackets closed on the line they open: never 床位总数（张 / ）, nor 发展目标（二 / ）具体指标. */
function balanced(text: string): boolean {
  const open: string[] = [];
  for (const ch of text) {
    if (PAIRS[ch]) open.push(PAIRS[ch]);
    else if (Object.values(PAIRS).includes(ch) && open.pop() !== ch) return false;
  }
  return open.length === 0;
}

/**
 * A cell's padding in LibreOffice's print, at most: the key column's text starts this far right of
 * the table's left edge.
 */
const PADDING = 3;

/**
 * What prints wrong: a word (pdftotext splits lines and cells into words) whose brackets open on one
 * line and close on the next, and a word that passes the table's right edge, where LibreOffice cuts
 * off a merged cell's text that does not wrap (the last 填报日期's 日). The pages are centred, so the
 * right edge mirrors the left one, which the leftmost word stands just inside.
 */
function flaws(pages: Page[]): string[] {
  return pages.flatMap((page, i) => {
    const right = page.width - Math.min(...page.words.map((w) => w.xMin)) + PADDING;
    return page.words.flatMap((w) => [
      ...(balanced(w.text) ? [] : [`page ${i + 1}: “${w.text}” breaks a bracket across lines`]),
      ...(w.xMax > right ? [`page ${i + 1}: “${w.text}” ends at ${w.xMax} pt, past the table's right edge at ${right.toFixed(1)} pt`] : []),
    ]);
  });
}

describe.skipIf(skip)('the forms printed through LibreOffice', () => {
  it.each(COUNTY_TABLE_SPECS.map((s) => [s.id, s.id === 'fz-facilities' ? '临川区' : '于都县'] as const))(
    '%s: %s’s own form prints on one A4 portrait page, every word at 10 pt or more',
    async (id, county) => {
      expect(SOFFICE && PDFTOTEXT, 'LibreOffice and poppler-utils are installed (.ci/run)').toBeTruthy();
      const pages = printed(await writeTemplate(buildTemplate(id, { county })), `${id}-own`);
      expect(pages).toHaveLength(1);
      expect(pages[0]!.width).toBeCloseTo(A4.short, 0);
      expect(pages[0]!.height).toBeCloseTo(A4.long, 0);
      expect(smallest(pages)).toBeGreaterThanOrEqual(10 - 0.05);
      const text = pageText(pages[0]!);
      for (const words of [county, '年度', '填报单位（盖章）', '审核人', '联系电话', '第1页共1页']) expect(text).toContain(words);
      // What is for the software does not print.
      expect(text).not.toContain('careplan:');
      expect(flaws(pages)).toEqual([]);
    },
    180_000,
  );

  it.each(COUNTY_TABLE_SPECS.map((s) => s.id))('%s: the whole-city table splits by years, every word at 9 pt or more, 县 column on every page', async (id) => {
    expect(SOFFICE && PDFTOTEXT, 'LibreOffice and poppler-utils are installed (.ci/run)').toBeTruthy();
    const t = buildTemplate(id);
    const pages = printed(await writeTemplate(t), id);
    expect(pages.length).toBeGreaterThan(1);
    expect(smallest(pages)).toBeGreaterThanOrEqual(9);
    const keyHeader = t.tables[0]!.columns[0]!.header;
    const total = t.tables[0]!.rows.find((r) => r.total)!.labels[0]!;
    for (const [i, page] of pages.entries()) {
      expect(page.width, `page ${i + 1} is landscape`).toBeGreaterThan(page.height);
      const text = pageText(page);
      expect(text, `page ${i + 1}`).toContain(keyHeader);
      expect(text, `page ${i + 1}`).toContain(total);
      expect(text, `page ${i + 1}`).toContain(`共${pages.length}页`);
    }
    expect(flaws(pages)).toEqual([]);
  }, 180_000);

  it('赣州’s indicator sheet prints one page wide (A3, its twelve columns), every word at 10 pt or more, the signature block on its last page', async () => {
    expect(SOFFICE && PDFTOTEXT, 'LibreOffice and poppler-utils are installed (.ci/run)').toBeTruthy();
    const t = buildTemplate('gz-indicators');
    const pages = printed(await writeTemplate(t), 'gz-indicators');
    expect(smallest(pages)).toBeGreaterThanOrEqual(10 - 0.05);
    // One page wide: every page carries the first column's header and the last one's.
    for (const [i, page] of pages.entries()) {
      const text = pageText(page);
      expect(text, `page ${i + 1}`).toContain('指标');
      expect(text, `page ${i + 1}`).toContain('所在表格或章节');
    }
    expect(pageText(pages.at(-1)!)).toContain('填报单位（盖章）');
    expect(flaws(pages)).toEqual([]);
  }, 180_000);
});
