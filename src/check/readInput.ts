/**
 * An entered cell read as what its column accepts. A value that cannot be right (a negative count,
 * a fraction of a bed, 22 where 22% was meant, text or a date in a number cell) is refused with a
 * message that says what is accepted; a formula saved without its value is worked out or reported.
 */
import { isoOfSerial, parseAsOf } from '../rules/core/dates';
import { CITY, acceptedWords, parseEnum } from '../rules/core/enums';
import { isRuleError } from '../rules/core/errors';
import { msg, type Label } from '../rules/core/messages';
import type { Bilingual } from '../rules/data/schema';
import type { Accepts } from '../templates/model';
import { type Cell, type Grid } from './grid';
import { CHECK_MSG } from './messages';
import { evaluateSheetFormula } from './sheetFormula';
import { textNumber } from './textNumber';

export type Read =
  | { kind: 'blank' }
  /** fromText: the text a number was typed as (1,234, １２３, 60%), read as that number. */
  | { kind: 'value'; value: number | string; fromText?: string }
  | { kind: 'invalid'; message: Bilingual }
  /** A formula with no saved value that this checker cannot work out. */
  | { kind: 'unknown'; message: Bilingual };

const blank = (c: Cell): boolean => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

export function readInput(grid: Grid, cell: Cell, accepts: Accepts, arg: Label): Read {
  if (blank(cell)) return { kind: 'blank' };
  if (typeof cell === 'object' && cell !== null && cell.t === 'formula') {
    if (cell.cached !== null) return readInput(grid, cell.cached, accepts, arg);
    const result = evaluateSheetFormula(grid, cell.formula);
    if ('limit' in result) return { kind: 'unknown', message: CHECK_MSG.formulaBeyondLimit(arg, result.limit) };
    if ('unsupported' in result) return { kind: 'unknown', message: CHECK_MSG.formulaNoValue(arg, cell.formula) };
    return readInput(grid, result.value, accepts, arg);
  }
  if (typeof cell === 'object' && cell !== null && cell.t === 'error') return invalid(CHECK_MSG.errorValue(arg, cell.code));
  switch (accepts) {
    case 'text':
      // A date typed where words are expected reads as its serial, as Excel would show it unformatted.
      return { kind: 'value', value: String(typeof cell === 'object' && cell !== null ? cell.serial : cell) };
    case 'city':
      return refusing(() => parseEnum(CITY, cell), CHECK_MSG.notCity(arg, cell, acceptedWords(CITY).zh));
    case 'date': {
      const serial = typeof cell === 'object' && cell !== null && cell.t === 'date' ? cell.serial : cell;
      return refusing(() => parseAsOf(serial), CHECK_MSG.notDate(arg, cell));
    }
    default:
      return number(cell, accepts, arg);
  }
}

function invalid(message: Bilingual): Read {
  return { kind: 'invalid', message };
}

function refusing(parse: () => string, message: Bilingual): Read {
  try {
    return { kind: 'value', value: parse() };
  } catch (e) {
    if (isRuleError(e)) return invalid(message);
    throw e;
  }
}

function number(cell: Cell, accepts: Exclude<Accepts, 'text' | 'city' | 'date'>, arg: Label): Read {
  if (typeof cell === 'object' && cell !== null && cell.t === 'date') return invalid(CHECK_MSG.dateInNumberCell(arg, isoOfSerial(cell.serial) ?? String(cell.serial), accepts));
  if (typeof cell === 'string') {
    const n = textNumber(cell);
    if (n === undefined) return invalid(CHECK_MSG.textInNumberCell(arg, cell, accepts));
    const read = number(n, accepts, arg);
    return read.kind === 'value' ? { ...read, fromText: cell } : read;
  }
  if (typeof cell !== 'number') return invalid(CHECK_MSG.notANumber(arg, cell, accepts));
  if (!Number.isFinite(cell)) return invalid(msg.notFinite(arg, cell));
  if (accepts === 'share') return cell < 0 || cell > 1 ? invalid(msg.shareOutOfRange(arg, cell)) : { kind: 'value', value: cell };
  if (cell < 0) return invalid(msg.negative(arg, cell));
  if (accepts === 'count' && !Number.isInteger(cell)) return invalid(msg.notWhole(arg, cell));
  return { kind: 'value', value: cell };
}
