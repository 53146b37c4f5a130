/**
 * The command line's Inflate (src/xlsx/inflate.ts): node:zlib, native and faster than fflate.
 * `maxOutputLength` keeps the zip-bomb bound: zlib stops and throws (ERR_BUFFER_TOO_LARGE) as soon
 * as the output would pass the declared size, without decoding the rest
 * (https://nodejs.org/docs/latest-v20.x/api/zlib.html#class-options, maxOutputLength).
 */
import { inflateRawSync } from 'node:zlib';
import type { Inflate } from '../xlsx/inflate';

export const inflateWithZlib: Inflate = (packed, size) => {
  const out = inflateRawSync(packed, { maxOutputLength: Math.max(1, size) });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};
