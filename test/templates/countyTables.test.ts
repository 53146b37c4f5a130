/**
 * The county allocation forms as the documents word their tables. Every figure expected here is
 * copied from the document's own table (/work/shared/seeds, 000_… for 赣州, 004_… for 抚州) or
 * worked out by arithmetic in the test; a cell is found as a reader finds it, by the words over it
 * and beside it on the laid-out sheet.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { countyForms } from '../../src/templates/countyForms';
import { layout, type Layout, type PlacedCell } from '../../src/templates/layout';
import type { Template } from '../../src/templates/model';
import { readWorkbook } from '../../src/xlsx/read';
import { templateBytes } from '../support/workbooks';

/** A header as a reader reads it: its lines joined (templates/lines.ts breaks long headers). */
const words = (c: PlacedCell): string => String(c.value ?? '').replace(/\n/gu, '');

/** The cell in the row of `row` (a county in column A) and under the header that reads `header`. */
function cellAt(l: Layout, row: string, header: string): PlacedCell {
  const h = l.cells.find((c) => c.kind === 'header' && words(c) === header);
  const k = l.cells.find((c) => c.c === 0 && c.value === row && (h === undefined || c.r > h.r));
  const cell = h && k && l.cells.find((c) => c.r === k.r && c.c === h.c);
  if (!cell) throw new Error(`no cell ${row} / ${header}`);
  return cell;
}

const columnOf = (t: Template, header: string) => {
  const column = t.tables[0]!.columns.find((c) => c.header === header);
  if (!column) throw new Error(`no column ${header}`);
  return column;
};

describe('a county’s own form (years down the rows)', () => {
  let l: Layout;
  beforeEach(() => {
    l = layout(buildTemplate('gz-beds', { county: '于都县' }));
  });

  it('stands 于都县’s 2020 base under its headers: 6101 beds, 45.32 per thousand elderly (赣州 table: 于都县 6101 45.32)', () => {
    const under = (header: string) => {
      const h = l.cells.find((c) => c.kind === 'header' && words(c) === header)!;
      return l.cells.find((c) => c.r === h.r + 1 && c.c === h.c)?.value;
    };
    expect(under('2020年养老床位总数（张）')).toBe(6101);
    expect(under('2020年每千名老人床位数（张）')).toBe(45.32);
  });

  it('names the county under 县（市、区） and runs the years 2021年–2025年 down each block of measures, no block empty', () => {
    const key = l.cells.find((c) => c.kind === 'header' && words(c) === '县（市、区）')!;
    expect(l.cells.find((c) => c.c === key.c && c.r === key.r + 1)?.value).toBe('于都县');
    const blocks = l.cells.filter((c) => c.kind === 'header' && words(c) === '年度');
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) {
      expect(l.cells.filter((c) => c.c === b.c && c.r > b.r && c.r <= b.r + 5).map((c) => c.value), `block at ${b.address}`).toEqual(['2021年', '2022年', '2023年', '2024年', '2025年']);
      expect(l.cells.some((c) => c.kind === 'header' && c.r === b.r && c.c === b.c + 1), `block at ${b.address}`).toBe(true);
    }
  });

  it('carries every entry of the signature block an office signs (STYLE.md): 填报单位（盖章）, 单位负责人, 审核人, 填报人, 联系电话, 填报日期', () => {
    const signed = l.cells.filter((c) => c.kind === 'signature').map((c) => String(c.value));
    for (const w of ['填报单位（盖章）', '单位负责人', '审核人', '填报人', '联系电话', '填报日期']) expect(signed.some((s) => s.startsWith(w)), w).toBe(true);
  });

  it('says the units its headers use on the 依据 line: 张 and 人, and % for the shares', () => {
    const basis = words(l.cells.find((c) => c.kind === 'basis')!);
    expect(basis.endsWith('单位：张、人、%')).toBe(true);
  });
});

