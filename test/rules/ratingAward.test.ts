/**
 * RATINGAWARD on an upgrade from a grade that earned nothing: the whole award for the new grade,
 * whether or not the city says how an upgrade is paid, since nothing was paid before.
 */
import { describe, expect, it } from 'vitest';
import { ratingAward } from '../../src/rules/subsidies/ratingAward';

describe('RATINGAWARD after a grade without award', () => {
  it('a 抚州 home raised from three stars to five is awarded the whole 10 万元, though 抚州 says nothing of upgrades', () => {
    // 抚办发〔2020〕4号: 对实现品牌化、连锁化的养老机构 … 达到五星级奖 10 万元，四星级奖 5 万元:
    // no award for three stars, so nothing was paid before.
    const r = ratingAward({ city: '抚州', grade: 5, previousGrade: 3, asOf: '2021-01-01' });
    expect(r.value).toBe(100000);
    expect(r.sources.map((s) => s.ref)).toEqual(['ratingAward.perGrade']);
  });
});
