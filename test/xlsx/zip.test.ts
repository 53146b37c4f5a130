import ExcelJS from 'exceljs';
import { Inflate, Zip, ZipPassThrough, deflateSync, strToU8, zipSync, type Zippable } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_COMPRESSION_RATIO, MAX_FILE_BYTES, MAX_PART_UNCOMPRESSED_BYTES, MAX_ROWS, MAX_TOTAL_UNCOMPRESSED_BYTES, RATIO_CHECK_MIN_BYTES } from '../../src/xlsx/limits';
import { readWorkbook } from '../../src/xlsx/read';
import { inflateWithZlib } from '../../src/cli/inflate';
import { INFLATE_STEP, inflateWithFflate } from '../../src/xlsx/inflate';
import { checkDeclaredSizes, inspectZip, readEntry } from '../../src/xlsx/zip';
import { random } from '../support/random';
import { expectRefusal } from '../support/refusals';
import { CONTENT_TYPES, OLE_MAGIC, eocdOffset, patched, setU32, tinyWorkbook, utf16le, zerosPackage } from '../support/zips';

// Every inflation goes through fflate's Inflate, so a test can prove that a refusal came before any.
const pushes = vi.spyOn(Inflate.prototype, 'push');
beforeEach(() => {
  pushes.mockClear();
});
/** How many entries were inflated: each has its own Inflate. */
const entriesInflated = (): number => new Set(pushes.mock.contexts).size;

const MiB = 1024 * 1024;

describe('what kind of file it is, from its first bytes', () => {
  it('a CSV, a PDF, an empty or a tiny file is not an .xlsx, and the message says to provide one', () => {
    for (const bytes of [strToU8('城市,床位\n赣州,120\n'), strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), new Uint8Array(0), new Uint8Array([0x50, 0x4b])]) {
      const e = expectRefusal(() => inspectZip(bytes), 'NOT_XLSX', '请提供 Excel 工作簿（.xlsx）', 'please provide an Excel workbook (.xlsx)');
      expect(e.message).toBe(`${e.zh} / ${e.en}`);
    }
  });

  it('an old .xls (an OLE container without an encrypted package) is LEGACY_XLS, and says to save as .xlsx', () => {
    const ole = new Uint8Array(1536);
    ole.set(OLE_MAGIC);
    ole.set(utf16le('Workbook'), 1024);
    expectRefusal(() => inspectZip(ole), 'LEGACY_XLS', '另存为 .xlsx', 'save it as .xlsx');
    expectRefusal(() => readWorkbook(ole), 'LEGACY_XLS');
  });

  it('a password-protected workbook (an OLE container holding EncryptedPackage) is ENCRYPTED, and says how to remove the password', () => {
    const ole = new Uint8Array(1536);
    ole.set(OLE_MAGIC);
    ole.set(utf16le('EncryptedPackage'), 1100);
    expectRefusal(() => inspectZip(ole), 'ENCRYPTED', '文件→信息→保护工作簿→用密码进行加密', 'Encrypt with Password');
  });

  it('a zip entry marked encrypted (general-purpose bit 0) is ENCRYPTED', () => {
    expectRefusal(() => inspectZip(patched(tinyWorkbook(), 'xl/worksheets/sheet1.xml', 'flags', 0x1)), 'ENCRYPTED');
  });

  it('a zip that is not a package (no [Content_Types].xml) is NOT_XLSX', () => {
    expectRefusal(() => inspectZip(zipSync({ 'notes.txt': strToU8('hello') })), 'NOT_XLSX');
  });
});

