/** Crafted zip packages: a zip bomb made without holding it, a header that lies, a package streamed with data descriptors. */
import { Zip, ZipDeflate, ZipPassThrough, strToU8, zipSync, type Zippable } from 'fflate';

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

/**
 * A package as a streaming writer makes it (fflate's Zip): each entry's sizes and CRC in a data
 * descriptor after its data, with its signature (APPNOTE 4.3.9). Entries named in `stored` are
 * stored, the rest deflated.
 */
export function streamed(files: Record<string, Uint8Array>, stored: readonly string[] = []): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = stored.includes(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Uint8Array.from(chunks.flatMap((c) => [...c]));
}

/*
 * Fields of a zip's records at the offsets APPNOTE.TXT gives them (4.3.12 central directory header,
 * 4.3.16 end of central directory record), little-endian, so a test can make a directory declare
 * what a hostile or unusual writer would.
 */
export const u32At = (b: Uint8Array, o: number): number => new DataView(b.buffer, b.byteOffset).getUint32(o, true);
export const u16At = (b: Uint8Array, o: number): number => new DataView(b.buffer, b.byteOffset).getUint16(o, true);
export const setU32 = (b: Uint8Array, o: number, v: number): void => new DataView(b.buffer, b.byteOffset).setUint32(o, v, true);
export const setU16 = (b: Uint8Array, o: number, v: number): void => new DataView(b.buffer, b.byteOffset).setUint16(o, v, true);

/** Offset of the end of central directory record, found by its signature 0x06054b50 from the back. */
export function eocdOffset(b: Uint8Array): number {
  for (let p = b.length - 22; p >= 0; p--) if (u32At(b, p) === 0x06054b50) return p;
  throw new Error('no end of central directory');
}

/** Where the central directory begins, as the end record gives it (4.3.16, offset 16). */
export const directoryOffset = (b: Uint8Array): number => u32At(b, eocdOffset(b) + 16);

/** Offset of the central directory header of `name`: 46 fixed bytes, then name, extra field and comment. */
export function centralHeader(b: Uint8Array, name: string): number {
  const eocd = eocdOffset(b);
  for (let p = u32At(b, eocd + 16); p < eocd; p += 46 + u16At(b, p + 28) + u16At(b, p + 30) + u16At(b, p + 32)) {
    if (new TextDecoder().decode(b.subarray(p + 46, p + 46 + u16At(b, p + 28))) === name) return p;
  }
  throw new Error(`no entry ${name}`);
}

/** Where each field of a central directory header lies (APPNOTE.TXT 4.3.12), and its width. */
const CENTRAL_FIELDS = { flags: [8, 2], method: [10, 2], compressed: [20, 4], uncompressed: [24, 4], offset: [42, 4] } as const;

/** A copy of `zip` whose directory declares something else for `name`: flags, method, a size, an offset. */
export function patched(zip: Uint8Array, name: string, field: keyof typeof CENTRAL_FIELDS, value: number): Uint8Array {
  const b = zip.slice();
  const [at, width] = CENTRAL_FIELDS[field];
  (width === 2 ? setU16 : setU32)(b, centralHeader(b, name) + at, value);
  return b;
}

/** The directory's uncompressed size of `name` set to `size`: a header that lies. */
export const declaring = (zip: Uint8Array, name: string, size: number): Uint8Array => patched(zip, name, 'uncompressed', size);

/** The first bytes of an OLE compound file ([MS-CFB] 2.2), the container of an .xls or an encrypted .xlsx. */
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A stream name as an OLE directory holds it: UTF-16LE. */
export const utf16le = (s: string): number[] => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);

export const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** The smallest package readWorkbook accepts: one sheet holding A1 = 1, and any parts `extra` adds or replaces. */
export function tinyWorkbook(extra: Zippable = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'),
    ...extra,
  });
}
