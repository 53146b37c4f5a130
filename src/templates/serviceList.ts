/**
 * 赣州市基本养老服务清单（2023年版） as a printable reference sheet: the thirty items as the document
 * writes them, then every amount the items set, read from the parameters in force on the sheet's
 * date, each with its clause. Nothing is entered, so nothing but a retyped amount is checked.
 */
import type { IsoDay } from '../rules/core/dates';
import { isRuleError } from '../rules/core/errors';
import { rangeOf, resolve, sourceOf, tableValue, valueOf, type ResolvedParameter } from '../rules/data/registry';
import type { SeedDocument, ServiceAmount } from '../rules/data/schema';
import { SEEDS } from '../rules/data/seeds';
import { cellKey, type Column, type Content, type Row, type Table, type Template } from './model';
import { UNIT } from './units';

export const SERVICE_LIST_ID = 'gz-services';

const col = (key: string, header: string, headerEn: string, role: Column['role'], width: number, extra: Partial<Column> = {}): Column => ({ key, header, headerEn, role, width, ...extra });

const ITEM_COLUMNS: Column[] = [
  col('no', '序号', 'No.', 'key', 5),
  col('type', '服务类型', 'Type', 'label', 8),
  col('item', '服务项目', 'Service', 'key', 16),
  col('added', '市增项目', 'Added by the city', 'label', 6),
  col('target', '服务对象', 'Who it is for', 'label', 30),
  col('content', '服务内容及标准', 'Content and standard', 'label', 46),
  col('lead', '牵头责任单位', 'Lead unit', 'label', 12),
];

const AMOUNT_COLUMNS: Column[] = [
  col('no', '序号', 'No.', 'key', 5),
  col('item', '服务项目', 'Service', 'key', 16),
  col('who', '对象或档次', 'For whom', 'key', 22),
  col('value', '标准', 'Figure', 'given', 10),
  col('max', '上限', 'Upper end', 'given', 8),
  col('unit', '计量', 'Unit', 'label', 8),
  col('what', '说明', 'What it is', 'label', 30),
  col('basis', '依据', 'Clause', 'label', 34),
];

/** The city's document that carries a service list, and the list. */
export function serviceListSeed(): SeedDocument & { serviceList: NonNullable<SeedDocument['serviceList']> } {
  const seed = SEEDS.find((s) => s.serviceList);
  if (!seed?.serviceList) throw new Error('no seed carries a service list');
  return seed as SeedDocument & { serviceList: NonNullable<SeedDocument['serviceList']> };
}

/** An amount's figure, and the upper end of a span. */
function figure(entry: ResolvedParameter, a: ServiceAmount): { value: number; max: number | null } {
  if (entry.param.kind === 'range') {
    const { min, max } = rangeOf(entry);
    return { value: min, max };
  }
  return { value: a.key === undefined ? valueOf(entry) : tableValue(entry, a.key, () => ({ zh: a.label, en: a.label })), max: null };
}

function amountRow(set: (row: string, col: string, c: Content) => void, key: string, a: ServiceAmount, city: SeedDocument['document']['city'], asOf: IsoDay): void {
  let entry: ResolvedParameter;
  try {
    entry = resolve(city, a.parameter, asOf);
  } catch (e) {
    // Not yet in force on the sheet's date: the row stands with no figure and says from when.
    if (!isRuleError(e)) throw e;
    set(key, 'basis', { value: e.zh });
    return;
  }
  const { value, max } = figure(entry, a);
  const unit = entry.param.kind === 'clause' || entry.param.kind === 'reference' ? undefined : UNIT[entry.param.unit];
  const meaning = { measure: a.label, ...(unit ? { format: unit.format } : {}), source: sourceOf(entry) };
  set(key, 'value', { ...meaning, value });
  set(key, 'max', { ...meaning, measure: `${a.label}（上限）`, value: max });
  set(key, 'unit', { value: unit?.word ?? null });
  set(key, 'what', { value: entry.param.label.zh });
  set(key, 'basis', { value: `${entry.doc.number} ${entry.param.citation.section}（参数 ${entry.param.id}）` });
}

export function serviceListTemplate(asOf: IsoDay): Template {
  const seed = serviceListSeed();
  const list = seed.serviceList;
  const items = new Map<string, Content>();
  const itemRows: Row[] = list.items.map((it) => {
    const key = String(it.no);
    const set = (c: string, value: string | null): void => void items.set(cellKey(key, c), { value });
    set('type', it.type);
    set('added', it.added ? '*' : null);
    set('target', it.target);
    set('content', it.content);
    set('lead', it.lead.join('、'));
    return { key, labels: [key, it.item], county: null };
  });
  const amounts = new Map<string, Content>();
  const amountRows: Row[] = [];
  for (const it of list.items) {
    (it.amounts ?? []).forEach((a, i) => {
      const key = `${it.no}.${i + 1}`;
      amountRows.push({ key, labels: [String(it.no), it.item, a.label], county: null });
      amountRow((row, c, content) => void amounts.set(cellKey(row, c), content), key, a, seed.document.city, asOf);
    });
  }
  const tables: Table[] = [
    { key: 'items', caption: `一、服务清单（${list.items.length} 项；“*”为本市在江西省清单基础上增加的项目）`, columns: ITEM_COLUMNS, rows: itemRows, cells: items },
    { key: 'amounts', caption: `二、清单中的金额标准（${asOf} 有效的规定，数字取自参数，条款见“依据”）`, columns: AMOUNT_COLUMNS, rows: amountRows, cells: amounts },
  ];
  return {
    id: SERVICE_LIST_ID,
    kind: 'reference',
    city: seed.document.city,
    county: null,
    countyId: null,
    title: { zh: list.title, en: list.titleEn },
    sheet: '赣州基本养老服务清单',
    basis: `${seed.document.number} 附件`,
    basisEn: `${seed.document.number}, appendix`,
    guide: '清单原文，已锁定供查阅和打印；第二部分的金额按生效日期有效的规定取自数据，区间列出上下限，“不低于”为最低额。',
    tables,
    frozenCols: 0,
  };
}
