/**
 * The three budgets as an officer reads and prints them: each table's caption, its column headers
 * and its lines, typed out here in the documents' terms (赣市府字〔2022〕94号 四（三）: 新建、扩建、
 * 利用自有房产、租赁房屋改建 beds, 1–5 级 grades, 市、县 2：8; 赣市府发〔2023〕13号: 二到五级
 * awards and the 2023 service list's monthly allowances), and what a fresh sheet holds before
 * anything is typed.
 */
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';

type Shape = [caption: string, headers: string, lines: string][];
const shape = (id: string): Shape =>
  buildTemplate(id, { city: 'ganzhou' }).tables.map((t) => [t.caption ?? '', t.columns.map((c) => c.header).join(' / '), t.rows.map((r) => r.labels.filter(Boolean).join('·')).join(' / ')]);

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
