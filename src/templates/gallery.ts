/**
 * What a list of the templates shows before any is built: each one's title, kind, document and
 * clause, and the counties whose own form it comes as. Taken from the built templates themselves,
 * so it says what buildTemplate() would; the task pane's build computes it once at build time
 * (scripts/build/galleryData.ts), so that the page shows the list without the seeds and the
 * templates' code, which load when a template is made.
 */
import type { City } from '../rules/core/enums';
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
}

export function galleryEntries(): GalleryEntry[] {
  return TEMPLATES.map((e) => {
    const t = buildTemplate(e.id);
    const counties = e.counties ? (t.tables[0]?.rows ?? []).filter((r) => !r.total && r.county !== null).map((r) => r.county as string) : null;
    return { id: e.id, city: e.city, title: e.title, titleEn: e.titleEn, kind: t.kind, basis: t.basis, basisEn: t.basisEn, counties };
  });
}
