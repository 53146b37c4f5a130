/**
 * Every figure in seeds/ (both ends of a span) stands in the clause it cites: as digits (56.21), in
 * 万 (3万 for 30000), or for a share as its percentage (80% or a table's 92.89). The few figures a
 * clause states another way are listed below with the reason.
 */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/rules/data/schema';
import { SEEDS } from '../../src/rules/data/seeds';

/** Figures (by document and name) whose clause states them in words or splits them. */
const STATED_OTHERWISE: Record<string, string> = {
  'ganzhou-2022-94 childcareFunding.share': '2：8 is stored as 0.2 and 0.8',
  'ganzhou-2022-94 landNeed.agedShareThreshold': '超过百分之二十 is 0.2',
  'ganzhou-2023-13 landNeed.agedShareThreshold': '超过百分之二十 is 0.2',
  'ganzhou-2022-94 townshipPublicChildcareCoverage': '全覆盖 (full coverage) is 100%',
  'yingtan-2022-20 monthlyVisitRate 2022': 'a footnote splits the sentence: 月探访率达 ^[4]… 到100%',
  'ganzhou-2023-13 homeSize.hardshipCareInstitutionGrade': '等级评定三级及以上 is grade 3',
  'ganzhou-2023-13 countyWelfareHomeClinicShare': '所有县级综合福利院均建有 (every one) is 100%',
  'ganzhou-2023-13 townshipHomeRatedShare': '所有乡镇（街道）敬老院…达到一级及以上 (every one) is 100%',
  'ganzhou-2023-13 countyWelfareHomeRatedShare': '所有…县级福利院达到二级及以上 (every one) is 100%',
};

const excepted = (where: string) => Object.keys(STATED_OTHERWISE).some((k) => where.startsWith(k));
const tidy = (x: number) => Number(x.toPrecision(12));

const number = (n: number) => String(n).replace('.', '\\.');

/** Patterns of the ways a clause writes v; a space may stand before 万. */
function writtenForms(v: number, share: boolean): string[] {
  const forms = [number(v)];
  if (v >= 10000 && v % 100 === 0) forms.push(`${number(tidy(v / 10000))}\\s*万`);
  if (share) forms.push(number(tidy(v * 100)));
  return forms;
}

/** White space separates numbers in the flattened tables, so it is kept as a boundary. */
function stands(v: number, share: boolean, quote: string): boolean {
  return writtenForms(v, share).some((f) => new RegExp(`(?<![\\d.])${f}(?![\\d]|\\.\\d)`, 'u').test(quote));
}

interface Figure {
  where: string;
  value: number;
  share: boolean;
  cite: Citation;
}

function figures(): Figure[] {
  const out: Figure[] = [];
  for (const seed of SEEDS) {
    const doc = seed.document.id;
    for (const p of seed.parameters) {
      const share = p.kind !== 'reference' && p.kind !== 'clause' && p.unit === 'share';
      if (p.kind === 'value') out.push({ where: `${doc} ${p.id}`, value: p.value, share, cite: p.citation });
      if (p.kind === 'table') {
        for (const [k, v] of Object.entries(p.values)) out.push({ where: `${doc} ${p.id}.${k}`, value: v, share, cite: p.citation });
      }
      // A span keeps both ends, and both stand in the clause (50-1000元不等, 40 至 150 张).
      if (p.kind === 'range') {
        out.push({ where: `${doc} ${p.id}.min`, value: p.min, share, cite: p.citation });
        out.push({ where: `${doc} ${p.id}.max`, value: p.max, share, cite: p.citation });
      }
    }
    for (const ind of seed.indicators) {
      const share = ind.unit === 'share';
      if (typeof ind.base?.value === 'number') out.push({ where: `${doc} ${ind.id} base`, value: ind.base.value, share, cite: ind.base.citation ?? ind.citation });
      for (const t of ind.targets) {
        if (typeof t.value === 'number') out.push({ where: `${doc} ${ind.id} ${t.year}`, value: t.value, share, cite: t.citation ?? ind.citation });
      }
    }
  }
  return out;
}

describe('every figure stands in the clause it cites', () => {
  it('as digits, in 万, or as a percentage', () => {
    const missing = figures()
      .filter((f) => !excepted(f.where) && !stands(f.value, f.share, f.cite.quote))
      .map((f) => `${f.where} = ${f.value}: “${f.cite.quote}”`);
    expect(missing).toEqual([]);
  });
  it('each exception names figures of seeds/ that do not stand in their clause, so the list cannot go stale', () => {
    for (const k of Object.keys(STATED_OTHERWISE)) {
      const covered = figures().filter((f) => f.where.startsWith(k));
      expect(covered.length, k).toBeGreaterThan(0);
      expect(covered.some((f) => !stands(f.value, f.share, f.cite.quote)), k).toBe(true);
    }
  });
});
