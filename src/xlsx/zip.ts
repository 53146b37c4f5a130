/**
 * The zip container of an .xlsx, read by hand: what kind of file this is, what parts it holds and how
 * big they claim to be, all decided from the directory before a single byte is inflated. Only the
 * inflation itself is another's: the Inflate the caller passes (inflate.ts).
 */
import { damaged, duplicatePart, encrypted, legacyXls, notXlsx, tooLarge } from './errors';
import type { Inflate, InflateAsync } from './inflate';
import { MAX_COMPRESSION_RATIO, MAX_FILE_BYTES, MAX_PART_UNCOMPRESSED_BYTES, MAX_TOTAL_UNCOMPRESSED_BYTES, RATIO_CHECK_MIN_BYTES } from './limits';

export interface ZipEntry {
  /** The part name with forward slashes and no leading '/', e.g. `xl/worksheets/sheet1.xml`. */
  name: string;
  /** 0 = stored, 8 = deflate; anything else is refused when the entry is read. */
  method: number;
  /** General-purpose bit flags, as the central directory gives them. */
  flags: number;
  compressedSize: number;
  /** As declared; a reader never lets an entry produce more than this. */
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's central directory record starts: a copy of the package copies it from there. */
  centralOffset: number;
}

export interface ZipDirectory {
  entries: readonly ZipEntry[];
  /** The entry of a part name; OPC part names are case-insensitive, so a case-blind match is the fallback. */
  get(name: string): ZipEntry | undefined;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The stream an encrypted OOXML file keeps inside its OLE container, named in UTF-16LE. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
/** A 32-bit size or offset set to this means "see the ZIP64 record": content over 4 GiB. */
const ZIP64_MARKER = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;
/** PKWARE "strong encryption"; always comes with bit 0 but is checked on its own for safety. */
const FLAG_STRONG_ENCRYPTION = 0x40;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
/** WinZip AES: the entry is encrypted even if a writer forgot bit 0. */
const METHOD_AES = 99;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0]!;
  for (let i = bytes.indexOf(first); i !== -1 && i + pattern.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    if (pattern.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** The End Of Central Directory record: searched backwards, since a comment of up to 64 KiB may follow it. */
function findEocd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  for (let p = bytes.length - EOCD_SIZE; p >= lowest; p--) {
    if (bytes[p] === 0x50 && u32(bytes, p) === SIG_EOCD && p + EOCD_SIZE + u16(bytes, p + 20) <= bytes.length) return p;
  }
  throw damaged();
}

const utf8 = new TextDecoder('utf-8');

/** Some writers use backslashes or a leading slash; part names are compared without them. */
const normalizeName = (raw: string): string => raw.replace(/\\/gu, '/').replace(/^\/+/u, '');

/**
 * What the file is and what its zip directory declares. Throws NOT_XLSX, ENCRYPTED or LEGACY_XLS from
 * the first bytes, TOO_LARGE for an oversized file or ZIP64 content, DAMAGED for a directory that is
 * truncated or points outside the file.
 */
export function inspectZip(bytes: Uint8Array): ZipDirectory {
  if (startsWith(bytes, OLE_MAGIC)) throw contains(bytes, ENCRYPTED_PACKAGE) ? encrypted() : legacyXls();
  if (!startsWith(bytes, ZIP_MAGIC)) throw notXlsx();
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge({ kind: 'file', found: bytes.length, limit: MAX_FILE_BYTES });

  const eocd = findEocd(bytes);
  const diskNumber = u16(bytes, eocd + 4);
  const declaredCount = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (cdSize === ZIP64_MARKER || cdOffset === ZIP64_MARKER) throw tooLarge({ kind: 'zip64' });
  // Split archives are not something Excel writes; a directory past its own end record is corrupt.
  if (diskNumber !== 0 || cdOffset + cdSize > eocd) throw damaged();

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const byLowerName = new Map<string, ZipEntry>();
  const end = cdOffset + cdSize;
  for (let p = cdOffset; p < end; ) {
    if (p + CENTRAL_SIZE > end || u32(bytes, p) !== SIG_CENTRAL) throw damaged();
    const nameLength = u16(bytes, p + 28);
    const next = p + CENTRAL_SIZE + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (next > end) throw damaged();
    const entry: ZipEntry = {
      name: normalizeName(utf8.decode(bytes.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength))),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
      centralOffset: p,
    };
    if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) || entry.method === METHOD_AES) throw encrypted();
    if (entry.compressedSize === ZIP64_MARKER || entry.uncompressedSize === ZIP64_MARKER || entry.localHeaderOffset === ZIP64_MARKER) {
      throw tooLarge({ kind: 'zip64' });
    }
    if (entry.localHeaderOffset + LOCAL_SIZE > cdOffset) throw damaged(entry.name);
    // Two entries of one name, in any case, would let two readers see two different workbooks in one file.
    if (byLowerName.has(entry.name.toLowerCase())) throw duplicatePart(entry.name);
    entries.push(entry);
    byName.set(entry.name, entry);
    byLowerName.set(entry.name.toLowerCase(), entry);
    p = next;
  }
  // 0xFFFF may be a ZIP64 count that the 16-bit field cannot hold; the walk above is then the truth.
  if (declaredCount !== 0xffff && declaredCount !== entries.length) throw damaged();
  if (!byName.has('[Content_Types].xml')) throw notXlsx();

  return {
    entries,
    get: (name) => {
      const key = normalizeName(name);
      return byName.get(key) ?? byLowerName.get(key.toLowerCase());
    },
  };
}

