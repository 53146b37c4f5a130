// The task pane's first load, request by request: the production build served to headless Chromium
// (Debian's, driven by playwright-core), opened in a plain browser. Every script of the project's
// own the page fetches before anyone acts (the entry, functions.js, the chunks it starts at once and
// the prefetches) is counted gzipped, from the responses the page actually requested; Office.js is
// answered with a stub, as outside Office it finds no host (Office.onReady gives host null:
// https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)), and not
// counted. Against Microsoft's React task pane template's initial JavaScript, 165.5 KB gzipped.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { fmt } from './measure';

const TEMPLATE_KB = 165.5;
const ORIGIN = 'https://careplan.test';
const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const OFFICE_STUB = 'window.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };';

export async function firstLoadBench(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\ntask pane first load: no Chromium at ${CHROMIUM}`);
    return;
  }
  const out = mkdtempSync(path.join(tmpdir(), 'careplan-firstload-'));
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outDir=${out}`, '--env', `baseUrl=${ORIGIN}/`], { cwd: root, stdio: 'ignore' });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const scripts = new Map<string, number>();
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) return route.fulfill({ status: 200, contentType: 'text/javascript', body: url.pathname.endsWith('office.js') ? OFFICE_STUB : '' });
        const file = path.join(out, decodeURIComponent(url.pathname));
        if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
        const body = readFileSync(file);
        if (file.endsWith('.js')) scripts.set(path.basename(file), gzipSync(body).length);
        return route.fulfill({ status: 200, contentType: file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream', body });
      });
      await page.goto(`${ORIGIN}/taskpane.html`, { waitUntil: 'networkidle' });
      // Idle-time prefetches start after the first render; give them their time.
      await page.waitForTimeout(2000);
      await page.waitForLoadState('networkidle');
      const total = [...scripts.values()].reduce((a, b) => a + b, 0) / 1000;
      console.log(`\ntask pane first load in a plain browser (headless Chromium, scripts the page requested before any action):`);
      for (const [name, size] of [...scripts].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(40)} ${fmt(size / 1000, 1).padStart(7)} KB gzipped`);
      console.log(`  total ${fmt(total, 1)} KB gzipped = ${fmt(total / TEMPLATE_KB, 2)}× Microsoft's React task pane template (${TEMPLATE_KB} KB)`);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await firstLoadBench();
