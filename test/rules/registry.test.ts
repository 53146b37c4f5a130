/**
 * The parameter registry: which documents a refusal names, how a threshold without its reading is caught, and the words of
 * a figure read the wrong way (a programming error, named with the parameter and its kind).
 */
import { describe, expect, it } from 'vitest';
import { passes, rangeOf, resolve, tableValue, valueOf } from '../../src/rules/data/registry';
import { landNeed } from '../../src/rules/standards/landNeed';
import { meets } from '../../src/rules/plans/target';
import { expectRefusal } from '../helpers';

describe('the registry', () => {
  it('names only the city’s own documents when it refuses a rule the city does not set', () => {
    // 抚州's only document, 抚办发〔2020〕4号, sets no land standard for elderly-care facilities.
    const e = expectRefusal(() => landNeed({ city: '抚州', population: 1000, elderlyShare: 0.1 }), 'NOT_IN_POLICY', '抚办发〔2020〕4号');
    for (const other of ['赣市府', '吉府办发', '鹰']) expect(e.zh).not.toContain(other);
  });

  it('names four of the city’s indicators, in the document’s order, when an indicator is not found', () => {
    // 抚办发〔2020〕4号: 全市新增有效供给床位6000张以上，社区嵌入式养老机构100家，居家和社区养老服务设施覆盖率达到100%，
    // 特困失能人员集中供养率达到100%，护理型床位占比达到35%以上 …: the first four, and not the fifth.
    const e = expectRefusal(() => meets({ city: '抚州', indicator: '养老床位总数', value: 1 }), 'BAD_ARGUMENT');
    expect(e.zh).toContain('例如：新增有效供给床位、社区嵌入式养老机构、居家和社区养老服务设施覆盖率、特困失能人员集中供养率。');
    expect(e.zh).not.toContain('护理型床位占比');
  });

  it('refuses a threshold whose reading (以上 or 超过) is not recorded, rather than guessing one', () => {
    expect(() => passes(50, 50, undefined)).toThrow('a threshold parameter needs its bound');
    // 以上 includes the number, 超过 excludes it.
    expect([passes(50, 50, 'inclusive'), passes(50, 50, 'exclusive'), passes(51, 50, 'exclusive')]).toEqual([true, false, true]);
  });

  it('names the parameter and its kind when a figure is read the wrong way', () => {
    const table = resolve('ganzhou', 'opSubsidy.perResidentMonth', '2023-01-01');
    expect(() => valueOf(table)).toThrow('parameter opSubsidy.perResidentMonth is a table, not a value');
    expect(() => rangeOf(table)).toThrow('parameter opSubsidy.perResidentMonth is a table, not a range');
    const span = resolve('ganzhou', 'allowance.oldAge', '2024-01-01');
    expect(() => tableValue(span, 'x', (k) => ({ zh: k, en: k }))).toThrow('parameter allowance.oldAge is a range, not a table');
    // 抚州 sets the disabled urban hardship standard by a clause with no figure of its own.
    const clause = resolve('fuzhou', 'hardshipSupport.disabledUrbanStandard', '2021-01-01');
    expect(() => valueOf(clause)).toThrow('parameter hardshipSupport.disabledUrbanStandard has no figure');
  });
});
