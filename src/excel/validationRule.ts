/**
 * An input cell's data validation as Office.js sets it, from the templates' own definition
 * (src/templates/validation.ts: the rule, the Chinese prompt and the error), so a county sees the
 * same prompt in an inserted template as in a written file.
 */
import { isoOfSerial } from '../rules/core/dates';
import type { Accepts } from '../templates/model';
import { inputRule, type Rule } from '../templates/validation';

export interface InputValidation {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

const OPERATOR = { between: 'Between', greaterThanOrEqual: 'GreaterThanOrEqualTo' } as const;

/** A date bound as Office.js takes it: the ISO day of the Excel serial (serial 1 is 1900-01-01). */
function isoBound(serial: number): string {
  const iso = isoOfSerial(serial);
  if (!iso) throw new Error(`a validation date that is no Excel day: serial ${serial}`);
  return iso;
}

function ruleOf(rule: Rule): Excel.DataValidationRule {
  if (rule.type === 'list') return { list: { inCellDropDown: true, source: rule.words.join(',') } };
  const operator = OPERATOR[rule.operator];
  const [first, second] = rule.bounds;
  if (first === undefined) throw new Error(`a ${rule.type} validation without a bound`);
  // A date rule is "from this day on" (templates/validation.ts): one bound, no formula2.
  if (rule.type === 'date') return { date: { operator, formula1: isoBound(first) } };
  const basic = { operator, formula1: first, ...(second === undefined ? {} : { formula2: second }) };
  return rule.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

/** The validation of an input that accepts `accepts`; none for free text. */
export function inputValidation(accepts: Accepts): InputValidation | undefined {
  const v = inputRule(accepts);
  if (!v) return undefined;
  return {
    rule: ruleOf(v.rule),
    prompt: { showPrompt: true, title: v.promptTitle, message: v.prompt },
    errorAlert: { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.error },
    ignoreBlanks: true,
  };
}
