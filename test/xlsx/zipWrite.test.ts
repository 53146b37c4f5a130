/**
 * The package copier every marked or merged workbook is written by, read back by Python's zipfile
 * (another program's reader, which checks each part's CRC) and at the offsets APPNOTE.TXT gives:
 * 4.3.7 local file header, 4.3.9 data descriptor (with or without its signature), 4.3.12 central
 * directory header, 4.3.16 end of central directory record, 4.4.4 flag bits 3 and 11.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inflateWithFflate } from '../../src/xlsx/inflate';
import { inspectZip, readEntry } from '../../src/xlsx/zip';
import { crc32, rewriteZip } from '../../src/xlsx/zipWrite';
import { pythonJson } from '../support/python';
import { tempDir } from '../support/workbooks';
import { centralHeader, directoryOffset, eocdOffset, setU16, setU32, streamed, u16At, u32At } from '../support/zips';


/** Each part's text as UTF-8 bytes, by name. */
const encoded = (parts: Record<string, string>): [string, Uint8Array][] => Object.entries(parts).map(([name, body]) => [name, strToU8(body)]);

/** The parts as a streaming writer packs them, the picture stored, the rest deflated. */
const streamedText = (parts: Record<string, string>): Uint8Array =>
  streamed(Object.fromEntries(encoded(parts)), Object.keys(parts).filter((name) => name.endsWith('.bin')));

/** One stored part followed by a data descriptor without its signature (APPNOTE 4.3.9.3 allows both). */
function bareDescriptor(name: string, body: string): Uint8Array {
  const n = strToU8(name);
  const data = strToU8(body);
  const local = new Uint8Array(30 + n.length);
  setU32(local, 0, 0x04034b50);
  setU16(local, 4, 20);
  setU16(local, 6, 0x8);
  setU16(local, 26, n.length);
  local.set(n, 30);
  const descriptor = new Uint8Array(12);
  setU32(descriptor, 0, crc32(data));
  setU32(descriptor, 4, data.length);
  setU32(descriptor, 8, data.length);
  const central = new Uint8Array(46 + n.length);
  setU32(central, 0, 0x02014b50);
  setU16(central, 4, 20);
  setU16(central, 6, 20);
  setU16(central, 8, 0x8);
  setU32(central, 16, crc32(data));
  setU32(central, 20, data.length);
  setU32(central, 24, data.length);
  setU16(central, 28, n.length);
  central.set(n, 46);
  const localSize = local.length + data.length + descriptor.length;
  const eocd = new Uint8Array(22);
  setU32(eocd, 0, 0x06054b50);
  setU16(eocd, 8, 1);
  setU16(eocd, 10, 1);
  setU32(eocd, 12, central.length);
  setU32(eocd, 16, localSize);
  return new Uint8Array([...local, ...data, ...descriptor, ...central, ...eocd]);
}

interface PyEntry { name: string; flags: number; method: number; date: number[]; crc: number; size: number; made: number; needs: number; offset: number; body: string }

/** Python's view of the package: testzip() checks every part's CRC; then each entry as its directory gives it. */
function python(bytes: Uint8Array): { bad: string | null; entries: PyEntry[] } {
  const file = path.join(tempDir(), 'copy.zip');
  writeFileSync(file, bytes);
  return pythonJson(
    `import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
print(json.dumps({'bad': bad, 'entries': [{'name': i.filename, 'flags': i.flag_bits, 'method': i.compress_type, 'date': list(i.date_time), 'crc': i.CRC, 'size': i.file_size, 'made': i.create_version, 'needs': i.extract_version, 'offset': i.header_offset, 'body': z.read(i).decode('utf-8')} for i in z.infolist()]}))`,
    [file],
  );
}

const rewrite = (bytes: Uint8Array, replaced: Record<string, string> = {}, added: Record<string, string> = {}): Uint8Array =>
  rewriteZip(bytes, inspectZip(bytes), new Map(encoded(replaced)), new Map(encoded(added)));

describe('a copy with nothing replaced or added', () => {
  it('is the package byte for byte, its parts’ extra fields and comments included (APPNOTE 4.3.7, 4.3.12)', () => {
    // Info-ZIP's extended timestamp (0x5455) on one part, a comment on another, as the zip tool writes them.
    const bytes = zipSync({
      '[Content_Types].xml': [strToU8('<Types/>'), { extra: { 0x5455: new Uint8Array([1, 0, 0, 0, 0]) } }],
      'xl/workbook.xml': [strToU8('<workbook/>'.repeat(20)), { comment: '工作簿' }],
      'xl/media/image1.bin': [new Uint8Array(64).fill(7), { level: 0 }],
    });
    expect(u16At(bytes, 28)).toBe(9);
    expect(rewrite(bytes)).toEqual(bytes);
  });
});

describe('crc32', () => {
  it('gives the check values of CRC-32/ISO-HDLC', () => {
    // The catalogue's check value for "123456789", and the empty input.
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(strToU8('县表'))).toBe(Number(pythonJson<number>('import zlib; print(zlib.crc32("县表".encode("utf-8")))')));
  });
});

