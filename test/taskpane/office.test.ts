// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { arrival, officeJsUrl } from '../../src/taskpane/office';

const g = globalThis as { Office?: unknown };
const URL_ = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The Office.js element as taskpane.html writes it, not yet loaded. */
function officeScript(): HTMLScriptElement {
  const s = document.createElement('script');
  s.setAttribute('data-office-js', '');
  s.setAttribute('data-state', 'loading');
  // Set as an attribute only: jsdom would otherwise try to fetch it.
  Object.defineProperty(s, 'src', { value: URL_ });
  document.head.append(s);
  return s;
}

describe('arrival of Office.js', () => {
  afterEach(() => {
    delete g.Office;
    document.head.innerHTML = '';
  });

  it('goes on at once in a page without Office.js, with no host', async () => {
    await expect(arrival()).resolves.toEqual({ state: 'ready', host: null });
  });

  it('waits for Office.onReady inside Excel and reports the host', async () => {
    let ready!: (info: { host: string }) => void;
    g.Office = { onReady: () => new Promise((r) => (ready = r)) };
    let settled = false;
    const p = arrival().then((v) => ((settled = true), v));
    await Promise.resolve();
    expect(settled).toBe(false);
    ready({ host: 'Excel' });
    await expect(p).resolves.toEqual({ state: 'ready', host: 'Excel' });
  });

  it('names the address when the network refuses Office.js', async () => {
    const s = officeScript();
    expect(officeJsUrl()).toBe(URL_);
    const p = arrival();
    s.dispatchEvent(new Event('error'));
    await expect(p).resolves.toEqual({ state: 'failed', url: URL_ });
  });

  it('takes Office once the script has loaded, however late', async () => {
    const s = officeScript();
    let settled = false;
    const p = arrival().then((v) => ((settled = true), v));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    g.Office = { onReady: () => Promise.resolve({ host: null }) };
    s.dispatchEvent(new Event('load'));
    await expect(p).resolves.toEqual({ state: 'ready', host: null });
  });

  it('knows a script that settled before anyone asked, from the state it recorded', async () => {
    officeScript().setAttribute('data-state', 'failed');
    await expect(arrival()).resolves.toEqual({ state: 'failed', url: URL_ });
  });
});
