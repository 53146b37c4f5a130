/**
 * A seeded generator of numbers in [0, 1) (mulberry32): deterministic, so a failure names the same
 * data on every run, and varied enough that what it makes packs like real figures or text, not like
 * a zip bomb's zeros.
 */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
