/** careplan rules, targets and discrepancies: the policy data listed as text or JSON. */
import { CITY, parseEnum, type City } from '../rules/core/enums';
import { discrepancyRows, formatDiscrepancies, formatParameters, formatTargets, parameterRows, targetRows } from './format';
import { noMoreArgs, takeFlag, takeOption, UsageError } from './options';

interface Out {
  out: (text: string) => void;
}

function cityOption(word: string | undefined): City | undefined {
  return word === undefined ? undefined : parseEnum(CITY, word);
}

/** A listing verb: [--city C] [--json], rows as JSON or as text. */
function listing(args: string[], io: Out, rows: (city?: City) => unknown, text: (city?: City) => string): number {
  const json = takeFlag(args, '--json');
  const city = cityOption(takeOption(args, '--city'));
  noMoreArgs(args);
  io.out(json ? JSON.stringify(rows(city), null, 2) : text(city));
  return 0;
}

export const rules = (args: string[], io: Out): number => listing(args, io, parameterRows, formatParameters);

export const discrepancies = (args: string[], io: Out): number => listing(args, io, discrepancyRows, formatDiscrepancies);

export function targets(args: string[], io: Out): number {
  const json = takeFlag(args, '--json');
  const [word, ...rest] = args;
  if (!word || rest.length) throw new UsageError('targets 需要一个城市 / targets needs one city');
  const city = parseEnum(CITY, word);
  io.out(json ? JSON.stringify(targetRows(city), null, 2) : formatTargets(city));
  return 0;
}
