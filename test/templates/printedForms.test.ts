/**
 * How the forms stand on the sheet and on paper, as STYLE.md ("Official returns") asks of a form an
 * office prints: header rows repeated on every page, the headings in view while scrolling, A4
 * portrait where the form fits, the table at 10 pt or more on a returned form and 9 pt on a
 * whole-city table split by years. Rows and columns are found by the words that stand in them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { layout, type Layout, type PlacedCell } from '../../src/templates/layout';
import { lookOf } from '../../src/templates/look';

const words = (c: PlacedCell): string => String(c.value ?? '').replace(/\n/gu, '');
const find = (l: Layout, text: string, kind?: string): PlacedCell => {
  const cell = l.cells.find((c) => words(c) === text && (kind === undefined || c.kind === kind));
  if (!cell) throw new Error(`no ${text}`);
  return cell;
};
/** The body text on paper: 11 pt at the print scale. */
const printedPoints = (l: Layout): number => (11 * l.print.scale) / 100;

describe('赣州’s whole-city bed table', () => {
  let l: Layout;
  beforeEach(() => {
    l = layout(buildTemplate('gz-beds'));
  });

  it('repeats on every printed page both heading rows: the year (2021年) and the measures under it', () => {
    const year = find(l, '2021年', 'group');
    const header = find(l, '县（市、区）', 'header');
    expect(l.printRows).toEqual([year.r, header.r]);
  });

  it('keeps both heading rows and the county column in view: the first county row is the first that scrolls', () => {
    const first = find(l, '章贡区', 'key');
    expect(l.freeze).toEqual({ rows: first.r, cols: 1 });
  });

  it('stands each year over its own columns: 2021年 from 2021年新增改造任务 to 2021年护理型床位占比', () => {
    const year = find(l, '2021年', 'group');
    const from = find(l, '2021年新增改造任务（张）', 'header');
    const to = find(l, '2021年护理型床位占比', 'header');
    expect(year.c).toBe(from.c);
    expect(l.merges).toContainEqual({ r1: year.r, c1: from.c, r2: year.r, c2: to.c });
  });

  it('sets the document’s 全市总计 row in bold, a county’s row not', () => {
    const row = (county: string) => l.cells.filter((c) => c.row?.county === county && c.kind !== 'key');
    expect(row('全市总计').every((c) => lookOf(c).font.bold)).toBe(true);
    expect(row('章贡区').some((c) => lookOf(c).font.bold)).toBe(false);
  });

  it('prints at 9 pt or more, split between years with 县（市、区）on every page', () => {
    expect(printedPoints(l)).toBeGreaterThanOrEqual(9);
    expect(l.print.columnBreaks.length).toBeGreaterThan(0);
    expect(l.print.titleColumns).toEqual([0, 0]);
  });

  it('starts each printed page after the first at a year, never inside one or at the 基数', () => {
    const yearAt = new Map(l.cells.filter((c) => c.kind === 'group').map((c) => [c.c, String(c.value)]));
    for (const b of l.print.columnBreaks) expect(yearAt.get(b), `column ${b}`).toMatch(/^20\d\d年$/u);
  });
});

describe('returned forms', () => {
  it('a county’s own form prints on A4 portrait at 100%', () => {
    const l = layout(buildTemplate('gz-beds', { county: '于都县' }));
    expect([l.print.paper, l.print.orientation, l.print.scale]).toEqual(['A4', 'portrait', 100]);
  });

  it.each(['gz-indicators', 'yt-indicators', 'ja-indicators', 'fz-indicators'])('%s prints one page wide at 10 pt or more', (id) => {
    const l = layout(buildTemplate(id));
    expect(printedPoints(l)).toBeGreaterThanOrEqual(10);
    expect(l.print.columnBreaks).toEqual([]);
  });
});

describe('a budget sheet', () => {
  let l: Layout;
  beforeEach(() => {
    l = layout(buildTemplate('budget-eldercare'));
  });

  it('merges each caption over exactly the columns of its table', () => {
    for (const caption of ['一、护理型床位一次性建设补贴', '二、运营补贴（按实际收住失能老年人，按等级评定系数）', '四、合计']) {
      const at = find(l, caption, 'caption');
      const headers = l.cells.filter((c) => c.kind === 'header' && c.r === at.r + 1);
      expect(l.merges, caption).toContainEqual({ r1: at.r, c1: 0, r2: at.r, c2: Math.max(...headers.map((h) => h.c)) });
    }
  });
});
