/**
 * What-if budget sheets on CARE.* formulas. The city and the as-of date sit in visible cells that
 * every formula reads, so changing the city re-prices the whole sheet by that city's documents.
 */
import { AREA, BED_BUILD_TYPE, FUNDING_PART, SLOT_BUILD_TYPE, type City } from '../rules/core/enums';
import type { IsoDay } from '../rules/core/dates';
import { AS_OF_CELL, CITY_CELL, MONTHS_PER_YEAR, SUBTOTAL, TOTAL, at, budget, computed, input, key, line, settings, sumDown, table } from './budgetParts';
import type { CellRef, Column, Table, Template } from './model';

const GRADES = ['未评级', '一级', '二级', '三级', '四级', '五级'];

const PROVINCIAL_CELL = at('settings', 'provincial', 'value');

function totals(caption: string, parts: readonly { row: string; label: string; refs: CellRef[] }[], cols: readonly Column[]): Table {
  const rows = [...parts.map((p) => line(p.row, p.label)), line('total', TOTAL)];
  return table('total', caption, [key('item', '项目', 'Item', 30), ...cols], rows, (set) => {
    parts.forEach((p) => p.refs.forEach((ref, i) => set(p.row, cols[i]!.key, { formula: { kind: 'sum', refs: [ref] } })));
    for (const c of cols) set('total', c.key, { formula: sumDown('total', rows.slice(0, -1), c.key) });
  });
}

export function eldercareBudget(city: City, asOf: IsoDay): Template {
  const buildRows = [...Object.values(BED_BUILD_TYPE.options).map((o, i) => line(`b${i}`, o.zh)), line('sub', SUBTOTAL)];
  const beds = table(
    'beds',
    '一、护理型床位一次性建设补贴',
    [key('buildType', '建设方式', 'How built'), input('beds', '核定护理型床位数（张）', 'Approved nursing-type beds', '护理型床位数'), computed('amount', '建设补贴（元）', 'Construction subsidy (yuan)')],
    buildRows,
    (set) => {
      for (const r of buildRows.slice(0, -1)) {
        set(r.key, 'beds', { value: 0 });
        set(r.key, 'amount', { formula: { kind: 'care', fn: 'BEDSUBSIDY', args: [CITY_CELL, at('beds', r.key, 'beds'), at('beds', r.key, 'buildType'), PROVINCIAL_CELL, AS_OF_CELL] } });
      }
      set('sub', 'beds', { formula: sumDown('beds', buildRows.slice(0, -1), 'beds') });
      set('sub', 'amount', { formula: sumDown('beds', buildRows.slice(0, -1), 'amount') });
    },
  );
  const gradeRows = [...GRADES.map((g, i) => line(`g${i}`, g)), line('sub', SUBTOTAL)];
  const ops = table(
    'ops',
    '二、运营补贴（按实际收住失能老年人，按等级评定系数）',
    [
      key('grade', '等级评定', 'Rating grade'),
      input('severe', '重度失能人数', 'Severely disabled residents', '重度失能人数'),
      input('partial', '部分失能人数', 'Partially disabled residents', '部分失能人数'),
      input('months', '补贴月数', 'Months', '补贴月数', 10),
      computed('amount', '运营补贴（元）', 'Operating subsidy (yuan)'),
    ],
    gradeRows,
    (set) => {
      for (const r of gradeRows.slice(0, -1)) {
        set(r.key, 'severe', { value: 0 });
        set(r.key, 'partial', { value: 0 });
        set(r.key, 'months', { value: MONTHS_PER_YEAR });
        const cell = (col: string) => at('ops', r.key, col);
        set(r.key, 'amount', { formula: { kind: 'care', fn: 'OPSUBSIDY', args: [CITY_CELL, cell('severe'), cell('partial'), cell('grade'), cell('months'), AS_OF_CELL] } });
      }
      for (const col of ['severe', 'partial', 'amount']) set('sub', col, { formula: sumDown('ops', gradeRows.slice(0, -1), col) });
    },
  );
  const awardRows = [...GRADES.slice(1).map((g, i) => line(`a${i + 1}`, g)), line('sub', SUBTOTAL)];
  const awards = table(
    'awards',
    '三、等级评定奖补（新评定的民办养老机构）',
    [
      key('grade', '评定等级', 'Grade'),
      input('homes', '新评定机构数（家）', 'Newly rated institutions', '新评定机构数'),
      computed('each', '每家奖补（元）', 'Award each (yuan)'),
      computed('amount', '奖补合计（元）', 'Awards (yuan)'),
    ],
    awardRows,
    (set) => {
      for (const r of awardRows.slice(0, -1)) {
        set(r.key, 'homes', { value: 0 });
        set(r.key, 'each', { formula: { kind: 'care', fn: 'RATINGAWARD', args: [CITY_CELL, at('awards', r.key, 'grade'), null, AS_OF_CELL] } });
        set(r.key, 'amount', { formula: { kind: 'product', a: at('awards', r.key, 'homes'), b: at('awards', r.key, 'each') } });
      }
      set('sub', 'amount', { formula: sumDown('awards', awardRows.slice(0, -1), 'amount') });
    },
  );
  const total = totals(
    '四、合计',
    [
      { row: 'beds', label: '护理型床位建设补贴', refs: [at('beds', 'sub', 'amount')] },
      { row: 'ops', label: '运营补贴', refs: [at('ops', 'sub', 'amount')] },
      { row: 'awards', label: '等级评定奖补', refs: [at('awards', 'sub', 'amount')] },
    ],
    [computed('amount', '金额（元）', 'Amount (yuan)')],
  );
  return budget('budget-eldercare', { zh: '养老服务补贴测算表', en: 'Elderly-care subsidy budget (what-if)' }, [settings(city, asOf, true), beds, ops, awards, total]);
}

