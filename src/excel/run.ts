/**
 * How the operations get at Excel: `Excel.run` in the add-in, a mock's `run` in the tests, and
 * either wrapped to count `context.sync()` round trips for the tests and the benchmark.
 */

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * The forms of `Excel.run` the operations use: a fresh batch, a fresh batch with run options
 * (delayForCellEdit), or one on an earlier context (event handlers).
 */
export interface ExcelRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

/**
 * `run` whose fresh batches wait while the user is editing a cell. Without it a batch fails with
 * InvalidOperationInCellEditMode (excel-win32-16.01.debug.js:24334) whenever the user is typing in a
 * cell, which is when the automatic re-check runs and easily when a pane button is pressed; with it,
 * Excel queues the batch until the edit is committed or cancelled
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit; office-js-docs-pr
 * docs/excel/excel-add-ins-delay-in-cell-edit.md:15). An Excel without the DelayForCellEdit set
 * ignores the option (excel-win32-16.01.debug.js:24365). A batch on an earlier context keeps it.
 */
export function waitingForCellEdit(run: ExcelRun): ExcelRun {
  function waiting<T>(a: Batch<T> | Excel.RunOptions | OfficeExtension.ClientRequestContext, b?: Batch<T>): Promise<T> {
    if (typeof a === 'function') return run({ delayForCellEdit: true }, a);
    if (!b) throw new TypeError('run(options or context, batch) needs a batch');
    return run(a as Excel.RunOptions, b);
  }
  return waiting as ExcelRun;
}

export interface CountingRun {
  run: ExcelRun;
  /** `context.sync()` calls made through `run` since the start or the last reset. */
  syncs(): number;
  reset(): void;
}

/**
 * `run` with every batch's `context.sync()` counted. DESIGN.md asks each operation for a fixed number
 * of round trips whatever the sheet's size; the tests and bench/excelCheck.ts measure it with this.
 */
export function countingRun(run: ExcelRun): CountingRun {
  let count = 0;
  const counted = new WeakSet<object>();
  const wrap =
    <T>(batch: Batch<T>): Batch<T> =>
    (context) => {
      if (!counted.has(context)) {
        counted.add(context);
        const sync = context.sync.bind(context);
        context.sync = <U>(passThrough?: U): Promise<U> => {
          count += 1;
          return sync(passThrough) as Promise<U>;
        };
      }
      return batch(context);
    };
  function countedRun<T>(a: Batch<T> | Excel.RunOptions | OfficeExtension.ClientRequestContext, b?: Batch<T>): Promise<T> {
    if (typeof a === 'function') return run(wrap(a));
    if (!b) throw new TypeError('run(options or context, batch) needs a batch');
    return run(a as Excel.RunOptions, wrap(b));
  }
  return {
    run: countedRun as ExcelRun,
    syncs: () => count,
    reset: () => {
      count = 0;
    },
  };
}
