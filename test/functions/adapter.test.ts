import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG, findFunction } from '../../src/catalog';
import { adapt } from '../../src/functions/adapter';
import { opSubsidy } from '../../src/rules/subsidies/opSubsidy';
import { ErrorCode, ExcelError, excelError, invocation } from './fakeRuntime';

const runtime = { Error: ExcelError, ErrorCode };
const excel = (name: string) => adapt(findFunction(name)!, runtime);

describe('a custom function, called as Excel calls it', () => {
  it('=CARE.OPSUBSIDY("赣州", B2, C2, D2, 12) gives what the rule gives', () => {
    const value = excel('OPSUBSIDY')('赣州', 40, 25, 2, 12, null, invocation);
    expect(value).toBe(138600);
    expect(value).toBe(opSubsidy({ city: '赣州', severe: 40, partial: 25, grade: 2, months: 12 }).value);
  });
  it('blank optional arguments take their defaults, whether Excel passes null or undefined', () => {
    expect(excel('OPSUBSIDY')('赣州', 40, 25, null, null, null, invocation)).toBe(10500);
    expect(excel('OPSUBSIDY')('赣州', 40, 25, undefined, undefined, undefined, invocation)).toBe(10500);
    expect(excel('SLOTGRANT')('赣州', 80, '新建', '城市', null, null, invocation)).toBe(48000);
  });
  it('takes an Excel date serial as the as-of date and returns booleans and text as they are', () => {
    expect(excel('CAREGIVERBONUS')('赣州', '高级技师', 45272, invocation)).toBe(3000);
    expect(excel('CAREGIVERBONUS')('赣州', '高级技师', 45273, invocation)).toBe(5000);
    expect(excel('MEDROOM')('抚州', '公办', 50, null, invocation)).toBe(true);
    expect(excel('TARGET')('赣州', '托育服务综合管理网络', null, invocation)).toBe('基本建立');
    expect(String(excel('SOURCE')('BEDSUBSIDY', '赣州', 45352, invocation))).toContain('赣市府发〔2023〕13号');
  });
  it('BAD_ARGUMENT and OUT_OF_RANGE are #VALUE! with the message, Chinese first', () => {
    const e = excelError(() => excel('LANDNEED')('赣州', 1000, 22, null, invocation));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^“老年人口占比”应为 0 到 1 之间的比例.*0\.22.* \/ elderlyShare/u);
    expect(excelError(() => excel('BEDSUBSIDY')('南昌', 10, '新建', null, null, invocation)).code).toBe('#VALUE!');
    expect(excelError(() => excel('BEDSUBSIDY')('赣州', -1, '新建', null, null, invocation)).code).toBe('#VALUE!');
    expect(excelError(() => excel('BEDSUBSIDY')('赣州', true, '新建', null, null, invocation)).code).toBe('#VALUE!');
  });
  it('NOT_IN_POLICY and NO_RULE_IN_FORCE are #N/A with the message', () => {
    const e = excelError(() => excel('SLOTGRANT')('鹰潭', 80, '新建', '城市', null, null, invocation));
    expect([e.code, e.message.includes('赣府办发〔2020〕25')]).toEqual(['#N/A', true]);
    expect(excelError(() => excel('CAREGIVERBONUS')('赣州', '初级', '2022-01-01', invocation)).code).toBe('#N/A');
  });
  it('an Excel error handed in as an argument comes back out unchanged', () => {
    const na = new ExcelError('#N/A');
    expect(excelError(() => excel('BEDSUBSIDY')('赣州', na, '新建', null, null, invocation))).toBe(na);
    const div0 = new ExcelError('#DIV/0!');
    expect(excelError(() => excel('OPSUBSIDY')('赣州', 1, 1, null, div0, null, invocation))).toBe(div0);
  });
  it('a range where a single value is expected is #VALUE!, asking for one cell', () => {
    for (const range of [[[40], [41]], [[40, 25]], [['赣州']]]) {
      const e = excelError(() => excel('OPSUBSIDY')('赣州', range, 25, null, 12, null, invocation));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toContain('单个');
    }
    expect(excelError(() => excel('OPSUBSIDY')([['赣州']], 40, 25, null, 12, null, invocation)).message).toContain('单个');
  });
  it('never lets anything but an Excel error escape, whatever Excel passes', () => {
    const cell = fc.oneof(fc.anything(), fc.double(), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.array(fc.double(), { maxLength: 3 }), { maxLength: 3 }));
    for (const spec of CATALOG) {
      const f = adapt(spec, runtime);
      fc.assert(
        fc.property(fc.array(cell, { minLength: spec.params.length, maxLength: spec.params.length }), (args) => {
          try {
            const v = f(...args, invocation);
            expect(['number', 'string', 'boolean']).toContain(typeof v);
          } catch (e) {
            expect(e).toBeInstanceOf(ExcelError);
          }
        }),
        { numRuns: 100 },
      );
    }
  });
});
