/**
 * The parts every what-if budget sheet is made of: the settings table whose city and as-of date every
 * CARE formula reads, columns of counts and amounts, subtotal rows, and the sheet around them.
 */
import { CITY, type City } from '../rules/core/enums';
import { serialOf, type IsoDay } from '../rules/core/dates';
import { cellKey, type CellRef, type Column, type Content, type Formula, type Row, type Table, type Template } from './model';

/** A year of a monthly subsidy or allowance is twelve monthly payments. */
export const MONTHS_PER_YEAR = 12;

export const SUBTOTAL = '小计';
export const TOTAL = '合计';

export const at = (table: string, row: string, col: string): CellRef => ({ table, row, col });
export const CITY_CELL = at('settings', 'city', 'value');
export const AS_OF_CELL = at('settings', 'asOf', 'value');

export const key = (k: string, header: string, headerEn: string, width = 14): Column => ({ key: k, header, headerEn, role: 'key', width });
export const input = (k: string, header: string, headerEn: string, measure: string, width = 12): Column => ({
  key: k,
  header,
  headerEn,
  role: 'input',
  measure,
  format: 'count',
  accepts: 'count',
  width,
});
export const computed = (k: string, header: string, headerEn: string, width = 16): Column => ({ key: k, header, headerEn, role: 'computed', measure: header.replace(/（元）$/u, ''), format: 'yuan', width });

export function table(k: string, caption: string, columns: Column[], rows: Row[], fill: (set: (row: string, col: string, c: Content) => void) => void): Table {
  const cells = new Map<string, Content>();
  fill((row, col, c) => cells.set(cellKey(row, col), c));
  return { key: k, caption, columns, rows, cells };
}

export const line = (k: string, ...labels: string[]): Row => ({ key: k, labels, county: null });
export const sumDown = (t: string, rows: readonly Row[], col: string): Formula => ({ kind: 'sum', refs: rows.map((r) => at(t, r.key, col)) });

export function settings(city: City, asOf: IsoDay, withProvincial: boolean): Table {
  const rows = [line('city', '城市'), line('asOf', '生效日期'), ...(withProvincial ? [line('provincial', '省级每床补助额（元，鹰潭、吉安须填）')] : [])];
  return table('settings', '计算条件（公式均引用下列单元格）', [key('item', '项目', 'Setting', 30), { key: 'value', header: '取值', headerEn: 'Value', role: 'input', width: 14 }], rows, (set) => {
    set('city', 'value', { value: CITY.options[city].zh, accepts: 'city', format: 'text', measure: '城市' });
    set('asOf', 'value', { value: serialOf(asOf), accepts: 'date', format: 'date', measure: '生效日期' });
    if (withProvincial) set('provincial', 'value', { value: null, accepts: 'quantity', format: 'yuan', measure: '省级每床补助额' });
  });
}

const GUIDE = '黄色为填报单元格，蓝色为 CARE 公式自动计算；改“城市”“生效日期”即按该市、该日有效的规定重算。';

export function budget(id: string, title: { zh: string; en: string }, tables: Table[], guide = GUIDE): Template {
  return {
    id,
    kind: 'budget',
    city: null,
    county: null,
    countyId: null,
    title,
    sheet: title.zh,
    basis: '各市政策文件，见各公式（=CARE.SOURCE("函数名") 可查条款）',
    basisEn: "each city's documents; =CARE.SOURCE(\"NAME\") gives a function's clauses",
    guide,
    tables,
    frozenCols: 0,
  };
}