describe('titles, sheet names and the 依据 line', () => {
  const titled = (id: string, county?: string) => {
    const t = buildTemplate(id, county === undefined ? {} : { county });
    return { zh: t.title.zh, en: t.title.en, sheet: t.sheet };
  };

  it('keep the document’s table title for the city’s form; a county’s own form puts the county for 县（市、区）, or names it after the title', () => {
    expect(titled('gz-beds')).toEqual({ zh: '赣州市县（市、区）新增改造养老床位分解表', en: 'Ganzhou: County breakdown of new and renovated elderly-care beds', sheet: '养老床位分解表' });
    expect(titled('gz-beds', '章贡区')).toEqual({ zh: '章贡区新增改造养老床位分解表（县级填报）', en: 'zhanggong: County breakdown of new and renovated elderly-care beds', sheet: '章贡区养老床位分解表' });
    expect(titled('fz-facilities').zh).toBe('抚州市养老服务设施建设任务分解表（2019-2021年）');
    expect(titled('fz-facilities', '临川区')).toMatchObject({ zh: '抚州市养老服务设施建设任务分解表（2019-2021年）（临川区填报）', sheet: '临川区养老服务设施任务分解表' });
  });

  it('end the city’s form with the city’s row as the document words it: 赣州 全市总计, 抚州 全市合计', () => {
    const last = (id: string) => words(layout(buildTemplate(id)).cells.filter((c) => c.c === 0 && c.row?.total).at(-1)!);
    expect([last('gz-beds'), last('fz-facilities')]).toEqual(['全市总计', '全市合计']);
  });

  it('cite the document by number, title and the table’s place in it (赣市府字〔2022〕94号, 二、发展目标（二）具体指标)', () => {
    const t = buildTemplate('gz-beds');
    expect(t.basis).toBe('赣市府字〔2022〕94号《赣州市“一老一小”整体解决方案》二、发展目标（二）具体指标 县（市、区）新增改造养老床位分解表');
    expect(t.basisEn).toBe('赣市府字〔2022〕94号 Ganzhou integrated plan for the elderly and young children, County breakdown of new and renovated elderly-care beds');
  });
});

