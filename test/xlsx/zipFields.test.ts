/**
 * The zip directory's fields read where PKWARE's APPNOTE.TXT puts them, and the reader's limits at
 * their edges. Each package is built here and patched field by field; every expected figure comes
 * from the specification's offsets, from the limits' own words ("largest … accepted") or from
 * arithmetic in the test.
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_COMPRESSION_RATIO, MAX_FILE_BYTES, MAX_PART_UNCOMPRESSED_BYTES, MAX_TOTAL_UNCOMPRESSED_BYTES, RATIO_CHECK_MIN_BYTES } from '../../src/xlsx/limits';
import { readWorkbook } from '../../src/xlsx/read';
import { checkDeclaredSizes, inspectZip, readEntry, type ZipEntry } from '../../src/xlsx/zip';
import { inflateWithFflate } from '../../src/xlsx/inflate';
import { expectRefusal } from '../support/refusals';
import { CONTENT_TYPES, eocdOffset, patched, setU16, setU32, tinyWorkbook } from '../support/zips';

const MiB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';

/** A deflated part declaring `uncompressed` bytes packed into `compressed`. */
const declared = (uncompressed: number, compressed: number, name = SHEET): ZipEntry => ({ name, method: 8, flags: 0, compressedSize: compressed, uncompressedSize: uncompressed, localHeaderOffset: 0, centralOffset: 0 });

describe('each limit is the largest figure accepted: the limit itself passes, one more is refused', () => {
  it('a part declaring exactly the per-part limit passes; one byte more is TOO_LARGE', () => {
    // Packed at 128:1, well under the ratio limit, so only the size is in question.
    expect(() => checkDeclaredSizes([declared(MAX_PART_UNCOMPRESSED_BYTES, MAX_PART_UNCOMPRESSED_BYTES / 128)])).not.toThrow();
    expectRefusal(() => checkDeclaredSizes([declared(MAX_PART_UNCOMPRESSED_BYTES + 1, MAX_PART_UNCOMPRESSED_BYTES / 128)]), 'TOO_LARGE', SHEET, '256.0 MiB');
  });

  it(`a part packed exactly ${MAX_COMPRESSION_RATIO}:1 passes; one byte more unpacked is refused as a zip bomb`, () => {
    expect(() => checkDeclaredSizes([declared(MAX_COMPRESSION_RATIO * MiB, MiB)])).not.toThrow();
    expectRefusal(() => checkDeclaredSizes([declared(MAX_COMPRESSION_RATIO * MiB + 1, MiB)]), 'TOO_LARGE', 'zip bomb');
  });

  it('a part of exactly the size below which the ratio is not asked passes at any ratio; one byte more at that ratio is refused', () => {
    expect(() => checkDeclaredSizes([declared(RATIO_CHECK_MIN_BYTES, 1)])).not.toThrow();
    expectRefusal(() => checkDeclaredSizes([declared(RATIO_CHECK_MIN_BYTES + 1, 1)]), 'TOO_LARGE', 'zip bomb');
  });

  it('a file of exactly the file limit is read; one byte more is TOO_LARGE before anything in it is looked at', () => {
    // A stored (unpacked) part of junk grows the package byte for byte: sized so the file is the limit.
    const withPad = (n: number) => tinyWorkbook({ 'xl/media/pad.bin': [new Uint8Array(n), { level: 0 }] });
    const probe = withPad(0).length;
    const exact = withPad(MAX_FILE_BYTES - probe);
    expect(exact.length).toBe(MAX_FILE_BYTES);
    expect(readWorkbook(exact).sheets[0]!.rows).toEqual([[1]]);
    expectRefusal(() => inspectZip(withPad(MAX_FILE_BYTES - probe + 1)), 'TOO_LARGE', '64.0 MiB');
  });

  it('parts adding up to exactly the total limit pass; one byte more in another part is TOO_LARGE', () => {
    const half = declared(MAX_TOTAL_UNCOMPRESSED_BYTES / 2, MAX_TOTAL_UNCOMPRESSED_BYTES / 2 / 100);
    expect(() => checkDeclaredSizes([half, { ...half, name: 'xl/worksheets/sheet2.xml' }])).not.toThrow();
    expectRefusal(() => checkDeclaredSizes([half, { ...half, name: 'xl/worksheets/sheet2.xml' }, declared(1, 1, 'xl/styles.xml')]), 'TOO_LARGE', '512.0 MiB');
  });
});

/** The tiny workbook with `tail` after its end record, which declares a comment of `declared` bytes. */
function withTail(tail: Uint8Array, declared = tail.length): Uint8Array {
  const zip = tinyWorkbook();
  const out = new Uint8Array(zip.length + tail.length);
  out.set(zip);
  out.set(tail, zip.length);
  setU16(out, eocdOffset(zip) + 20, declared);
  return out;
}

