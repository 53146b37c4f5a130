/**
 * The production build the tests and benchmarks share: one webpack build per set of --env options,
 * made once and kept in the system's temporary folder until a source changes (scripts/build/sources.ts),
 * whichever test file asks first; the others wait for it. A build takes half a minute on a quiet
 * two-core machine and several under load, and four test files need the same one.
 *
 * Every build has a base URL on an intranet host with a path (what a city's own host gives), so the
 * manifests are tested off the default; the browser tests serve the files at their own origin,
 * which the pages never name (their chunks are relative to the page).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { modified, newestSource } from '../../scripts/build/sources';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
/** The base URL every shared build is made for. */
export const BUILD_BASE = 'https://intranet.example.gov.cn/careplan/';
/** How long a waiting test file gives another's build before it takes the build over (a build that died). */
const STALE_LOCK_MS = 15 * 60_000;
const POLL_MS = 500;

/** The stamp written when a build has finished, dated when it started. */
const stampOf = (dir: string) => path.join(dir, '.built');

async function build(dir: string, env: readonly string[]): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  const started = new Date();
  const webpack = path.join(root, 'node_modules/webpack/bin/webpack.js');
  const args = [webpack, '--mode', 'production', '--env', `baseUrl=${BUILD_BASE}`, '--env', `outDir=${dir}`, ...env.flatMap((e) => ['--env', e])];
  await run(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }).catch((e: { stdout?: string; stderr?: string }) => {
    throw new Error(`build failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  });
  writeFileSync(stampOf(dir), '');
  utimesSync(stampOf(dir), started, started);
}

/** Takes the lock (an atomic mkdir), or answers false while another holds it; a lock left by a dead build is taken over. */
function lock(lockDir: string): boolean {
  try {
    mkdirSync(lockDir);
    return true;
  } catch {
    if (Date.now() - modified(lockDir) > STALE_LOCK_MS) {
      rmSync(lockDir, { recursive: true, force: true });
      return lock(lockDir);
    }
    return false;
  }
}

/** The folder of the production build with these --env options, built now if missing or older than a source. */
export async function productionBuild(...env: string[]): Promise<string> {
  const key = createHash('sha256').update(root).update(JSON.stringify(env)).digest('hex').slice(0, 12);
  const dir = path.join(tmpdir(), `careplan-build-${key}`);
  const lockDir = `${dir}.lock`;
  for (;;) {
    if (lock(lockDir)) {
      try {
        if (modified(stampOf(dir)) <= newestSource(root)) await build(dir, env);
        return dir;
      } finally {
        rmSync(lockDir, { recursive: true, force: true });
      }
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
