/**
 * A round's forms: every county's own form of a county table, each with the file name the round
 * uses, county first in Chinese (于都县_养老床位分解表.xlsx), so that a folder of them sorts by county.
 * The command line writes them into a folder, the page into one .zip.
 */
import { buildTemplate, findTemplate } from '.';
import type { Template } from './model';

export interface CountyForm {
  template: Template;
  fileName: string;
}

/** Every county's form of the template, in the document's order; undefined for a template without county forms. */
export function countyForms(id: string): CountyForm[] | undefined {
  const entry = findTemplate(id);
  if (!entry.counties) return undefined;
  return buildTemplate(entry.id).tables[0]!.rows
    .filter((r) => !r.total)
    .map((r) => buildTemplate(entry.id, { county: r.key }))
    .map((t) => ({ template: t, fileName: `${t.county}_${t.sheet.slice(t.county!.length)}.xlsx` }));
}
