/**
 * A checked sheet checked again when the county types into it: one check after the typing settles
 * (800 ms), which writes nothing to the workbook, none after the watch is stopped, and a failed
 * check reported, not dropped.
 */
import { afterEach, beforeEach, describe, expect, vi } from 'vitest';
import type { SheetReport } from '../../src/check/finding';
import { WATCH_DELAY_MS } from '../../src/excel/watch';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import type { FakeSheet } from './mock/book';
import { fillAllInputs, inputCell, withInserted, type Setup } from './mock/fixtures';
import { commandsRun, itWithCommands } from './mock/eachExcel';

const AS_OF = '2026-01-01';
const t = buildTemplate('gz-beds');
const l = layout(t);
let s: Setup;
let sheet: FakeSheet;

/** The county types a figure: the cell changes and Excel raises onChanged. */
async function type(value: number): Promise<void> {
  const p = inputCell(l, '章贡区', '2021年实际新增改造（张）');
  sheet.write(p.r, p.c, value);
  for (const h of sheet.handlers) await h({ address: p.address, changeType: 'RangeEdited', source: 'Local', worksheetId: sheet.id });
}

/** Everything a batch could write: every sheet's cells, notes, comments and protection, and the settings. */
const workbookState = () =>
  JSON.stringify({
    sheets: s.book.sheets.map((x) => ({ name: x.name, rows: x.rows, notes: [...x.notes], comments: [...x.comments], protection: x.protection, visibility: x.visibility })),
    settings: [...s.book.settings],
  });

beforeEach(async () => {
  if (!commandsRun) return;
  ({ s, sheet } = await withInserted(t));
  fillAllInputs(sheet, l);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('watching a checked sheet', () => {
  itWithCommands('checks it once after a burst of typing has settled, and writes nothing to the workbook (undo stays the user’s)', async () => {
    const results: SheetReport[] = [];
    let done: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (done = resolve));
    const stop = await s.ops.watchChecked(
      sheet.name,
      AS_OF,
      (r) => {
        results.push(r);
        done();
      },
      (e) => {
        throw e;
      },
    );
    await type(1);
    await type(2);
    await type(3);
    const before = workbookState();
    vi.advanceTimersByTime(WATCH_DELAY_MS - 1);
    expect(results).toHaveLength(0);
    vi.advanceTimersByTime(1);
    await arrived;
    expect(results).toHaveLength(1);
    const p = inputCell(l, '章贡区', '2021年实际新增改造（张）');
    expect(results[0]!.findings.some((f) => f.cell === p.address)).toBe(true);
    expect(sheet.notes.has(p.address)).toBe(false);
    expect(workbookState()).toEqual(before);
    await stop();
  });

  itWithCommands('checks once per settled burst: three keystrokes, then one more after that check, make two checks, not four', async () => {
    const results: SheetReport[] = [];
    const stop = await s.ops.watchChecked(sheet.name, AS_OF, (r) => results.push(r), (e) => {
      throw e;
    });
    await type(1);
    await type(2);
    await type(3);
    vi.advanceTimersByTime(WATCH_DELAY_MS);
    await vi.waitFor(() => expect(results.length).toBeGreaterThan(0));
    const first = JSON.stringify(results[0]!.findings);
    await type(250);
    vi.advanceTimersByTime(WATCH_DELAY_MS);
    await vi.waitFor(() => expect(results.some((r) => JSON.stringify(r.findings) !== first)).toBe(true));
    expect(results).toHaveLength(2);
    await stop();
  });

  itWithCommands('stops: the handler is removed and later typing checks nothing', async () => {
    const onResult = vi.fn();
    const stop = await s.ops.watchChecked(sheet.name, AS_OF, onResult, (e) => {
      throw e;
    });
    expect(sheet.handlers.size).toBe(1);
    await type(5);
    await stop();
    expect(sheet.handlers.size).toBe(0);
    vi.advanceTimersByTime(WATCH_DELAY_MS * 2);
    await vi.waitFor(() => expect(onResult).not.toHaveBeenCalled());
  });

  itWithCommands('reports a check that fails (the sheet was deleted meanwhile) to the pane', async () => {
    const errors: unknown[] = [];
    let done: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (done = resolve));
    const stop = await s.ops.watchChecked(
      sheet.name,
      AS_OF,
      () => undefined,
      (e) => {
        errors.push(e);
        done();
      },
    );
    await type(7);
    s.book.sheets = s.book.sheets.filter((x) => x !== sheet);
    vi.advanceTimersByTime(WATCH_DELAY_MS);
    await arrived;
    expect(errors[0]).toMatchObject({ code: 'NO_SHEET' });
    await stop();
  });

  itWithCommands('a check waiting behind a running one when the watch stops does not run', async () => {
    const onResult = vi.fn();
    const stop = await s.ops.watchChecked(sheet.name, AS_OF, onResult, (e) => {
      throw e;
    });
    await type(5);
    // The first check starts and waits on Excel (its round trips take turns of the event loop the fake timers leave alone)…
    vi.advanceTimersByTime(WATCH_DELAY_MS);
    // …while the county types again, and a second check queues behind it.
    await type(6);
    vi.advanceTimersByTime(WATCH_DELAY_MS);
    await stop();
    expect(onResult).toHaveBeenCalledTimes(1);
  });

  itWithCommands('keeps checking the sheet after the county renames it (the watch follows the sheet’s id)', async () => {
    const reports: SheetReport[] = [];
    const stop = await s.ops.watchChecked(sheet.name, AS_OF, (r) => reports.push(r), (e) => {
      throw e;
    });
    sheet.name = '床位表（已改名）';
    await type(8);
    vi.advanceTimersByTime(WATCH_DELAY_MS);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(reports[0]!.sheet).toBe('床位表（已改名）');
    await stop();
  });
});
