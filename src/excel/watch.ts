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
 * Calls `recheck(sheetId)` once changes to the sheet have settled; a failed check goes to `onError`
 * (the pane shows it), never dropped. A change that arrives while the watch stops sets a timer whose
 * check does not run: `stopped` is asked when the check's turn comes, which also covers one queued.
 */
export async function watchSheet(
  run: ExcelRun,
  sheet: string,
  recheck: (sheetId: string) => Promise<void>,
  onError: (e: unknown) => void,
  delayMs = WATCH_DELAY_MS,
): Promise<Watch> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  // Set in the batch that adds the handler, before any change can reach `changed`.
  let sheetId = '';
  const changed = async (): Promise<void> => {
    clearTimeout(timer); // clearTimeout(undefined) does nothing (HTML timers: an unknown id is ignored)
    timer = setTimeout(() => {
      queue = queue.then(() => (stopped ? undefined : recheck(sheetId))).catch(onError);
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
      clearTimeout(timer);
      await run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      });
      await queue;
    },
  };
}