describe('rewriteZip', () => {
  const parts = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook>工作簿</workbook>', 'xl/media/image1.bin': 'PNG…', 'xl/worksheets/sheet1.xml': '<worksheet>旧</worksheet>' };

  it('replaces a part in its place, adds parts at the end, and copies the others as they were', () => {
    const source = streamedText(parts);
    const out = rewrite(source, { 'xl/workbook.xml': '<workbook>新</workbook>' }, { 'xl/comments1.xml': '<comments>批注</comments>', 'docProps/custom.xml': '<Properties/>' });
    const py = python(out);
    expect(py.bad).toBeNull();
    expect(py.entries.map((e) => [e.name, e.body])).toEqual([
      ['[Content_Types].xml', '<Types/>'],
      ['xl/workbook.xml', '<workbook>新</workbook>'],
      ['xl/media/image1.bin', 'PNG…'],
      ['xl/worksheets/sheet1.xml', '<worksheet>旧</worksheet>'],
      ['xl/comments1.xml', '<comments>批注</comments>'],
      ['docProps/custom.xml', '<Properties/>'],
    ]);
    // Each copied record is byte for byte the source's, descriptor included: only its offset moves.
    const sourceDir = inspectZip(source);
    const outDir = inspectZip(out);
    for (const name of ['[Content_Types].xml', 'xl/media/image1.bin', 'xl/worksheets/sheet1.xml']) {
      const from = sourceDir.get(name)!;
      const to = outDir.get(name)!;
      const length = from.compressedSize + 30 + u16At(source, from.localHeaderOffset + 26) + u16At(source, from.localHeaderOffset + 28) + 16;
      expect(out.subarray(to.localHeaderOffset, to.localHeaderOffset + length), name).toEqual(source.subarray(from.localHeaderOffset, from.localHeaderOffset + length));
      expect(u32At(source, from.localHeaderOffset + length - 16), `${name}: descriptor signature`).toBe(0x08074b50);
    }
  });

  it('writes each new part deflated, UTF-8 named, dated 1980-01-01 00:00, version 2.0, at the offset its directory gives', () => {
    const out = rewrite(zipSync({ '[Content_Types].xml': strToU8('<Types/>') }), { '[Content_Types].xml': '<Types>改</Types>' }, { 'b/县表.xml': '<b/>' });
    const py = python(out);
    expect(py.bad).toBeNull();
    const expected = (name: string, body: string, offset: number) => ({ name, flags: 0x800, method: 8, date: [1980, 1, 1, 0, 0, 0], crc: crc32(strToU8(body)), size: strToU8(body).length, made: 20, needs: 20, offset, body });
    const second = 30 + '[Content_Types].xml'.length + inspectZip(out).get('[Content_Types].xml')!.compressedSize;
    expect(py.entries).toEqual([expected('[Content_Types].xml', '<Types>改</Types>', 0), expected('b/县表.xml', '<b/>', second)]);
    // The local header says what the directory says (Python reads sizes and CRC from the directory).
    for (const [name, at] of [['[Content_Types].xml', 0], ['b/县表.xml', second]] as const) {
      const c = centralHeader(out, name);
      expect([u32At(out, at), u16At(out, at + 4), u16At(out, at + 6), u16At(out, at + 8), u16At(out, at + 12)], name).toEqual([0x04034b50, 20, 0x800, 8, 0x21]);
      expect(out.subarray(at + 14, at + 26), name).toEqual(out.subarray(c + 16, c + 28));
    }
  });

  it('ends with a directory record that counts every part and says where the directory is', () => {
    const out = rewrite(streamedText(parts), {}, { 'x.xml': '<x/>' });
    const eocd = eocdOffset(out);
    expect(eocd + 22).toBe(out.length);
    const dir = directoryOffset(out);
    expect([u16At(out, eocd + 4), u16At(out, eocd + 6), u16At(out, eocd + 8), u16At(out, eocd + 10), u32At(out, eocd + 12), u16At(out, eocd + 20)]).toEqual([0, 0, 5, 5, eocd - dir, 0]);
    expect(u32At(out, dir)).toBe(0x02014b50);
  });

  it('copies a part whose data descriptor has no signature, whole', () => {
    // inspectZip takes a package only with its content types part: this one is it.
    const source = bareDescriptor('[Content_Types].xml', '<Types>无签名</Types>');
    const out = rewrite(source, {}, { 'y.xml': '<y/>' });
    const py = python(out);
    expect(py.bad).toBeNull();
    expect(py.entries.map((e) => [e.name, e.body])).toEqual([['[Content_Types].xml', '<Types>无签名</Types>'], ['y.xml', '<y/>']]);
    // The local record: everything before the directory (its 46 bytes and name) and the end record.
    const record = source.length - 46 - '[Content_Types].xml'.length - 22;
    expect(out.subarray(0, record)).toEqual(source.subarray(0, record));
    expect(py.entries[1]!.offset).toBe(record);
  });

  it('reads back through careplan\'s own reader and fflate alike', () => {
    const out = rewrite(streamedText(parts), { 'xl/worksheets/sheet1.xml': '<worksheet>新</worksheet>' });
    const dir = inspectZip(out);
    expect(strFromU8(readEntry(out, dir.get('xl/worksheets/sheet1.xml')!, inflateWithFflate))).toBe('<worksheet>新</worksheet>');
    expect(strFromU8(unzipSync(out)['xl/workbook.xml']!)).toBe('<workbook>工作簿</workbook>');
  });

  it('a part whose stored data runs past the end of the file is DAMAGED, naming it', () => {
    const source = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'b.xml': strToU8('<b/>') }, { level: 0 });
    const dir = inspectZip(source);
    const b = dir.get('b.xml')!;
    // The directory is read first; then the copier finds the data the entry claims is not there.
    const entries = dir.entries.map((e) => (e === b ? { ...e, compressedSize: source.length } : e));
    expect(() => rewriteZip(source, { ...dir, entries }, new Map(), new Map())).toThrow(expect.objectContaining({ code: 'DAMAGED', zh: expect.stringContaining('b.xml') }));
  });

  it('leaves the source package untouched', () => {
    const source = streamedText(parts);
    const before = source.slice();
    rewrite(source, { 'xl/workbook.xml': '<w/>' }, { 'z.xml': '<z/>' });
    expect(source).toEqual(before);
  });
});
