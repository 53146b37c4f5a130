/**
 * The styles part of an annotated copy: one solid fill per severity added to `<fills>`, and for each
 * marked cell's style a copy of it (an `<xf>` of `<cellXfs>`) that differs only in its fill. Every
 * existing style stays where it is, so no other cell changes.
 */
import type { Severity } from '../check/finding';
import { applyEdits, type Edit } from './partEdits';
import { SEVERITY_FILL } from '../check/markFill';
import { BODY_SIZE, FONT_NAME } from '../templates/look';
import { argb } from './styles';
import { CLOSE, EMPTY, XmlScanner, xmlName } from './xmlScanner';

const FILLS = xmlName('fills');
const FILL = xmlName('fill');
const FONTS = xmlName('fonts');
const FONT = xmlName('font');
const CELL_XFS = xmlName('cellXfs');
const XF = xmlName('xf');
const COUNT = xmlName('count');

const latin = new TextDecoder('utf-8');

interface Section {
  /** The open tag's `count` attribute value range, when it has one. */
  count?: [number, number];
  /** Where new children go: the close tag's start. */
  close: number;
  children: number;
}

/**
 * The styles part a copy gains when its workbook had none (the package format makes it optional,
 * and then every cell has the default look): the least ECMA-376 Part 1, 18.8.39 asks for, one
 * default font, the two fills every styles part begins with (none and gray125, which Excel reserves),
 * one border, and style 0 for cells and for the Normal cell style. Marks are added to it as to any.
 */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** A font a style of the 核查结果 sheet adds: bold, a size in points, a link's blue underline. */
export interface FontLook {
  bold?: boolean;
  size?: number;
  link?: boolean;
}

/** Excel's own Hyperlink cell style colour. */
const LINK_COLOUR = '0563C1';

/** An `<xf>` with some attributes set: any it had of those names dropped, the new ones first. */
function withAttrs(xf: string, attrs: Record<string, number>): string {
  const names = Object.keys(attrs).join('|');
  const kept = xf.replace(new RegExp(`\\s(?:${names})="[^"]*"`, 'gu'), '');
  return kept.replace(/^<([\w:]*xf)\b/u, `<$1 ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}`);
}

/** An `<xf>` whose text wraps, top-aligned: its own `<alignment>` replaced, the element opened if it was empty. */
function wrapped(xf: string): string {
  const tag = /^<([\w:]*xf)\b/u.exec(xf)![1]!;
  const prefix = tag.slice(0, tag.length - 2);
  const alignment = `<${prefix}alignment vertical="top" wrapText="1"/>`;
  const kept = xf.replace(/<[\w:]*alignment\b[^>]*?(?:\/>|>.*?<\/[\w:]*alignment>)/su, '');
  return kept.endsWith('/>') ? `${kept.slice(0, -2)}>${alignment}</${tag}>` : kept.replace(/^(<[^>]*>)/u, `$1${alignment}`);
}

export class MarkStyles {
  private readonly fills: Section;
  private readonly xfs: Section;
  private readonly fonts: Section | undefined;
  /** Each `<xf>` of `<cellXfs>` as written, by index. */
  private readonly xfText: string[] = [];
  private readonly added = new Map<string, number>();
  private readonly newXfs: string[] = [];
  /** Fills added, by RRGGBB, and fonts added, by their XML. */
  private readonly fillIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();

