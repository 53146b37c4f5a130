/**
 * The words of a mark (a note in Excel or WPS, a note in an annotated copy), typed out here as a
 * county officer reads them; and the user's own note text, which careplan's words must never eat.
 */
import { describe, expect, it } from 'vitest';
import { findingText, MARK_END, MARK_HEADING, markText, userNotePart, withUserNote, worstOf } from '../../src/check/markText';
import { aFinding } from './finding';

describe('the words of one finding', () => {
  it('severity and message only, when there are no figures and no clause', () => {
    expect(findingText(aFinding({ severity: 'warning' }))).toBe('【警告 warning】未完成。\nNot met.');
    expect(findingText(aFinding({ severity: 'info' }))).toBe('【提示 info】未完成。\nNot met.');
  });

  it('figures, with the gap where there is one, and a blank said as blank', () => {
    expect(findingText(aFinding({ expected: 100, actual: 80, gap: 20 }))).toBe('【错误 error】未完成。\nNot met.\n应为 expected 100；实际 actual 80；差 gap 20');
    expect(findingText(aFinding({ expected: 100, actual: null }))).toBe('【错误 error】未完成。\nNot met.\n应为 expected 100；实际 actual （空）');
    expect(findingText(aFinding({ expected: null, actual: '约三百' }))).toBe('【错误 error】未完成。\nNot met.\n应为 expected （空）；实际 actual 约三百');
    expect(findingText(aFinding({ expected: 0, actual: 0, gap: 0 }))).toBe('【错误 error】未完成。\nNot met.\n应为 expected 0；实际 actual 0；差 gap 0');
  });

  it('the clause: section and quote, or a table’s title said once', () => {
    const quoted = aFinding({ citation: { document: '赣州市托育服务实施方案', section: '三、主要任务（二）', quote: '新增托位1000个' } });
    expect(findingText(quoted)).toBe('【错误 error】未完成。\nNot met.\n依据：赣州市托育服务实施方案 三、主要任务（二）：“新增托位1000个”');
    const table = aFinding({ citation: { document: '赣州市托育服务实施方案', section: '附件1 各县（市、区）托位任务分解表', quote: '各县（市、区）托位任务分解表' } });
    expect(findingText(table)).toBe('【错误 error】未完成。\nNot met.\n依据：赣州市托育服务实施方案 附件1“各县（市、区）托位任务分解表”');
  });
});

describe('a mark: the heading, then every finding on the cell', () => {
  it('heading first, findings apart by a blank line', () => {
    expect(MARK_HEADING).toBe('careplan 检查 / check');
    const text = markText([aFinding({}), aFinding({ severity: 'info', message: { zh: '提示。', en: 'Note.' } })]);
    expect(text).toBe('careplan 检查 / check\n\n【错误 error】未完成。\nNot met.\n\n【提示 info】提示。\nNote.');
  });
});

describe('the worst of a cell’s findings gives its fill', () => {
  it.each([
    [['info', 'warning', 'error'], 'error'],
    [['info', 'warning'], 'warning'],
    [['warning', 'info'], 'warning'],
    [['info'], 'info'],
    [[], 'info'],
  ] as const)('%j → %s', (severities, worst) => {
    expect(worstOf(severities.map((severity) => aFinding({ severity })))).toBe(worst);
  });
});

describe('a user’s note kept whole around careplan’s words', () => {
  const mark = 'careplan 检查 / check\n\n【错误 error】未完成。';
  const end = '—— careplan 检查说明结束 / end of careplan check ——';

  it('careplan’s words alone, or after the user’s text and a blank line', () => {
    expect(MARK_END).toBe(end);
    expect(withUserNote(null, mark)).toBe(`${mark}\n${end}`);
    expect(withUserNote('', mark)).toBe(`${mark}\n${end}`);
    expect(withUserNote('已电话核实', mark)).toBe(`已电话核实\n\n${mark}\n${end}`);
  });

  it('the user’s part comes back from what withUserNote wrote', () => {
    expect(userNotePart(withUserNote('已电话核实', mark))).toBe('已电话核实');
    // Whole: a line break the user ended with is theirs and stays.
    expect(userNotePart(withUserNote('第一行\n第二行\n', mark))).toBe('第一行\n第二行\n');
    expect(userNotePart(withUserNote(null, mark))).toBeNull();
  });

  it('text typed before and after careplan’s words is kept, joined by one line break', () => {
    expect(userNotePart(`前\n${mark}\n${end}\n  \n后`)).toBe('前\n后');
    expect(userNotePart(`${mark}\n${end}后`)).toBe('后');
    // Only the space right after the end line goes: the user's own spaces stay.
    expect(userNotePart(`${mark}\n${end}已核实 2 处`)).toBe('已核实 2 处');
    expect(userNotePart(`${mark}\n${end}\n\n`)).toBeNull();
  });

  it('a note without careplan’s heading is all the user’s; no note is null', () => {
    expect(userNotePart('请于月底前补报')).toBe('请于月底前补报');
    expect(userNotePart(`请核实 ${end}`)).toBe(`请核实 ${end}`);
    expect(userNotePart('')).toBe('');
    expect(userNotePart(null)).toBeNull();
  });

  it('with its end line deleted, careplan’s words run to the end of the note', () => {
    expect(userNotePart(`前\n\n${mark}\n用户后来写的`)).toBe('前');
  });

  it('an end line before the heading is not careplan’s end', () => {
    expect(userNotePart(`${end}\n${mark}`)).toBe(end);
  });

  it('only one or two line breaks before the heading are withUserNote’s; more are the user’s', () => {
    expect(userNotePart(`前\n\n\n${mark}\n${end}`)).toBe('前\n');
    expect(userNotePart(`前\n${mark}\n${end}`)).toBe('前');
  });
});
