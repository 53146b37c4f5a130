import { describe, expect, it } from 'vitest';
import { count } from '../../src/rules/core/args';
import { ARG } from '../../src/rules/core/labels';
import { loanCap } from '../../src/rules/subsidies/loanCap';
import { expectRefusal } from '../helpers';

describe('what a refusal says', () => {
  it('a label inside an English sentence starts in lower case: 吉安 sets no “ceiling of a guaranteed start-up loan”', () => {
    // seeds/*.json label loanCap.ceiling “Ceiling of a guaranteed start-up loan…”; 吉府办发〔2022〕16号 sets none.
    const e = expectRefusal(() => loanCap({ city: '吉安', borrower: '个人' }), 'NOT_IN_POLICY', '吉府办发〔2022〕16号');
    expect(e.en).toBe("The Ji'an documents (吉府办发〔2022〕16号) set no figure for ceiling of a guaranteed start-up loan for a private elderly-care business.");
  });
  it('a program that shows only an error’s message (a script, a log) reads it Chinese first, then English', () => {
    const e = expectRefusal(() => count(ARG.beds, -1), 'OUT_OF_RANGE');
    expect(e.message).toBe(`${e.zh} / ${e.en}`);
    expect(String(e)).toBe(`RuleError: ${e.zh} / ${e.en}`);
  });
});
