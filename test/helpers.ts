import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { RuleError, type ErrorCode } from '../src/rules/core/errors';

export const sourceText = (file: string): string =>
  readFileSync(new URL(`../seeds/sources/${file}`, import.meta.url), 'utf8');

/** Runs f and returns the RuleError it throws; fails the test if it returns or throws anything else. */
export function ruleError(f: () => unknown): RuleError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleError);
    return e as RuleError;
  }
  throw new Error('expected a RuleError, but the call returned');
}

export function expectRefusal(f: () => unknown, code: ErrorCode, ...words: string[]): RuleError {
  const e = ruleError(f);
  expect(e.code).toBe(code);
  for (const w of words) expect(`${e.zh} ${e.en}`).toContain(w);
  return e;
}

/** Each source's quote stands in its document's text (the text files break lines mid-sentence, so spaces are ignored). */
export function expectQuoted(sources: readonly { file: string; quote: string }[]): void {
  const squeezed = (s: string): string => s.replace(/\s+/gu, '');
  for (const s of sources) expect(squeezed(sourceText(s.file))).toContain(squeezed(s.quote));
}
