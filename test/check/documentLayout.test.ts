/**
 * A county table laid out as the document prints it: 县（市、区） merged down over two header rows,
 * 2020年基数（张） merged over the document's base figures (养老床位总数, 每千名老人床位数), each year
 * merged across its measures with the measures under it, the document's own words for its task
 * (新增、改造养老床位数任务), no marker row and no defined name. The workbook is built here with
 * exceljs from the document's header words and figures (seeds/ganzhou-2022-94.json, as
 * 000_30ec7212afda7229.txt prints the table), filled with a county's figures, recalculated by
 * LibreOffice, and must check exactly as the same figures entered in careplan's own form do.
 * A header merged by hand in careplan's own form checks the same as the form itself.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Finding, SheetReport } from '../../src/check/finding';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { checkBytes } from '../../src/xlsx/checkBytes';
import { skipLibreOffice, throughLibreOfficeAll } from '../support/libreoffice';
import { edited, templateBytes, type Entry } from '../support/workbooks';

interface SeedTable {
  id: string;
  title: string;
  measures: { id: string; name: string; aliases: string[]; kind: string }[];
  columns: { measure: string; year: number | null; label: string }[];
  rows: { county: { name: string }; values: (number | null)[] }[];
  total: { name: string; values: (number | null)[] };
}
const seed = JSON.parse(readFileSync(new URL('../../seeds/ganzhou-2022-94.json', import.meta.url), 'utf8')) as { tables: SeedTable[] };
const beds = seed.tables.find((t) => t.id === 'ganzhou.beds')!;

/** The table's key header and its base figures' heading, as the document prints them (000_…txt, 县（市、区）新增改造养老床位分解表). */
const KEY_HEADER = '县（市、区）';
const BASE_HEADING = '2020年基数（张）';
/** The document's own words for the yearly task: the seed's alias of 新增改造床位. */
const TASK_WORDS = `${beds.measures.find((m) => m.id === 'newOrRenovatedBeds')!.aliases[0]}（张）`;
/** The figures a county adds beside each year's task, in the words of careplan's own form (the document has no column for them). */
const COUNTY_WORDS = ['实际新增改造（张）', '年末养老床位数（张）', '年末护理型床位数（张）', '年末老年人口（人）'] as const;
const PER_1000 = '每千名老人床位数（张）';
const NURSING_SHARE = '护理型床位占比';
const YEARS = [...new Set(beds.columns.filter((c) => c.measure === 'newOrRenovatedBeds').map((c) => c.year!))];
const BASES = beds.columns.filter((c) => c.year === 2020);

/** The 2021 task of a county, as the document's table gives it. */
const task = (county: string, year: number): number => {
  const row = beds.rows.find((r) => r.county.name === county)!;
  return row.values[beds.columns.findIndex((c) => c.measure === 'newOrRenovatedBeds' && c.year === year)]!;
};

/** What the counties typed: a shortfall, a part larger than its whole, a number stored as text, and figures that meet their tasks. */
const ENTRIES: readonly { county: string; year: number; words: (typeof COUNTY_WORDS)[number]; value: number | string }[] = [
  { county: '章贡区', year: 2021, words: '实际新增改造（张）', value: task('章贡区', 2021) },
  { county: '章贡区', year: 2022, words: '实际新增改造（张）', value: task('章贡区', 2022) + 5 },
  { county: '章贡区', year: 2021, words: '年末养老床位数（张）', value: 7300 },
  { county: '章贡区', year: 2021, words: '年末护理型床位数（张）', value: 3000 },
  { county: '章贡区', year: 2021, words: '年末老年人口（人）', value: 128000 },
  { county: '赣县区', year: 2021, words: '实际新增改造（张）', value: task('赣县区', 2021) - 10 },
  { county: '赣县区', year: 2021, words: '年末养老床位数（张）', value: 4300 },
  { county: '赣县区', year: 2021, words: '年末护理型床位数（张）', value: 5000 },
  { county: '赣县区', year: 2021, words: '年末老年人口（人）', value: 90000 },
  { county: '于都县', year: 2021, words: '实际新增改造（张）', value: String(task('于都县', 2021)) },
];
const AS_OF = '2023-01-01';

/** careplan's header for a year's column: the year in front, 年末 joined to it. */
const careplanHeader = (year: number, words: string): string => (words.startsWith('年') ? `${year}${words}` : `${year}年${words}`);

/** The measures of one year, left to right, as the county's workbook heads them. */
const YEAR_MEASURES = [TASK_WORDS, ...COUNTY_WORDS, PER_1000, NURSING_SHARE];

