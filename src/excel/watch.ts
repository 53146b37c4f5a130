/**
 * A checked sheet checked again when its cells change: the sheet's onChanged event, debounced so
 * that a burst of typing or a paste makes one check, and checks one after the other, never two at
 * once. A re-check only reads (ops.ts: checkOnly), so it never sets off another.
 */
import type { ExcelRun } from './run';

/** Quiet time after the last change before the sheet is checked again. */
export const WATCH_DELAY_MS = 800;

export interface Watch {
  /** The sheet's Worksheet.id, which stays the same when it is renamed. */
  sheetId: string;
  stop(): Promise<void>;
}

/**
 * Calls `recheck(sheetId)` once changes to the sheet have settled. A failed check goes to `onError`;
 * without one it is thrown outside the event (an uncaught error the host reports), never dropped.
 */
export async function watchSheet(
  run: ExcelRun,
  sheet: string,
  recheck: (sheetId: string) => Promise<void>,
  onError?: (e: unknown) => void,
  delayMs = WATCH_DELAY_MS,
): Promise<Watch> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  const fail = (e: unknown): void => {
    if (onError) onError(e);
    else
      queueMicrotask(() => {
        throw e;
      });
  };

  let sheetId = '';
  const changed = async (): Promise<void> => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      queue = queue.then(() => (stopped ? undefined : recheck(sheetId))).catch(fail);
    }, delayMs);
  };
  const handler = await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('id');
    const added = ws.onChanged.add(changed);
    await context.sync();
    sheetId = ws.id;
    return added;
  });

  return {
    sheetId,
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      });
      await queue;
    },
  };
}
