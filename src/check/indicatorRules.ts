/**
 * A city's indicator sheet: each entered actual against its dated target, read by the rule core's
 * own MEETS and GAP, so the checker and =CARE.MEETS() never disagree. A shortfall on a 约束性
 * (binding) target is an error and on a 预期性 (expected) one a warning; where the document gives
 * no attribute (all of 赣州's and 抚州's, some of 鹰潭's and 吉安's) it is an error, since the
 * document states the figure as a target without the softer word.
 */
import { gap, meets } from '../rules/plans/target';
import { contentOf } from '../templates/model';
import { ATTRIBUTE_WORD, COMPARATOR_SIGN } from '../templates/indicatorSheets';
import { isDue, type SheetContext } from './context';
import { CHECK_MSG, fmt } from './messages';

const UNSTATED = { zh: '文件未注明属性，按约束性处理', en: 'no attribute stated; read as binding' };

export function checkIndicators(ctx: SheetContext): void {
  const lt = ctx.located.tables.get('main');
  if (!lt || !ctx.template.city) return;
  const city = ctx.template.city;
  for (const row of lt.table.rows) {
    if (!lt.rows.has(row.key)) continue;
    const target = contentOf(lt.table, row.key, 'target');
    const year = target?.year;
    const i = ctx.input({ table: 'main', row: row.key, col: 'actual' });
    if (!target || typeof year !== 'number' || !i) continue;
    const indicator = row.key.slice(0, row.key.lastIndexOf('.'));
    const due = isDue(year, ctx.asOf);
    const name = target.measure ?? row.labels[0]!;
    const source = target.source ? { source: target.source } : {};
    if (i.read.kind === 'blank') {
      if (due) ctx.add(i.place, 'warning', 'input.notFilled', { message: CHECK_MSG.notFilled(null, year, name, ctx.asOf), expected: target.value ?? null, ...source });
      continue;
    }
    if (i.read.kind !== 'value') continue;
    const input = { city, indicator, value: i.read.value, year };
    if (meets(input).value) continue;
    const numeric = typeof target.value === 'number';
    const short = numeric ? gap(input).value : null;
    const f = (v: number | string) => fmt(v, target.format);
    const sign = target.comparator ? COMPARATOR_SIGN[target.comparator] : '';
    const finding = { expected: target.value ?? null, actual: i.read.value, gap: short, ...source };
    if (!due) {
      ctx.add(i.place, 'info', 'indicator.notYetDue', { ...finding, message: CHECK_MSG.indicatorNotDue(name, year, f(i.read.value), sign, f(target.value!), ctx.asOf) });
      continue;
    }
    const attribute = target.attribute ? { zh: ATTRIBUTE_WORD[target.attribute], en: target.attribute } : UNSTATED;
    const message = CHECK_MSG.indicatorShort(name, year, f(i.read.value), sign, f(target.value!), short === null ? '' : f(short), attribute.zh);
    ctx.add(i.place, target.attribute === 'expected' ? 'warning' : 'error', 'indicator.target', { ...finding, message });
  }
}
