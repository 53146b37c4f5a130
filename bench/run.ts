// npm run bench: what a rule call costs, and what the catalog layer (positional arguments mapped to a
// rule's input, arity checked) adds on top. Both paths parse and validate every argument: the rules
// themselves do that, so the ratio shows the catalog's own share.
import { findFunction, invoke } from '../src/catalog';
import { allocation } from '../src/rules/plans/allocation';
import { target } from '../src/rules/plans/target';
import { landNeed } from '../src/rules/standards/landNeed';
import { staffNeed } from '../src/rules/standards/staffNeed';
import { bedSubsidy } from '../src/rules/subsidies/bedSubsidy';
import { caregiverBonus } from '../src/rules/subsidies/caregiverBonus';
import { opSubsidy } from '../src/rules/subsidies/opSubsidy';
import { slotGrant } from '../src/rules/subsidies/slotGrant';
import { bundleSizes } from './bundles';
import { checkBench } from './check';
import { cliBench } from './cli';
import { excelCheckBench } from './excelCheck';
import { firstLoadBench } from './firstLoad';
import { officeJsStallBench } from './officeJsStall';
import { roundPageBench } from './roundPage';
import { hostileBench } from './hostile';
import { readBench } from './readXlsx';
import { fmt, perSecond } from './measure';
import { whatIfSheet } from './whatIf';

interface Case {
  name: string;
  args: unknown[];
  direct: () => unknown;
}

const CASES: Case[] = [
  { name: 'BEDSUBSIDY', args: ['赣州', 120, '新建', null, 45352], direct: () => bedSubsidy({ city: '赣州', beds: 120, buildType: '新建', asOf: 45352 }) },
  { name: 'OPSUBSIDY', args: ['赣州', 40, 25, 2, 12, 45352], direct: () => opSubsidy({ city: '赣州', severe: 40, partial: 25, grade: 2, months: 12, asOf: 45352 }) },
  { name: 'SLOTGRANT', args: ['赣州', 80, '新建', '城市', '县级', 45352], direct: () => slotGrant({ city: '赣州', slots: 80, buildType: '新建', area: '城市', part: '县级', asOf: 45352 }) },
  { name: 'CAREGIVERBONUS', args: ['赣州', '高级技师', '2024-03-01'], direct: () => caregiverBonus({ city: '赣州', level: '高级技师', asOf: '2024-03-01' }) },
  { name: 'LANDNEED', args: ['赣州', 500000, 0.21, 45352], direct: () => landNeed({ city: '赣州', population: 500000, elderlyShare: 0.21, asOf: 45352 }) },
  { name: 'STAFFNEED', args: ['赣州', 30, 40, 25, 45352], direct: () => staffNeed({ city: '赣州', severe: 30, moderate: 40, able: 25, asOf: 45352 }) },
  { name: 'TARGET', args: ['鹰潭', '每千人口托位数', 2024], direct: () => target({ city: '鹰潭', indicator: '每千人口托位数', year: 2024 }) },
  { name: 'ALLOCATION', args: ['赣州', '于都县', '新增改造床位', 2023], direct: () => allocation({ city: '赣州', county: '于都县', measure: '新增改造床位', year: 2023 }) },
];

console.log('rule calls: catalog (positional, as Excel and the CLI call) vs direct rule function');
console.log('function         catalog calls/s   direct calls/s   µs/call (catalog)   catalog ÷ direct time');
let sumCatalog = 0;
let sumDirect = 0;
for (const c of CASES) {
  const spec = findFunction(c.name)!;
  const viaCatalog = perSecond(() => invoke(spec, c.args));
  const direct = perSecond(c.direct);
  sumCatalog += 1 / viaCatalog;
  sumDirect += 1 / direct;
  console.log(
    `${c.name.padEnd(16)} ${fmt(viaCatalog).padStart(15)} ${fmt(direct).padStart(16)} ${fmt(1e6 / viaCatalog, 2).padStart(19)} ${fmt(direct / viaCatalog, 2).padStart(22)}x`,
  );
}
const mixCatalog = CASES.length / sumCatalog;
const mixDirect = CASES.length / sumDirect;
console.log(
  `${'mix'.padEnd(16)} ${fmt(mixCatalog).padStart(15)} ${fmt(mixDirect).padStart(16)} ${fmt(1e6 / mixCatalog, 2).padStart(19)} ${fmt(mixDirect / mixCatalog, 2).padStart(22)}x`,
);

whatIfSheet();
await readBench();
await checkBench();
await excelCheckBench();
await cliBench();
await hostileBench();
bundleSizes();
await firstLoadBench();
await officeJsStallBench();
await roundPageBench();
