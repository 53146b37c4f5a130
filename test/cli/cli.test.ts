import { describe, expect, it } from 'vitest';
import { careplan } from '../support/cli';

describe('careplan calc', () => {
  it('prints the result, its unit and its clauses as JSON and exits 0', async () => {
    const r = await careplan('calc', 'CARE.BEDSUBSIDY', '赣州', '120', '新建', '', '2024-03-01');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ function: 'CARE.BEDSUBSIDY', value: 1200000, unit: 'yuan' });
    expect(json.sources[0]).toMatchObject({ document: '赣市府发〔2023〕13号', from: '2023-12-13' });
  });
  it('takes the prefix in any case or not at all, and --value prints the bare value', async () => {
    expect((await careplan('calc', 'opsubsidy', '赣州', '40', '25', '2', '12', '--value')).out).toBe('138600');
    expect((await careplan('calc', 'care.medroom', '抚州', '公办', '50', '--value')).out).toBe('true');
    expect((await careplan('calc', 'TARGET', '赣州', '托育服务综合管理网络', '--value')).out).toBe('"基本建立"');
    expect((await careplan('calc', 'BEDSUBSIDY', '赣州', '１２０', '新建', '--value')).out).toBe('1200000');
  });
  it('--as-of sets the date without padding blank arguments; --json is accepted', async () => {
    expect((await careplan('calc', 'CAREGIVERBONUS', '赣州', '高级技师', '--as-of', '2023-12-12', '--value')).out).toBe('3000');
    expect((await careplan('calc', 'BEDSUBSIDY', '赣州', '1', '新建', '--as-of', '2022-11-29')).code).toBe(2);
    expect((await careplan('calc', 'OPSUBSIDY', '赣州', '1', '0', '--as-of', '2024-01-01', '--json', '--value')).out).toBe('200');
    expect((await careplan('calc', 'TARGET', '赣州', 'nursingBedShare', '--as-of', '2024-01-01')).code).toBe(64);
    expect((await careplan('calc', 'GRADBONUS', '赣州', '大专', '2024-01-01', '--as-of', '2024-01-01')).code).toBe(64);
  });
  it('a rule refusal is one line CODE: message on stderr and exit 2', async () => {
    const r = await careplan('calc', 'LANDNEED', '赣州', '1000', '22');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^OUT_OF_RANGE: .*0\.22/u);
    expect((await careplan('calc', 'BEDSUBSIDY', '南昌', '1', '新建')).err).toMatch(/^BAD_ARGUMENT: .*赣州/u);
    expect((await careplan('calc', 'BEDSUBSIDY', '赣州', 'abc', '新建')).err).toMatch(/^BAD_ARGUMENT: “床位数”应为数字，收到 “abc”/u);
    expect((await careplan('calc', 'SLOTOPS', '鹰潭', '10')).code).toBe(2);
  });
  it('usage errors exit 64: no function, an unknown one, too few or too many arguments, an unknown verb', async () => {
    for (const argv of [['calc'], ['calc', 'SUM', '1'], ['calc', 'BEDSUBSIDY', '赣州'], ['calc', 'GRADBONUS', '赣州', '大专', '', 'x'], ['frobnicate'], []]) {
      expect((await careplan(...argv)).code, argv.join(' ')).toBe(64);
    }
    expect((await careplan('calc', 'SUM')).err).toContain('BEDSUBSIDY');
  });
});

describe('careplan rules and targets', () => {
  it('rules lists every parameter with its value, dates and clause, for one city with --city', async () => {
    const all = await careplan('rules', '--json');
    const rows = JSON.parse(all.out) as { id: string; city: string; kind: string; from: string; to?: string; min?: number; max?: number; unit?: string; citation: { quote: string } }[];
    expect(rows.length).toBe(78);
    // A span is listed with both ends, never one made-up figure.
    expect(rows.find((r) => r.id === 'allowance.oldAge')).toMatchObject({ kind: 'range', min: 50, max: 1000, unit: 'yuan/person/month' });
    const gz = JSON.parse((await careplan('rules', '--city', '赣州', '--json')).out) as typeof rows;
    expect(new Set(gz.map((r) => r.city))).toEqual(new Set(['ganzhou']));
    expect(gz.find((r) => r.id === 'caregiverBonus.perCertificate' && r.from === '2022-11-30')?.to).toBe('2023-12-12');
    expect((await careplan('rules', '--city', '抚州')).out).toContain('达到五星级奖 10 万元');
  });
  it('a target set again by a later document cites that document in the text listing', async () => {
    const lines = (await careplan('targets', '赣州')).out.split('\n');
    const at = lines.findIndex((l) => l.includes('[nursingBedShare]'));
    expect(lines[at + 1]).toMatch(/^ {2}赣市府发〔2023〕13号/u);
  });
  it('targets prints a city’s indicators with attribute and lead department', async () => {
    const text = (await careplan('targets', '鹰潭')).out;
    expect(text).toContain('每千人口托位数');
    expect(text).toContain('约束性');
    expect(text).toContain('市卫健委');
    const rows = JSON.parse((await careplan('targets', 'yingtan', '--json')).out) as { id: string; targets: { year: number }[] }[];
    expect(rows.find((r) => r.id === 'slotsPer1000People')?.targets.map((t) => t.year)).toEqual([2023, 2025]);
    expect((await careplan('targets')).code).toBe(64);
    expect((await careplan('targets', '南昌')).code).toBe(2);
  });
});

describe('careplan discrepancies', () => {
  it('lists every recorded disagreement with all figures and the one used', async () => {
    const rows = JSON.parse((await careplan('discrepancies', '--json')).out) as { id: string; uses: unknown }[];
    expect(rows.length).toBe(12);
    expect(rows.find((r) => r.id === 'ganzhou.slots.total2023')?.uses).toBe(34186);
    const text = (await careplan('discrepancies', '--city', '抚州')).out;
    expect(text).toContain('✔');
    expect(text).toContain('217');
    expect(text).not.toContain('赣州');
  });
});
