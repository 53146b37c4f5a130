/** What a refusal of the reader must be: an XlsxError of the expected code whose message names what is wrong. */
import { expect } from 'vitest';
import { XlsxError, type XlsxErrorCode } from '../../src/xlsx/errors';

/** The XlsxError `f` throws; fails the test when it returns or throws anything else. */
export function xlsxError(f: () => unknown): XlsxError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxError);
    return e as XlsxError;
  }
  throw new Error('expected an XlsxError, but the call returned');
}

/** `f` refuses with `code`, its Chinese or English message containing each of `words`. */
export function expectRefusal(f: () => unknown, code: XlsxErrorCode, ...words: string[]): XlsxError {
  const e = xlsxError(f);
  expect(e.code).toBe(code);
  for (const w of words) expect(`${e.zh} ${e.en}`).toContain(w);
  return e;
}
