// Sizes of what Excel downloads, from dist/ (run `npm run build` first): every file raw and gzipped,
// then the task pane's initial JavaScript (the scripts taskpane.html loads before anything is
// shown) against everything it may load later.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fmt } from './measure';

const gz = (dir: URL, name: string): number => gzipSync(readFileSync(new URL(name, dir))).length;

export function bundleSizes(dir = new URL('../dist/', import.meta.url)): void {
  if (!existsSync(dir)) {
    console.log('\nbundle sizes: no dist/ (run `npm run build` first)');
    return;
  }
  console.log('\nbundle sizes (dist/):');
  for (const name of readdirSync(dir).filter((f) => /\.(js|json|html|xml)$/u.test(f)).sort()) {
    const body = readFileSync(new URL(name, dir));
    console.log(`  ${name.padEnd(34)} ${fmt(body.length / 1024, 1).padStart(8)} KiB, ${fmt(gzipSync(body).length / 1024, 1).padStart(7)} KiB gzipped`);
  }
  const html = readFileSync(new URL('taskpane.html', dir), 'utf8');
  const loaded = [...html.matchAll(/<script[^>]+src="?([^" >]+\.js)/gu)].map((m) => m[1]!.replace(/^.*\//u, '')).filter((f) => existsSync(new URL(f, dir)));
  // functions.js carries its content hash in a production build (scripts/build/plugin.ts).
  const isFunctions = (f: string) => /^functions(\.[0-9a-f]{8})?\.js$/u.test(f);
  const functionsJs = readdirSync(dir).find(isFunctions) ?? 'functions.js';
  const pane = loaded.filter((f) => !isFunctions(f));
  const all = readdirSync(dir).filter((f) => f.endsWith('.js') && !isFunctions(f));
  const sum = (files: string[]) => files.reduce((n, f) => n + gz(dir, f), 0);
  console.log(`  task pane initial JavaScript (${pane.join(', ')}): ${fmt(sum(pane) / 1000, 1)} KB gzipped`);
  console.log(`  task pane, every chunk it may load: ${fmt(sum(all) / 1000, 1)} KB gzipped; ${functionsJs} ${fmt(gz(dir, functionsJs) / 1000, 1)} KB gzipped`);
}
