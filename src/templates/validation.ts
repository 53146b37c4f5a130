/**
 * What an input cell accepts, as data validation in no file format's terms: the county sees a
 * prompt in Chinese when it selects the cell and cannot leave a value the rules would refuse (a
 * fraction typed as 60, a negative count, a city the documents do not cover). The .xlsx writer and
 * the Excel adapter each turn this into their own API's words; WPS reads the written validation.
 */
import { CITY } from '../rules/core/enums';
import type { PlacedCell } from './layout';
import type { Accepts } from './model';

/** Excel refuses to open a file whose prompt or error text is longer, or whose titles are. */
export const MAX_MESSAGE = 255;
export const MAX_TITLE = 32;

/** The serial of 1900-01-01, Excel's first day. */
export const FIRST_DAY = 1;

export interface Wording {
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/**
 * A rule: a whole number or decimal with bounds, a date from a serial day on, or a list of words.
 * Dates are Excel serials; each face turns them into what its API takes.
 */
export type Rule =
  | { type: 'whole' | 'decimal'; operator: 'between' | 'greaterThanOrEqual'; bounds: number[] }
  | { type: 'date'; operator: 'greaterThanOrEqual'; bounds: number[] }
  | { type: 'list'; words: string[] };

export interface InputRule extends Wording {
  rule: Rule;
}

const cities = Object.values(CITY.options).map((o) => o.zh);
const ERROR_TITLE = '输入有误';

const RULES: Record<Exclude<Accepts, 'text'>, InputRule> = {
  count: {
    rule: { type: 'whole', operator: 'greaterThanOrEqual', bounds: [0] },
    promptTitle: '填写整数',
    prompt: '请填写不小于 0 的整数，如 120。 A whole number, 0 or more.',
    errorTitle: ERROR_TITLE,
    error: '请填写不小于 0 的整数。 Please enter a whole number, 0 or more.',
  },
  share: {
    rule: { type: 'decimal', operator: 'between', bounds: [0, 1] },
    promptTitle: '填写比例',
    prompt: '请填写 0 到 1 之间的小数或百分比，如 0.6 或 60%。 A fraction from 0 to 1, e.g. 0.6 or 60%.',
    errorTitle: ERROR_TITLE,
    error: '请填写 0 到 1 之间的小数或百分比，如 0.6 或 60%；不要填 60。 Please enter a fraction from 0 to 1, e.g. 0.6 or 60%, not 60.',
  },
  quantity: {
    rule: { type: 'decimal', operator: 'greaterThanOrEqual', bounds: [0] },
    promptTitle: '填写数值',
    prompt: '请填写不小于 0 的数，可带小数。 A number, 0 or more.',
    errorTitle: ERROR_TITLE,
    error: '请填写不小于 0 的数。 Please enter a number, 0 or more.',
  },
  date: {
    rule: { type: 'date', operator: 'greaterThanOrEqual', bounds: [FIRST_DAY] },
    promptTitle: '填写日期',
    prompt: '请填写日期，如 2025-01-01。 A date, e.g. 2025-01-01.',
    errorTitle: ERROR_TITLE,
    error: '请填写 1900-01-01 以后的日期，如 2025-01-01。 Please enter a date after 1900-01-01, e.g. 2025-01-01.',
  },
  city: {
    // A list written out in the rule, so it needs no helper range that a user could delete.
    rule: { type: 'list', words: cities },
    promptTitle: '选择城市',
    prompt: `请从下拉列表中选择：${cities.join('、')}。 Pick a city from the list.`,
    errorTitle: ERROR_TITLE,
    error: `只能选择${cities.join('、')}之一。 Pick one of the cities in the list.`,
  },
};

/** What an input cell accepts: its own where it has one (indicator rows, budget settings), else its column's. */
export const acceptsOf = (cell: PlacedCell): Accepts | undefined => cell.content?.accepts ?? cell.column?.accepts;

/** The rule of an input that accepts `accepts`; none for free text. A blank input is always allowed: a figure not yet known. */
export function inputRule(accepts: Accepts): InputRule | undefined {
  return accepts === 'text' ? undefined : RULES[accepts];
}
