import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/rules/data/registry';
import { childcareSlots } from '../../src/rules/standards/childcareSlots';
import { facilityArea } from '../../src/rules/standards/facilityArea';
import { landNeed } from '../../src/rules/standards/landNeed';
import { medRoom } from '../../src/rules/standards/medRoom';
import { staffNeed } from '../../src/rules/standards/staffNeed';
import { expectQuoted } from '../helpers';

/** A cited clause is one the document holds word for word. */
function expectCited(sources: readonly Source[], count: number): void {
  expect(sources).toHaveLength(count);
  expectQuoted(sources);
}

describe('each facility standard cites the clause it applies', () => {
  it('CHILDCARESLOTS, MEDROOM and STAFFNEED each cite one clause their document holds', () => {
    expectCited(childcareSlots({ city: '赣州', population: 1001, siteType: '新建' }).sources, 1);
    expectCited(medRoom({ city: '抚州', ownership: '公办', count: 50 }).sources, 1);
    expectCited(staffNeed({ city: '赣州', severe: 3, moderate: 6, able: 10 }).sources, 1);
  });
  it('FACILITYAREA in 赣州 cites both the m² per hundred households and the least area of one site', () => {
    expectCited(facilityArea({ city: '赣州', households: 1500, siteType: '新建' }).sources, 2);
  });
  it('LANDNEED in 赣州 cites both the m² per resident and the elderly share above which the higher standard applies', () => {
    expectCited(landNeed({ city: '赣州', population: 10000, elderlyShare: 0.2 }).sources, 2);
  });
});

describe('STAFFNEED adds the fractions of each care need exactly', () => {
  it('1 severely disabled resident (1:3) and 22 moderately (1:6) need 1/3 + 22/6 = 4 carers, not 5', () => {
    expect(1 / 3 + 22 / 6).toBeCloseTo(4, 12);
    expect(staffNeed({ city: '赣州', severe: 1, moderate: 22, able: 0 }).value).toBe(4);
  });
  it('2 severe, 11 moderate and 5 able residents need 2/3 + 11/6 + 5/10 = 3 carers', () => {
    expect(2 / 3 + 11 / 6 + 5 / 10).toBeCloseTo(3, 12);
    expect(staffNeed({ city: '赣州', severe: 2, moderate: 11, able: 5 }).value).toBe(3);
  });
});
