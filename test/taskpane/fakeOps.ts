/**
 * An in-memory ExcelOps for the task pane's tests: records every call with its arguments and
 * answers with what the test set up (a value, or an error to throw). Nothing here touches Excel.
 */
import type { Capabilities, CheckProgress, CheckResult, ExcelOps, InsertResult, Settings } from '../../src/excel/types';
import type { Explanation } from '../../src/catalog/explain';
import type { SheetReport } from '../../src/check/finding';
import type { Template } from '../../src/templates/model';

export interface Call {
  method: keyof ExcelOps;
  args: unknown[];
}

type Answer<T> = T | Error | (() => T | Promise<T>);

async function answer<T>(a: Answer<T>): Promise<T> {
  if (a instanceof Error) throw a;
  return typeof a === 'function' ? (a as () => T | Promise<T>)() : a;
}

export class FakeOps implements ExcelOps {
  readonly calls: Call[] = [];
  capabilitiesAnswer: Answer<Capabilities> = { core: true, comments: true, delayForCellEdit: true, notes: true, sharedRuntime: true, functions: true };
  insertAnswer: Answer<InsertResult> | null = null;
  checkAnswer: Answer<CheckResult> | null = null;
  /** Progress reported before the check answers, as a long sheet would. */
  progress: CheckProgress[] = [];
  clearAnswer: Answer<{ restored: number }> = { restored: 0 };
  selectAnswer: Answer<void> = undefined;
  explainAnswer: Answer<Explanation | null> = null;
  settingsAnswer: Answer<Settings | null> = null;
  saveAnswer: Answer<void> = undefined;
  /** Where the pane wants a failed re-check reported. */
  onRecheckError: ((e: unknown) => void) | null = null;
  /** The re-check callback the pane gave watchChecked, to call as an edit would. */
  onRecheck: ((r: SheetReport) => void) | null = null;
  stopped = 0;

  private record(method: keyof ExcelOps, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsOf(method: keyof ExcelOps): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  capabilities(): Promise<Capabilities> {
    this.record('capabilities');
    return answer(this.capabilitiesAnswer);
  }
  insertTemplate(template: Template): Promise<InsertResult> {
    this.record('insertTemplate', template);
    return answer(this.insertAnswer ?? { sheet: template.sheet, formulaFallback: false });
  }
  async checkActiveSheet(asOf: string, onProgress?: (p: CheckProgress) => void): Promise<CheckResult> {
    this.record('checkActiveSheet', asOf);
    for (const p of this.progress) onProgress?.(p);
    if (!this.checkAnswer) throw new Error('FakeOps: no check answer set');
    return answer(this.checkAnswer);
  }
  clearMarks(sheet?: string): Promise<{ restored: number }> {
    this.record('clearMarks', sheet);
    return answer(this.clearAnswer);
  }
  repairAnswer: Answer<{ sheet: string; formulas: number }> = { sheet: 'Sheet1', formulas: 0 };
  repairFormulas(): Promise<{ sheet: string; formulas: number }> {
    this.record('repairFormulas');
    return answer(this.repairAnswer);
  }
  selectCell(sheet: string, address: string): Promise<void> {
    this.record('selectCell', sheet, address);
    return answer(this.selectAnswer);
  }
  explainSelection(asOf: string | null): Promise<Explanation | null> {
    this.record('explainSelection', asOf);
    return answer(this.explainAnswer);
  }
  async watchChecked(sheet: string, asOf: string, onReport: (r: SheetReport) => void, onError: (e: unknown) => void): Promise<() => Promise<void>> {
    this.record('watchChecked', sheet, asOf);
    this.onRecheck = onReport;
    this.onRecheckError = onError;
    return async () => {
      this.stopped += 1;
      this.onRecheck = null;
    };
  }
  loadSettings(): Promise<Settings | null> {
    this.record('loadSettings');
    return answer(this.settingsAnswer);
  }
  saveSettings(s: Settings): Promise<void> {
    this.record('saveSettings', s);
    return answer(this.saveAnswer);
  }
}
