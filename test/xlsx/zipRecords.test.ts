/**
 * The zip's records each checked where PKWARE's APPNOTE.TXT puts them, one damage at a time: the
 * end record's disk number (4.3.16), a central header's signature and lengths (4.3.12), a local
 * header's signature (4.3.7), and the OLE container an old or encrypted workbook comes in ([MS-CFB]:
 * its stream names in UTF-16LE). Each package is the smallest one the reader accepts, damaged in one
 * field, so that the refusal can only come from the check of that field.
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import { describe, expect, it, vi } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { checkBytes } from '../../src/xlsx/checkBytes';
import { inflateWithFflate } from '../../src/xlsx/inflate';
import { hasDeflateRawStream } from '../../src/xlsx/inflateStream';
import { readWorkbook } from '../../src/xlsx/read';
import { inspectZip, readEntryAsync } from '../../src/xlsx/zip';
import { expectRefusal } from '../support/refusals';
import { CONTENT_TYPES, OLE_MAGIC, centralHeader, directoryOffset, eocdOffset, patched, setU16, setU32, tinyWorkbook, utf16le } from '../support/zips';

const SHEET = 'xl/worksheets/sheet1.xml';
const ole = (...parts: number[][]): Uint8Array => Uint8Array.from([...OLE_MAGIC, ...parts.flat()]);

describe('an OLE container: an old .xls, or a workbook with a password to open', () => {
  it('is LEGACY_XLS when its names only begin like EncryptedPackage (an .xls’s Workbook and an unfinished “Encrypted”)', () => {
    expectRefusal(() => inspectZip(ole(utf16le('Workbook'), new Array(64).fill(0), utf16le('EncryptedPack'), new Array(64).fill(0))), 'LEGACY_XLS', '.xls');
  });

  it('is ENCRYPTED when EncryptedPackage is the last thing in the file', () => {
    expectRefusal(() => inspectZip(ole(new Array(512).fill(0), utf16le('EncryptionInfo'), utf16le('EncryptedPackage'))), 'ENCRYPTED', '密码');
  });
});

describe('a zip directory damaged in one field is DAMAGED', () => {
  it('an end record on disk 1, a piece of a split archive, which Excel never writes', () => {
    const b = tinyWorkbook();
    setU16(b, eocdOffset(b) + 4, 1);
    expectRefusal(() => inspectZip(b), 'DAMAGED');
  });

  it('a central header whose signature is not PK\\1\\2', () => {
    const b = tinyWorkbook();
    setU32(b, centralHeader(b, SHEET), 0x02014b51);
    expectRefusal(() => inspectZip(b), 'DAMAGED');
  });

  it('a central header whose extra field runs past the directory’s end', () => {
    const b = tinyWorkbook();
    // The sheet's header is the directory's last: its extra field would reach into the end record.
    setU16(b, centralHeader(b, SHEET) + 30, 100);
    expectRefusal(() => inspectZip(b), 'DAMAGED');
  });

  it('a local header that would run into the directory, and only then: one ending exactly where it begins is not refused by the directory', () => {
    const b = tinyWorkbook();
    const directory = directoryOffset(b);
    expectRefusal(() => inspectZip(patched(b, SHEET, 'offset', directory - 29)), 'DAMAGED', SHEET);
    expect(inspectZip(patched(b, SHEET, 'offset', directory - 30)).get(SHEET)!.localHeaderOffset).toBe(directory - 30);
  });

  it('a local header whose signature is not PK\\3\\4, naming the part', () => {
    const b = tinyWorkbook();
    const local = inspectZip(b).get(SHEET)!.localHeaderOffset;
    setU32(b, local, 0x04034b55);
    expectRefusal(() => readWorkbook(b), 'DAMAGED', SHEET);
  });
});

describe('who unpacks', () => {
  it('a stored part is the file’s own bytes: the inflater is never asked', async () => {
    const text = strToU8('<worksheet/>');
    const zip = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'xl/part.xml': text }, { level: 0 });
    const inflate = vi.fn(async () => new Uint8Array());
    expect(await readEntryAsync(zip, inspectZip(zip).get('xl/part.xml')!, inflate)).toEqual(text);
    expect(inflate).not.toHaveBeenCalled();
  });

  it('checkBytes unpacks with the inflater it is given (node:zlib in the command line)', () => {
    const inflate = vi.fn(inflateWithFflate);
    const b = tinyWorkbook();
    expect(checkBytes(b, '2024-01-01', inflate)).toEqual(checkBytes(b, '2024-01-01'));
    expect(inflate).toHaveBeenCalled();
  });

  it('an engine without raw deflate in DecompressionStream (its constructor throws a TypeError) is told so, and the page reads with fflate', () => {
    vi.stubGlobal('DecompressionStream', class {
      constructor(format: string) {
        throw new TypeError(`Unsupported compression format: '${format}'`);
      }
    });
    try {
      expect(hasDeflateRawStream()).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
