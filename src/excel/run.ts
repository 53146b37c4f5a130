/**
 * How the operations get at Excel: `Excel.run` in the add-in, a mock's `run` in the tests, and
 * either wrapped to count `context.sync()` round trips for the tests and the benchmark.
 */

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The two forms of `Excel.run` the operations use: a fresh batch, or one on an earlier context (event handlers). */
export interface ExcelRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
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
  function countedRun<T>(a: Batch<T> | OfficeExtension.ClientRequestContext, b?: Batch<T>): Promise<T> {
    if (typeof a === 'function') return run(wrap(a));
    if (!b) throw new TypeError('run(context, batch) needs a batch');
    return run(a, wrap(b));
  }
  return {
    run: countedRun as ExcelRun,
    syncs: () => count,
    reset: () => {
      count = 0;
    },
  };
}
