/**
 * Twenty files come back in a round of 赣州's bed table (赣市府字〔2022〕94号, 县（市、区）新增改造养老床位
 * 分解表), written here as the counties would fill them: 赣县区 and 南康区 send nothing, 于都县 sends two
 * returns that differ in 2024, 定南县 sends the slot table as well, four counties are off their yearly
 * tasks. What the round must give is worked out here from the document's figures (ALLOCATION).
 */
import { allocation } from '../../src/rules/plans/allocation';
import type { CountyStatus } from '../../src/round/messages';
import { templateBytes, type Entry } from './workbooks';

export const ROUND_AS_OF = '2026-03-01';
export const ROUND_YEARS = [2021, 2022, 2023, 2024, 2025];
export const MEASURE = '新增改造床位';
export const doneHeader = (y: number) => `${y}年实际新增改造（张）`;
export const task = (county: string, year: number): number => allocation({ city: '赣州', county, measure: MEASURE, year }).value;

/** The document's counties, in its order. */
export const COUNTIES = [
  '章贡区',
  '赣县区',
  '南康区',
  '信丰县',
  '大余县',
  '上犹县',
  '崇义县',
  '安远县',
  '定南县',
  '全南县',
  '宁都县',
  '于都县',
  '兴国县',
  '会昌县',
  '寻乌县',
  '石城县',
  '瑞金市',
  '龙南市',
  '赣州开发区',
  '蓉江新区',
];
export const MISSING = ['赣县区', '南康区'];
export const TWICE = '于都县';
/** 于都县's second return says 25 more beds in 2024. */
const CORRECTION = 25;

/** What each county did beyond (or short of) each year's task; 0 where not named. */
const DELTA: Record<string, number[]> = {
  信丰县: [0, 0, -30, -20, 0],
  宁都县: [10, 10, 10, 10, 10],
  会昌县: [0, -5, 0, 0, 0],
  瑞金市: [-40, 0, 0, 0, 60],
};
export const done = (county: string, y: number): number => task(county, y) + (DELTA[county]?.[ROUND_YEARS.indexOf(y)] ?? 0);

/** Short of the running task in a year due: an error on the return (瑞金市's 2021 shortfall stands until 2025 makes it up). */
const SHORT = ['信丰县', '会昌县', '瑞金市'];
export function expectedStatus(county: string): CountyStatus {
  if (MISSING.includes(county)) return 'missing';
  if (county === TWICE) return 'conflict';
  return SHORT.includes(county) ? 'hasErrors' : 'submitted';
}
/** Counties whose figures are merged. */
export const MERGED = COUNTIES.filter((c) => ['submitted', 'hasErrors'].includes(expectedStatus(c)));

/** The 通报's rate for yearly tasks: done in the years due ÷ the sum of their tasks (all five are due on ROUND_AS_OF). */
export const expectedRate = (county: string): number => ROUND_YEARS.reduce((s, y) => s + done(county, y), 0) / ROUND_YEARS.reduce((s, y) => s + task(county, y), 0);

const entries = (county: string, extra2024 = 0): Entry[] =>
  ROUND_YEARS.map((y) => ({
    row: county,
    header: doneHeader(y),
    value: done(county, y) + (y === 2024 ? extra2024 : 0),
  }));

/** The twenty files, each named as the county sent it. */
export async function roundFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const county of COUNTIES.filter((c) => !MISSING.includes(c)))
    files.push({
      name: `${county}报表.xlsx`,
      bytes: await templateBytes('gz-beds', entries(county), { county }),
    });
  files.push({
    name: `${TWICE}报表（更正）.xlsx`,
    bytes: await templateBytes('gz-beds', entries(TWICE, CORRECTION), {
      county: TWICE,
    }),
  });
  files.push({
    name: '定南县_托位分解表.xlsx',
    bytes: await templateBytes('gz-slots', [], { county: '定南县' }),
  });
  return files;
}
