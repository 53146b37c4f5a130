/**
 * A what-if budget on the allowances of the basic elderly-care service list: for each item the
 * number of people, and CARE.ALLOWANCE gives the standard per person, the month's and the year's
 * cost. The city and the as-of date are cells every formula reads, as in the other budgets.
 */
import type { IsoDay } from '../rules/core/dates';
import { ALLOWANCE_ITEM, type City } from '../rules/core/enums';
import { isRuleError } from '../rules/core/errors';
import { allowance } from '../rules/subsidies/allowance';
import { AS_OF_CELL, CITY_CELL, MONTHS_PER_YEAR, TOTAL, at, budget, computed, input, key, line, settings, sumDown, table } from './budgetParts';
import type { Column, Template } from './model';
import { serviceListSeed } from './serviceList';

export const ALLOWANCE_BUDGET_ID = 'budget-allowances';

const T = 'allowances';

/** The rule's own note on an item for the sheet's city and date (a span: the minimum it counts). */
function noteOf(city: City, item: string, asOf: IsoDay): string | null {
  try {
    return allowance({ city, item, asOf }).notes?.map((n) => n.zh).join(' ') ?? null;
  } catch (e) {
    if (isRuleError(e)) return null;
    throw e;
  }
}

export function allowanceBudget(city: City, asOf: IsoDay): Template {
  const itemRows = Object.entries(ALLOWANCE_ITEM.options).map(([k, o]) => line(k, o.zh));
  const rows = [...itemRows, line('total', TOTAL)];
  const note: Column = { key: 'note', header: '说明', headerEn: 'Note', role: 'label', width: 40 };
  const allowances = table(
    T,
    `一、按月发放的补贴（${serviceListSeed().serviceList.title}）`,
    [
      key('item', '补贴项目', 'Allowance', 28),
      input('persons', '享受人数（人）', 'Persons', '享受人数'),
      computed('each', '每人每月标准（元）', 'Per person per month (yuan)', 14),
      computed('monthly', '每月金额（元）', 'A month (yuan)'),
      input('months', '发放月数', 'Months', '发放月数', 10),
      computed('yearly', '年度金额（元）', 'The year (yuan)'),
      note,
    ],
    rows,
    (set) => {
      for (const r of itemRows) {
        const cell = (c: string) => at(T, r.key, c);
        set(r.key, 'persons', { value: 0 });
        set(r.key, 'months', { value: MONTHS_PER_YEAR });
        set(r.key, 'each', { formula: { kind: 'care', fn: 'ALLOWANCE', args: [CITY_CELL, cell('item'), null, null, AS_OF_CELL] } });
        set(r.key, 'monthly', { formula: { kind: 'care', fn: 'ALLOWANCE', args: [CITY_CELL, cell('item'), cell('persons'), null, AS_OF_CELL] } });
        set(r.key, 'yearly', { formula: { kind: 'care', fn: 'ALLOWANCE', args: [CITY_CELL, cell('item'), cell('persons'), cell('months'), AS_OF_CELL] } });
        set(r.key, 'note', { value: noteOf(city, r.key, asOf) });
      }
      for (const c of ['persons', 'monthly', 'yearly']) set('total', c, { formula: sumDown(T, itemRows, c) });
    },
  );
  return budget(
    ALLOWANCE_BUDGET_ID,
    { zh: '养老补贴发放测算表', en: 'Elderly-care allowance budget (what-if)' },
    [settings(city, asOf, false), allowances],
    '黄色填人数和发放月数，蓝色为 CARE.ALLOWANCE 计算；高龄津贴等区间按文件保证的最低额计。改“城市”“生效日期”即按该市、该日有效的规定重算。',
  );
}
