/**
 * What marking does to each cell, worked out before anything is written (planMarks, pure): the fill
 * a cell with several findings gets, and what clearing puts back on a cell that had no fill; and
 * how a cell's fill is read from Excel (fillRead).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/check/finding';
import { planMarks, type PlanInput, type Step } from '../../src/excel/markPlan';
import { fillRead } from '../../src/excel/marks';
import type { Fill, MarkRecord } from '../../src/excel/record';

/**
 * The mark colours, written out: Excel's conditional-format presets “浅红填充 / Light red fill” and
 * “黄填充 / Yellow fill”, and a pale blue for information.
 */
const MARK = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const YELLOW_INPUT: Fill = { color: '#FFF2CC', pattern: 'Solid', patternColor: null };
const NO_FILL: Fill = { color: '#FFFFFF', pattern: 'None', patternColor: null };

const finding = (severity: Severity, ruleId: string): Finding => ({
  cell: 'E12',
  severity,
  ruleId,
  county: '于都县',
  measure: '新增改造床位',
  year: 2022,
  expected: 300,
  actual: 280,
  gap: 20,
  message: { zh: `${ruleId}：于都县`, en: `${ruleId}: Yudu` },
  citation: null,
});

function plan(findings: Finding[], now: Fill | undefined, old: MarkRecord[] = [], caps = { notes: true, comments: true }): Step {
  const input: PlanInput = {
    sheetId: '{sheet-1}',
    sheet: '养老床位分解表',
    old,
    now: () => ({ note: null, comments: [], ...(now ? { fill: now } : {}) }),
    commentIds: new Set(),
    replyIds: new Set(),
    threads: new Map(),
    findings: new Map(findings.length ? [['E12', findings]] : []),
    caps,
  };
  const steps = planMarks(input);
  expect(steps).toHaveLength(1);
  return steps[0]!;
}

const ERROR = finding('error', 'task.cumulative');
const WARNING = finding('warning', 'task.year');
const INFO = finding('info', 'task.notYetDue');

describe('a cell with several findings', () => {
  it.each([
    ['error first', [ERROR, WARNING, INFO]],
    ['error in the middle', [WARNING, ERROR, INFO]],
    ['error last', [INFO, WARNING, ERROR]],
  ])('takes the fill of an error it carries, whatever the order (%s)', (_, findings) => {
    expect(plan(findings, YELLOW_INPUT).fill).toEqual({ mark: MARK.error });
  });

  it('without an error, a warning’s fill over information’s, in either order', () => {
    expect(plan([WARNING, INFO], YELLOW_INPUT).fill).toEqual({ mark: MARK.warning });
    expect(plan([INFO, WARNING], YELLOW_INPUT).fill).toEqual({ mark: MARK.warning });
    expect(plan([INFO], YELLOW_INPUT).fill).toEqual({ mark: MARK.info });
  });
});

describe('clearing a mark', () => {
  it('puts back no fill on a cell that had none, not a white one', () => {
    const marked = plan([ERROR], NO_FILL);
    expect(marked.record?.fill).toEqual(NO_FILL);
    const cleared = plan([], undefined, [marked.record!]);
    expect(cleared.fill).toEqual({ restore: { color: '#FFFFFF', pattern: 'None', patternColor: null } });
    expect(cleared.record).toBeNull();
  });

  it('puts back the cell’s own fill, from the record, not the mark now on it', () => {
    const marked = plan([WARNING], YELLOW_INPUT);
    const cleared = plan([], { color: MARK.warning, pattern: 'Solid', patternColor: null }, [marked.record!]);
    expect(cleared.fill).toEqual({ restore: YELLOW_INPUT });
  });
});

describe('a mark this Excel cannot reach', () => {
  const reply: MarkRecord = { sheetId: '{sheet-1}', sheet: '养老床位分解表', cell: 'E12', fill: YELLOW_INPUT, note: null, carrier: 'reply', commentId: 'user-1', replyId: 'reply-2' };

  it('made as a reply under a user’s thread is refused where threaded comments are missing (ExcelApi 1.10), not dropped from the record with the reply left behind', () => {
    expect(() => plan([], undefined, [reply], { notes: false, comments: false })).toThrow(expect.objectContaining({ code: 'OLDER_EXCEL', en: expect.stringContaining('ExcelApi 1.10') }));
  });

  it('made as a reply is cleared where comments are there, notes or not', () => {
    expect(plan([], undefined, [reply], { notes: false, comments: true }).fill).toEqual({ restore: YELLOW_INPUT });
  });
});

describe('a cell’s fill as Excel reads it (office-js#4900: no fill reads as #FFFFFF, pattern null, tintAndShade null)', () => {
  const read = (pattern: string | null, tintAndShade: number | null, color = '#FFFFFF', patternColor = '#000000') =>
    fillRead({ color, pattern: pattern as Excel.FillPattern, patternColor, tintAndShade: tintAndShade as number });

  it('no fill, as Excel reports it or as the FillPattern says it, is no fill', () => {
    expect(read(null, null)).toEqual({ color: '#FFFFFF', pattern: 'None', patternColor: null });
    expect(read('None', 0)).toEqual({ color: '#FFFFFF', pattern: 'None', patternColor: null });
  });

  it('a white fill, whose tintAndShade is a number, stays a white fill', () => {
    expect(read(null, 0)).toEqual({ color: '#FFFFFF', pattern: 'Solid', patternColor: null });
    expect(read('Solid', 0)).toEqual({ color: '#FFFFFF', pattern: 'Solid', patternColor: null });
  });

  it('a pattern keeps its second colour; a solid fill has none', () => {
    expect(read('Gray50', 0, '#FFFF00', '#FF0000')).toEqual({ color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' });
    expect(read('Solid', 0, '#FFFF00', '#FF0000')).toEqual({ color: '#FFFF00', pattern: 'Solid', patternColor: null });
  });
});
