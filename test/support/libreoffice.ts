/**
 * LibreOffice Calc as the other program: it opens a workbook careplan (or a test) wrote, recalculates
 * every formula itself, and saves it as .xlsx or prints it to PDF.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SOFFICE, skipWithout } from './programs';
import { tempDir } from './workbooks';

export { SOFFICE };
/** Whether LibreOffice tests skip: only on a developer machine without it, never under CI (programs.ts). */
export const skipLibreOffice = skipWithout(SOFFICE !== undefined);

/** Converts with a private profile that tells Calc to recalculate every formula on load. */
export function throughLibreOffice(bytes: Uint8Array, name: string, format: 'xlsx' | 'pdf' = 'xlsx'): Uint8Array {
  return throughLibreOfficeAll([{ bytes, name }], format)[0]!;
}

/** Several workbooks through one LibreOffice start (each start costs seconds), in the order given. */
export function throughLibreOfficeAll(files: readonly { bytes: Uint8Array; name: string }[], format: 'xlsx' | 'pdf' = 'xlsx'): Uint8Array[] {
  const dir = tempDir();
  const profile = path.join(dir, 'profile', 'user');
  mkdirSync(profile, { recursive: true });
  writeFileSync(
    path.join(profile, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  const inputs = files.map(({ bytes, name }) => {
    const input = path.join(dir, name);
    writeFileSync(input, bytes);
    return input;
  });
  const out = path.join(dir, 'out');
  const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', out, ...inputs], { timeout: 120_000 + 20_000 * files.length });
  if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr.toString()}`);
  return files.map(({ name }) => new Uint8Array(readFileSync(path.join(out, name.replace(/\.[^.]+$/u, `.${format}`)))));
}
