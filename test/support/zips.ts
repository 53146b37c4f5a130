/** Crafted zip packages for the inflaters' bounds: a zip bomb made without holding it, and a header that lies. */
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

const MiB = 1024 * 1024;

/** A package of `[Content_Types].xml` and `xl/bomb.xml`, `mib` MiB of zeros (or a few bytes of text), deflated as it is streamed. */
export function zerosPackage(mib: number, text?: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  const types = new ZipPassThrough('[Content_Types].xml');
  writer.add(types);
  types.push(strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), true);
  const bomb = new ZipDeflate('xl/bomb.xml', { level: 9 });
  writer.add(bomb);
  const zeros = new Uint8Array(MiB);
  if (text !== undefined) bomb.push(strToU8(text), true);
  for (let i = 0; i < mib; i++) bomb.push(zeros, i === mib - 1);
  writer.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

/** The directory's uncompressed size of `name` set to `size`: a header that lies. */
export function declaring(zip: Uint8Array, name: string, size: number): Uint8Array {
  const b = zip.slice();
  const view = new DataView(b.buffer);
  const text = new TextDecoder();
  for (let p = b.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x06054b50) continue;
    for (let c = view.getUint32(p + 16, true); c < p; c += 46 + view.getUint16(c + 28, true) + view.getUint16(c + 30, true) + view.getUint16(c + 32, true)) {
      if (text.decode(b.subarray(c + 46, c + 46 + view.getUint16(c + 28, true))) === name) view.setUint32(c + 24, size, true);
    }
    return b;
  }
  throw new Error('no end of central directory');
}
