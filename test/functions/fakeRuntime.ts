/** A stand-in for Excel's CustomFunctions runtime: the Error class, its codes, and associate(). */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const ErrorCode = { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!' };

export function fakeRuntime() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: ExcelError,
    ErrorCode,
    associated,
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
  };
}

/**
 * The runtime as a cold start in Excel meets it: office.js defines CustomFunctions with associate()
 * only (node_modules/@microsoft/office-js/dist/office.debug.js, `var CustomFunctions` near line 1406);
 * functions.js runs then; the host script office.js injects afterwards attaches Error and ErrorCode
 * to the same object (excel-win32-16.01.debug.js:59741). attachHost() is that later step.
 */
export function lateRuntime() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const runtime: { associate(id: string, fn: (...args: unknown[]) => unknown): void; Error?: typeof ExcelError; ErrorCode?: typeof ErrorCode } = {
    associate: (id, fn) => void associated.set(id, fn),
  };
  const attachHost = () => Object.assign(runtime, { Error: ExcelError, ErrorCode });
  return { runtime, associated, attachHost };
}

/** What Excel appends after the declared arguments. */
export const invocation = { address: 'Sheet1!D2', functionName: 'CARE.X' };

/** Calls f and returns the Excel error it throws. */
export function excelError(f: () => unknown): ExcelError {
  try {
    f();
  } catch (e) {
    if (e instanceof ExcelError) return e;
    throw new Error(`expected an Excel error, got ${String(e)}`);
  }
  throw new Error('expected an Excel error, but the call returned');
}
