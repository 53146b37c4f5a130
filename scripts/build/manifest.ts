/**
 * The manifest's URLs all start with the development base; a build moves every one of them (not
 * only the first) to the base URL it is given, which must be https and end with a slash.
 */
import { readFileSync } from 'node:fs';

export const DEV_BASE = 'https://localhost:3000/';
export const MANIFEST_FILE = new URL('../../manifest.xml', import.meta.url);

export function checkBaseUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`baseUrl is not a URL: ${base}`);
  }
  if (url.protocol !== 'https:') throw new Error(`baseUrl must be https (Office loads add-ins over HTTPS only): ${base}`);
  if (!base.endsWith('/')) throw new Error(`baseUrl must end with a slash, e.g. ${base}/`);
  if (url.search || url.hash) throw new Error(`baseUrl must not carry a query or fragment: ${base}`);
  return base;
}

export function rebase(xml: string, base: string): string {
  return xml.split(DEV_BASE).join(checkBaseUrl(base));
}

export function builtManifest(base: string = DEV_BASE): string {
  return rebase(readFileSync(MANIFEST_FILE, 'utf8'), base);
}