describe('the zip directory, parsed by hand', () => {
  it('lists every entry with its method, sizes and offsets', () => {
    const text = '<sheetData/>'.repeat(100);
    const zip = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'xl/stored.xml': [strToU8(text), { level: 0 }], 'xl/packed.xml': strToU8(text) });
    const dir = inspectZip(zip);
    expect(dir.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/stored.xml', 'xl/packed.xml']);
    expect(dir.get('xl/stored.xml')).toMatchObject({ method: 0, compressedSize: text.length, uncompressedSize: text.length, flags: 0 });
    expect(dir.get('xl/packed.xml')).toMatchObject({ method: 8, uncompressedSize: text.length });
    expect(dir.get('xl/packed.xml')!.compressedSize).toBeLessThan(text.length);
    expect(new TextDecoder().decode(readEntry(zip, dir.get('xl/stored.xml')!, inflateWithFflate))).toBe(text);
    expect(new TextDecoder().decode(readEntry(zip, dir.get('xl/packed.xml')!, inflateWithFflate))).toBe(text);
  });

  it('finds part names whatever their case or leading slash, as OPC names are compared', () => {
    const dir = inspectZip(tinyWorkbook());
    expect(dir.get('/XL/Worksheets/Sheet1.xml')?.name).toBe('xl/worksheets/sheet1.xml');
    // A name joined as '/' + '/xl/…' keeps two: every leading slash goes, not only the first.
    expect(dir.get('//xl/worksheets/sheet1.xml')?.name).toBe('xl/worksheets/sheet1.xml');
    expect(dir.get('xl/worksheets/sheet2.xml')).toBeUndefined();
  });

  it('a package holding a part twice is DAMAGED, naming the part: the sheet checked could be another than the one Excel shows', () => {
    // fflate's streaming Zip writes whatever names it is given, so the same name twice.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    const add = (name: string, text: string) => {
      const f = new ZipPassThrough(name);
      zip.add(f);
      f.push(strToU8(text), true);
    };
    add('[Content_Types].xml', CONTENT_TYPES);
    add('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>');
    add('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData></worksheet>');
    zip.end();
    const twice = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (twice.set(c, at), at + c.length), 0);
    const e = expectRefusal(() => inspectZip(twice), 'DAMAGED', 'xl/worksheets/sheet1.xml', '两个同名部件', 'two parts named');
    expect(e.zh.indexOf('文件已损坏')).toBe(0);
  });

  it('part names that differ only in case, a leading slash or a backslash are the same part, so two of them are DAMAGED', () => {
    const sheet = strToU8('<worksheet><sheetData/></worksheet>');
    expectRefusal(() => inspectZip(tinyWorkbook({ 'XL/Worksheets/Sheet1.xml': sheet })), 'DAMAGED', 'XL/Worksheets/Sheet1.xml');
    expectRefusal(() => inspectZip(tinyWorkbook({ '/xl/worksheets/sheet1.xml': sheet })), 'DAMAGED', 'xl/worksheets/sheet1.xml');
    expectRefusal(() => inspectZip(tinyWorkbook({ 'xl\\worksheets\\sheet1.xml': sheet })), 'DAMAGED', 'xl/worksheets/sheet1.xml');
    expectRefusal(() => readWorkbook(tinyWorkbook({ 'XL/WORKSHEETS/SHEET1.XML': sheet })), 'DAMAGED', '两个同名部件');
  });

  it('a truncated file (the first half of a real workbook) is DAMAGED and says to get the file again', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('数据').addRows(Array.from({ length: 200 }, (_, i) => [i, `行 ${i}`]));
    const whole = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(readWorkbook(whole).sheets[0]!.rows).toHaveLength(200);
    expectRefusal(() => readWorkbook(whole.subarray(0, whole.length >> 1)), 'DAMAGED', '请从原处重新获取', 'get it again');
  });

  it('a directory that points outside the file is DAMAGED', () => {
    const zip = tinyWorkbook();
    const pastEnd = zip.slice();
    setU32(pastEnd, eocdOffset(pastEnd) + 16, zip.length + 100);
    expectRefusal(() => inspectZip(pastEnd), 'DAMAGED');
    expectRefusal(() => inspectZip(patched(zip, 'xl/workbook.xml', 'offset', zip.length - 10)), 'DAMAGED', 'xl/workbook.xml');
  });

  it('an entry whose data runs past the end of the file is DAMAGED when read', () => {
    const zip = patched(tinyWorkbook(), 'xl/worksheets/sheet1.xml', 'compressed', 50_000);
    expectRefusal(() => readWorkbook(zip), 'DAMAGED', 'xl/worksheets/sheet1.xml');
  });

  it('ZIP64 markers (0xFFFFFFFF sizes) are TOO_LARGE: parts over 4 GiB are not accepted', () => {
    expectRefusal(() => inspectZip(patched(tinyWorkbook(), 'xl/worksheets/sheet1.xml', 'uncompressed', 0xffffffff)), 'TOO_LARGE', 'ZIP64');
  });

  it('a file over the size limit is TOO_LARGE, naming the limit and the size found', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expectRefusal(() => inspectZip(big), 'TOO_LARGE', '64.0 MiB', '拆分', 'Split the workbook');
  });
});

