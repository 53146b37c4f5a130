import { describe, expect, it } from 'vitest';
import { CATALOG, findFunction, invoke } from '../../src/catalog';
import { readTrace, allParameters } from '../../src/rules/data/registry';
import { RuleError } from '../../src/rules/core/errors';
import { expectRefusal } from '../helpers';

/** One valid call per function, for every city; the calls reach every branch that reads a parameter. */
const CALLS: Record<string, unknown[][]> = {
  BEDSUBSIDY: [[120, '新建', 8000, '2024-01-01'], [120, '新建', undefined, '2024-01-01']],
  OPSUBSIDY: [[40, 25, 2, 12, '2024-01-01']],
  SLOTGRANT: [[80, '新建', '城市', '县级', '2024-01-01']],
  SLOTOPS: [[100, '市级', '2024-01-01']],
  FACILITYOPS: [[3, '农村', 2, '2024-01-01']],
  SERVICEBUY: [[3, 4, 12, '2024-01-01']],
  CAREGIVERBONUS: [['高级', '2024-01-01']],
  GRADBONUS: [['大专', '2024-01-01']],
  TRAININGAID: [[10, 3, '2024-01-01']],
  RATINGAWARD: [[5, 3, '2024-01-01'], [4, undefined, '2024-01-01']],
  HARDSHIPCARE: [[1850, '失能', '2024-01-01']],
  LOANCAP: [['个人', '2024-01-01'], ['小微企业', '2024-01-01']],
  FACILITYAREA: [[1000, '新建', '2024-01-01']],
  CHILDCARESLOTS: [[5000, '已建', '2024-01-01']],
  LANDNEED: [[100000, 0.25, '2024-01-01']],
  STAFFNEED: [[9, 12, 30, '2024-01-01']],
  MEDROOM: [['公办', 60, '2024-01-01']],
  ALLOWANCE: ['高龄津贴', '养老服务补贴', '失能老年人护理补贴', '困难残疾人生活补贴', '重度残疾人护理补贴', '独生子女死亡', '独生子女伤残', '重度失能居家养老服务支持', '中度失能居家养老服务支持'].map((item) => [item, 10, 12, '2024-01-01']),
  HARDSHIPLIVING: [[800, '2024-01-01']],
  HOMESIZE: [['乡镇敬老院', 100, null, '2024-01-01'], ['护理型养老院', 300, null, '2024-01-01'], ['特困失能人员集中照护机构', 100, 3, '2024-01-01']],
  PRICECAP: [[3000, '2024-01-01']],
  RENTCAP: [[12000, '2024-01-01']],
};

describe('the catalog', () => {
  it('describes every function of FUNCTIONS.md and README once, with zh and en help for it and each parameter', () => {
    const names = CATALOG.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(27);
    for (const f of CATALOG) {
      expect(f.name).toMatch(/^[A-Z]+$/);
      for (const text of [f.description, ...f.params.map((p) => p.help)]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/u);
        expect(text.en.length).toBeGreaterThan(3);
      }
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional), f.name).toBe(true);
    }
  });

  it('finds functions with or without the CARE. prefix, in any case', () => {
    expect(findFunction('CARE.BEDSUBSIDY')?.name).toBe('BEDSUBSIDY');
    expect(findFunction('care.slotgrant')?.name).toBe('SLOTGRANT');
    expect(findFunction('SUM')).toBeUndefined();
  });

  it('names only parameter ids that exist in seeds/', () => {
    const ids = new Set(allParameters().map((e) => e.param.id));
    for (const f of CATALOG) for (const id of f.reads) expect(ids.has(id), `${f.name} reads ${id}`).toBe(true);
  });

  it('declares every parameter a function reads, for every city (traced while calling it)', () => {
    for (const [name, calls] of Object.entries(CALLS)) {
      const spec = findFunction(name)!;
      const seen = new Set<string>();
      for (const city of ['赣州', '鹰潭', '吉安', '抚州']) {
        for (const args of calls) {
          readTrace.ids = seen;
          try {
            invoke(spec, [city, ...args]);
          } catch (e) {
            if (!(e instanceof RuleError)) throw e;
          } finally {
            readTrace.ids = undefined;
          }
        }
      }
      expect([...seen].sort(), name).toEqual([...spec.reads].sort());
    }
  });

  it('refuses more arguments than a function takes', () => {
    expectRefusal(() => invoke(findFunction('GRADBONUS')!, ['赣州', '大专', '2024-01-01', 4]), 'BAD_ARGUMENT', '3');
  });
});