export function childcareBudget(city: City, asOf: IsoDay): Template {
  const parts = Object.values(FUNDING_PART.options).map((o) => o.zh);
  const WHAT: Record<string, string> = { g: '建设补助', o: '运营补贴', t: '' };
  const partCols = (prefix: 'g' | 'o' | 't'): Column[] => [
    computed(`${prefix}0`, `${WHAT[prefix]}合计（元）`, 'Total (yuan)'),
    computed(`${prefix}1`, '其中市级（元）', 'City share (yuan)', 14),
    computed(`${prefix}2`, '其中县级（元）', 'County share (yuan)', 14),
  ];
  const combos = Object.values(SLOT_BUILD_TYPE.options).flatMap((b) => Object.values(AREA.options).map((a) => [b.zh, a.zh] as const));
  const grantRows = [...combos.map(([b, a], i) => line(`c${i}`, b, a)), line('sub', SUBTOTAL, '')];
  const grants = table(
    'grants',
    '一、普惠性托位一次性建设补助',
    [key('buildType', '建设方式', 'How built', 10), key('area', '城乡', 'Area', 8), input('slots', '新增托位数（个）', 'New slots', '新增托位数'), ...partCols('g')],
    grantRows,
    (set) => {
      for (const r of grantRows.slice(0, -1)) {
        set(r.key, 'slots', { value: 0 });
        parts.forEach((part, i) =>
          set(r.key, `g${i}`, { formula: { kind: 'care', fn: 'SLOTGRANT', args: [CITY_CELL, at('grants', r.key, 'slots'), at('grants', r.key, 'buildType'), at('grants', r.key, 'area'), part, AS_OF_CELL] } }),
        );
      }
      for (const col of ['slots', 'g0', 'g1', 'g2']) set('sub', col, { formula: sumDown('grants', grantRows.slice(0, -1), col) });
    },
  );
  const ops = table(
    'ops',
    '二、普惠性托育机构运营补贴',
    [key('item', '项目', 'Item', 24), input('childMonths', '实际收托人月数', 'Children × months', '收托人月数'), ...partCols('o')],
    [line('ops', '运营补贴')],
    (set) => {
      set('ops', 'childMonths', { value: 0 });
      parts.forEach((part, i) => set('ops', `o${i}`, { formula: { kind: 'care', fn: 'SLOTOPS', args: [CITY_CELL, at('ops', 'ops', 'childMonths'), part, AS_OF_CELL] } }));
    },
  );
  const cols = partCols('t');
  const total = totals(
    '三、合计',
    [
      { row: 'grants', label: '建设补助', refs: ['g0', 'g1', 'g2'].map((c) => at('grants', 'sub', c)) },
      { row: 'ops', label: '运营补贴', refs: ['o0', 'o1', 'o2'].map((c) => at('ops', 'ops', c)) },
    ],
    cols,
  );
  return budget('budget-childcare', { zh: '托育服务补助测算表', en: 'Childcare grant budget (what-if)' }, [settings(city, asOf, false), grants, ops, total]);
}
