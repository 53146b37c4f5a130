/**
 * What an input cell accepts, as Excel data validation: the county sees a prompt in Chinese when it
 * selects the cell and cannot leave a value the rules would refuse (a fraction typed as 60, a
 * negative count, a city the documents do not cover). WPS reads the same validation.
 */
import type { DataValidation } from 'exceljs';
import { CITY } from '../rules/core/enums';
import type { PlacedCell } from '../templates/layout';
import type { Accepts } from '../templates/model';

/**
 * Excel refuses to open a file whose prompt or error text is longer, or whose titles are. A line
 * break cannot be used: exceljs writes it raw into an XML attribute, where it reads back as a space.
 */
export const MAX_MESSAGE = 255;
export const MAX_TITLE = 32;

const DAY_MS = 86_400_000;
// Excel's day 0; exceljs converts a Date back to a serial from the same point, so a serial round-trips.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The JS Date exceljs writes as this Excel serial (UTC midnight of that day). */
export const dateOfSerial = (serial: number): Date => new Date(EXCEL_EPOCH_MS + serial * DAY_MS);

/** The serial of 1900-01-01, Excel's first day. */
const FIRST_DAY = 1;

interface Wording {
  promptTitle: string;
  prompt: string;
  error: string;
}

const cities = Object.values(CITY.options).map((o) => o.zh);

const WORDING: Record<Exclude<Accepts, 'text'>, Wording> = {
  count: {
    promptTitle: '填写整数',
    prompt: '请填写不小于 0 的整数，如 120。 A whole number, 0 or more.',
    error: '请填写不小于 0 的整数。 Please enter a whole number, 0 or more.',
  },
  share: {
    promptTitle: '填写比例',
    prompt: '请填写 0 到 1 之间的小数或百分比，如 0.6 或 60%。 A fraction from 0 to 1, e.g. 0.6 or 60%.',
    error: '请填写 0 到 1 之间的小数或百分比，如 0.6 或 60%；不要填 60。 Please enter a fraction from 0 to 1, e.g. 0.6 or 60%, not 60.',
  },
  quantity: {
    promptTitle: '填写数值',
    prompt: '请填写不小于 0 的数，可带小数。 A number, 0 or more.',
    error: '请填写不小于 0 的数。 Please enter a number, 0 or more.',
  },
  date: {
    promptTitle: '填写日期',
    prompt: '请填写日期，如 2025-01-01。 A date, e.g. 2025-01-01.',
    error: '请填写 1900-01-01 以后的日期，如 2025-01-01。 Please enter a date after 1900-01-01, e.g. 2025-01-01.',
  },
  city: {
    promptTitle: '选择城市',
    prompt: `请从下拉列表中选择：${cities.join('、')}。 Pick a city from the list.`,
    error: `只能选择${cities.join('、')}之一。 Pick one of the cities in the list.`,
  },
};

type Rule = Pick<DataValidation, 'type' | 'operator' | 'formulae'>;

const RULE: Record<Exclude<Accepts, 'text'>, Rule> = {
  count: { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] },
  share: { type: 'decimal', operator: 'between', formulae: [0, 1] },
  quantity: { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] },
  // exceljs turns a date formula into its serial itself.
  date: { type: 'date', operator: 'greaterThanOrEqual', formulae: [dateOfSerial(FIRST_DAY)] },
  // A list written out in the rule, so it needs no helper range that a user could delete.
  city: { type: 'list', formulae: [`"${cities.join(',')}"`] },
};

/** What an input cell accepts: its own where it has one (indicator rows, budget settings), else its column's. */
export const acceptsOf = (cell: PlacedCell): Accepts | undefined => cell.content?.accepts ?? cell.column?.accepts;

/** The validation of an input that accepts `accepts`; none for free text. */
export function validationFor(accepts: Accepts): DataValidation | undefined {
  if (accepts === 'text') return undefined;
  return {
    ...RULE[accepts],
    ...WORDING[accepts],
    // A blank input is a figure not yet known, not a wrong one.
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入有误',
  };
}
