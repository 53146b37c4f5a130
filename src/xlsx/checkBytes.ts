/**
 * A workbook's bytes checked, every sheet: what the command line's workers and the browser page
 * both run. Damage is reported as an XlsxError, never half a result.
 */
import { checkWorkbook, type SheetReport } from '../check';
import type { IsoDay } from '../rules/core/dates';
import type { Inflate, InflateAsync } from './inflate';
import { readWorkbook, readWorkbookAsync } from './read';

export function checkBytes(bytes: Uint8Array, asOf: IsoDay, inflate?: Inflate): SheetReport[] {
  return checkWorkbook(readWorkbook(bytes, inflate ? { inflate } : {}).sheets, asOf);
}

/** checkBytes, with the large parts unpacked by an inflater that answers later (the page's DecompressionStream). */
export async function checkBytesAsync(bytes: Uint8Array, asOf: IsoDay, unpack: InflateAsync): Promise<SheetReport[]> {
  return checkWorkbook((await readWorkbookAsync(bytes, unpack)).sheets, asOf);
}
