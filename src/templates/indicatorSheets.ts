/**
 * A city's plan indicators as one sheet: a row for each dated target, with its base, comparator,
 * attribute and lead department as the document gives them, and a column for the actual figure.
 */
import type { City } from '../rules/core/enums';
import { cityName } from '../rules/data/registry';
import type { Comparator, IndicatorUnit } from '../rules/data/schema';
import { indicatorSource, indicatorsOf } from '../rules/plans/indicators';
import { cellKey, type Accepts, type Column, type Content, type Format, type Row, type Template } from './model';

export const INDICATOR_SHEETS: readonly { id: string; city: City }[] = [
  { id: 'gz-indicators', city: 'ganzhou' },
  { id: 'yt-indicators', city: 'yingtan' },
  { id: 'ja-indicators', city: 'jian' },
  { id: 'fz-indicators', city: 'fuzhou' },
];

export const COMPARATOR_SIGN: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };
export const ATTRIBUTE_WORD = { binding: '约束性', expected: '预期性' } as const;

const FORMAT: Record<IndicatorUnit, Format> = {
  share: 'share',
  per_mille: 'decimal',
  per_1000: 'decimal',
  count: 'count',
  years: 'decimal',
  '100m_yuan': 'decimal',
  text: 'text',
};
const ACCEPTS: Record<IndicatorUnit, Accepts> = {
  share: 'share',
  per_mille: 'quantity',
  per_1000: 'quantity',
  count: 'count',
  years: 'quantity',
  '100m_yuan': 'quantity',
  text: 'text',
};

const COLUMNS: Column[] = [
  { key: 'indicator', header: '指标', headerEn: 'Indicator', role: 'key', width: 24 },
  { key: 'year', header: '目标年份', headerEn: 'Target year', role: 'key', width: 8 },
  { key: 'unit', header: '单位', headerEn: 'Unit', role: 'label', width: 10 },
  { key: 'baseYear', header: '基数年份', headerEn: 'Base year', role: 'label', width: 8 },
  { key: 'base', header: '基数', headerEn: 'Base', role: 'given', width: 10 },
  { key: 'comparator', header: '比较', headerEn: 'Comparator', role: 'label', width: 6 },
  { key: 'target', header: '目标值', headerEn: 'Target', role: 'target', width: 10 },
  { key: 'attribute', header: '属性', headerEn: 'Attribute', role: 'label', width: 8 },
  { key: 'lead', header: '牵头部门', headerEn: 'Lead department', role: 'label', width: 12 },
  { key: 'actual', header: '实际值', headerEn: 'Actual', role: 'input', width: 10 },
  { key: 'meets', header: '是否达到', headerEn: 'Met?', role: 'computed', width: 8 },
  { key: 'table', header: '所在表格或章节', headerEn: 'Table or section', role: 'label', width: 16 },
];

export function indicatorTemplate(id: string, city: City): Template {
  const rows: Row[] = [];
  const cells = new Map<string, Content>();
  const docs = new Set<string>();
  for (const plan of indicatorsOf(city)) {
    const ind = plan.indicator;
    for (const t of plan.targets) {
      docs.add(t.doc.number);
      const key = `${ind.id}.${t.year}`;
      rows.push({ key, labels: [ind.name, String(t.year)], county: null });
      const meaning = { measure: ind.name, format: FORMAT[ind.unit] };
      const set = (col: string, c: Content): void => void cells.set(cellKey(key, col), c);
      set('unit', { value: ind.unitLabel.zh });
      set('baseYear', { value: ind.base?.year ?? null });
      set('base', { ...meaning, year: ind.base?.year ?? null, value: ind.base?.value ?? null });
      set('comparator', { value: t.comparator ? COMPARATOR_SIGN[t.comparator] : null });
      set('target', {
        ...meaning,
        year: t.year,
        value: t.value,
        comparator: t.comparator ?? null,
        source: indicatorSource(plan, t),
        ...(ind.attribute ? { attribute: ind.attribute } : {}),
      });
      set('attribute', { value: ind.attribute ? ATTRIBUTE_WORD[ind.attribute] : null });
      set('lead', { value: ind.lead ?? null });
      set('actual', { ...meaning, year: t.year, accepts: ACCEPTS[ind.unit] });
      set('meets', {
        formula: { kind: 'meets', actual: { table: 'main', row: key, col: 'actual' }, target: { table: 'main', row: key, col: 'target' }, comparator: t.comparator ?? null },
      });
      set('table', { value: ind.table });
    }
  }
  const name = cityName(city);
  return {
    id,
    kind: 'indicators',
    city,
    county: null,
    countyId: null,
    title: { zh: `${name.zh}市“一老一小”规划指标填报表`, en: `${name.en}: plan indicators` },
    sheet: `${name.zh}规划指标`,
    basis: [...docs].join('、'),
    basisEn: [...docs].join(', '),
    guide: '灰色为规划原文（已锁定），黄色“实际值”为填报单元格：比例填小数或百分比（如 0.6 或 60%）。',
    tables: [{ key: 'main', columns: COLUMNS, rows, cells }],
    frozenCols: 2,
  };
}
