/**
 * `npm start`, the front door: it builds the workbench when it is stale, prints an http address on a
 * port of its own, and the page at that address's root runs in Chromium without a request leaving
 * the host. The built page also opens from file://. The first run rebuilds the page (about a
 * minute on two cores); a second run finds it up to date.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, skipWithout } from '../support/programs';
import { CHROMIUM, launchChromium, root } from './built';

const skip = skipWithout(hasChromium());
if (skip) console.warn(`test/e2e/start.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

/** The page's <title> and its first heading's words (src/taskpane/taskpane.html, the pane's header). */
const PAGE_TITLE = 'careplan 养老托育政策工具';
const ADDRESS = /http:\/\/localhost:(\d+)\//;

interface Started {
  child: ChildProcess;
  address: string;
  output: string;
}

/** `npm start`'s script with PORT=0 (a free port), resolved once it prints its address. */
function start(): Promise<Started> {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const child = spawn(tsx, [path.join(root, 'scripts/start.ts')], { cwd: root, env: { ...process.env, PORT: '0' } });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = ADDRESS.exec(output);
      if (m) resolve({ child, address: m[0], output });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`npm start ended (${code}) before printing an address:\n${output}`)));
  });
}

/** A raw GET, so that the path reaches the server as written (fetch would normalise "..") . */
function get(address: string, rawPath: string): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(address);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(skip)('npm start opens the product', () => {
  let first: Started;
  let browser: Browser;

  beforeAll(async () => {
    // The page is made out of date without changing what its build writes (as a comment edited in
    // src/ does), so the first start rebuilds to the same bytes; the second must then find it
    // up to date (webpack does not rewrite an unchanged file, so its time alone cannot say so).
    const built = path.join(root, 'page/taskpane.html');
    if (existsSync(built)) utimesSync(built, new Date(0), new Date(0));
    first = await start();
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    first?.child.kill();
    await browser?.close();
  });

  it('prints an http address on a port other than the add-in dev server 3000', () => {
    const port = Number(ADDRESS.exec(first.address)?.[1]);
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(3000);
  });

  it('serves the page at the root URL, without Office.js', async () => {
    const res = await get(first.address, '/');
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/html');
    expect(res.body).toContain(`<title>${PAGE_TITLE}</title>`);
    expect(res.body).not.toContain('office.js');
  });

  it('serves nothing outside the built page', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/nope.js']) {
      expect((await get(first.address, p)).status, p).toBe(404);
    }
  });

  it('shows the workbench in Chromium with every request on its own host', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
    const offHost: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'localhost') return route.continue();
      offHost.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(first.address);
    await expect(page.title()).resolves.toBe(PAGE_TITLE);
    await page.getByRole('navigation').waitFor({ timeout: 30_000 });
    expect(offHost).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from file:// too, fetching only its own files', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path.join(root, 'page/taskpane.html')).href);
    await page.getByRole('navigation').waitFor({ timeout: 30_000 });
    expect(requested.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not build again when the page is up to date', async () => {
    const second = await start();
    second.child.kill();
    expect(second.output).toContain('页面已是最新');
    expect(second.output).not.toContain('正在');
  });
});
