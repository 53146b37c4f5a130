/** Command-line words: flags and options are taken out of the argument list as they are read. */
import { escapeControl } from '../check/escape';

export class UsageError extends Error {}

export function takeFlag(args: string[], flag: string): boolean {
  const i = args.indexOf(flag);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

export function takeOption(args: string[], option: string): string | undefined {
  const i = args.indexOf(option);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${option} 需要一个值 / needs a value`);
  args.splice(i, 2);
  return value;
}

export function noMoreArgs(args: readonly string[]): void {
  if (args.length) throw new UsageError(`多余的参数 / unexpected: ${escapeControl(args.join(' '))}`);
}
