import { describe, expect, it } from 'vitest';
import { grade } from '../../src/rules/core/args';
import { ARG } from '../../src/rules/core/labels';
import { expectRefusal } from '../helpers';

// A rating grade (等级) of an institution: 0 for unrated, 1 to 5, as 赣市府发〔2023〕13号 rewards grades 2–5.
describe('rating grades', () => {
  it('a grade is read with spaces, in full-width digits, in capitals, or with a space before 级 or star', () => {
    expect([' 3 ', '３级', '3 级', 'GRADE 2', '1 star', '4 stars', 'level3', 'grade  2'].map((g) => grade(ARG.grade, g))).toEqual([3, 3, 3, 2, 1, 4, 3, 2]);
  });
  it('a number grade is a whole number from 0 to 5', () => {
    for (const g of [-1, 2.5]) expectRefusal(() => grade(ARG.grade, g), 'OUT_OF_RANGE', '一级…五级');
  });
  it('a grade with more digits or words around it is not read in part', () => {
    for (const g of ['13', '35', '3级甲', 'upgrade 3', 'level 12']) expectRefusal(() => grade(ARG.grade, g), 'BAD_ARGUMENT', '不认识');
  });
  it('a blank grade is missing, not an unknown word', () => {
    expectRefusal(() => grade(ARG.grade, undefined), 'BAD_ARGUMENT', '缺少参数“等级”');
  });
});
