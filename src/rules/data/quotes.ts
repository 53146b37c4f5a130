/**
 * Every citation in a seed must quote its source verbatim. The check ignores white space only, since
 * the source texts are extractions with line breaks in the middle of sentences.
 */
import type { SeedDocument } from './schema';

const squeeze = (s: string): string => s.replace(/\s+/gu, '');

export interface QuoteProblem {
  path: string;
  file: string;
  quote: string;
}

/** Walks a seed and returns every citation whose quote is not in its source text. */
export function unquoted(seed: SeedDocument, sourceText: (file: string) => string): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  const cache = new Map<string, string>();
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.quote === 'string' && typeof o.file === 'string') {
      if (!cache.has(o.file)) cache.set(o.file, squeeze(sourceText(o.file)));
      if (!cache.get(o.file)!.includes(squeeze(o.quote))) problems.push({ path, file: o.file, quote: o.quote });
    }
    for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
  };
  walk(seed, seed.document.id);
  return problems;
}
