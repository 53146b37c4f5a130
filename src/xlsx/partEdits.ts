/**
 * Changes to a part's XML made in place: text inserted or replaced at byte offsets the scanner found,
 * everything else left exactly as it was written. Pure.
 */

export interface Edit {
  /** Byte offset where the replaced range starts. */
  at: number;
  /** Bytes replaced from `at`; 0 inserts. */
  remove: number;
  text: string;
}

const utf8 = new TextEncoder();

/** The part with every edit applied; edits at one offset keep the order they were made in. */
export function applyEdits(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const e of sorted) {
    pieces.push(bytes.subarray(from, e.at), utf8.encode(e.text));
    from = e.at + e.remove;
  }
  pieces.push(bytes.subarray(from));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