/** Refuses, from its declared sizes alone, one part that would unpack too large or suspiciously well. */
function checkPart(entry: ZipEntry): void {
  const size = entry.uncompressedSize;
  if (size > MAX_PART_UNCOMPRESSED_BYTES) throw tooLarge({ kind: 'part', part: entry.name, found: size, limit: MAX_PART_UNCOMPRESSED_BYTES });
  const ratio = size / Math.max(1, entry.compressedSize);
  if (size > RATIO_CHECK_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO) {
    throw tooLarge({ kind: 'ratio', part: entry.name, found: ratio, limit: MAX_COMPRESSION_RATIO });
  }
}

/**
 * Refuses, before any of them is inflated, a set of parts that one read would unpack: each part on
 * its own, then their sum.
 */
export function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    checkPart(entry);
    total += entry.uncompressedSize;
  }
  if (total > MAX_TOTAL_UNCOMPRESSED_BYTES) throw tooLarge({ kind: 'total', found: total, limit: MAX_TOTAL_UNCOMPRESSED_BYTES });
}

/** An entry's packed bytes, found through its local header and checked against the directory; `stored` when they are the part itself. */
function packedOf(bytes: Uint8Array, entry: ZipEntry): { packed: Uint8Array; stored: boolean } {
  checkPart(entry);
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) throw damaged(entry.name);
  const header = entry.localHeaderOffset;
  if (header + LOCAL_SIZE > bytes.length || u32(bytes, header) !== SIG_LOCAL) throw damaged(entry.name);
  // The local header's own name and extra lengths, which may differ from the central directory's.
  const start = header + LOCAL_SIZE + u16(bytes, header + 26) + u16(bytes, header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(entry.name);
  const stored = entry.method === METHOD_STORED;
  if (stored && entry.compressedSize !== entry.uncompressedSize) throw damaged(entry.name);
  return { packed: bytes.subarray(start, end), stored };
}

/** What an inflater produced, accepted only at exactly the declared size. */
function exactly(out: Uint8Array, entry: ZipEntry): Uint8Array {
  if (out.length !== entry.uncompressedSize) throw damaged(entry.name);
  return out;
}

/**
 * One entry's bytes, exactly its declared size, never more: `inflate` must refuse (throw) as soon as
 * the output would pass the declared size, so a header that understates it costs no more work than
 * the size it claims. A stored entry is returned as a view into `bytes`.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, inflate: Inflate): Uint8Array {
  const { packed, stored } = packedOf(bytes, entry);
  if (stored) return packed;
  let out: Uint8Array;
  try {
    out = inflate(packed, entry.uncompressedSize);
  } catch {
    throw damaged(entry.name);
  }
  return exactly(out, entry);
}

/** readEntry with an inflater that answers later (the browser's DecompressionStream), under the same bound. */
export async function readEntryAsync(bytes: Uint8Array, entry: ZipEntry, inflate: InflateAsync): Promise<Uint8Array> {
  const { packed, stored } = packedOf(bytes, entry);
  if (stored) return packed;
  let out: Uint8Array;
  try {
    out = await inflate(packed, entry.uncompressedSize);
  } catch {
    throw damaged(entry.name);
  }
  return exactly(out, entry);
}
