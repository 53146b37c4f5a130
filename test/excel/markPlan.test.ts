/**
 * What marking does to each cell, worked out before anything is written (planMarks, pure): the fill
 * a cell with several findings gets, what clearing puts back on a cell that had no fill, where a
 * mark's words go and what else the step does; how a cell's fill is read from Excel (fillRead); and
 * which cell a finding stands on (bareAddress, byCell).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/check/finding';
import { planMarks, type PlanInput, type Step } from '../../src/excel/markPlan';
import { bareAddress, byCell, fillRead } from '../../src/excel/marks';
import type { Fill, MarkRecord } from '../../src/excel/record';
import { MARK_END, MARK_HEADING } from '../../src/check/markText';
import { MARK_FILL } from './mock/marking';

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

/** The one step of E12. An Excel without the notes API reads no note at all (undefined), not "none". */
function plan(findings: Finding[], now: Fill | undefined, old: MarkRecord[] = [], caps = { notes: true, comments: true }, more: Partial<PlanInput> = {}): Step {
  const input: PlanInput = {
    sheetId: '{sheet-1}',
    sheet: '养老床位分解表',
    old,
    now: () => ({ note: caps.notes ? null : undefined, comments: [], ...(now ? { fill: now } : {}) }),
    commentIds: new Set(),
    replyIds: new Set(),
    threads: new Map(),
    findings: new Map(findings.length ? [['E12', findings]] : []),
    caps,
    ...more,
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
    expect(plan(findings, YELLOW_INPUT).fill).toEqual({ mark: MARK_FILL.error });
  });

  it('without an error, a warning’s fill over information’s, in either order', () => {
    expect(plan([WARNING, INFO], YELLOW_INPUT).fill).toEqual({ mark: MARK_FILL.warning });
    expect(plan([INFO, WARNING], YELLOW_INPUT).fill).toEqual({ mark: MARK_FILL.warning });
    expect(plan([INFO], YELLOW_INPUT).fill).toEqual({ mark: MARK_FILL.info });
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
    const cleared = plan([], { color: MARK_FILL.warning, pattern: 'Solid', patternColor: null }, [marked.record!]);
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

describe('where a mark’s words go, and nothing else is done to the cell', () => {
  const line = (carrier: MarkRecord['carrier'], commentId: string | null = null): MarkRecord => ({
    sheetId: '{sheet-1}',
    sheet: '养老床位分解表',
    cell: 'E12',
    fill: YELLOW_INPUT,
    note: null,
    carrier,
    commentId,
    replyId: null,
  });
  const words = expect.stringContaining(ERROR.message.zh);

  it('with notes: a note is added, no comment touched', () => {
    expect(plan([ERROR], YELLOW_INPUT)).toEqual({ cell: 'E12', fill: { mark: MARK_FILL.error }, note: { now: null, then: words }, record: line('note') });
  });

  it('with comments only: a thread of careplan’s own is added, no note touched', () => {
    expect(plan([ERROR], YELLOW_INPUT, [], { notes: false, comments: true })).toEqual({ cell: 'E12', fill: { mark: MARK_FILL.error }, add: { kind: 'comment', text: words }, record: line('comment') });
  });

  it('marked again under the user’s thread it replied to before: the old reply goes, a new one is added to the user’s thread, not a note', () => {
    const old: MarkRecord = { ...line('reply', 'user-1'), replyId: 'reply-2' };
    const step = plan([ERROR], undefined, [old], { notes: true, comments: true }, {
      now: () => ({ note: null, comments: ['user-1'] }),
      commentIds: new Set(['user-1']),
      replyIds: new Set(['reply-2']),
      threads: new Map([['user-1', ['reply-2']]]),
    });
    expect(step).toEqual({
      cell: 'E12',
      fill: { mark: MARK_FILL.error },
      deleteReply: { commentId: 'user-1', replyId: 'reply-2' },
      add: { kind: 'reply', commentId: 'user-1', text: words },
      record: line('reply', 'user-1'),
    });
  });

  it('careplan’s own thread a colleague answered, checked again in an Excel with notes: the thread’s first message is rewritten, no note added beside it', () => {
    // Marked where only comments existed (ExcelApi 1.10 without notes), answered, then checked in an Excel with both.
    const step = plan([ERROR], undefined, [line('comment', 'own-1')], { notes: true, comments: true }, {
      now: () => ({ note: null, comments: ['own-1'] }),
      commentIds: new Set(['own-1']),
      replyIds: new Set(['reply-colleague']),
      threads: new Map([['own-1', ['reply-colleague']]]),
    });
    expect(step).toEqual({ cell: 'E12', fill: { mark: MARK_FILL.error }, setComment: { commentId: 'own-1', text: words }, record: line('comment', 'own-1') });
  });

  it('a note the record does not know is the user’s, whole, even one holding careplan’s words copied from a marked cell', () => {
    const copied = `县民政局：复核\n\n${MARK_HEADING}\n\n错误 error：别处的标记\n${MARK_END}`;
    const step = plan([ERROR], YELLOW_INPUT, [], undefined, { now: () => ({ note: copied, comments: [], fill: YELLOW_INPUT }) });
    expect(step.record?.note).toBe(copied);
    expect(step.note?.then?.startsWith(`${copied}\n\n${MARK_HEADING}`)).toBe(true);
  });

  it('a cell to mark whose fill was not read, or a record line without a fill, is a fault of the caller, not a white cell', () => {
    expect(() => plan([ERROR], undefined)).toThrow('the fill of E12 was not read before marking it');
    expect(() => plan([], undefined, [{ ...line('note'), fill: undefined as unknown as Fill }])).toThrow("no record of E12's fill");
  });
});

describe('the cell a finding stands on', () => {
  it('is its address without sheet or $ signs, in capitals', () => {
    expect(bareAddress("'养老床位分解表'!$E$12")).toBe('E12');
    expect(bareAddress('Sheet1!$aa$3')).toBe('AA3');
    expect(bareAddress('E12')).toBe('E12');
  });

  it('gathers a cell’s findings; a finding on a range or on no cell has nowhere to be marked', () => {
    const cells = byCell([ERROR, { ...WARNING, cell: '养老床位分解表!$E$12' }, { ...INFO, cell: 'E12:F13' }, { ...INFO, cell: '' }, { ...INFO, cell: 'E0' }]);
    expect([...cells.keys()]).toEqual(['E12']);
    expect(cells.get('E12')).toEqual([ERROR, { ...WARNING, cell: '养老床位分解表!$E$12' }]);
  });
});
