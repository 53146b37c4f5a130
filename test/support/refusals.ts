/** What a refusal of the reader must be: an XlsxError of the expected code whose message names what is wrong. */
import { expect } from 'vitest';
import { XlsxError, type XlsxErrorCode } from '../../src/xlsx/errors';
import { caught } from '../helpers';

/** `f` refuses with `code`, its Chinese or English message containing each of `words`. */
export function expectRefusal(f: () => unknown, code: XlsxErrorCode, ...words: string[]): XlsxError {
  const e = caught(XlsxError, f);
  expect(e.code).toBe(code);
  for (const w of words) expect(`${e.zh} ${e.en}`).toContain(w);
  return e;
}
