import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { RuleError, type ErrorCode } from '../src/rules/core/errors';

export const sourceText = (file: string): string =>
  readFileSync(new URL(`../seeds/sources/${file}`, import.meta.url), 'utf8');

/** Runs f and returns the error of class `kind` it throws; fails the test if it returns or throws anything else. */
export function caught<E extends Error>(kind: new (...args: never[]) => E, f: () => unknown): E {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(kind);
    return e as E;
  }
  throw new Error(`expected a ${kind.name}, but the call returned`);
}

/** Runs f and returns the RuleError it throws; fails the test if it returns or throws anything else. */
export const ruleError = (f: () => unknown): RuleError => caught(RuleError, f);

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
