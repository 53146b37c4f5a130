/** The recorded disagreements of the documents, found by the cell or indicator year they concern. */
import type { City } from '../core/enums';
import type { Bilingual, Discrepancy } from '../data/schema';
import { SEEDS } from '../data/seeds';

const ALL: readonly { city: City; d: Discrepancy }[] = SEEDS.flatMap((s) => s.discrepancies.map((d) => ({ city: s.document.city, d })));

function note(d: Discrepancy): Bilingual {
  const figures = d.figures.map((f, i) => `${i === d.productUses ? '✔ ' : ''}${f.label.zh} ${f.value}`);
  return { zh: `${d.description.zh}（${figures.join('；')}）${d.why.zh}`, en: `${d.description.en} ${d.why.en}` };
}

export function cellNotes(city: City, table: string, measure: string, year: number | null): Bilingual[] {
  return ALL.filter(({ city: c, d }) => c === city && d.cell?.table === table && d.cell.measure === measure && d.cell.year === year).map(({ d }) => note(d));
}

export function indicatorNotes(city: City, id: string, year: number): Bilingual[] {
  return ALL.filter(({ city: c, d }) => c === city && d.indicator?.id === id && d.indicator.year === year).map(({ d }) => note(d));
}

export function allDiscrepancies(): readonly { city: City; d: Discrepancy }[] {
  return ALL;
}
