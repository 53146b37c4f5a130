import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/catalog';
import { buildMetadata } from '../../src/functions/metadata';

/** Names Excel reserves: cell references (A1 to XFD1048576, R1C1) and Excel 4.0 macro functions. */
const looksLikeCell = (n: string) => /^[A-Z]{1,3}\d+$/u.test(n) || /^R\d*C\d*$/u.test(n);
const MACRO_NAMES = ['RUN', 'ECHO', 'ALERT', 'BEEP', 'CALL', 'REGISTER', 'EXEC', 'FOPEN', 'HALT', 'INPUT', 'RETURN', 'RESULT'];

describe('functions.json, generated from the catalog', () => {
  const en = buildMetadata('en-US').functions;
  const zh = buildMetadata('zh-CN').functions;

  it('lists every catalog function once, in both languages, with the same ids and names', () => {
    expect(en.map((f) => f.id)).toEqual(CATALOG.map((f) => f.name));
    expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
    expect(zh.map((f) => f.name)).toEqual(en.map((f) => f.name));
  });

  it('gives each parameter the catalog’s type and optional flag, all scalar', () => {
    for (const [i, spec] of CATALOG.entries()) {
      for (const meta of [en[i]!, zh[i]!]) {
        expect(meta.result).toEqual({ type: spec.result.type, dimensionality: 'scalar' });
        expect(meta.parameters.map((p) => [p.type, p.optional ?? false, p.dimensionality])).toEqual(spec.params.map((p) => [p.type, p.optional ?? false, 'scalar']));
      }
      expect(en[i]!.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    }
  });

  it('has Chinese descriptions and parameter names in zh-CN and English ones in en-US', () => {
    const han = /[\u4e00-\u9fff]/u;
    for (const f of zh) {
      expect(f.description).toMatch(han);
      for (const p of f.parameters) {
        expect(p.name).toMatch(han);
        expect(p.description).toMatch(han);
      }
    }
    for (const f of en) {
      expect(f.description).not.toMatch(han);
      for (const p of f.parameters) expect(p.name).toMatch(/^[a-z][A-Za-z]*$/u);
    }
  });

  it('uses ids Excel accepts and no name it reserves', () => {
    for (const f of en) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/u);
      expect(looksLikeCell(f.name)).toBe(false);
      expect(MACRO_NAMES).not.toContain(f.name);
    }
  });
});
