// npm run validate: checks manifest.xml offline, and dist/manifest.xml with every URL's file when a
// build is there. Exit 1 with one line per problem.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { permissionNeeded } from './manifest/permission';
import { validateManifest } from './manifest/validate';

const root = new URL('../', import.meta.url);
const permission = permissionNeeded(fileURLToPath(new URL('src', root)));
const targets: [string, ((p: string) => boolean) | undefined][] = [['manifest.xml', undefined]];
if (existsSync(new URL('dist/manifest.xml', root))) targets.push(['dist/manifest.xml', (p) => existsSync(new URL(`dist/${p}`, root))]);

let failed = false;
for (const [file, fileExists] of targets) {
  const problems = validateManifest(readFileSync(new URL(file, root), 'utf8'), { permission, ...(fileExists ? { fileExists } : {}) });
  for (const p of problems) console.error(`${file}: ${p}`);
  if (problems.length) failed = true;
  else console.log(`${file}: valid (offline checks; permission ${permission})`);
}
process.exitCode = failed ? 1 : 0;
