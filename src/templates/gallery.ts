/**
 * What a list of the templates shows before any is built: each one's title, kind, document and
 * clause, and the counties whose own form it comes as; and the cities' names. Taken from the built templates themselves,
 * so it says what buildTemplate() would; the task pane's build computes it once at build time
 * (scripts/build/galleryData.ts), so that the page shows the list without the seeds and the
 * templates' code, which load when a template is made.
 */
import { CITY, type City } from '../rules/core/enums';
import { TEMPLATES, buildTemplate } from '.';
import type { TemplateKind } from './model';

export interface GalleryEntry {
  id: string;
  /** The city whose document it comes from; null for the budget sheets, which take any city. */
  city: City | null;
  title: string;
  titleEn: string;
  kind: TemplateKind;
  basis: string;
  basisEn: string;
  /** The counties with a form of their own, in the document's order; null for a sheet that has none. */
  counties: string[] | null;
  /** A budget: the cities whose documents set a figure for one of its lines; null for any other sheet. */
  serves: City[] | null;
}

export interface Gallery {
  /** The cities, in the documents' order, with their names: the groups, and a budget sheet's choices. */
  cities: { id: City; zh: string; en: string }[];
  entries: GalleryEntry[];
}

export function gallery(): Gallery {
  const cities = (Object.keys(CITY.options) as City[]).map((id) => ({ id, zh: CITY.options[id].zh, en: CITY.options[id].en }));
  return { cities, entries: galleryEntries() };
}

function galleryEntries(): GalleryEntry[] {
  return TEMPLATES.map((e) => {
    const t = buildTemplate(e.id);
    const counties = e.counties ? (t.tables[0]?.rows ?? []).filter((r) => !r.total && r.county !== null).map((r) => r.county as string) : null;
    return { id: e.id, city: e.city, title: e.title, titleEn: e.titleEn, kind: t.kind, basis: t.basis, basisEn: t.basisEn, counties, serves: e.serves ?? null };
  });
}