describe('what each column measures, in the documents’ words', () => {
  it('赣州’s 新增改造任务 is the year’s own task (非累计); its 托位目标 a level to reach by the year’s end', () => {
    const beds = buildTemplate('gz-beds');
    const slots = buildTemplate('gz-slots');
    for (const y of [2021, 2023, 2025]) {
      expect(columnOf(beds, `${y}年新增改造任务（张）`).measureKind, `${y}`).toBe('task');
      expect(columnOf(slots, `${y}年托位目标（个）`).measureKind, `${y}`).toBe('level');
    }
  });

  it('抚州’s facilities “增至” are levels; its 新增 嵌入式养护院 and 床位 are each year’s own tasks', () => {
    const fz = buildTemplate('fz-facilities');
    for (const y of [2019, 2020, 2021]) {
      expect(columnOf(fz, `${y}年城市居家和社区养老服务设施增至（个）`).measureKind).toBe('level');
      expect(columnOf(fz, `${y}年具备助餐功能农村互助养老服务设施增至（个）`).measureKind).toBe('level');
      for (const h of ['新增嵌入式养护院任务（个）', '新增床位任务（张）', '新增护理型床位任务（张）']) expect(columnOf(fz, `${y}年${h}`).measureKind, h).toBe('task');
    }
  });

  it('a county’s own figure is measured as its target is: 实际新增 against the year’s task, 年末托位数 and 实有 against a level; the rest against none', () => {
    const kinds = (t: Template, y: number) => Object.fromEntries(t.tables[0]!.columns.filter((c) => c.year === y && c.role === 'input').map((c) => [c.header, c.measureKind ?? null]));
    expect(kinds(buildTemplate('gz-beds'), 2022)).toEqual({ '2022年实际新增改造（张）': 'task', '2022年末养老床位数（张）': null, '2022年末护理型床位数（张）': null, '2022年末老年人口（人）': null });
    expect(kinds(buildTemplate('gz-slots'), 2024)).toEqual({ '2024年末托位数（个）': 'level', '2024年末普惠性托位数（个）': null, '2024年末常住人口（人）': null });
    expect(kinds(buildTemplate('fz-facilities'), 2020)).toEqual({
      '2020年末城市居家和社区养老服务设施实有（个）': 'level',
      '2020年末具备助餐功能农村互助养老服务设施实有（个）': 'level',
      '2020年实际新增嵌入式养护院（个）': 'task',
      '2020年实际新增床位（张）': 'task',
      '2020年实际新增护理型床位（张）': 'task',
    });
  });

  it('only a target column answers to the document’s other names for its measure (新增、改造养老床位数任务 …)', () => {
    const named = buildTemplate('gz-beds').tables[0]!.columns.filter((c) => c.year === 2022 && c.aliases?.length).map((c) => c.header);
    expect(named).toEqual(['2022年新增改造任务（张）']);
  });

  it('groups the 2020 base columns under 基数, as the document’s table heads them', () => {
    const l = layout(buildTemplate('gz-beds'));
    const group = l.cells.find((c) => c.kind === 'group' && c.c === l.cells.find((x) => x.kind === 'header' && words(x) === '2020年养老床位总数（张）')!.c);
    expect(group?.value).toBe('基数');
  });

  it('finds a base column by its measure’s name without the year, as a county may head it (养老床位总数)', () => {
    const aliases = buildTemplate('gz-beds').tables[0]!.columns.filter((c) => c.role === 'given').map((c) => c.aliases);
    expect(aliases).toEqual([['养老床位总数'], ['每千名老人床位数']]);
  });

  it('knows a county by the other names the documents give it: the bed table’s 赣州开发区 is the slot table’s 赣州经开区', () => {
    const row = (id: string, name: string) => buildTemplate(id).tables[0]!.rows.find((r) => r.labels[0] === name)!;
    expect(row('gz-beds', '赣州开发区').aliases).toContain('赣州经开区');
    expect(row('gz-slots', '赣州经开区').aliases).toContain('赣州开发区');
    expect(row('gz-beds', '全市总计').aliases).toEqual(expect.arrayContaining(['全市', '合计', '总计']));
  });

  it('heads the 2020 base columns with their year and unit, as the document’s table does, a per-thousand figure with decimals', () => {
    const base = (id: string) => buildTemplate(id).tables[0]!.columns.filter((c) => c.role === 'given').map((c) => [c.header, c.format]);
    expect(base('gz-beds')).toEqual([
      ['2020年养老床位总数（张）', 'count'],
      ['2020年每千名老人床位数（张）', 'decimal'],
    ]);
    expect(base('fz-facilities')).toEqual([
      ['社区数（个）', 'count'],
      ['建制村数（个）', 'count'],
    ]);
  });

  it('names every column in English too (for English findings), each apart, a yearly one with its year', () => {
    for (const id of ['gz-beds', 'gz-slots', 'fz-facilities']) {
      const columns = buildTemplate(id).tables[0]!.columns;
      expect(new Set(columns.map((c) => c.headerEn)).size, id).toBe(columns.length);
      for (const c of columns) {
        expect(c.headerEn, c.header).toMatch(/^[A-Z0-9][\x20-\x7e]*[a-z]/u);
        if (c.year != null && c.role !== 'given') expect(c.headerEn, c.header).toContain(String(c.year));
      }
    }
  });

  it('each ratio a county works out is measured by the city’s plan indicator of the same name, where the city’s plan has one', () => {
    const indicators = (id: string) => Object.fromEntries(buildTemplate(id).tables[0]!.columns.filter((c) => c.year === 2021 && c.role === 'computed').map((c) => [c.header, c.indicator ?? null]));
    expect(indicators('gz-beds')).toEqual({ '2021年每千名老人床位数（张）': 'bedsPer1000Elderly', '2021年护理型床位占比': 'nursingBedShare' });
    expect(indicators('gz-slots')).toEqual({ '2021年每千人口托位数（个）': 'slotsPer1000People', '2021年普惠性托位占比': 'inclusiveSlotShare' });
    expect(Object.values(indicators('fz-facilities'))).toEqual(['urbanCommunityCareCoverage', 'ruralMutualAidCoverage']);
  });

  it('护理型 beds are part of the beds, 普惠性 slots part of the slots, of the same year', () => {
    const part = (t: Template, header: string) => t.tables[0]!.columns.find((c) => c.key === columnOf(t, header).partOf)?.header;
    expect(part(buildTemplate('gz-beds'), '2022年末护理型床位数（张）')).toBe('2022年末养老床位数（张）');
    expect(part(buildTemplate('gz-slots'), '2024年末普惠性托位数（个）')).toBe('2024年末托位数（个）');
    expect(part(buildTemplate('fz-facilities'), '2020年实际新增护理型床位（张）')).toBe('2020年实际新增床位（张）');
  });
});

