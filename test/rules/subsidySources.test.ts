import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/rules/data/registry';
import { facilityOps } from '../../src/rules/subsidies/facilityOps';
import { hardshipCare } from '../../src/rules/subsidies/hardshipCare';
import { ratingAward } from '../../src/rules/subsidies/ratingAward';
import { trainingAid } from '../../src/rules/subsidies/trainingAid';
import { expectQuoted } from '../helpers';

const GZ22 = '2023-06-01';
const GZ23 = '2024-06-01';

/** A cited clause is one the document holds word for word. */
function expectCited(sources: readonly Source[], documents: readonly string[]): void {
  expect(sources.map((s) => s.document)).toEqual(documents);
  expectQuoted(sources);
}

describe('each subsidy cites the clause it applies', () => {
  it('FACILITYOPS, TRAININGAID and HARDSHIPCARE in 赣州 each cite one clause of their document', () => {
    expectCited(facilityOps({ city: '赣州', count: 1, area: '城市', asOf: GZ22 }).sources, ['赣市府字〔2022〕94号']);
    expectCited(trainingAid({ city: '赣州', students: 50, years: 3, asOf: GZ22 }).sources, ['赣市府字〔2022〕94号']);
    expectCited(hardshipCare({ city: '赣州', minWage: 1850, level: '失能', asOf: GZ23 }).sources, ['赣市府发〔2023〕13号']);
  });
  it('a 赣州 home raised from grade 3 to 5 is topped up by 30万 − 10万, citing the award table and the 补足 clause', () => {
    const r = ratingAward({ city: '赣州', grade: 5, previousGrade: 3, asOf: GZ23 });
    expect(r.value).toBe(300_000 - 100_000);
    expectCited(r.sources, ['赣市府发〔2023〕13号', '赣市府发〔2023〕13号']);
    expect(r.sources.map((s) => s.quote).join()).toContain('补足');
  });
});

describe('amounts over several years and grades', () => {
  it('FACILITYOPS: 2 urban 赣州 facilities for 3 years get 2 × 3万 × 3 = 18万', () => {
    expect(facilityOps({ city: '赣州', count: 2, area: '城市', years: 3, asOf: GZ22 }).value).toBe(2 * 30_000 * 3);
  });
  it('RATINGAWARD: a home that keeps its grade or falls to a lower one gets nothing more, and is told why', () => {
    for (const [grade, previousGrade] of [
      [3, 3],
      [3, 5],
    ]) {
      const r = ratingAward({ city: '赣州', grade, previousGrade, asOf: GZ23 });
      expect(r.value).toBe(0);
      expect(r.notes?.[0]?.zh).toBe('未获评更高等级，不再奖补。');
      expect(r.notes?.[0]?.en).toBe('No higher grade, so no further award.');
    }
  });
});
