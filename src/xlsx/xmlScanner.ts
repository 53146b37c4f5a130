/**
 * A forward-only scanner of SpreadsheetML as UTF-8 bytes, never decoded to a string nor parsed into a
 * tree: a part costs its XML once in memory, offsets stay byte offsets, and only the values kept
 * (strings, formulas) are decoded. It knows exactly what SpreadsheetML needs: element tags with
 * namespace prefixes, attributes, text with entities and CDATA; comments, processing instructions and
 * doctypes are skipped.
 */
import { damaged, type XlsxError } from './errors';
import { decodeText, parseNumber, parseNumberBytes, parseUint, utf8Decode } from './xmlText';

export const OPEN = 1;
export const CLOSE = 2;
/** A self-closing tag, `<c r="A1"/>`: an open tag with no content. */
export const EMPTY = 3;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const COMMENT_END = ascii('-->');
const CDATA_START = ascii('<![CDATA[');
const CDATA_END = ascii(']]>');
const PI_END = ascii('?>');

/** A local element or attribute name as bytes, to compare without decoding. */
export const xmlName = ascii;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export class XmlScanner {
  /** Where scanning resumes: just after the last tag read. */
  pos = 0;
  /** OPEN, CLOSE or EMPTY: the kind of the last tag read. */
  kind = 0;
  /** Where the last tag read starts: its '<'. */
  tagStart = 0;
  /** The last tag's local name (after any prefix), as a byte range. */
  private nameStart = 0;
  private nameEnd = 0;
  /** The last tag's attributes, as a byte range (from just after its name; an editor inserts one there). */
  attrStart = 0;
  private attrEnd = 0;
  /** Where nextAttr() resumes. */
  private attrPos = 0;
  /** After nextAttr() or attr(): the attribute's local name and its value, as byte ranges. */
  attrNameStart = 0;
  attrNameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  /** After readText(): plain text as a byte range, or, when CDATA made that impossible, the decoded string. */
  private textStart = 0;
  private textEnd = 0;
  private textString: string | null = null;

  constructor(
    readonly bytes: Uint8Array,
    /** The part's name, for the DAMAGED message. */
    readonly part: string,
  ) {}

  damaged(): XlsxError {
    return damaged(this.part);
  }

  private indexOf(pattern: Uint8Array, from: number): number {
    const b = this.bytes;
    for (let i = b.indexOf(pattern[0]!, from); i !== -1; i = b.indexOf(pattern[0]!, i + 1)) {
      let k = 1;
      while (k < pattern.length && b[i + k] === pattern[k]) k++;
      if (k === pattern.length) return i;
    }
    return -1;
  }

  /** Past the end of a comment, PI, CDATA or doctype starting at `p` ('<' of '<!' or '<?'). */
  private skipMarkup(p: number): number {
    const b = this.bytes;
    let terminator: Uint8Array | null = null;
    if (b[p + 1] === QUESTION) terminator = PI_END;
    else if (b[p + 2] === 0x2d) terminator = COMMENT_END;
    else if (b[p + 2] === 0x5b) terminator = CDATA_END;
    const at = terminator ? this.indexOf(terminator, p + 2) : b.indexOf(GT, p);
    if (at === -1) throw this.damaged();
    return at + (terminator ? terminator.length : 1);
  }

  /** Moves to the next element tag; false at the end of the part. */
  next(): boolean {
    const b = this.bytes;
    let p = this.pos;
    for (;;) {
      p = b.indexOf(LT, p);
      if (p === -1) {
        this.pos = b.length;
        return false;
      }
      const c = b[p + 1];
      if (c === BANG || c === QUESTION) {
        p = this.skipMarkup(p);
        continue;
      }
      const close = c === SLASH;
      let q = close ? p + 2 : p + 1;
      let nameStart = q;
      for (let ch = b[q]; ch !== undefined && ch !== GT && ch !== SLASH && !isSpace(ch); ch = b[++q]) {
        if (ch === COLON) nameStart = q + 1;
      }
      if (q === nameStart) throw this.damaged();
      this.tagStart = p;
      this.nameStart = nameStart;
      this.nameEnd = q;
      this.attrStart = q;
      // Find the tag's end, stepping over quoted values: '>' is legal inside an attribute value.
      for (let ch = b[q]; ch !== GT; ch = b[++q]) {
        if (ch === undefined) throw this.damaged();
        if (ch === DQUOTE || ch === SQUOTE) {
          q = b.indexOf(ch, q + 1);
          if (q === -1) throw this.damaged();
        }
      }
      const selfClosing = b[q - 1] === SLASH;
      this.attrEnd = selfClosing ? q - 1 : q;
      this.kind = close ? CLOSE : selfClosing ? EMPTY : OPEN;
      this.pos = q + 1;
      return true;
    }
  }

  /** Whether the last tag's local name is `name`. */
  is(name: Uint8Array): boolean {
    const b = this.bytes;
    const start = this.nameStart;
    if (this.nameEnd - start !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (b[start + i] !== name[i]) return false;
    return true;
  }

  /** Restarts nextAttr() at the last tag's first attribute. */
  firstAttr(): void {
    this.attrPos = this.attrStart;
  }

  /**
   * Steps to the last tag's next attribute: its local name (after any prefix) in
   * attrNameStart/attrNameEnd, its value in valueStart/valueEnd; false after the last one.
   */
  nextAttr(): boolean {
    const b = this.bytes;
    const end = this.attrEnd;
    let p = this.attrPos;
    while (p < end && isSpace(b[p]!)) p++;
    if (p >= end) return false;
    this.attrNameStart = p;
    while (p < end && b[p] !== EQUALS && !isSpace(b[p]!)) {
      if (b[p] === COLON) this.attrNameStart = p + 1;
      p++;
    }
    this.attrNameEnd = p;
    while (p < end && b[p] !== DQUOTE && b[p] !== SQUOTE) p++;
    if (p >= end) throw this.damaged();
    const valueEnd = b.indexOf(b[p]!, p + 1);
    if (valueEnd === -1 || valueEnd >= end) throw this.damaged();
    this.valueStart = p + 1;
    this.valueEnd = valueEnd;
    this.attrPos = valueEnd + 1;
    return true;
  }

  /**
   * Finds the attribute of local name `name` on the last tag (`r:id` answers to `id`) and leaves its
   * value's byte range in valueStart/valueEnd; false when the tag has no such attribute.
   */
  attr(name: Uint8Array): boolean {
    const b = this.bytes;
    this.firstAttr();
    while (this.nextAttr()) {
      const start = this.attrNameStart;
      if (this.attrNameEnd - start !== name.length) continue;
      let i = 0;
      while (i < name.length && b[start + i] === name[i]) i++;
      if (i === name.length) return true;
    }
    return false;
  }

  /** Whether the value found by the last attr() is exactly `text`. */
  valueIs(text: Uint8Array): boolean {
    const b = this.bytes;
    const start = this.valueStart;
    if (this.valueEnd - start !== text.length) return false;
    for (let i = 0; i < text.length; i++) if (b[start + i] !== text[i]) return false;
    return true;
  }

  /** The attribute's value decoded, or undefined when absent. */
  attrString(name: Uint8Array): string | undefined {
    return this.attr(name) ? decodeText(this.bytes, this.valueStart, this.valueEnd, this.part) : undefined;
  }

  /** The attribute's value as a non-negative integer; -1 when absent, DAMAGED when not a number. */
  attrInt(name: Uint8Array): number {
    if (!this.attr(name)) return -1;
    const n = parseUint(this.bytes, this.valueStart, this.valueEnd);
    if (n < 0) throw this.damaged();
    return n;
  }

  /**
   * Reads the text of the element whose open tag was just read, up to and including its close tag.
   * Plain text is kept as a byte range; text with CDATA sections is decoded at once.
   */
  readText(): void {
    this.textString = null;
    if (this.kind === EMPTY) {
      this.textStart = this.textEnd = this.pos;
      return;
    }
    const b = this.bytes;
    const lt = b.indexOf(LT, this.pos);
    if (lt === -1) throw this.damaged();
    if (b[lt + 1] === SLASH) {
      this.textStart = this.pos;
      this.textEnd = lt;
      this.pos = lt;
      this.next();
      return;
    }
    // Text broken by CDATA sections or comments: the rare case, decoded piece by piece.
    let text = '';
    for (let p = this.pos; ; ) {
      const at = b.indexOf(LT, p);
      if (at === -1) throw this.damaged();
      text += decodeText(b, p, at, this.part);
      if (b[at + 1] === SLASH) {
        this.pos = at;
        this.next();
        this.textString = text;
        return;
      }
      if (b[at + 1] !== BANG) throw this.damaged();
      const end = this.skipMarkup(at);
      if (b[at + 2] === 0x5b) text += utf8Decode(b, at + CDATA_START.length, end - CDATA_END.length, this.part);
      p = end;
    }
  }

  /** The text read by readText(), decoded. */
  textAsString(): string {
    return this.textString ?? decodeText(this.bytes, this.textStart, this.textEnd, this.part);
  }

  /** The text read by readText() as a number; NaN when it is not one, including when empty. */
  textAsNumber(): number {
    return this.textString === null ? parseNumberBytes(this.bytes, this.textStart, this.textEnd) : parseNumber(this.textString);
  }

  /** Whether the text read by readText() is empty. */
  textIsEmpty(): boolean {
    return this.textString === null ? this.textStart === this.textEnd : this.textString === '';
  }

  /** Skips the rest of the element whose open tag was just read, children included. */
  skip(): void {
    if (this.kind !== OPEN) return;
    for (let depth = 1; depth > 0; ) {
      if (!this.next()) throw this.damaged();
      if (this.kind === OPEN) depth++;
      else if (this.kind === CLOSE) depth--;
    }
  }
}
