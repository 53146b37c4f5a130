import { allocation, type AllocationInput } from '../rules/plans/allocation';
import { gap, meets, target, type MeasuredInput, type TargetInput } from '../rules/plans/target';
import { source, type SourceInput } from '../rules/sources';
import { asOf, city, p } from './params';
import { defineFunction, type FunctionSpec } from './types';

const indicator = p('indicator', '指标', 'string', { zh: '指标名称（按规划原文）或编号', en: "Indicator: its name as the plan writes it, or its id" });
const year = p('year', '年份', 'any', { zh: '年份（可选）：默认规划末年', en: "Year (optional): default the plan's final year" }, { optional: true });
const value = p('value', '实际值', 'any', { zh: '实际值（百分比填小数，如 0.45 或 45%）', en: 'Actual value (a share as a fraction: 0.45 or 45%)' });

/** SOURCE needs the catalog to know what a function reads; it is bound in catalog/index.ts. */
export const sourceSpec = (readsOf: (name: string) => readonly string[] | undefined): FunctionSpec =>
  defineFunction<SourceInput>({
    name: 'SOURCE',
    description: { zh: '函数、指标或参数的政策出处：文号、条款与原文', en: 'The clauses behind a function, indicator or parameter' },
    params: [
      p('name', '名称', 'string', { zh: '函数名（如 BEDSUBSIDY）、指标名或参数编号', en: 'A function name (BEDSUBSIDY), an indicator, or a parameter id' }),
      { ...city, optional: true, help: { zh: '城市（可选）：默认四市', en: 'City (optional): default all four' } },
      asOf,
    ],
    result: { type: 'string', unit: 'text' },
    reads: [],
    run: (input) => source(input, readsOf),
  });

export const PLANS: readonly FunctionSpec[] = [
  defineFunction<TargetInput>({
    name: 'TARGET',
    description: { zh: '规划指标的目标值（百分比为小数）', en: 'The plan target of an indicator (shares as fractions)' },
    params: [city, indicator, year],
    result: { type: 'any', unit: 'text' },
    reads: [],
    run: target,
  }),
  defineFunction<AllocationInput>({
    name: 'ALLOCATION',
    description: { zh: '县（市、区）分解表中的分配数', en: "A county's figure in the city's allocation table" },
    params: [
      city,
      p('county', '县区', 'string', { zh: '县（市、区）名称，如“于都县”“赣州经开区”，或“全市”', en: 'County as the table writes it (or its short name), or 全市 for the total' }),
      p('measure', '栏目', 'string', {
        zh: '栏目：新增改造床位、托位、养老床位总数、每千名老人床位数、每千人托位数；抚州：城市居家和社区养老服务设施、农村互助养老服务设施、嵌入式养护院、新增床位、新增护理型床位',
        en: 'Column, in the table’s words (新增改造床位, 托位, 新增床位, …)',
      }),
      p('year', '年份', 'any', { zh: '年份', en: 'Year' }),
    ],
    result: { type: 'number', unit: 'count' },
    reads: [],
    run: allocation,
  }),
  defineFunction<MeasuredInput>({
    name: 'MEETS',
    description: { zh: '实际值是否达到规划目标：TRUE/FALSE', en: 'Whether a value meets the plan target: TRUE/FALSE' },
    params: [city, indicator, value, year],
    result: { type: 'boolean', unit: 'boolean' },
    reads: [],
    run: meets,
  }),
  defineFunction<MeasuredInput>({
    name: 'GAP',
    description: { zh: '实际值距规划目标的差距（达到为 0，单位同指标）', en: 'How far a value falls short of the target (0 when met)' },
    params: [city, indicator, value, year],
    result: { type: 'number', unit: 'count' },
    reads: [],
    run: gap,
  }),
];

