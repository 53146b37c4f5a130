/**
 * Printed headings and the 依据 line broken where a Chinese reader breaks them: a unit （张） and a
 * clause number （二） stay whole on their line, no line begins with a closing mark, and every line
 * fits the width it was broken for. The widths are the documents' own texts at the columns a
 * county's own form gives them.
 */
import { describe, expect, it } from 'vitest';
import { breakLines, textWidth } from '../../src/templates/lines';

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
