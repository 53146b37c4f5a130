/**
 * Every county's form of a county table as one .zip, for the page's download: the same forms, file
 * names and writer as `careplan template ID --county all` (templates/countyForms.ts). The writer
 * and the zip code load only when asked.
 */
import { countyForms } from '../templates/countyForms';

export const ZIP_TYPE = 'application/zip';

export async function everyCountyZip(id: string): Promise<Uint8Array> {
  const forms = countyForms(id);
  if (!forms) throw new Error(`${id}: no county forms`);
  const [{ writeTemplate }, { zipSync }] = await Promise.all([import(/* webpackChunkName: "xlsx-write" */ '../xlsx/write'), import('fflate')]);
  const files: Record<string, Uint8Array> = {};
  for (const f of forms) files[f.fileName] = await writeTemplate(f.template);
  // An .xlsx is deflated already: stored as it is. fflate marks the Chinese names as UTF-8 (flag bit 11).
  return zipSync(files, { level: 0 });
}
