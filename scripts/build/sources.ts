/**
 * What a webpack build of the add-in or the workbench is made from, and how new it is: `npm start`
 * rebuilds the page, and the tests their shared build, when a source is newer than what was built.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The paths, from the project's root, whose change changes what webpack builds. */
export const BUILD_SOURCES = ['src', 'seeds', 'webpack.config.js', 'scripts/build', 'package-lock.json'] as const;

/** The newest modification time under a file or folder (0 when it does not exist). */
function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs);
}

/** The newest modification time of the build's sources under the project's root. */
export function newestSource(root: string): number {
  return Math.max(...BUILD_SOURCES.map((s) => newest(path.join(root, s))));
}

/** When a file was last modified, 0 when it does not exist. */
export function modified(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}
