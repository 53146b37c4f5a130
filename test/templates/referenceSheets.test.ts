/**
 * The two sheets a city reads rather than fills, row by row against the documents' own lines:
 * - a plan indicator sheet: 鹰府字〔2022〕20号 表1 line 1 reads `基本养老保险参保率 % 96.89 ≥95.5 约束性
 *   市人社局` (seeds/sources/001…, line 66); 抚办发〔2020〕4号 一、总体要求 sets 新增有效供给床位
 *   6000张以上 for 2021 with no base, attribute or lead department;
 * - 赣州's service list (赣市府发〔2023〕13号 附件, seeds/sources/002…, from line 95): 30 items, item 4
 *   `物质帮助 高龄津贴 80周岁及以上老年人 每人每月50-1000元不等 市民政局`, item 13 marked `*` as the
 *   city's own addition, and item 6's 护理补贴 for 特困 elders as 80% and 20% of the minimum wage.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { layout, type Layout } from '../../src/templates/layout';

const isRow = (labels: string[]) => (c: Layout['cells'][number]): boolean =>
  c.row !== undefined && c.row.labels.length === labels.length && labels.every((x, i) => c.row!.labels[i] === x);

/** What a row shows under each header, line breaks the layout adds for the column's width taken out. */
function rowOf(l: Layout, labels: string[]): Record<string, unknown> {
  const cells = l.cells.filter(isRow(labels));
  if (cells.length === 0) throw new Error(`no row ${labels.join(' / ')}`);
  return Object.fromEntries(cells.map((c) => [c.column!.header, typeof c.value === 'string' ? c.value.replace(/\n/gu, '') : c.value]));
}

const contentOf = (l: Layout, labels: string[], header: string) =>
  l.cells.find((c) => isRow(labels)(c) && c.column?.header === header)?.content;

const captions = (l: Layout): string[] => l.cells.filter((c) => !c.row && typeof c.value === 'string').map((c) => String(c.value));

describe('a plan indicator sheet names its city and the documents it rests on', () => {
  it('赣州’s rests on both its documents (the plan and the service list), in Chinese and English; 鹰潭’s on its one', () => {
    const gz = buildTemplate('gz-indicators');
    expect([gz.title.zh, gz.title.en, gz.sheet]).toEqual(['赣州市“一老一小”规划指标填报表', 'Ganzhou: plan indicators', '赣州规划指标']);
    expect([gz.basis, gz.basisEn]).toEqual(['赣市府字〔2022〕94号、赣市府发〔2023〕13号', '赣市府字〔2022〕94号, 赣市府发〔2023〕13号']);
    const yt = buildTemplate('yt-indicators');
    expect([yt.title.zh, yt.sheet, yt.basis]).toEqual(['鹰潭市“一老一小”规划指标填报表', '鹰潭规划指标', '鹰府字〔2022〕20号']);
  });

  it('tells the filler what is locked and how a ratio is typed', () => {
    expect(buildTemplate('fz-indicators').guide).toBe('灰色为规划原文（已锁定），黄色“实际值”为填报单元格：比例填小数或百分比（如 0.6 或 60%）。');
  });
});

describe('a plan indicator sheet, as the plan’s table lists its indicators', () => {
  let yt: Layout;
  let fz: Layout;
  beforeEach(() => {
    yt = layout(buildTemplate('yt-indicators'));
    fz = layout(buildTemplate('fz-indicators'));
  });

  it('鹰潭 基本养老保险参保率: unit, base of 2020, ≥, target, 约束性, lead department and table', () => {
    expect(rowOf(yt, ['基本养老保险参保率', '2025'])).toEqual({
      指标: '基本养老保险参保率', 目标年份: '2025', 单位: '%', 基数年份: 2020, 基数: 0.9689, 比较: '≥', 目标值: 0.955,
      属性: '约束性', 牵头部门: '市人社局', 实际值: null, 是否达到: null, 所在表格或章节: '表1鹰潭市“一老一小”整体解决方案重要指标（养老）',
    });
  });

  it('its base, target and actual cells are read as shares of 2020 and 2025, the target with its clause and attribute', () => {
    const row = ['基本养老保险参保率', '2025'];
    expect(contentOf(yt, row, '基数')).toMatchObject({ measure: '基本养老保险参保率', format: 'share', year: 2020, value: 0.9689 });
    expect(contentOf(yt, row, '目标值')).toMatchObject({
      measure: '基本养老保险参保率', format: 'share', year: 2025, value: 0.955, comparator: '>=', attribute: 'binding',
      source: { document: '鹰府字〔2022〕20号', quote: expect.stringContaining('96.89 ≥95.5 约束性 市人社局') },
    });
    expect(contentOf(yt, row, '实际值')).toMatchObject({ measure: '基本养老保险参保率', format: 'share', year: 2025, accepts: 'share' });
  });

  it('抚州 新增有效供给床位: what the document leaves out stays blank, and the target carries no attribute', () => {
    expect(rowOf(fz, ['新增有效供给床位', '2021'])).toMatchObject({
      单位: '张', 基数年份: null, 基数: null, 比较: '≥', 目标值: 6000, 属性: null, 牵头部门: null, 所在表格或章节: '一、总体要求',
    });
    expect(contentOf(fz, ['新增有效供给床位', '2021'], '目标值')).not.toHaveProperty('attribute');
    expect(contentOf(fz, ['新增有效供给床位', '2021'], '基数')).toMatchObject({ measure: '新增有效供给床位', format: 'count', year: null, value: null });
  });
});

