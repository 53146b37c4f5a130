/**
 * How a zip entry's deflate stream is unpacked, passed in by whoever reads: fflate here, for the
 * add-in and the browser page; node:zlib in the command line (src/cli/inflate.ts), which is faster
 * and keeps this folder free of Node's modules.
 */
import { Inflate as FflateInflate } from 'fflate';

/**
 * Unpacks raw deflate `packed` into at most `size` bytes and returns what it produced. It must throw
 * as soon as the output would pass `size`, without decoding the rest: that is the zip-bomb bound.
 */
export type Inflate = (packed: Uint8Array, size: number) => Uint8Array;

/** An Inflate that answers later, under the same bound: the browser's DecompressionStream (inflateStream.ts). */
export type InflateAsync = (packed: Uint8Array, size: number) => Promise<Uint8Array>;

/**
 * Compressed bytes handed to fflate at a time. Deflate unpacks at most ≈ 1032:1, so one step can
 * produce at most ≈ 16.5 MiB before the declared size is checked again.
 */
export const INFLATE_STEP = 16 * 1024;

/**
 * fflate in steps, not one inflateSync: fflate writing into a fixed buffer silently drops the
 * excess but still decodes all of it, and a crafted 64 MiB entry decodes to 64 GiB, minutes of CPU.
 * The steps cost ≈ 15 ms on a 37 MiB sheet.
 */
export const inflateWithFflate: Inflate = (packed, size) => {
  const out = new Uint8Array(size);
  let produced = 0;
  const inflater = new FflateInflate((chunk) => {
    if (produced + chunk.length > size) throw new RangeError(`inflated past the declared ${size} bytes`);
    out.set(chunk, produced);
    produced += chunk.length;
  });
  for (let p = 0; p < packed.length; p += INFLATE_STEP) inflater.push(packed.subarray(p, p + INFLATE_STEP), p + INFLATE_STEP >= packed.length);
  return out.subarray(0, produced);
};
