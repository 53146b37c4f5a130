/**
 * `npm start`, the front door: it builds the workbench when it is stale, prints an http address on a
 * port of its own, and the page at that address's root runs in Chromium without a request leaving
 * the host; there a round of twenty returns (test/support/round.ts) is dropped on 汇总, and what it
 * shows and the workbook it offers are held to the figures worked out from the documents. The built
 * page also opens from file://. The first run rebuilds the page (about a
 * minute on two cores); a second run finds it up to date.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, utimesSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { STATUS_WORDS } from '../../src/round/messages';
import { hasChromium, skipWithout } from '../support/programs';
import { COUNTIES, MEASURE, MERGED, ROUND_AS_OF, ROUND_YEARS, done, doneHeader, expectedRate, expectedStatus, roundFiles } from '../support/round';
import { CHROMIUM, launchChromium, root } from './built';
import { WORDS, dropFiles, openRound, roundDone, settingsAsOf } from './roundPage';

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

  /** The page at npm start's address in a fresh context; a request to any other host is refused and recorded. */
  async function onItsHost(options: BrowserContextOptions = {}) {
    const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block', ...options });
    const offHost: string[] = [];
    const host = new URL(first.address).host;
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.host === host) return route.continue();
      offHost.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(first.address);
    return { context, page, offHost, errors };
  }

  it('shows the workbench in Chromium with every request on its own host', async () => {
    const { context, page, offHost, errors } = await onItsHost();
    await expect(page.title()).resolves.toBe(PAGE_TITLE);
    await page.getByRole('navigation').waitFor({ timeout: 30_000 });
    expect(offHost).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does a round of twenty returns in the page: the status of every county, the ranked chart, and a merged workbook that reads back with the figures worked out here', async () => {
    const { context, page, offHost, errors } = await onItsHost({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
    await page.getByRole('navigation').waitFor({ timeout: 30_000 });
    await settingsAsOf(page, ROUND_AS_OF);
    await openRound(page);
    await dropFiles(page, await roundFiles());
    await roundDone(page);

    // 报送情况 on screen: every county with the status worked out for it.
    const shown = await page.getByRole('table', { name: WORDS.statusHeading }).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
    expect(Object.fromEntries(shown.map((r) => [r[1], r[2]]))).toEqual(Object.fromEntries(COUNTIES.map((c) => [c, STATUS_WORDS[expectedStatus(c)].zh])));

    // The chart: one bar a merged county, ranked by the rate worked out here.
    const chart = page.getByRole('img', { name: WORDS.chartLabel(MEASURE) });
    const bars = await chart.locator('g').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent ?? '')));
    const ranked = [...MERGED].sort((a, b) => expectedRate(b) - expectedRate(a));
    expect(bars.map((b) => b[1])).toEqual(ranked.map((c) => `${(expectedRate(c) * 100).toFixed(1)}%`));
    expect(new Set(bars.map((b) => b[0]))).toEqual(new Set(MERGED));

    // The merged workbook, downloaded and read back.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^城市汇总表 / }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    const status = book.getWorksheet('报送情况')!;
    const statusOf = new Map<string, unknown>();
    status.eachRow((row) => statusOf.set(String(row.getCell(2).value), row.getCell(3).value));
    for (const c of COUNTIES) expect(statusOf.get(c), c).toBe(STATUS_WORDS[expectedStatus(c)].zh);
    const table = book.worksheets[0]!;
    // A long header is written in lines (templates/lines.ts); a person reads it as one.
    const words = (r: number) => (table.getRow(r).values as unknown[]).map((v) => (typeof v === 'string' ? v.replace(/\n/gu, '') : v));
    const headerRow = [...Array(12).keys()].map((i) => i + 1).find((r) => words(r).includes(doneHeader(2021)))!;
    const col = (y: number) => words(headerRow).indexOf(doneHeader(y));
    const rowOf = (name: string) => [...Array(40).keys()].map((i) => headerRow + 1 + i).find((r) => table.getCell(r, 1).value === name)!;
    for (const c of COUNTIES) for (const y of ROUND_YEARS) expect(table.getCell(rowOf(c), col(y)).value ?? null, `${c} ${y}`).toBe(MERGED.includes(c) ? done(c, y) : null);

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
