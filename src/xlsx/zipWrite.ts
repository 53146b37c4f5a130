/**
 * A copy of a zip package with some parts replaced or added: every other part is copied as it was
 * stored, its compressed bytes and directory record included, never inflated. So a chart, a picture,
 * a pivot cache or a part that would inflate to gigabytes comes through byte for byte and costs its
 * stored size. Pure: no Node APIs.
 */
import { deflateSync } from 'fflate';
import { damaged } from './errors';
import type { ZipDirectory } from './zip';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as zip uses it (ISO 3309, polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

class Out {
  readonly chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function header(size: number, fields: [offset: number, bytes: 2 | 4, value: number][]): Uint8Array {
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  for (const [o, n, value] of fields) {
    if (n === 2) v.setUint16(o, value, true);
    else v.setUint32(o, value, true);
  }
  return b;
}

const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;
/** 1980-01-01 00:00, the earliest DOS date: written parts carry no clock, so a copy is reproducible. */
const DOS_DATE = 0x21;
const utf8 = new TextEncoder();

/**
 * The package with `replaced` parts (by name, in their original place) and `added` parts (at the
 * end). Replaced and added parts are deflated; the rest are copied as stored.
 */
export function rewriteZip(bytes: Uint8Array, dir: ZipDirectory, replaced: ReadonlyMap<string, Uint8Array>, added: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const out = new Out();
  const central = new Out();
  const write = (name: string, data: Uint8Array): void => {
    const packed = deflateSync(data, { level: 6 });
    const nameBytes = utf8.encode(name);
    const crc = crc32(data);
    const offset = out.length;
    const common: [number, 2 | 4, number][] = [[4 + 4, 2, FLAG_UTF8], [4 + 6, 2, 8], [4 + 10, 2, DOS_DATE], [4 + 12, 4, crc], [4 + 16, 4, packed.length], [4 + 20, 4, data.length], [4 + 24, 2, nameBytes.length]];
    out.push(header(30, [[0, 4, 0x04034b50], [4, 2, 20], ...common.map(([o, n, v]) => [o - 2, n, v] as [number, 2 | 4, number])]));
    out.push(nameBytes);
    out.push(packed);
    central.push(header(46, [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], ...common, [42, 4, offset]]));
    central.push(nameBytes);
  };
  for (const entry of dir.entries) {
    const data = replaced.get(entry.name);
    if (data) {
      write(entry.name, data);
      continue;
    }
    // The local record as stored: header, name, extra field, data, and its data descriptor if any.
    const local = entry.localHeaderOffset;
    let end = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28) + entry.compressedSize;
    if (entry.flags & FLAG_DATA_DESCRIPTOR) end += u32(bytes, end) === 0x08074b50 ? 16 : 12;
    if (end > bytes.length) throw damaged(entry.name);
    const record = bytes.subarray(entry.centralOffset, entry.centralOffset + 46 + u16(bytes, entry.centralOffset + 28) + u16(bytes, entry.centralOffset + 30) + u16(bytes, entry.centralOffset + 32));
    const copied = record.slice();
    new DataView(copied.buffer).setUint32(42, out.length, true);
    out.push(bytes.subarray(local, end));
    central.push(copied);
  }
  for (const [name, data] of added) write(name, data);
  const count = dir.entries.length + added.size;
  const eocd = header(22, [[0, 4, 0x06054b50], [8, 2, count], [10, 2, count], [12, 4, central.length], [16, 4, out.length]]);
  for (const c of central.chunks) out.push(c);
  out.push(eocd);
  return out.bytes();
}
