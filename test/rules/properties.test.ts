import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG, invoke } from '../../src/catalog';
import { RuleError } from '../../src/rules/core/errors';
import { landNeed } from '../../src/rules/standards/landNeed';
import { bedSubsidy } from '../../src/rules/subsidies/bedSubsidy';
import { facilityOps } from '../../src/rules/subsidies/facilityOps';
import { hardshipCare } from '../../src/rules/subsidies/hardshipCare';
import { opSubsidy } from '../../src/rules/subsidies/opSubsidy';
import { serviceBuy } from '../../src/rules/subsidies/serviceBuy';
import { slotGrant } from '../../src/rules/subsidies/slotGrant';
import { slotOps } from '../../src/rules/subsidies/slotOps';
import { trainingAid } from '../../src/rules/subsidies/trainingAid';
import { allowance } from '../../src/rules/subsidies/allowance';
import { hardshipLiving } from '../../src/rules/subsidies/hardshipLiving';
import { homeSize } from '../../src/rules/standards/homeSize';
import { priceCap, rentCap } from '../../src/rules/standards/marketCap';
import { ALLOWANCE_ITEM } from '../../src/rules/core/enums';

/** Values of every kind, weighted towards ones that get past the first checks. */
const arg = fc.oneof(
  fc.anything(),
  fc.constantFrom('赣州', '鹰潭', '吉安', '抚州', 'ganzhou', 'JIAN', '新建', '城市', '农村', '县级', '失能', '公办', '民办', '个人', '大专', '高级技师', '三级', '全市', '于都县', '托位', '新增床位', '护理型养老床位占比', 'BEDSUBSIDY', '2024-03-01', '2019-01-01', '', 'abc'),
  fc.double(),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ min: 0, max: 1 }),
  fc.constantFrom(null, undefined, true, NaN, Infinity, -0, 1e308, 45000, 2023, 2025, [[1, 2]], new Date(Number.NaN), new Date(2024, 0, 1)),
);

describe('no input makes any function throw anything but the rule error', () => {
  for (const spec of CATALOG) {
    it(`CARE.${spec.name} with arbitrary arguments returns a result or throws RuleError`, () => {
      fc.assert(
        fc.property(fc.array(arg, { maxLength: spec.params.length + 1 }), (args) => {
          try {
            const r = invoke(spec, args);
            expect(['number', 'boolean', 'string']).toContain(typeof r.value);
            if (typeof r.value === 'number') expect(Number.isFinite(r.value)).toBe(true);
          } catch (e) {
            if (!(e instanceof RuleError)) throw e;
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

const n = fc.integer({ min: 0, max: 100000 });
const k = fc.integer({ min: 0, max: 50 });

/** f(a + b) = f(a) + f(b) and f(k·a) = k·f(a), to the cent. */
function linear(f: (x: number) => number) {
  fc.assert(
    fc.property(n, n, k, (a, b, m) => {
      expect(f(a + b)).toBeCloseTo(f(a) + f(b), 2);
      expect(f(m * a)).toBeCloseTo(m * f(a), 2);
    }),
  );
}

describe('amounts scale linearly in counts where the rule is linear', () => {
  it('BEDSUBSIDY in beds, with a city figure and with a provincial top-up', () => {
    linear((beds) => bedSubsidy({ city: '赣州', beds, buildType: '租赁改建' }).value);
    linear((beds) => bedSubsidy({ city: '吉安', beds, buildType: '新建', provincialPerBed: 6000 }).value);
  });
  it('OPSUBSIDY in severe, partial and months, at every grade', () => {
    for (const grade of [0, 3, 5]) {
      linear((severe) => opSubsidy({ city: '赣州', severe, partial: 7, grade, months: 1 }).value - opSubsidy({ city: '赣州', severe: 0, partial: 7, grade }).value);
      linear((months) => opSubsidy({ city: '赣州', severe: 3, partial: 7, grade, months }).value);
    }
  });
  it('SERVICEBUY, SLOTGRANT, SLOTOPS, FACILITYOPS and TRAININGAID in their counts', () => {
    linear((months) => serviceBuy({ city: '赣州', severe: 2, partial: 1, months }).value);
    linear((slots) => slotGrant({ city: '赣州', slots, buildType: '改扩建', area: '农村', part: '县级' }).value);
    linear((childMonths) => slotOps({ city: '赣州', childMonths, part: '市级' }).value);
    linear((count) => facilityOps({ city: '赣州', count, area: '城市', years: 2 }).value);
    linear((students) => trainingAid({ city: '吉安', students, years: 3 }).value);
  });
  it('HARDSHIPCARE in the minimum wage and LANDNEED in the population', () => {
    linear((minWage) => hardshipCare({ city: '抚州', minWage, level: '失能' }).value);
    linear((population) => landNeed({ city: '赣州', population, elderlyShare: 0.25 }).value);
  });
  it('ALLOWANCE in persons and in months, for every item of the list', () => {
    for (const item of Object.keys(ALLOWANCE_ITEM.options)) {
      linear((persons) => allowance({ city: '赣州', item, persons, months: 12, asOf: '2024-03-01' }).value);
      linear((months) => allowance({ city: '赣州', item, persons: 7, months, asOf: '2024-03-01' }).value);
    }
  });
  it('HARDSHIPLIVING in the 低保 standard, PRICECAP and RENTCAP in the market price', () => {
    linear((minLiving) => hardshipLiving({ city: '赣州', minLiving, asOf: '2024-03-01' }).value);
    linear((minLiving) => hardshipLiving({ city: '抚州', minLiving }).value);
    linear((marketPrice) => priceCap({ city: '鹰潭', marketPrice }).value);
    linear((marketRent) => rentCap({ city: '赣州', marketRent }).value);
  });
  it('the city and county parts of a childcare grant add up to the total', () => {
    fc.assert(
      fc.property(n, (slots) => {
        const part = (p: string) => slotGrant({ city: '赣州', slots, buildType: '新建', area: '城市', part: p }).value;
        expect(part('市级') + part('县级')).toBeCloseTo(part('合计'), 6);
      }),
    );
  });
});

describe('caps and size standards read the documents’ bounds the same way for every input', () => {
  it('a capped price or rent is never above the market figure and never negative', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (m) => {
        for (const v of [priceCap({ city: '鹰潭', marketPrice: m }).value, rentCap({ city: '赣州', marketRent: m }).value]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(m);
        }
      }),
    );
  });
  it('a span (40 至 150, 300以上500以下) holds exactly the beds from its lower to its upper end, both included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (beds) => {
        expect(homeSize({ city: '吉安', kind: '乡镇敬老院', beds }).value).toBe(beds >= 40 && beds <= 150);
        expect(homeSize({ city: '抚州', kind: '护理型养老院', beds }).value).toBe(beds >= 300 && beds <= 500);
      }),
    );
  });
  it('a minimum (300张以上, 不低于100张) once met stays met with more beds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 500 }), (beds, more) => {
        for (const [city, kind] of [['鹰潭', '护理型养老院'], ['赣州', '特困失能人员集中照护机构']] as const) {
          if (homeSize({ city, kind, beds }).value) expect(homeSize({ city, kind, beds: beds + more }).value).toBe(true);
        }
      }),
    );
  });
});
