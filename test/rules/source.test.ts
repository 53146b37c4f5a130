import { describe, expect, it } from 'vitest';
import { findFunction, invoke } from '../../src/catalog';
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

  it('names the function in the refusal as the user wrote it: BEDSUBSIDY, not bEDSUBSIDY', () => {
    expectRefusal(() => source({ name: 'BEDSUBSIDY', city: '抚州' }, readsOf), 'NOT_IN_POLICY', 'set no figure for BEDSUBSIDY.');
  });

  it('a clause still in force is dated from its first day: 赣市府发〔2023〕13号 from its issue, 2023-12-13', () => {
    // seeds/README.md: 13号 is in force on issue, 2023-12-13, and nothing has replaced it.
    expect(source({ name: 'CAREGIVERBONUS', city: '赣州', asOf: '2024-06-01' }, readsOf).value).toMatch(/^赣市府发〔2023〕13号 .*（2023-12-13 起）$/u);
  });
  it('a name copied from a cell with spaces around it is still found', () => {
    expect(source({ name: ' opSubsidy.perResidentMonth ' }, readsOf).value.split('\n').length).toBe(4);
  });
  it('in 2022, before 赣市府发〔2023〕13号, HARDSHIPCARE stands on 鹰潭’s and 抚州’s clauses only, with no refusal for 赣州', () => {
    const lines = source({ name: 'HARDSHIPCARE', asOf: '2022-06-01' }, readsOf).value.split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['鹰府字〔2022〕20号', '抚办发〔2020〕4号']);
  });
  it('赣州 in mid-2023: ALLOWANCE stands on the 2022 plan’s service-buying clause, the list’s items not being in force yet', () => {
    const lines = source({ name: 'ALLOWANCE', city: '赣州', asOf: '2023-06-01' }, readsOf).value.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^赣市府字〔2022〕94号 /u);
  });
  it('赣州 in mid-2023 has no rule yet for HARDSHIPLIVING: the first is in force from 2023-12-13', () => {
    // 赣州 sets only the 1.3 times multiple of HARDSHIPLIVING's two figures, in 赣市府发〔2023〕13号.
    expectRefusal(() => source({ name: 'HARDSHIPLIVING', city: '赣州', asOf: '2023-06-01' }, readsOf), 'NO_RULE_IN_FORCE', '2023-12-13', '赣市府发〔2023〕13号');
  });
  it('an indicator of other cities’ plans is NOT_IN_POLICY for 抚州, whose plan has none such, not an unknown name', () => {
    expectRefusal(() => source({ name: '每千人口托位数', city: '抚州' }, readsOf), 'NOT_IN_POLICY', '抚办发〔2020〕4号');
  });
  it('CARE.SOURCE as a sheet calls it finds a function named in lower case, with or without CARE.', () => {
    // Through the catalog's own SOURCE, whose lookup of a function's parameters takes the name exactly as written.
    const spec = findFunction('SOURCE')!;
    for (const name of ['care.caregiverbonus', 'caregiverbonus']) {
      expect(invoke(spec, [name, '赣州', '2024-06-01']).value).toMatch(/^赣市府发〔2023〕13号 /u);
    }
  });
});