describe('赣州’s basic elderly-care service list', () => {
  let l: Layout;
  beforeEach(() => {
    l = layout(buildTemplate('gz-services', { asOf: '2024-06-01' }));
  });

  it('is titled and sourced as the appendix, in Chinese and English, and says it is the original text, locked', () => {
    expect(captions(l)).toEqual(expect.arrayContaining([
      '赣州市基本养老服务清单（2023年版）',
      '依据：赣市府发〔2023〕13号 附件',
      'Ganzhou basic elderly-care service list (2023 edition)\u3000Source: 赣市府发〔2023〕13号, appendix',
    ]));
    expect(captions(l).some((x) => x.startsWith('清单原文，已锁定供查阅和打印'))).toBe(true);
  });

  it('lists the 30 items and says that “*” marks the city’s own', () => {
    expect(captions(l)).toContain('一、服务清单（30 项；“*”为本市在江西省清单基础上增加的项目）');
    expect(captions(l)).toContain('二、清单中的金额标准（2024-06-01 有效的规定，数字取自参数，条款见“依据”）');
  });

  it('item 4 as the appendix writes it, item 13 marked as added', () => {
    expect(rowOf(l, ['4', '高龄津贴'])).toEqual({
      序号: '4', 服务类型: '物质帮助', 服务项目: '高龄津贴', 市增项目: null, 服务对象: '80周岁及以上老年人',
      服务内容及标准: '每人每月50-1000元不等', 牵头责任单位: '市民政局',
    });
    expect(rowOf(l, ['13', '公租房优先摇取轮候资格'])).toMatchObject({ 市增项目: '*', 服务类型: '物质帮助' });
  });

  it('高龄津贴 50 to 1000 元/人/月, its upper end said as the figure’s 上限, with the clause', () => {
    const row = ['4', '高龄津贴', '80周岁及以上老年人'];
    expect(rowOf(l, row)).toMatchObject({
      标准: 50, 上限: 1000, 计量: '元/人/月', 说明: '高龄津贴', 依据: '赣市府发〔2023〕13号 附件 赣州市基本养老服务清单（2023年版）第4项（参数 allowance.oldAge）',
    });
    expect(contentOf(l, row, '标准')).toMatchObject({ measure: '80周岁及以上老年人', format: 'yuan', source: { document: '赣市府发〔2023〕13号' } });
    expect(contentOf(l, row, '上限')).toMatchObject({ measure: '80周岁及以上老年人（上限）', format: 'yuan', value: 1000 });
  });

  it('特困 elders’ care as 80% and 20% of the minimum wage, with no upper end', () => {
    expect(rowOf(l, ['6', '经济困难的失能老年人护理补贴', '特困人员中失能老年人'])).toMatchObject({ 标准: 0.8, 上限: null, 计量: '比例' });
    expect(rowOf(l, ['6', '经济困难的失能老年人护理补贴', '特困人员中部分失能老年人'])).toMatchObject({ 标准: 0.2, 上限: null, 计量: '比例' });
  });

  it('before the list is in force, each amount row says from when and leaves its figure blank', () => {
    const early = layout(buildTemplate('gz-services', { asOf: '2022-01-01' }));
    expect(rowOf(early, ['4', '高龄津贴', '80周岁及以上老年人'])).toMatchObject({
      标准: null, 上限: null, 计量: null, 说明: null, 依据: '2022-01-01 时赣州尚无高龄津贴的规定；最早自 2023-12-13起（赣市府发〔2023〕13号）。',
    });
  });
});
