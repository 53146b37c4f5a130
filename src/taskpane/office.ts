/**
 * The one place the task pane meets Office.js. taskpane.html loads Office.js with an async script so
 * that nothing waits for it: where Microsoft's CDN is firewalled, a render-blocking script kept the
 * page blank until the request timed out. The page renders at once; this module says when Office.js
 * has arrived and Office is ready, or that the network refused it, naming the address.
 *
 * Microsoft: "If the Office JavaScript API library files are blocked by network filters, firewalls,
 * or browser extensions, Office.onReady will never resolve"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in; office-js-docs-pr
 * docs/develop/initialize-add-in.md:94). So the pane never waits on arrival() alone: index.tsx shows
 * the browser's features after FIRST_PAINT_MS and a message after OFFICE_JS_TIMEOUT_MS, and still
 * takes Office if it comes later.
 */

/** How Office.js ended up: Office ready (host null outside Office), or refused by the network. */
export type OfficeArrival = { state: 'ready'; host: string | null } | { state: 'failed'; url: string };

/** The script element taskpane.html loads Office.js with; it records its own load or error on data-state. */
const OFFICE_JS_SCRIPT = 'script[data-office-js]';

/** Office.js from the browser's cache arrives well within this; a pane in Excel does not flash the browser view. */
export const FIRST_PAINT_MS = 600;
/** How long the pane waits before it says Office.js did not come (it keeps listening after). */
export const OFFICE_JS_TIMEOUT_MS = 15_000;

type OfficeGlobal = { onReady(): Promise<{ host: unknown }>; context?: { displayLanguage?: unknown } };
const office = (): OfficeGlobal | undefined => (globalThis as { Office?: OfficeGlobal }).Office;

/** The address Office.js is loaded from; '' on a page without the script. */
export function officeJsUrl(): string {
  return document.querySelector<HTMLScriptElement>(OFFICE_JS_SCRIPT)?.src ?? '';
}

/** Resolves when the Office.js script has run ('loaded') or the network refused it ('failed'). */
function scriptSettled(script: HTMLScriptElement): Promise<'loaded' | 'failed'> {
  const now = script.getAttribute('data-state');
  if (now === 'loaded' || now === 'failed') return Promise.resolve(now);
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve('loaded'), { once: true });
    script.addEventListener('error', () => resolve('failed'), { once: true });
  });
}

/**
 * Office.js loaded and Office ready, or refused. Outside Office, office.js finds no host and onReady
 * answers at once with host null (office.debug.js: the isPlainBrowser branch of initialize, near
 * line 1940). A page without the Office.js script (a unit test) counts as a plain browser.
 */
export async function arrival(): Promise<OfficeArrival> {
  const script = document.querySelector<HTMLScriptElement>(OFFICE_JS_SCRIPT);
  if (script && !office() && (await scriptSettled(script)) === 'failed') return { state: 'failed', url: script.src };
  const o = office();
  if (!o) return { state: 'ready', host: null };
  const info = await o.onReady();
  return { state: 'ready', host: info.host ? String(info.host) : null };
}

/** Office's display language (zh-CN, en-US, …) once Office is ready; null outside Office. */
export function displayLanguage(): string | null {
  const lang = office()?.context?.displayLanguage;
  return typeof lang === 'string' && lang !== '' ? lang : null;
}