  constructor(
    private readonly bytes: Uint8Array,
    part: string,
  ) {
    const s = new XmlScanner(bytes, part);
    let fills: Section | undefined;
    let fonts: Section | undefined;
    let xfs: Section | undefined;
    let inFills = false;
    let inFonts = false;
    let inXfs = false;
    const open = (): Section => ({ ...(s.attr(COUNT) ? { count: [s.valueStart, s.valueEnd] as [number, number] } : {}), close: -1, children: 0 });
    while (s.next()) {
      if (s.kind === CLOSE) {
        if (s.is(FILLS) && fills) [fills.close, inFills] = [s.tagStart, false];
        if (s.is(FONTS) && fonts) [fonts.close, inFonts] = [s.tagStart, false];
        if (s.is(CELL_XFS) && xfs) [xfs.close, inXfs] = [s.tagStart, false];
        continue;
      }
      if (s.is(FILLS) && s.kind !== EMPTY) [fills, inFills] = [open(), true];
      else if (s.is(FONTS) && s.kind !== EMPTY) [fonts, inFonts] = [open(), true];
      else if (inFonts && s.is(FONT)) {
        fonts!.children++;
        s.skip();
      }
      else if (s.is(CELL_XFS) && s.kind !== EMPTY) [xfs, inXfs] = [open(), true];
      else if (inFills && s.is(FILL)) {
        fills!.children++;
        s.skip();
      } else if (inXfs && s.is(XF)) {
        const start = s.tagStart;
        s.skip();
        xfs!.children++;
        this.xfText.push(latin.decode(bytes.subarray(start, s.pos)));
      }
    }
    if (!fills || fills.close < 0 || !xfs || xfs.close < 0 || this.xfText.length === 0) throw s.damaged();
    this.fills = fills;
    this.xfs = xfs;
    this.fonts = fonts && fonts.close >= 0 ? fonts : undefined;
  }

  /** The index of a style that is `base` with the severity's fill; made once per pair. */
  styleFor(base: number, severity: Severity): number {
    return this.styleOf(base, { fill: SEVERITY_FILL[severity] });
  }

  /**
   * The index of a style that is `base` with a solid fill (RRGGBB) and, where the styles part has a
   * font list to add to, a font; made once per combination. Every other attribute and child is kept.
   */
  styleOf(base: number, look: { fill?: string; font?: FontLook; wrap?: boolean }): number {
    const key = `${base}|${look.fill ?? ''}|${JSON.stringify(look.font ?? {})}|${look.wrap ?? false}`;
    let index = this.added.get(key);
    if (index === undefined) {
      let xf = this.xfText[base] ?? this.xfText[0]!;
      if (look.fill !== undefined) xf = withAttrs(xf, { fillId: this.fillId(look.fill), applyFill: 1 });
      if (look.font !== undefined && this.fonts) xf = withAttrs(xf, { fontId: this.fontId(look.font), applyFont: 1 });
      if (look.wrap) xf = wrapped(withAttrs(xf, { applyAlignment: 1 }));
      index = this.xfText.length + this.newXfs.length;
      this.newXfs.push(xf);
      this.added.set(key, index);
    }
    return index;
  }

  private fillId(rgb: string): number {
    let id = this.fillIds.get(rgb);
    if (id === undefined) this.fillIds.set(rgb, (id = this.fills.children + this.fillIds.size));
    return id;
  }

  private fontId(look: FontLook): number {
    const xml = `<font>${look.bold ? '<b/>' : ''}${look.link ? '<u/>' : ''}<sz val="${look.size ?? BODY_SIZE}"/>${look.link ? `<color rgb="${argb(LINK_COLOUR)}"/>` : ''}<name val="${FONT_NAME}"/><charset val="134"/></font>`;
    let id = this.fontIds.get(xml);
    if (id === undefined) this.fontIds.set(xml, (id = this.fonts!.children + this.fontIds.size));
    return id;
  }

  /** The styles part with the fills and styles added. */
  toBytes(): Uint8Array {
    const edits: Edit[] = [];
    const fills = [...this.fillIds.keys()].map((rgb) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb(rgb)}"/><bgColor indexed="64"/></patternFill></fill>`);
    const section = (sec: Section, added: string[]) => {
      if (added.length === 0) return;
      if (sec.count) edits.push({ at: sec.count[0], remove: sec.count[1] - sec.count[0], text: String(sec.children + added.length) });
      edits.push({ at: sec.close, remove: 0, text: added.join('') });
    };
    section(this.fills, fills);
    if (this.fonts) section(this.fonts, [...this.fontIds.keys()]);
    section(this.xfs, this.newXfs);
    return applyEdits(this.bytes, edits);
  }
}
