/**
 * Printed headings and the 依据 line broken where a Chinese reader breaks them: a unit （张） and a
 * clause number （二） stay whole on their line, no line begins with a closing mark, and every line
 * fits the width it was broken for. The widths are the documents' own texts at the columns a
 * county's own form gives them.
 */
import { describe, expect, it } from 'vitest';
import { breakLines, roomOf, textWidth } from '../../src/templates/lines';

const BASIS = '依据：赣市府字〔2022〕94号《赣州市“一老一小”整体解决方案》二、发展目标（二）具体指标 县（市、区）新增改造养老床位分解表\u3000\u3000单位：张、人、%';

const closesOnItsLine = (line: string): boolean => {
  let depth = 0;
  for (const ch of line) {
    if ('（〔《'.includes(ch)) depth += 1;
    if ('）〕》'.includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
};

describe('printed text broken into lines', () => {
  it.each([
    ['2020年养老床位总数（张）', 9.8],
    ['2020年每千名老人床位数（张）', 9.8],
    ['具备助餐功能农村互助养老服务设施增至（个）', 9.8],
    [BASIS, 59.6],
    [BASIS, 40],
  ] as const)('“%s” in %s units: every bracket closes on its own line, every line fits, the words are kept', (text, room) => {
    const lines = breakLines(text, room).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(closesOnItsLine(line), line).toBe(true);
      expect(textWidth(line), line).toBeLessThanOrEqual(room);
      expect(line).not.toMatch(/^[）〕》”，。、：]/u);
    }
    expect(lines.join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
  });

  it('单位：张、人、% stays whole on one line, set apart by its ideographic spaces', () => {
    for (const room of [59.6, 40, 20]) expect(breakLines(BASIS, room).split('\n').some((l) => l.includes('单位：张、人、%')), `${room} units`).toBe(true);
  });

  it.each([59.6, 40, 30, 20])('in %s units a word is not cut at a line’s end where a phrase ends just before it: 具体指标 stays whole', (room) => {
    const lines = breakLines(BASIS, room).split('\n');
    expect(lines.some((l) => l.includes('具体指标')), lines.join(' / ')).toBe(true);
    for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(room);
  });

  it('in a column two characters wide, a unit （张） too long for a line is cut, and its ）still never begins a line', () => {
    const lines = breakLines('2020年养老床位总数（张）', 5).split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).not.toMatch(/^[）〕》”，。、：]/u);
    expect(lines.join('')).toBe('2020年养老床位总数（张）');
  });

  it('a text that fits its width is left as it is', () => {
    expect(breakLines('县（市、区）', 12)).toBe('县（市、区）');
  });
});

/**
 * Where exactly the lines break, typed out from the rules above (widths in textWidth units: a
 * Chinese character or full-width mark 2, a digit or Latin letter 1), for the cases the wider
 * columns of the documents' texts never reach.
 */
describe('printed text broken exactly where the rules say', () => {
  it.each([
    // The text's own line breaks are kept, each line broken on its own.
    ['第一行\n第二行', 20, '第一行\n第二行'],
    ['甲乙丙丁戊\n己', 8, '甲乙丙丁\n戊\n己'],
    // A line filled to exactly its width is full, not over: 甲乙丙丁 is 8.
    ['甲乙丙丁戊', 8, '甲乙丙丁\n戊'],
    // A bracketed group that fits a line (（市、区） is 10) goes to the next line whole, rather than
    // breaking after its 、.
    ['县（市、区）', 10, '县\n（市、区）'],
    // A closing bracket never begins a line, an opening one never ends it: too narrow for （张）, it
    // stays together past its width rather than leave （ or ） alone.
    ['（张）', 2, '（张）'],
    ['床位（张）', 4, '床位\n（张）'],
    // An opening bracket its writer never closed: still broken, still ends, nothing lost.
    ['床位总数（张', 4, '床位\n总数\n（张'],
    // A number is one piece: 12345 moves whole to the next line, and its unit 张 follows it.
    ['新增床位12345张', 8, '新增床位\n12345张'],
    ['新增床位12345张', 6, '新增床\n位\n12345\n张'],
    ['增至2.5,3万元', 6, '增至\n2.5,3\n万元'],
    ['新增床位12345', 8, '新增床位\n12345'],
    // A full line looks back up to four characters (8 units) for the end of a phrase: after 乙，
    // the rest (丙丁戊己) is exactly 8, so the line ends at the comma, not by cutting 庚 off.
    ['甲乙，丙丁戊己庚', 14, '甲乙，\n丙丁戊己庚'],
    ['甲乙，丙丁戊己庚辛', 10, '甲乙，\n丙丁戊己庚\n辛'],
    // A space is a place to break, and is not carried to the next line's start.
    ['具体指标 县区分解', 12, '具体指标\n县区分解'],
    // …but only a space that begins a piece: the one inside （a b） does not make a break before it.
    ['甲乙丙（a b）丁', 14, '甲乙丙（a b）\n丁'],
    // 单位：… set apart by ideographic spaces goes whole to its own line where it fits (15 units),
    // and is broken after its colon where it does not.
    ['分解表\u3000\u3000单位：张、人、%', 16, '分解表\n单位：张、人、%'],
    ['分解表\u3000\u3000单位：张、人、%', 15, '分解表\n单位：张、人、%'],
    ['分解表\u3000\u3000单位：张、人、%', 14, '分解表\n单位：\n张、人、%'],
    // One ideographic space sets a phrase apart too; one exactly as wide as the line (单位张人甲乙 is
    // 12) goes to its own line whole, though 单位张人 would have fitted after 丙.
    ['丙\u3000单位张人甲乙', 12, '丙\n单位张人甲乙'],
  ] as const)('%j in %s units is %j', (text, room, lines) => {
    expect(breakLines(text, room)).toBe(lines);
  });
});

describe('the room of a run of columns', () => {
  // look.ts: a column of width w shows w × 1.1 + 2 digits (its padding included), and the cell's
  // own padding takes one digit of the run, however many columns the run spans.
  it('is the columns’ digits less the one the cell’s padding takes: 12 units in a column of width 10, 25 in two', () => {
    expect(roomOf([10], 0, 0)).toBeCloseTo(12, 9);
    expect(roomOf([3, 10, 10, 3], 1, 2)).toBeCloseTo(25, 9);
  });

  it('holds fewer characters of a larger font: a 14 pt title fits 11/14 of the 11 pt body’s', () => {
    expect(roomOf([10], 0, 0, 14 / 11)).toBeCloseTo((12 * 11) / 14, 9);
  });
});
