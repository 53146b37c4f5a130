/**
 * The pane's settings, saved in the workbook (Excel's add-in settings travel with the file), so
 * that a budget sheet opened again starts from its own city and date.
 */
import { badSettings } from './errors';
import type { ExcelRun } from './run';
import type { Settings } from './types';

export const SETTINGS_KEY = 'careplan.settings';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The settings a saved text holds; a clear refusal where it was not written by saveSettings. */
export function parseSettings(text: unknown): Settings {
  let v: unknown;
  try {
    v = JSON.parse(String(text));
  } catch {
    throw badSettings('text');
  }
  if (typeof v !== 'object' || v === null) throw badSettings('shape');
  const { city, asOf, lang } = v as Record<string, unknown>;
  if (typeof city !== 'string' || city.trim() === '') throw badSettings('city');
  if (asOf !== null && (typeof asOf !== 'string' || !ISO_DAY.test(asOf))) throw badSettings('asOf');
  if (lang !== 'zh' && lang !== 'en') throw badSettings('lang');
  return { city, asOf, lang };
}

export async function loadSettings(run: ExcelRun): Promise<Settings | null> {
  return run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load('value');
    await context.sync();
    return item.isNullObject ? null : parseSettings(item.value);
  });
}

export async function saveSettings(run: ExcelRun, s: Settings): Promise<void> {
  const text = JSON.stringify({ city: s.city, asOf: s.asOf, lang: s.lang });
  await run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, text);
    await context.sync();
  });
}
