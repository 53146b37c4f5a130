/**
 * What the task pane asks of Excel, and nothing more: the pane gets these operations as props, so
 * its components are tested without Excel and the Excel side is tested with office-addin-mock.
 */
import type { Finding, SheetReport } from '../check/finding';
import type { Explanation } from '../catalog/explain';
import type { IsoDay } from '../rules/core/dates';
import type { Template } from '../templates/model';
import type { ExcelOpError } from './errors';

import type { Capabilities } from './requirements';

export type { Capabilities } from './requirements';
/** What marking needs to know: notes (ExcelApi 1.18) carry a mark's words, else a comment (1.10), else the fill alone. */
export type MarkCapabilities = Pick<Capabilities, 'notes' | 'comments'>;

export interface InsertResult {
  /** The sheet's name as inserted (with a suffix where the name was taken). */
  sheet: string;
  /** The 参数 sheet inserted with a portable budget, as named (with a suffix where the name was taken). */
  companion?: string;
  /** CARE formulas were rewritten after Excel under a non-English interface showed #NAME? (office-js#6614). */
  formulaFallback: boolean;
}

export interface CheckProgress {
  /** 'read' | 'check' | 'mark', with a fraction done. */
  stage: 'read' | 'check' | 'mark';
  done: number;
}

export interface CheckResult {
  report: SheetReport;
  /** Findings marked on the sheet (fill, and a note or comment where the Excel has them). */
  marked: number;
  /** How the marks carry their message: note, comment, or none (fill only). */
  carrier: 'note' | 'comment' | 'none';
  /** Why nothing was marked: the sheet's protection (set by its owner) refuses the marks. */
  notMarked?: ExcelOpError;
  /** Cells marked by their fill alone because Excel refused their threaded comment (a user's note there; attach.ts), and why. */
  notAttached?: ExcelOpError;
}

export interface Settings {
  /** The city a budget sheet starts from and the pane shows first. */
  city: string;
  /** The as-of date of checks and explanations; null for today. */
  asOf: IsoDay | null;
  lang: 'zh' | 'en';
}

export interface ExcelOps {
  capabilities(): Promise<Capabilities>;
  insertTemplate(template: Template): Promise<InsertResult>;
  /** Reads the active sheet in one batch, checks it and marks every finding in place. */
  checkActiveSheet(asOf: IsoDay, onProgress?: (p: CheckProgress) => void): Promise<CheckResult>;
  /** Restores every marked cell of the sheet (the active one if none named) to its fill and note. */
  clearMarks(sheet?: string): Promise<{ restored: number }>;
  /** 修复 #NAME?: every CARE formula of the active sheet entered again (repair.ts). */
  repairFormulas(): Promise<{ sheet: string; formulas: number }>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** The CARE formula in the selected cell taken apart; null when it holds none. */
  explainSelection(asOf: IsoDay | null): Promise<Explanation | null>;
  /**
   * Calls back with the sheet's findings when a checked sheet's cells change (debounced), or with
   * the error of a re-check that failed (the sheet deleted meanwhile); returns the stop. A re-check
   * writes nothing to the workbook (so that undo stays the user's): the marks stay as the last
   * check left them until the user checks again.
   */
  watchChecked(sheet: string, asOf: IsoDay, onReport: (r: SheetReport) => void, onError: (e: unknown) => void): Promise<() => Promise<void>>;
  loadSettings(): Promise<Settings | null>;
  saveSettings(s: Settings): Promise<void>;
}

export type { Finding };