describe('the end of central directory record (APPNOTE 4.3.16)', () => {
  it('a record-like signature inside the zip comment is not taken for the record: only one whose comment length reaches the file’s end is', () => {
    // The fake signature stands more than a record's 22 bytes before the end, where the backward
    // search meets it first; its comment-length field (bytes 20-21 after it) does not fit the file.
    expect(readWorkbook(withTail(strToU8(`a note PK\x05\x06${'x'.repeat(40)}`))).sheets[0]!.rows).toEqual([[1]]);
  });

  it('a record-like signature whose comment length would run one byte past the file’s end is not the record either', () => {
    // The fake record opens the comment: its length field says 19 bytes follow it, where 18 do.
    const comment = new Uint8Array(22 + 18).fill(0x78);
    comment.set([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(16).fill(0)]);
    setU16(comment, 20, 19);
    expect(readWorkbook(withTail(comment)).sheets[0]!.rows).toEqual([[1]]);
  });

  it('a zip comment of the largest length, 65,535 bytes, is stepped over to the record before it, its words’ P no record', () => {
    // Only the record's four-byte signature starts it: the comment's first byte is a P (0x50), and
    // the two bytes 20 after it read as a length that fits in the file.
    const comment = new Uint8Array(0xffff).fill(0x20);
    comment.set(strToU8('Packed by a tool that pads its comment'));
    expect(readWorkbook(withTail(comment)).sheets[0]!.rows).toEqual([[1]]);
  });

  it('a record further from the end than a record and the largest comment is not searched for: the file is DAMAGED', () => {
    // Info-ZIP's unzip and APPNOTE's readers look back 22 + 65,535 bytes; one more byte of junk after
    // the largest comment puts the record out of reach.
    expectRefusal(() => inspectZip(withTail(new Uint8Array(0xffff + 1).fill(0x20), 0xffff)), 'DAMAGED');
  });

  it('a record counting one entry fewer than the directory holds is DAMAGED: another reader would stop before the last part', () => {
    const zip = tinyWorkbook();
    const count = inspectZip(zip).entries.length;
    const short = zip.slice();
    // Offset 10: the total number of entries in the central directory.
    setU16(short, eocdOffset(short) + 10, count - 1);
    expectRefusal(() => inspectZip(short), 'DAMAGED');
    // 0xFFFF says "see the ZIP64 record"; the entries walked are then the count.
    const zip64Count = zip.slice();
    setU16(zip64Count, eocdOffset(zip64Count) + 10, 0xffff);
    expect(inspectZip(zip64Count).entries).toHaveLength(count);
  });

  it('a directory offset or size of 0xFFFFFFFF (APPNOTE 4.4.24: the ZIP64 record holds the real one) is TOO_LARGE, not read as a number', () => {
    for (const field of [12, 16]) {
      const zip = tinyWorkbook();
      setU32(zip, eocdOffset(zip) + field, 0xffffffff);
      expectRefusal(() => inspectZip(zip), 'TOO_LARGE', 'ZIP64');
    }
  });
});

describe('a central directory header (APPNOTE 4.3.12)', () => {
  it('a compressed size or local header offset of 0xFFFFFFFF is TOO_LARGE as ZIP64, like the uncompressed size', () => {
    expectRefusal(() => inspectZip(patched(tinyWorkbook(), SHEET, 'compressed', 0xffffffff)), 'TOO_LARGE', 'ZIP64');
    expectRefusal(() => inspectZip(patched(tinyWorkbook(), SHEET, 'offset', 0xffffffff)), 'TOO_LARGE', 'ZIP64');
  });

  it('strong encryption (flag bit 6, APPNOTE 4.4.4) and WinZip AES (method 99, APPNOTE 4.4.5) are ENCRYPTED even without bit 0', () => {
    expectRefusal(() => inspectZip(patched(tinyWorkbook(), SHEET, 'flags', 0x40)), 'ENCRYPTED');
    expectRefusal(() => inspectZip(patched(tinyWorkbook(), SHEET, 'method', 99)), 'ENCRYPTED');
  });

  it('a method other than stored (0) or deflate (8), such as LZMA (14), is DAMAGED when its part is read, naming it', () => {
    expectRefusal(() => readWorkbook(patched(tinyWorkbook(), SHEET, 'method', 14)), 'DAMAGED', SHEET);
  });

  it('a stored part whose two sizes differ is DAMAGED: stored bytes are the part itself', () => {
    const stored = tinyWorkbook({ [SHEET]: [strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'), { level: 0 }] });
    const entry = inspectZip(stored).get(SHEET)!;
    expect(entry.method).toBe(0);
    expectRefusal(() => readWorkbook(patched(stored, SHEET, 'uncompressed', entry.compressedSize - 10)), 'DAMAGED', SHEET);
  });

  it('extra fields and file comments, in both the local and the central header, are stepped over to the right bytes', () => {
    // An Info-ZIP extended timestamp (header id 0x5455, APPNOTE 4.6) and a comment on every entry.
    const stamp = { 0x5455: Uint8Array.of(1, 0, 0, 0, 0) };
    const zip = zipSync({
      '[Content_Types].xml': [strToU8(CONTENT_TYPES), { extra: stamp, comment: '类型' }],
      'xl/workbook.xml': [strToU8('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'), { extra: stamp, comment: 'workbook' }],
      'xl/_rels/workbook.xml.rels': [
        strToU8('<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        { extra: stamp, comment: 'rels' },
      ],
      [SHEET]: [strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>'), { extra: stamp, comment: 'sheet' }],
    });
    const dir = inspectZip(zip);
    expect(dir.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', SHEET]);
    expect(new TextDecoder().decode(readEntry(zip, dir.get('xl/workbook.xml')!, inflateWithFflate))).toContain('<sheet name="S"');
    expect(readWorkbook(zip).sheets[0]!.rows).toEqual([[42]]);
  });
});
