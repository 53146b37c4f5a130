import { describe, expect, it } from 'vitest';
import { findFunction } from '../../src/catalog';
import { source } from '../../src/rules/sources';
import { expectRefusal } from '../helpers';

const readsOf = (name: string) => findFunction(name)?.reads;

describe('SOURCE', () => {
  it('names the document, section and clause behind a function for a city and date', () => {
    const before = source({ name: 'CARE.CAREGIVERBONUS', city: '赣州', asOf: '2023-06-01' }, readsOf).value;
    const after = source({ name: 'caregiverbonus', city: '赣州', asOf: '2024-06-01' }, readsOf).value;
    expect(before).toMatch(/^赣市府字〔2022〕94号 四、保障要素（四）强化人才培养：“.*3000元的一次性补贴”（2022-11-30 至 2023-12-12）$/u);
    expect(after).toContain('赣市府发〔2023〕13号');
    expect(after).toContain('5000 元');
  });
  it('shows the reference where a city leaves a figure to another document', () => {
    expect(source({ name: 'SLOTGRANT', city: '鹰潭' }, readsOf).value).toContain('赣府办发〔2020〕25 号');
  });
  it('finds a parameter id and an indicator, across all four cities when no city is given', () => {
    expect(source({ name: 'opSubsidy.perResidentMonth' }, readsOf).value.split('\n').length).toBe(4);
    expect(source({ name: '每千人口托位数', city: '鹰潭' }, readsOf).value).toContain('表 2');
  });
  it('is NOT_IN_POLICY for a city that sets nothing, BAD_ARGUMENT for an unknown name', () => {
    expectRefusal(() => source({ name: 'BEDSUBSIDY', city: '抚州' }, readsOf), 'NOT_IN_POLICY', '抚办发〔2020〕4号');
    expectRefusal(() => source({ name: 'NOSUCH' }, readsOf), 'BAD_ARGUMENT', 'BEDSUBSIDY');
  });
});
