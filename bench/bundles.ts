// Sizes of what Excel downloads, from dist/ (run `npm run build` first): raw and gzipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fmt } from './measure';

export function bundleSizes(dir = new URL('../dist/', import.meta.url)): void {
  if (!existsSync(dir)) {
    console.log('\nbundle sizes: no dist/ (run `npm run build` first)');
    return;
  }
  console.log('\nbundle sizes (dist/):');
  for (const name of readdirSync(dir).filter((f) => /\.(js|json|html|xml)$/u.test(f)).sort()) {
    const body = readFileSync(new URL(name, dir));
    console.log(`  ${name.padEnd(28)} ${fmt(body.length / 1024, 1).padStart(8)} KiB, ${fmt(gzipSync(body).length / 1024, 1).padStart(7)} KiB gzipped`);
  }
}
