// A what-if sheet of 100,000 custom function calls, made the way Excel makes them: one argument per
// declared parameter (null for a blank optional one) plus the invocation object, through the adapter
// the functions bundle registers. Compared with calling the rule functions directly on the same rows.
import { findFunction } from '../src/catalog';
import { adapt } from '../src/functions/adapter';
import { allocation } from '../src/rules/plans/allocation';
import { meets } from '../src/rules/plans/target';
import { childcareSlots } from '../src/rules/standards/childcareSlots';
import { landNeed } from '../src/rules/standards/landNeed';
import { bedSubsidy } from '../src/rules/subsidies/bedSubsidy';
import { opSubsidy } from '../src/rules/subsidies/opSubsidy';
import { slotGrant } from '../src/rules/subsidies/slotGrant';
import { fmt } from './measure';

class ExcelError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}
const runtime = { Error: ExcelError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
const invocation = { address: 'Sheet1!A1' };
const COUNTIES = ['章贡区', '于都县', '瑞金市', '南康区', '宁都县'];

interface Row {
  excel: () => unknown;
  direct: () => unknown;
}

/** Row i of the sheet: a mix of functions with counts that vary from row to row. */
function row(i: number): Row {
  const n = 10 + (i % 190);
  switch (i % 7) {
    case 0: {
      const f = adapt(findFunction('OPSUBSIDY')!, runtime);
      return { excel: () => f('赣州', n, n >> 1, i % 6, 12, null, invocation), direct: () => opSubsidy({ city: '赣州', severe: n, partial: n >> 1, grade: i % 6, months: 12 }) };
    }
    case 1: {
      const f = adapt(findFunction('BEDSUBSIDY')!, runtime);
      return { excel: () => f('赣州', n, '新建', null, 45352, invocation), direct: () => bedSubsidy({ city: '赣州', beds: n, buildType: '新建', asOf: 45352 }) };
    }
    case 2: {
      const f = adapt(findFunction('SLOTGRANT')!, runtime);
      return { excel: () => f('赣州', n, '改扩建', '农村', '县级', null, invocation), direct: () => slotGrant({ city: '赣州', slots: n, buildType: '改扩建', area: '农村', part: '县级' }) };
    }
    case 3: {
      const f = adapt(findFunction('LANDNEED')!, runtime);
      return { excel: () => f('赣州', n * 1000, (i % 30) / 100, null, invocation), direct: () => landNeed({ city: '赣州', population: n * 1000, elderlyShare: (i % 30) / 100 }) };
    }
    case 4: {
      const f = adapt(findFunction('CHILDCARESLOTS')!, runtime);
      return { excel: () => f('鹰潭', n * 37, '已建', null, invocation), direct: () => childcareSlots({ city: '鹰潭', population: n * 37, siteType: '已建' }) };
    }
    case 5: {
      const f = adapt(findFunction('MEETS')!, runtime);
      return { excel: () => f('赣州', '护理型养老床位占比', n / 200, null, invocation), direct: () => meets({ city: '赣州', indicator: '护理型养老床位占比', value: n / 200 }) };
    }
    default: {
      const f = adapt(findFunction('ALLOCATION')!, runtime);
      const county = COUNTIES[i % COUNTIES.length]!;
      return { excel: () => f('赣州', county, '托位', 2021 + (i % 5), invocation), direct: () => allocation({ city: '赣州', county, measure: '托位', year: 2021 + (i % 5) }) };
    }
  }
}

function timeSheet(calls: (() => unknown)[]): number {
  const start = process.hrtime.bigint();
  for (const c of calls) c();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function whatIfSheet(rows = 100_000): void {
  const sheet = Array.from({ length: rows }, (_, i) => row(i));
  const excel = sheet.map((r) => r.excel);
  const direct = sheet.map((r) => r.direct);
  timeSheet(excel);
  timeSheet(direct);
  const best = (calls: (() => unknown)[]) => Math.min(...[1, 2, 3].map(() => timeSheet(calls)));
  const excelMs = best(excel);
  const directMs = best(direct);
  console.log(`\nwhat-if sheet: ${fmt(rows)} custom function calls (7 functions, arguments as Excel passes them), best of 3`);
  console.log(`  through the custom function adapter: ${fmt(excelMs)} ms, ${fmt((excelMs * 1000) / rows, 2)} µs a call`);
  console.log(`  direct rule calls on the same rows:  ${fmt(directMs)} ms, ${fmt((directMs * 1000) / rows, 2)} µs a call`);
  console.log(`  adapter ÷ direct: ${fmt(excelMs / directMs, 2)}x`);
}