describe('declared sizes are refused before anything is inflated (zip bombs)', () => {
  it('a part declaring more than the per-part limit is TOO_LARGE, and nothing was inflated', () => {
    const zip = patched(tinyWorkbook(), 'xl/worksheets/sheet1.xml', 'uncompressed', MAX_PART_UNCOMPRESSED_BYTES + 1);
    expectRefusal(() => readWorkbook(zip), 'TOO_LARGE', 'xl/worksheets/sheet1.xml', '256.0 MiB');
    // Only the workbook and its relationships were inflated, to learn which parts the sheets are.
    expect(entriesInflated()).toBe(2);
  });

  it('a tiny entry claiming to unpack more than 200 times its size is TOO_LARGE (a compression ratio no sheet has)', () => {
    const declared = RATIO_CHECK_MIN_BYTES + 1;
    const zip = patched(tinyWorkbook(), 'xl/worksheets/sheet1.xml', 'uncompressed', declared);
    const e = expectRefusal(() => readWorkbook(zip), 'TOO_LARGE', `${MAX_COMPRESSION_RATIO}:1`, 'zip bomb', '压缩炸弹');
    expect(e.en).toContain('xl/worksheets/sheet1.xml');
    expect(entriesInflated()).toBe(2);
  });

  it('parts each within the limits but together over the total are TOO_LARGE before any sheet is inflated', () => {
    // Stored (not deflated) random bytes, so the declared ratio stays believable: 200 MiB from 1.1 MiB.
    const filler = new Uint8Array(1.1 * MiB).map((_, i) => (i * 2654435761) >>> 24);
    const sheets: Zippable = {};
    let rels = '';
    let list = '';
    for (let i = 1; i <= 3; i++) {
      sheets[`xl/worksheets/sheet${i}.xml`] = [filler, { level: 0 }];
      rels += `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`;
      list += `<sheet name="S${i}" sheetId="${i}" r:id="rId${i}"/>`;
    }
    let zip = tinyWorkbook({
      ...sheets,
      'xl/workbook.xml': strToU8(`<workbook><sheets>${list}</sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships>${rels}</Relationships>`),
    });
    for (let i = 1; i <= 3; i++) zip = patched(zip, `xl/worksheets/sheet${i}.xml`, 'uncompressed', 200 * MiB);
    expectRefusal(() => readWorkbook(zip), 'TOO_LARGE', `${(MAX_TOTAL_UNCOMPRESSED_BYTES / MiB).toFixed(1)} MiB`, '600.0 MiB');
    expect(entriesInflated()).toBe(2);
  });

  it('checkDeclaredSizes accepts what a 100,000-row sheet declares', () => {
    const entry = { name: 'xl/worksheets/sheet1.xml', method: 8, flags: 0, compressedSize: 5.2 * MiB, uncompressedSize: 37 * MiB, localHeaderOffset: 0, centralOffset: 0 };
    expect(() => checkDeclaredSizes([entry])).not.toThrow();
    expect(MAX_ROWS).toBeGreaterThanOrEqual(100_000);
  });
});