describe('抚州市养老服务设施建设任务分解表', () => {
  it('leaves 社区数 blank where the document’s table is blank (市本级, 东临新区), never 0, and copies 临川区’s 70 and 345', () => {
    const l = layout(buildTemplate('fz-facilities'));
    expect(cellAt(l, '市本级', '社区数（个）').value).toBeNull();
    expect(cellAt(l, '东临新区', '社区数（个）').value).toBeNull();
    expect(cellAt(l, '临川区', '社区数（个）').value).toBe(70);
    expect(cellAt(l, '临川区', '建制村数（个）').value).toBe(345);
  });

  it('works out coverage over the county’s own 社区数 and 建制村数: 临川区 49 of 70 communities, 104 of 345 villages', async () => {
    const bytes = await templateBytes('fz-facilities', [
      { row: '临川区', header: '2019年末城市居家和社区养老服务设施实有（个）', value: 49 },
      { row: '临川区', header: '2019年末具备助餐功能农村互助养老服务设施实有（个）', value: 104 },
    ]);
    const l = layout(buildTemplate('fz-facilities'));
    const sheet = readWorkbook(bytes).sheets[0]!;
    const cached = (header: string) => {
      const c = cellAt(l, '临川区', header);
      return (sheet.rows[c.r]![c.c] as { cached: unknown }).cached;
    };
    expect(cached('2019年城市居家和社区养老服务设施覆盖率')).toBeCloseTo(49 / 70, 12);
    expect(cached('2019年农村互助养老服务设施覆盖率')).toBeCloseTo(104 / 345, 12);
  });
});

describe('a round’s forms', () => {
  it('are named county first, the table after it once: 于都县_养老床位分解表.xlsx', () => {
    const forms = countyForms('gz-beds')!;
    expect(forms.find((f) => f.template.county === '于都县')?.fileName).toBe('于都县_养老床位分解表.xlsx');
    expect(forms.find((f) => f.template.county === '章贡区')?.fileName).toBe('章贡区_养老床位分解表.xlsx');
    expect(countyForms('fz-facilities')!.find((f) => f.template.county === '临川区')?.fileName).toBe('临川区_养老服务设施任务分解表.xlsx');
  });

  it('come one a county, in the document’s order, without the city total; none for a sheet that has no county rows', () => {
    const forms = countyForms('gz-beds')!;
    expect(forms.map((f) => f.template.county).slice(0, 3)).toEqual(['章贡区', '赣县区', '南康区']);
    expect(forms.some((f) => f.template.county === '全市总计')).toBe(false);
    expect(countyForms('gz-indicators')).toBeUndefined();
  });
});
