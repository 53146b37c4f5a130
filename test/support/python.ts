/**
 * Scripts run by Debian's python3, which has openpyxl (.ci/run installs python3-openpyxl): the
 * python3 first on the PATH may be another without it. Tests use it to read or re-save what careplan
 * writes as another program does.
 */
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

const PYTHON = '/usr/bin/python3';

const run = (script: string, args: readonly string[]) => spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

/** What the script printed; a non-zero exit throws with what python said. */
export function runPython(script: string, args: readonly string[] = []): string {
  const r = run(script, args);
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return r.stdout;
}

/** The one JSON value the script printed; it must say nothing on stderr, not even a warning. */
export function pythonJson<T>(script: string, args: readonly string[] = []): T {
  const r = run(script, args);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as T;
}
