/**
 * `--env officeJs=bundled`: Office.js served by the add-in's own host, for intranets that cannot
 * reach Microsoft's CDN. Copies from the @microsoft/office-js package only what Office.js loads in
 * Excel, into office-js/ beside the pane:
 * - office.js, which finds its folder from its own script element (office.debug.js, getOfficeJsBasePath);
 * - the Excel host file office.js loads next, basePath + excel-PLATFORM-VERSION.js (office.debug.js:1971),
 *   for every platform of OSF.HostSpecificFileVersionMap.excel (office.debug.js:78) and android, which
 *   falls back to 16.00; with the "-core" variants the host may ask for (HostFileScriptSuffix);
 * - o15apptofilemappingtable.js, loaded where no host says who it is, as in a plain browser (office.debug.js:1957);
 * - LOCALE/office_strings.js for every locale (office.debug.js:1818; an absent locale costs a 5 s wait
 *   before the en-us fallback, LocaleStringLoadingTimeout);
 * - telemetry/oteljs_agave.js (office.debug.js:1190) and ariatelemetry/aria-web-telemetry.js and
 *   AgaveErrorUX/ (excel-web-16.00.js, excel-win32-16.01.js: getOfficeJsBasePath() + ...), which
 *   the host files load from the same folder.
 * Not copied: the .debug.js twins, other Office applications, webauth/ (single sign-on, unused).
 */
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Compiler } from 'webpack';

/** Where the pages load the bundled Office.js from, relative to taskpane.html. */
export const OFFICE_JS_BUNDLED = 'office-js/office.js';
const FOLDER = path.dirname(OFFICE_JS_BUNDLED);

const HOST_FILE = /^excel-(web|win32|mac|ios|android|winrt)-16\.\d\d(-core)?\.js$/u;
const SINGLE_FILES = ['office.js', 'o15apptofilemappingtable.js', 'telemetry/oteljs_agave.js', 'ariatelemetry/aria-web-telemetry.js'];

/** Each file to copy: its path in the package's dist/ and its path under office-js/. */
export function officeJsFiles(packageDist: string): { from: string; to: string }[] {
  const names = readdirSync(packageDist);
  const files = [...SINGLE_FILES, ...names.filter((n) => HOST_FILE.test(n))].map((f) => ({ from: f, to: f }));
  for (const n of names) {
    if (existsSync(path.join(packageDist, n, 'office_strings.js'))) files.push({ from: `${n}/office_strings.js`, to: `${n}/office_strings.js` });
  }
  // The host files ask for AgaveErrorUX/; the package spells the folder agaveerrorux (the CDN ignores case, a Linux host does not).
  for (const f of readdirSync(path.join(packageDist, 'agaveerrorux'), { recursive: true, encoding: 'utf8' })) {
    if (statSync(path.join(packageDist, 'agaveerrorux', f)).isFile()) files.push({ from: `agaveerrorux/${f}`, to: `AgaveErrorUX/${f}` });
  }
  for (const f of files) if (!existsSync(path.join(packageDist, f.from))) throw new Error(`@microsoft/office-js has no ${f.from}: check officeJsFiles against the package`);
  return files;
}

export class OfficeJsCopyPlugin {
  constructor(private readonly packageDist: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('OfficeJsCopyPlugin', (compilation) => {
      const out = compilation.outputOptions.path!;
      for (const f of officeJsFiles(this.packageDist)) cpSync(path.join(this.packageDist, f.from), path.join(out, FOLDER, f.to));
    });
  }
}
