/**
 * The county tables are checked against the source texts by a second, independent reading: the rows
 * are parsed here straight from the extracted text and compared with seeds/ cell by cell.
 */
import { describe, expect, it } from 'vitest';
import type { CountyTable } from '../../src/rules/data/schema';
import { SEEDS } from '../../src/rules/data/seeds';
import { sourceText } from '../helpers';

const tableOf = (id: string): CountyTable => {
  const t = SEEDS.flatMap((s) => s.tables).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};

/** Ganzhou's tables: "name n n n n n n n" lines between a title and the next heading. */
function ganzhouRows(title: string, end: string): { name: string; values: number[] }[] {
  const text = sourceText('000_30ec7212afda7229.txt');
  const body = text.slice(text.indexOf(title), text.indexOf(end, text.indexOf(title)));
  return body
    .split('\n')
    .map((l) => /^\s*(\S+)\s+((?:[\d.]+\s+){6}[\d.]+)\s*$/u.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1]!, values: m[2]!.trim().split(/\s+/u).map(Number) }));
}

/** Fuzhou's table: tab-separated rows whose first field is the row number or 全市合计. */
function fuzhouRows(): { name: string; values: (number | null)[] }[] {
  return sourceText('004_61be1e8fdf7813a0.txt')
    .split('\n')
    .filter((l) => l.includes('\t') && /^(\d+|全市合计)\t/u.test(l))
    .map((l) => {
      const f = l.split('\t');
      return { name: f[0] === '全市合计' ? '全市合计' : f[1]!, values: f.slice(2).map((x) => (x.trim() === '' ? null : Number(x))) };
    });
}

function asPrinted(t: CountyTable) {
  return [{ name: t.total.name, values: t.total.values }, ...t.rows.map((r) => ({ name: r.county.name, values: r.values }))];
}

describe('county tables', () => {
  it('赣州 县（市、区）新增改造养老床位分解表: the total and all 20 counties, every cell as printed', () => {
    const printed = ganzhouRows('县（市、区）新增改造养老床位分解表', '县（市、区）托位分解表');
    expect(printed).toHaveLength(21);
    expect(asPrinted(tableOf('ganzhou.beds'))).toEqual(printed);
  });

  it('赣州 县（市、区）托位分解表: the total and all 20 counties, every cell as printed', () => {
    const printed = ganzhouRows('县（市、区）托位分解表', '三、重点任务');
    expect(printed).toHaveLength(21);
    expect(asPrinted(tableOf('ganzhou.slots'))).toEqual(printed);
  });

  it('抚州市养老服务设施建设任务分解表: the total and all 14 rows, blanks kept blank', () => {
    const printed = fuzhouRows();
    expect(printed).toHaveLength(15);
    const seeded = asPrinted(tableOf('fuzhou.facilities'));
    expect(seeded.map((r) => r.name)).toEqual(printed.map((r) => r.name));
    seeded.forEach((row, i) => {
      const p = printed[i]!.values;
      expect(row.values, row.name).toEqual([...p, ...Array(row.values.length - p.length).fill(null)]);
    });
  });

  it('uses the same county id for 赣州开发区 in the bed table and 赣州经开区 in the slot table', () => {
    const id = (t: string, name: string) => tableOf(t).rows.find((r) => r.county.name === name)?.county.id;
    expect(id('ganzhou.beds', '赣州开发区')).toBe('ganzhou-dev');
    expect(id('ganzhou.slots', '赣州经开区')).toBe('ganzhou-dev');
    expect(new Set(tableOf('ganzhou.beds').rows.map((r) => r.county.id))).toEqual(new Set(tableOf('ganzhou.slots').rows.map((r) => r.county.id)));
  });

  it('records every column whose county rows do not add up to the printed total, and no other', () => {
    const mismatches: string[] = [];
    for (const seed of SEEDS) {
      for (const t of seed.tables) {
        t.columns.forEach((c, i) => {
          const measure = t.measures.find((m) => m.id === c.measure)!;
          if (measure.unit.includes('/1000')) return; // ratios are not additive
          const sum = t.rows.reduce((s, r) => s + (r.values[i] ?? 0), 0);
          if (sum !== t.total.values[i]) mismatches.push(`${t.id}|${c.measure}|${c.year}`);
        });
      }
    }
    const recorded = SEEDS.flatMap((s) => s.discrepancies)
      .filter((d) => d.cell)
      .filter((d) => d.figures.some((f) => f.citation === undefined)) // a computed sum stands beside the printed total
      .map((d) => `${d.cell!.table}|${d.cell!.measure}|${d.cell!.year}`);
    expect(mismatches.sort()).toEqual(['fuzhou.facilities|ruralMutualAid|2019', 'fuzhou.facilities|ruralMutualAid|2020', 'fuzhou.facilities|urbanFacilities|2020', 'ganzhou.slots|slots|2023']);
    expect(recorded.sort()).toEqual(mismatches.sort());
  });
});
