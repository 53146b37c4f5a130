/**
 * An input's validation (src/templates/validation.ts) in exceljs's words. A line break cannot be
 * used in the wording: exceljs writes it raw into an XML attribute, where it reads back as a space.
 */
import type { DataValidation } from 'exceljs';
import type { Accepts } from '../templates/model';
import { inputRule } from '../templates/validation';

const DAY_MS = 86_400_000;
// Excel's day 0; exceljs converts a Date back to a serial from the same point, so a serial round-trips.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The JS Date exceljs writes as this Excel serial (UTC midnight of that day). */
export const dateOfSerial = (serial: number): Date => new Date(EXCEL_EPOCH_MS + serial * DAY_MS);

/** The validation of an input that accepts `accepts`; none for free text. */
export function validationFor(accepts: Accepts): DataValidation | undefined {
  const v = inputRule(accepts);
  if (!v) return undefined;
  const { rule } = v;
  const shape: Pick<DataValidation, 'type' | 'operator' | 'formulae'> =
    rule.type === 'list'
      ? { type: 'list', formulae: [`"${rule.words.join(',')}"`] }
      : // exceljs turns a date formula into its serial itself.
        { type: rule.type, operator: rule.operator, formulae: rule.type === 'date' ? rule.bounds.map(dateOfSerial) : rule.bounds };
  return {
    ...shape,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    errorTitle: v.errorTitle,
    error: v.error,
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: 'stop',
  };
}
