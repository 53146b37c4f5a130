/**
 * A catalog function as Excel calls it. Excel passes one argument per declared parameter (null or
 * undefined for an omitted optional one) and then an invocation object; numbers, strings and
 * booleans as they stand in the cells. A rule's refusal becomes an Excel error carrying its message:
 * #VALUE! for BAD_ARGUMENT and OUT_OF_RANGE, #N/A for NOT_IN_POLICY and NO_RULE_IN_FORCE (Excel
 * shows a custom function's own message only on those two).
 *
 * The runtime's Error class is looked up when a function throws, never when the bundle loads: office.js
 * defines CustomFunctions with only associate() (node_modules/@microsoft/office-js/dist/office.debug.js,
 * `var CustomFunctions` near line 1406), and the host script it injects later attaches Error and
 * ErrorCode to that same object (excel-win32-16.01.debug.js:59741). The runtime keeps a thrown error's
 * code and message only for `instanceof CustomFunctionError` (excel-win32-16.01.debug.js:60278); any
 * other error becomes a bare #VALUE!.
 */
import { invoke } from '../catalog';
import type { FunctionSpec } from '../catalog/types';
import { EXCEL_ERROR, isRuleError, type ErrorCode } from '../rules/core/errors';

/** The parts of the CustomFunctions runtime the adapter uses (the real one, or a test's), read at throw time. */
export interface ExcelRuntime {
  Error?: new (code: string, message?: string) => Error;
  ErrorCode?: { invalidValue: string; notAvailable: string };
}

/** Stands in where a runtime provides no Error class: the same code and message, Excel's codes. */
class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
const EXCEL_CODES = { invalidValue: '#VALUE!', notAvailable: '#N/A' };

export type ExcelValue = number | string | boolean;

const EXCEL_ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|FIELD!|PYTHON!)$/u;

/** An Excel error value handed in as an argument (only with allowErrorForDataTypeAny, or a test). */
function isExcelError(v: unknown): v is Error & { code: string } {
  return typeof v === 'object' && v !== null && typeof (v as { code?: unknown }).code === 'string' && EXCEL_ERROR_VALUE.test((v as { code: string }).code);
}

export function excelCode(code: ErrorCode, codes: typeof EXCEL_CODES): string {
  return EXCEL_ERROR[code] === '#VALUE!' ? codes.invalidValue : codes.notAvailable;
}

export function adapt(spec: FunctionSpec, runtime: ExcelRuntime): (...args: unknown[]) => ExcelValue {
  const fail = (code: ErrorCode | null, message: string): Error => {
    const ErrorClass = runtime.Error ?? ExcelError;
    const codes = runtime.ErrorCode ?? EXCEL_CODES;
    return new ErrorClass(code === null ? codes.invalidValue : excelCode(code, codes), message);
  };
  return (...args) => {
    const values = args.slice(0, spec.params.length);
    const error = values.find(isExcelError);
    if (error) throw error;
    try {
      return invoke(spec, values).value;
    } catch (e) {
      if (isRuleError(e)) throw fail(e.code, `${e.zh} / ${e.en}`);
      throw fail(null, `内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}