/** The document's table typed out in exceljs, 2 header rows, the county's figures and its own ratio formulas. */
async function documentWorkbook(): Promise<{ bytes: Uint8Array; cellOf: Map<string, string> }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('床位分解表');
  ws.getCell(1, 1).value = beds.title;
  ws.mergeCells(1, 1, 1, 10);
  const top = 3;
  ws.getCell(top, 1).value = KEY_HEADER;
  ws.mergeCells(top, 1, top + 1, 1);
  ws.getCell(top, 2).value = BASE_HEADING;
  ws.mergeCells(top, 2, top, 1 + BASES.length);
  BASES.forEach((b, i) => (ws.getCell(top + 1, 2 + i).value = b.label));
  const colOf = new Map<string, number>();
  let c = 2 + BASES.length;
  for (const y of YEARS) {
    ws.getCell(top, c).value = `${y}年`;
    ws.mergeCells(top, c, top, c + YEAR_MEASURES.length - 1);
    YEAR_MEASURES.forEach((m, i) => {
      ws.getCell(top + 1, c + i).value = m;
      colOf.set(`${y}|${m}`, c + i);
    });
    c += YEAR_MEASURES.length;
  }
  const cellOf = new Map<string, string>();
  // The document lists 全市总计 first, then the counties.
  [{ county: { name: beds.total.name }, values: beds.total.values }, ...beds.rows].forEach((row, i) => {
    const r = top + 2 + i;
    const name = row.county.name;
    ws.getCell(r, 1).value = name;
    BASES.forEach((b, j) => (ws.getCell(r, 2 + j).value = row.values[beds.columns.indexOf(b)] ?? null));
    for (const y of YEARS) {
      const at = (m: string) => ws.getCell(r, colOf.get(`${y}|${m}`)!);
      at(TASK_WORDS).value = row.values[beds.columns.findIndex((x) => x.measure === 'newOrRenovatedBeds' && x.year === y)] ?? null;
      for (const e of ENTRIES.filter((x) => x.county === name && x.year === y)) at(e.words).value = e.value;
      // The county's own formulas: a ratio shows nothing while either figure is blank, as careplan's does.
      const ratio = (num: string, den: string, scale: string) => {
        const n = at(num).address;
        const d = at(den).address;
        return { formula: `IF(OR(${n}="",${d}="",${d}=0),"",${n}/${d}${scale})` };
      };
      at(PER_1000).value = ratio('年末养老床位数（张）', '年末老年人口（人）', '*1000');
      at(NURSING_SHARE).value = ratio('年末护理型床位数（张）', '年末养老床位数（张）', '');
      for (const m of YEAR_MEASURES) cellOf.set(at(m).address, `${name}|${y}|${m}`);
    }
  });
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), cellOf };
}

/** Each cell of careplan's own form, by the same county, year and words. */
function careplanCells(): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of layout(buildTemplate('gz-beds')).cells) {
    if (!p.row || !p.column || p.column.year == null || p.column.yearless === undefined) continue;
    const words = p.column.role === 'target' ? TASK_WORDS : p.column.yearless;
    out.set(p.address, `${p.row.county}|${p.column.year}|${words}`);
  }
  return out;
}

const careplanEntries: Entry[] = ENTRIES.map((e) => ({ row: e.county, header: careplanHeader(e.year, e.words), value: e.value }));

/** Findings with the cell named by its county, year and column words instead of its address. */
const byMeaning = (report: SheetReport, cells: Map<string, string>): (Omit<Finding, 'cell'> & { at: string })[] =>
  report.findings.map(({ cell, ...rest }) => ({ at: cells.get(cell) ?? cell, ...rest })).sort((a, b) => (a.at + a.ruleId < b.at + b.ruleId ? -1 : 1));

describe.skipIf(skipLibreOffice)('赣州 县（市、区）新增改造养老床位分解表 laid out as the document prints it', () => {
  it('is known without a marker by its two header rows and the document’s words, and checks exactly as careplan’s own form with the same figures', async () => {
    const doc = await documentWorkbook();
    const own = await templateBytes('gz-beds', careplanEntries);
    const [docBytes, ownBytes] = throughLibreOfficeAll([
      { bytes: doc.bytes, name: 'document.xlsx' },
      { bytes: own, name: 'careplan.xlsx' },
    ]);
    const [docReport] = checkBytes(docBytes!, AS_OF);
    const [ownReport] = checkBytes(ownBytes!, AS_OF);
    expect(docReport!.template).toBe('gz-beds');
    const found = byMeaning(docReport!, doc.cellOf);
    expect(found).toEqual(byMeaning(ownReport!, careplanCells()));
    // What the figures make: 赣县区 short of its 2021 task by 10, its nursing-type beds above its beds, 于都县’s figure stored as text.
    const rules = found.map((f) => `${f.at} ${f.ruleId}`);
    expect(rules).toContain(`赣县区|2021|实际新增改造（张） task.cumulative`);
    expect(found.find((f) => f.ruleId === 'task.cumulative')).toMatchObject({ expected: task('赣县区', 2021), gap: 10 });
    expect(rules).toContain(`赣县区|2021|年末护理型床位数（张） consistency.part`);
    expect(rules).toContain(`于都县|2021|实际新增改造（张） input.textNumber`);
    // Every finding names a cell of the document's own table.
    expect(found.every((f) => f.at.includes('|'))).toBe(true);
  }, 240_000);
});

describe('赣州 养老床位分解表 with a header merged by hand', () => {
  it('careplan’s own form with 县（市、区） merged by hand over the year row and its header checks as the form itself', async () => {
    const own = await templateBytes('gz-beds', careplanEntries);
    const merged = await edited(own, (ws) => {
      let r = 1;
      while (ws.getCell(r, 1).value !== KEY_HEADER) r += 1;
      ws.getCell(r, 1).value = null;
      ws.getCell(r - 1, 1).value = KEY_HEADER;
      ws.mergeCells(r - 1, 1, r, 1);
    });
    const [ownReport] = checkBytes(own, AS_OF);
    const [mergedReport] = checkBytes(merged, AS_OF);
    expect(mergedReport!.findings.some((f) => f.ruleId === 'task.cumulative')).toBe(true);
    expect(mergedReport!.findings).toEqual(ownReport!.findings);
  });
});
