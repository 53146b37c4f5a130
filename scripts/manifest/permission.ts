/**
 * The least permission the add-in's code needs: none while no code touches the workbook through
 * Office.js; reading and writing once any does (loading templates and marking cells both write).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// A reference is enough: src/excel hands Excel.run to its operations rather than calling it in place.
const DOCUMENT_API = /\bExcel\.run\b|Office\.context\.document\b/u;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(full);
    else if (/\.tsx?$/u.test(entry.name)) yield full;
  }
}

export function permissionNeeded(srcDir: string): 'Restricted' | 'ReadWriteDocument' {
  for (const file of sources(srcDir)) if (DOCUMENT_API.test(readFileSync(file, 'utf8'))) return 'ReadWriteDocument';
  return 'Restricted';
}