// Both unpackers the reader is given: fflate in the add-in and the browser, node:zlib in the CLI.
describe.each([
  ['fflate', inflateWithFflate],
  ['node:zlib', inflateWithZlib],
])('readEntry with %s never lets an entry grow past what it declared', (name, inflate) => {
  const text = strToU8('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(500));
  let zip: Uint8Array;
  beforeAll(() => {
    zip = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'xl/part.xml': text });
  });

  it('inflates into a buffer of exactly the declared size', () => {
    const out = readEntry(zip, inspectZip(zip).get('xl/part.xml')!, inflate);
    expect(out).toEqual(text);
    expect(out.buffer.byteLength).toBe(text.length);
  });

  it(`a stream of exactly one or two of fflate's steps (${INFLATE_STEP} packed bytes) is read to its end, the last step marked as the last`, () => {
    for (const steps of [1, 2]) {
      // A stored deflate block is its bytes and 5 of header (RFC 1951, 3.2.4), so the packed size is chosen exactly.
      const next = random(steps);
      const data = Uint8Array.from({ length: steps * INFLATE_STEP - 5 }, () => Math.floor(next() * 256));
      const packed = deflateSync(data, { level: 0 });
      expect(packed.length).toBe(steps * INFLATE_STEP);
      expect(inflate(packed, data.length)).toEqual(data);
    }
  });

  it('an entry that unpacks to more than it declared is DAMAGED, not silently cut short', () => {
    const understated = patched(zip, 'xl/part.xml', 'uncompressed', text.length - 100);
    expectRefusal(() => readEntry(understated, inspectZip(understated).get('xl/part.xml')!, inflate), 'DAMAGED', 'xl/part.xml');
  });

  it('a zip bomb is refused by its ratio, and behind a lying header is stopped within one step of the declared size', () => {
    // 128 MiB of zeros packed to ≈ 128 KiB, streamed so the test never holds more than 1 MiB of it.
    const honest = zerosPackage(128);
    const entry = inspectZip(honest).get('xl/bomb.xml')!;
    expect(entry.uncompressedSize).toBe(128 * MiB);
    expectRefusal(() => readEntry(honest, entry, inflate), 'TOO_LARGE', 'xl/bomb.xml', 'zip bomb');
    if (name === 'fflate') expect(pushes).not.toHaveBeenCalled();

    const lying = patched(honest, 'xl/bomb.xml', 'uncompressed', 64 * 1024);
    expectRefusal(() => readEntry(lying, inspectZip(lying).get('xl/bomb.xml')!, inflate), 'DAMAGED', 'xl/bomb.xml');
    // fflate is fed in steps and stops at the first that passes the size; zlib stops by its own
    // maxOutputLength (src/cli/inflate.ts), which no spy can see: a full decode would take minutes.
    if (name === 'fflate') expect(pushes).toHaveBeenCalledTimes(1);
    expect(entry.compressedSize).toBeGreaterThan(4 * 16 * 1024);
  });

  it('an entry that unpacks to less than it declared is DAMAGED', () => {
    const overstated = patched(zip, 'xl/part.xml', 'uncompressed', text.length + 100);
    expectRefusal(() => readEntry(overstated, inspectZip(overstated).get('xl/part.xml')!, inflate), 'DAMAGED', 'xl/part.xml');
  });

  it('a deflate stream cut off exactly at the end of a step is refused, even where the size it claims is what the cut stream gives', () => {
    // A Huffman-coded stream (figures of no pattern) cut to exactly one step: only the last push,
    // marked final, tells fflate that no more is coming and the stream is unfinished.
    const rnd = random(1);
    const rows = strToU8(Array.from({ length: 12000 }, (_, i) => `<c r="A${i + 1}"><v>${Math.floor(rnd() * 1000000)}</v></c>`).join(''));
    const cut = deflateSync(rows, { level: 9 }).subarray(0, INFLATE_STEP);
    let partial = 0;
    new Inflate((chunk) => (partial += chunk.length)).push(cut, false);
    expect(partial).toBeGreaterThan(0);
    expect(() => inflate(cut, partial)).toThrow();
  });

  it('corrupt deflate data is DAMAGED, naming the part', () => {
    const corrupt = zip.slice();
    const entry = inspectZip(corrupt).get('xl/part.xml')!;
    const local = entry.localHeaderOffset;
    const dataStart = local + 30 + (corrupt[local + 26]! | (corrupt[local + 27]! << 8)) + (corrupt[local + 28]! | (corrupt[local + 29]! << 8));
    corrupt.fill(0xff, dataStart, dataStart + 40);
    expectRefusal(() => readEntry(corrupt, entry, inflate), 'DAMAGED', 'xl/part.xml');
  });
});
