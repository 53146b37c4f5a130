/**
 * The manifest's URLs all start with the development base; a build moves every one of them (not
 * only the first) to the base URL it is given, which must be https and end with a slash.
 */
import { readFileSync } from 'node:fs';

export const DEV_BASE = 'https://localhost:3000/';
export const MANIFEST_FILE = new URL('../../manifest.xml', import.meta.url);

export function checkBaseUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`baseUrl is not a URL: ${base}`);
  }
  if (url.protocol !== 'https:') throw new Error(`baseUrl must be https (Office loads add-ins over HTTPS only): ${base}`);
  if (!base.endsWith('/')) throw new Error(`baseUrl must end with a slash, e.g. ${base}/`);
  if (url.search || url.hash) throw new Error(`baseUrl must not carry a query or fragment: ${base}`);
  return base;
}

export function rebase(xml: string, base: string): string {
  return xml.split(DEV_BASE).join(checkBaseUrl(base));
}

export function builtManifest(base: string = DEV_BASE): string {
  return rebase(readFileSync(MANIFEST_FILE, 'utf8'), base);
}

/**
 * The second manifest, manifest-taskpane.xml: the task pane without the custom functions, for Excel
 * builds that have a modern webview but not SharedRuntime 1.1 or CustomFunctionsRuntime 1.2, which
 * the main manifest requires and without which Excel never offers it (Excel 2019 and 2016 retail
 * with WebView2, and Microsoft 365 builds before 2002: shared-runtime-requirement-sets.md and
 * custom-functions-requirement-sets.md in OfficeDev/office-js-docs-reference). Its own Id, so that
 * both can be deployed; no Requirements (the pane checks ExcelApi sets at run time and says what is
 * missing), no shared runtime, no CustomFunctions extension point. In a shared runtime the custom
 * functions load with the pane (taskpane.html); here the functions bundle finds no runtime and binds nothing.
 */
export const TASKPANE_MANIFEST_ID = '6f1d6c3e-2f7a-4b55-9d0e-5c1b7a2e8f43';

export function taskpaneOnlyManifest(base: string = DEV_BASE): string {
  const cut = (xml: string, re: RegExp, what: string): string => {
    if (!re.test(xml)) throw new Error(`manifest.xml has no ${what} to leave out of the task-pane-only manifest`);
    return xml.replace(re, '');
  };
  let xml = builtManifest(base);
  xml = cut(xml, /\s*<Requirements>[\s\S]*?<\/Requirements>/u, 'Requirements');
  xml = cut(xml, /\s*<Runtimes>[\s\S]*?<\/Runtimes>/u, 'Runtimes');
  xml = cut(xml, /\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>/u, 'CustomFunctions extension point');
  xml = cut(xml, /\s*<bt:Url id="Functions\.Script\.Url"[^>]*\/>/u, 'functions.js URL');
  xml = cut(xml, /\s*<bt:Url id="Functions\.Metadata\.Url"[\s\S]*?<\/bt:Url>/u, 'functions.json URL');
  xml = cut(xml, /\s*<bt:String id="Functions\.Namespace"[^>]*\/>/u, 'CARE namespace');
  xml = xml.replace(/<Id>[^<]+<\/Id>/u, `<Id>${TASKPANE_MANIFEST_ID}</Id>`);
  xml = xml.replace(/(<DisplayName DefaultValue=")([^"]+)(">\s*<Override Locale="zh-CN" Value=")([^"]+)(")/u, '$1$2 (task pane only)$3$4（仅任务窗格）$5');
  return xml.replace('careplan add-in only manifest: a task pane and the CARE.* custom functions in one shared runtime.', 'careplan task-pane-only manifest (built from manifest.xml by scripts/build/manifest.ts): the pane without the CARE.* functions, for Excels without SharedRuntime 1.1 / CustomFunctionsRuntime 1.2.');
}
