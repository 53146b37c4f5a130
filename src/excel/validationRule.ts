/**
 * An input cell's data validation as Office.js sets it, from the .xlsx writer's own definition
 * (src/xlsx/validation.ts: the rule, the Chinese prompt and the error), so a county sees the same
 * prompt in an inserted template as in a written file.
 */
import { isoOfSerial } from '../rules/core/dates';
import type { Accepts } from '../templates/model';
import { dateOfSerial, validationFor } from '../xlsx/validation';

export interface InputValidation {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

const OPERATOR = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
} as const;

const DAY_MS = 86_400_000;

/**
 * A bound as Office.js takes it: a number, or a date as its ISO day. The writer's dates are exceljs
 * Dates standing for Excel serials (dateOfSerial), which its own epoch turns back into the serial;
 * the serial's day is read as Excel reads it (serial 1 is 1900-01-01).
 */
function bound(v: unknown): number | string {
  if (v instanceof Date) {
    const serial = Math.round((v.getTime() - dateOfSerial(0).getTime()) / DAY_MS);
    const iso = isoOfSerial(serial);
    if (!iso) throw new Error(`a validation date that is no Excel day: serial ${serial}`);
    return iso;
  }
  if (typeof v === 'number' || typeof v === 'string') return v;
  throw new Error(`a validation bound that is neither a number, a text nor a date: ${String(v)}`);
}

function ruleOf(type: string, operator: keyof typeof OPERATOR, formulae: readonly unknown[]): Excel.DataValidationRule {
  if (type === 'list') {
    // exceljs writes a literal list as one quoted formula: "赣州,鹰潭,吉安,抚州".
    return { list: { inCellDropDown: true, source: String(formulae[0]).replace(/^"|"$/gu, '') } };
  }
  const op = OPERATOR[operator];
  const [first, second] = formulae.map(bound);
  if (first === undefined) throw new Error(`a ${type} validation without a bound`);
  const basic = { operator: op, formula1: first, ...(second === undefined ? {} : { formula2: second }) };
  if (type === 'whole') return { wholeNumber: basic };
  if (type === 'decimal') return { decimal: basic };
  if (type === 'date') return { date: { operator: op, formula1: String(first), ...(second === undefined ? {} : { formula2: String(second) }) } };
  throw new Error(`a validation type the add-in does not set: ${type}`);
}

/** The validation of an input that accepts `accepts`; none for free text. */
export function inputValidation(accepts: Accepts): InputValidation | undefined {
  const v = validationFor(accepts);
  if (!v) return undefined;
  return {
    rule: ruleOf(v.type, v.operator ?? 'between', v.formulae),
    prompt: { showPrompt: v.showInputMessage ?? true, title: v.promptTitle ?? '', message: v.prompt ?? '' },
    errorAlert: { showAlert: v.showErrorMessage ?? true, style: 'Stop', title: v.errorTitle ?? '', message: v.error ?? '' },
    ignoreBlanks: v.allowBlank ?? true,
  };
}
