/**
 * A written template with bytes flipped at seeded random places, a few hundred times: every mutant
 * is either checked (and its annotated copy made) or refused with the reader's own error. Nothing
 * else may escape: no TypeError, no RangeError, no stack overflow.
 */
import { describe, expect, it } from 'vitest';
import { annotateCopy } from '../../src/xlsx/annotate';
import { checkBytes } from '../../src/xlsx/checkBytes';
import { XlsxError } from '../../src/xlsx/errors';
import { templateBytes } from '../support/workbooks';

const MUTANTS = 300;

/** A small seeded generator (a 32-bit LCG): the same mutants every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('byte-flipped workbooks', () => {
  it(`${MUTANTS} mutants of a filled template are each checked and annotated, or refused as an XlsxError`, async () => {
    const original = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 1 }]);
    const next = random(13);
    // refused: by the reader; copyRefused: checked, but the copy refused (a flip in a part only marking reads).
    const outcomes = { annotated: 0, copyRefused: 0, refused: 0 };
    for (let i = 0; i < MUTANTS; i++) {
      const bytes = original.slice();
      const flips = 1 + Math.floor(next() * 8);
      for (let k = 0; k < flips; k++) bytes[Math.floor(next() * bytes.length)]! ^= 1 << Math.floor(next() * 8);
      let checked = false;
      try {
        const sheets = checkBytes(bytes, '2022-01-01');
        checked = true;
        annotateCopy(bytes, sheets.flatMap((s) => s.findings.map((finding) => ({ sheet: s.sheet, finding }))));
        outcomes.annotated++;
      } catch (e) {
        if (!(e instanceof XlsxError)) throw new Error(`mutant ${i} (${flips} flips): ${String(e)}`);
        outcomes[checked ? 'copyRefused' : 'refused']++;
      }
    }
    expect(outcomes.annotated + outcomes.copyRefused + outcomes.refused).toBe(MUTANTS);
    // Both kinds occur: a flip in a stored name or a deflate stream is refused, one in padding is not.
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.annotated).toBeGreaterThan(0);
  });
});
