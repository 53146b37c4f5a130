/**
 * Printed text broken into lines where a Chinese reader breaks it. Left to themselves, LibreOffice
 * and Excel wrap a cell's text at any character: a unit's closing bracket alone on a line (床位总数（张
 * / ）), a clause number split (发展目标（二 / ）具体指标). The layout breaks each wrapping heading,
 * title and basis line itself, at a width the programs hold whole, so they never wrap it again.
 */
import { excelWidth } from './look';

/** Chinese characters and full-width punctuation take two digit widths, anything else one. */
const WIDE = /[\u1100-\u115f\u2018-\u201d\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
export const textWidth = (s: string): number => [...s].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/** The width, in textWidth's units, that a run of columns holds on a line of text of `size` pt (the body size is 11). */
export const roomOf = (widths: readonly number[], c1: number, c2: number, sizeRatio = 1): number =>
  (widths.slice(c1, c2 + 1).reduce((s, w) => s + excelWidth(w), 0) - 1) / sizeRatio;

const OPEN = '（(〔《“‘【';
const CLOSE = '）)〕》”’】';
/** Marks that never begin a line: closing brackets and the punctuation that ends a phrase. */
const NO_LINE_START = `${CLOSE}，。、：；！？,.:;!?%％`;
/** Marks that never end a line: opening brackets. */
const NO_LINE_END = OPEN;

/**
 * A phrase's unbreakable pieces: a bracketed group whole when it fits a line ((二), （张）,
 * 〔2022〕), a run of digits or Latin letters whole, a closing mark with what it closes, an opening
 * mark with what it opens.
 */
function pieces(text: string, room: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    const ch = chars[i]!;
    let j = i + 1;
    const close = CLOSE[OPEN.indexOf(ch)];
    if (close !== undefined) {
      const end = chars.indexOf(close, i + 1);
      if (end > 0 && textWidth(chars.slice(i, end + 1).join('')) <= room) j = end + 1;
    } else if (/[0-9A-Za-z]/u.test(ch)) {
      while (j < chars.length && /[0-9A-Za-z.,]/u.test(chars[j]!)) j += 1;
    }
    const piece = chars.slice(i, j).join('');
    const last = out.length - 1;
    if (last >= 0 && (NO_LINE_START.includes(ch) || NO_LINE_END.includes([...out[last]!].at(-1)!))) out[last] += piece;
    else out.push(piece);
    i = j;
  }
  return out;
}

/**
 * Marks after which a phrase ends, and a line may end without cutting a word: not 〕, which closes
 * the year of a document's number (赣市府字〔2022〕94号) and is followed by the rest of it.
 */
const PHRASE_END = `${CLOSE.replace('〕', '')}，。、：；！？`;
/**
 * How far back (textWidth units: four Chinese characters) a full line looks for the end of a
 * phrase to break at instead, so that a short word is not cut (具体指 / 标).
 */
const LOOK_BACK = 8;

/** Where in a full line's pieces the next line should start: after the last phrase end near its end, else at the next piece. */
function breakAt(line: readonly string[]): number {
  for (let k = line.length - 1; k > 0; k--) {
    if (textWidth(line.slice(k).join('')) > LOOK_BACK) break;
    if (PHRASE_END.includes([...line[k - 1]!].at(-1)!) || /^\s/u.test(line[k]!)) return k;
  }
  return line.length;
}

/** The text with a line break wherever the next piece would not fit `room`; its own breaks kept. */
export function breakLines(text: string, room: number): string {
  return text
    .split('\n')
    .map((para) => {
      const lines: string[] = [];
      let line: string[] = [];
      // A phrase set apart by ideographic spaces (单位：张、人、%) stays whole where it fits a line.
      const phrases = para.split(/(?<!\u3000)(?=\u3000)/u).flatMap((p) => (textWidth(p.trim()) <= room ? [p] : pieces(p, room)));
      for (const piece of phrases) {
        if (line.length > 0 && textWidth([...line, piece].join('')) > room) {
          const k = breakAt(line);
          lines.push(line.slice(0, k).join('').trimEnd());
          line = [...line.slice(k), piece];
          line[0] = line[0]!.trimStart();
        } else line.push(piece);
      }
      return [...lines, line.join('')].join('\n');
    })
    .join('\n');
}
