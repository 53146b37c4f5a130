/**
 * The styles part of an annotated copy: one solid fill per severity added to `<fills>`, and for each
 * marked cell's style a copy of it (an `<xf>` of `<cellXfs>`) that differs only in its fill. Every
 * existing style stays where it is, so no other cell changes.
 */
import type { Severity } from '../check/finding';
import { applyEdits, type Edit } from './partEdits';
import { SEVERITY_FILL } from '../check/markFill';
import { argb } from './styles';
import { CLOSE, EMPTY, XmlScanner, xmlName } from './xmlScanner';

const FILLS = xmlName('fills');
const FILL = xmlName('fill');
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

export class MarkStyles {
  private readonly fills: Section;
  private readonly xfs: Section;
  /** Each `<xf>` of `<cellXfs>` as written, by index. */
  private readonly xfText: string[] = [];
  private readonly added = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly fillIds = new Map<Severity, number>();

  constructor(
    private readonly bytes: Uint8Array,
    part: string,
  ) {
    const s = new XmlScanner(bytes, part);
    let fills: Section | undefined;
    let xfs: Section | undefined;
    let inFills = false;
    let inXfs = false;
    const open = (): Section => ({ ...(s.attr(COUNT) ? { count: [s.valueStart, s.valueEnd] as [number, number] } : {}), close: -1, children: 0 });
    while (s.next()) {
      if (s.kind === CLOSE) {
        if (s.is(FILLS) && fills) [fills.close, inFills] = [s.tagStart, false];
        if (s.is(CELL_XFS) && xfs) [xfs.close, inXfs] = [s.tagStart, false];
        continue;
      }
      if (s.is(FILLS) && s.kind !== EMPTY) [fills, inFills] = [open(), true];
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
  }

  /** The index of a style that is `base` with the severity's fill; made once per pair. */
  styleFor(base: number, severity: Severity): number {
    const key = `${base}|${severity}`;
    let index = this.added.get(key);
    if (index === undefined) {
      let fillId = this.fillIds.get(severity);
      if (fillId === undefined) this.fillIds.set(severity, (fillId = this.fills.children + this.fillIds.size));
      const xf = this.xfText[base] ?? this.xfText[0]!;
      // The copy's own fill: its fillId and applyFill replaced, every other attribute and child kept.
      const copy = xf.replace(/\s(?:fillId|applyFill)="[^"]*"/gu, '').replace(/^<([\w:]*xf)\b/u, `<$1 fillId="${fillId}" applyFill="1"`);
      index = this.xfText.length + this.newXfs.length;
      this.newXfs.push(copy);
      this.added.set(key, index);
    }
    return index;
  }

  /** The styles part with the fills and styles added. */
  toBytes(): Uint8Array {
    const edits: Edit[] = [];
    const fills = [...this.fillIds.keys()].map((sev) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb(SEVERITY_FILL[sev])}"/><bgColor indexed="64"/></patternFill></fill>`);
    const section = (sec: Section, added: string[]) => {
      if (added.length === 0) return;
      if (sec.count) edits.push({ at: sec.count[0], remove: sec.count[1] - sec.count[0], text: String(sec.children + added.length) });
      edits.push({ at: sec.close, remove: 0, text: added.join('') });
    };
    section(this.fills, fills);
    section(this.xfs, this.newXfs);
    return applyEdits(this.bytes, edits);
  }
}
