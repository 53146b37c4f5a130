/**
 * The three budgets as an officer reads and prints them: each table's caption, its column headers
 * and its lines, typed out here in the documents' terms (赣市府字〔2022〕94号 四（三）: 新建、扩建、
 * 利用自有房产、租赁房屋改建 beds, 1–5 级 grades, 市、县 2：8; 赣市府发〔2023〕13号: 二到五级
 * awards and the 2023 service list's monthly allowances), and what a fresh sheet holds before
 * anything is typed.
 */
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { layout, type Layout } from '../../src/templates/layout';

type Shape = [caption: string, headers: string, lines: string][];
const shape = (id: string): Shape =>
  buildTemplate(id, { city: 'ganzhou' }).tables.map((t) => [t.caption ?? '', t.columns.map((c) => c.header).join(' / '), t.rows.map((r) => r.labels.filter(Boolean).join('·')).join(' / ')]);

/** A laid-out cell found as a reader finds it: its table, the first words of its row, its header. */
const cellOf = (l: Layout) => (table: string, row: string, header: string) =>
  l.cells.find((c) => c.table?.key === table && c.row?.labels[0] === row && c.column?.header === header)!;

describe('the budget forms', () => {
  it('养老服务补贴测算表: bed grants by how the beds were built, operating subsidy by grade, awards for the grades rated, and their total', () => {
    expect(buildTemplate('budget-eldercare').title).toEqual({ zh: '养老服务补贴测算表', en: 'Elderly-care subsidy budget (what-if)' });
    expect(shape('budget-eldercare')).toEqual([
      ['计算条件（公式均引用下列单元格）', '项目 / 取值', '城市 / 生效日期 / 省级每床补助额（元，鹰潭、吉安须填）'],
      ['一、护理型床位一次性建设补贴', '建设方式 / 核定护理型床位数（张） / 建设补贴（元）', '新建 / 扩建 / 自有房产 / 租赁改建 / 小计'],
      ['二、运营补贴（按实际收住失能老年人，按等级评定系数）', '等级评定 / 重度失能人数 / 部分失能人数 / 补贴月数 / 运营补贴（元）', '未评级 / 一级 / 二级 / 三级 / 四级 / 五级 / 小计'],
      ['三、等级评定奖补（新评定的民办养老机构）', '评定等级 / 新评定机构数（家） / 每家奖补（元） / 奖补合计（元）', '一级 / 二级 / 三级 / 四级 / 五级 / 小计'],
      ['四、合计', '项目 / 金额（元）', '护理型床位建设补贴 / 运营补贴 / 等级评定奖补 / 合计'],
    ]);
  });

  it('托育服务补助测算表: grants by how and where the slots were built, each split 市级 and 县级', () => {
    expect(buildTemplate('budget-childcare').title).toEqual({ zh: '托育服务补助测算表', en: 'Childcare grant budget (what-if)' });
    expect(shape('budget-childcare')).toEqual([
      ['计算条件（公式均引用下列单元格）', '项目 / 取值', '城市 / 生效日期'],
      ['一、普惠性托位一次性建设补助', '建设方式 / 城乡 / 新增托位数（个） / 建设补助合计（元） / 其中市级（元） / 其中县级（元）', '新建·城市 / 新建·农村 / 改扩建·城市 / 改扩建·农村 / 小计'],
      ['二、普惠性托育机构运营补贴', '项目 / 实际收托人月数 / 运营补贴合计（元） / 其中市级（元） / 其中县级（元）', '运营补贴'],
      ['三、合计', '项目 / 合计（元） / 其中市级（元） / 其中县级（元）', '建设补助 / 运营补贴 / 合计'],
    ]);
  });

  it('养老补贴发放测算表: the service list’s monthly allowances, persons × standard × months', () => {
    expect(buildTemplate('budget-allowances').title).toEqual({ zh: '养老补贴发放测算表', en: 'Elderly-care allowance budget (what-if)' });
    expect(shape('budget-allowances')[1]).toEqual([
      '一、按月发放的补贴（赣州市基本养老服务清单（2023年版））',
      '补贴项目 / 享受人数（人） / 每人每月标准（元） / 每月金额（元） / 发放月数 / 年度金额（元） / 说明',
      '高龄津贴 / 养老服务补贴 / 失能老年人护理补贴 / 困难残疾人生活补贴 / 重度残疾人护理补贴 / 独生子女死亡特别扶助金 / 独生子女伤残特别扶助金 / 重度失能居家养老服务支持 / 中度失能居家养老服务支持 / 合计',
    ]);
  });

  it('name each column in English as the checker’s English findings say it, and each figure’s measure as its findings do', () => {
    const named = (id: string) => buildTemplate(id, { city: 'ganzhou' }).tables.slice(1).map((t) => t.columns.map((c) => (c.measure ? `${c.headerEn} = ${c.measure}` : c.headerEn)).join(' / '));
    expect(named('budget-eldercare')).toEqual([
      'How built / Approved nursing-type beds = 护理型床位数 / Construction subsidy (yuan) = 建设补贴',
      'Rating grade / Severely disabled residents = 重度失能人数 / Partially disabled residents = 部分失能人数 / Months = 补贴月数 / Operating subsidy (yuan) = 运营补贴',
      'Grade / Newly rated institutions = 新评定机构数 / Award each (yuan) = 每家奖补 / Awards (yuan) = 奖补合计',
      'Item / Amount (yuan) = 金额',
    ]);
    expect(named('budget-childcare')).toEqual([
      'How built / Area / New slots = 新增托位数 / Total (yuan) = 建设补助合计 / City share (yuan) = 其中市级 / County share (yuan) = 其中县级',
      'Item / Children × months = 收托人月数 / Total (yuan) = 运营补贴合计 / City share (yuan) = 其中市级 / County share (yuan) = 其中县级',
      'Item / Total (yuan) = 合计 / City share (yuan) = 其中市级 / County share (yuan) = 其中县级',
    ]);
    expect(named('budget-allowances')).toEqual([
      'Allowance / Persons = 享受人数 / Per person per month (yuan) = 每人每月标准 / A month (yuan) = 每月金额 / Months = 发放月数 / The year (yuan) = 年度金额 / Note',
    ]);
    expect(buildTemplate('budget-eldercare').tables[0]!.columns.map((c) => c.headerEn)).toEqual(['Setting', 'Value']);
  });

  it('read their city, date and provincial amount from cells that accept only those, and say so in the guide and basis', () => {
    const settings = (id: string, city: string) => Object.fromEntries([...buildTemplate(id, { city, asOf: '2024-06-01' }).tables[0]!.cells].map(([k, c]) => [k, [c.measure, c.accepts, c.format]]));
    expect(settings('budget-eldercare', 'yingtan')).toEqual({
      'city|value': ['城市', 'city', 'text'], 'asOf|value': ['生效日期', 'date', 'date'], 'provincial|value': ['省级每床补助额', 'quantity', 'yuan'],
    });
    expect(settings('budget-allowances', 'ganzhou')).toEqual({ 'city|value': ['城市', 'city', 'text'], 'asOf|value': ['生效日期', 'date', 'date'] });
    const care = buildTemplate('budget-eldercare');
    expect([care.basis, care.basisEn]).toEqual(['各市政策文件，见各公式（=CARE.SOURCE("函数名") 可查条款）', 'each city\'s documents; =CARE.SOURCE("NAME") gives a function\'s clauses']);
    expect(care.guide).toBe('黄色为填报单元格，蓝色为 CARE 公式自动计算；改“城市”“生效日期”即按该市、该日有效的规定重算。');
    expect(buildTemplate('budget-allowances').guide).toMatch(/^黄色填人数和发放月数，蓝色为 CARE\.ALLOWANCE 计算；高龄津贴等区间按文件保证的最低额计。/u);
  });

  it('says on 高龄津贴’s line that 每人每月50-1000元不等 is counted at its lower end, and nothing on a line with one figure', () => {
    const t = buildTemplate('budget-allowances', { city: 'ganzhou', asOf: '2024-06-01' }).tables[1]!;
    expect(t.cells.get('oldAge|note')?.value).toMatch(/50–1000 元.*最低额 50 元/u);
    expect(t.cells.get('serviceSubsidy|note')?.value).toBeNull();
  });

  it('add up each table on its 小计 line, 补贴月数 left blank there, and carry each 小计 to its line of the 合计 table', () => {
    const l = layout(buildTemplate('budget-eldercare'));
    const cell = cellOf(l);
    const column = (table: string, header: string) => l.cells.filter((c) => c.table?.key === table && c.row !== undefined && c.row.labels[0] !== '小计' && c.column?.header === header).map((c) => c.address);
    const span = (addresses: string[]) => `SUM(${addresses[0]}:${addresses.at(-1)})`;
    expect(cell('beds', '小计', '核定护理型床位数（张）').formula).toBe(span(column('beds', '核定护理型床位数（张）')));
    expect(cell('ops', '小计', '重度失能人数').formula).toBe(span(column('ops', '重度失能人数')));
    expect(cell('ops', '小计', '补贴月数').value ?? null).toBeNull();
    expect(cell('ops', '小计', '补贴月数').formula).toBeUndefined();
    const parts: [string, string, string][] = [['护理型床位建设补贴', 'beds', '建设补贴（元）'], ['运营补贴', 'ops', '运营补贴（元）'], ['等级评定奖补', 'awards', '奖补合计（元）']];
    for (const [line, table, header] of parts) expect(cell('total', line, '金额（元）').formula, line).toBe(`SUM(${cell(table, '小计', header).address})`);
    expect(cell('total', '合计', '金额（元）').formula).toBe(span(parts.map(([line]) => cell('total', line, '金额（元）').address)));
  });

  it('carry the 托育 grants’ 小计 and the operating line to the 合计 table, 合计, 市级 and 县级 each to its own column', () => {
    const cell = cellOf(layout(buildTemplate('budget-childcare')));
    const shares = ['其中市级（元）', '其中县级（元）'];
    for (const [i, header] of ['合计（元）', ...shares].entries()) {
      expect(cell('total', '建设补助', header).formula).toBe(`SUM(${cell('grants', '小计', ['建设补助合计（元）', ...shares][i]!).address})`);
      expect(cell('total', '运营补贴', header).formula).toBe(`SUM(${cell('ops', '运营补贴', ['运营补贴合计（元）', ...shares][i]!).address})`);
    }
  });

  it('work out every line: each computed cell of a line holds its formula, each count starts at 0 and each month count at 12', () => {
    for (const id of ['budget-eldercare', 'budget-childcare', 'budget-allowances']) {
      const l = layout(buildTemplate(id));
      const lines = l.cells.filter((c) => c.row && c.table && !['settings', 'total'].includes(c.table.key) && !['小计', '合计'].includes(c.row.labels[0]!));
      expect(lines.length, id).toBeGreaterThan(10);
      for (const c of lines) {
        const where = `${id} ${c.address} ${c.row!.labels.join('·')} ${c.column!.header}`;
        if (c.kind === 'computed') expect(c.formula, where).toMatch(/^(CARE\.[A-Z]+\(|[A-Z]+\d+\*[A-Z]+\d+$)/u);
        if (c.kind === 'input') expect(c.value, where).toBe(/^(补贴|发放)月数$/u.test(c.column!.header) ? 12 : 0);
      }
    }
  });

  it('start at nothing to pay: every count 0, and an allowance paid for the 12 months of a year', () => {
    const typed = (id: string, table: string, col: string) => {
      const t = buildTemplate(id).tables.find((x) => x.key === table)!;
      return t.rows.filter((r) => r.key !== 'sub' && r.key !== 'total').map((r) => t.cells.get(`${r.key}|${col}`)?.value);
    };
    expect(new Set(typed('budget-eldercare', 'awards', 'homes'))).toEqual(new Set([0]));
    expect(typed('budget-childcare', 'ops', 'childMonths')).toEqual([0]);
    expect(new Set(typed('budget-allowances', 'allowances', 'persons'))).toEqual(new Set([0]));
    expect(new Set(typed('budget-allowances', 'allowances', 'months'))).toEqual(new Set([12]));
  });
});
