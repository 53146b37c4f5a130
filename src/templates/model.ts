/**
 * What a template is: tables of rows and columns that mean something in the documents' terms. The
 * .xlsx writer and the Excel adapter lay it out on a sheet (layout.ts); the checker finds the same
 * rows and columns again on a filled sheet by their header words and county names, so a sorted
 * sheet or one with an inserted column is still read right.
 */
import type { City } from '../rules/core/enums';
import type { Bilingual, Comparator } from '../rules/data/schema';
import type { Source } from '../rules/data/registry';
import type { Expr } from './sheetExpr';

/**
 * target: a document figure the row is checked against; given: another document figure (a 2020
 * base, 社区数); input: a figure the county enters; computed: a formula over other cells.
 */
export type Role = 'target' | 'given' | 'input' | 'computed';
/** key: the words that identify a row; label: document words shown beside it (unit, 约束性, 牵头部门). */
export type ColumnRole = Role | 'key' | 'label';

/** How a cell's number is shown. */
export type Format = 'count' | 'decimal' | 'share' | 'yuan' | 'date' | 'text';

/** What an input cell accepts: whole numbers >= 0, a fraction 0-1, any number >= 0, a date, a city. */
export type Accepts = 'count' | 'share' | 'quantity' | 'date' | 'city' | 'text';

/** A cell by meaning: a table, a row key and a column key. */
export interface CellRef {
  table: string;
  row: string;
  col: string;
  /**
   * On the template's `companion` (a budget's 参数 sheet), another sheet of the same workbook. Not its
   * name: a sheet inserted into a workbook gets a free one (sheetName.ts), and layout() writes that.
   */
  companion?: true;
}

/** The formulas templates write; each is also evaluated in TypeScript (formula.ts). */
export type Formula =
  /** num ÷ den × scale, blank while either is blank or den is 0. */
  | { kind: 'ratio'; num: CellRef; den: CellRef; scale: number }
  /** A CARE.* custom function; a CellRef argument is read from the sheet, a string is a literal word. */
  | { kind: 'care'; fn: string; args: (CellRef | string | null)[] }
  /** Built-in functions only (sheetExpr.ts): a portable budget's line, generated from the rule's recipe. */
  | { kind: 'sheet'; expr: Expr }
  | { kind: 'sum'; refs: CellRef[] }
  | { kind: 'product'; a: CellRef; b: CellRef }
  /** 达到 / 未达到 when the actual (a number) meets the target with the comparator, or a text target by its words (foldAnswer). */
  | { kind: 'meets'; actual: CellRef; target: CellRef; comparator: Comparator | null };

export interface Column {
  key: string;
  /** Unique in its table: the checker finds the column again by these words. */
  header: string;
  headerEn: string;
  role: ColumnRole;
  /** What the cells measure, in the words `template --describe` and the findings use. */
  measure?: string;
  year?: number | null;
  format?: Format;
  accepts?: Accepts;
  /** Width in characters. */
  width: number;
  /** A heading over several columns (2021年); layout merges consecutive equal groups. */
  group?: string;
  /**
   * How a target column is met: task, that year's own figure to add (非累计, met by the running
   * total); level, a figure to reach by the year's end (增至).
   */
  measureKind?: 'task' | 'level';
  /** A computed column measured by a city indicator (its id), for the year of the column. */
  indicator?: string;
  /** An input that is part of another input column (its key): 护理型 of 床位, 普惠 of 托位. */
  partOf?: string;
  /**
   * The header without its year (实际新增改造（张）), for a county's own form, where the years run
   * down the rows and each measure heads one column; unique in its table as the header is.
   */
  yearless?: string;
  /**
   * The document's own words for a document figure's measure (养老床位总数, 新增、改造养老床位数任务),
   * by which the checker knows the column on a table laid out as the document prints it, the year
   * standing in another header row.
   */
  aliases?: string[];
}

export interface Row {
  key: string;
  /** What stands in the table's key columns, in order. */
  labels: string[];
  /** The county as the document names it; null on city sheets and budget lines. */
  county: string | null;
  /** Other names the row goes by (赣州经开区 for 赣州开发区), as the seeds list them. */
  aliases?: string[];
  /** The document's own total row. */
  total?: boolean;
}

/** One cell's content, where the column alone does not say it. */
export interface Content {
  /** A document figure; null where the document's table is blank (no target, never 0). */
  value?: number | string | null;
  formula?: Formula;
  /** The cell's role where it is not its column's: a portable budget's city, fixed when the sheet was made. */
  role?: Role;
  /** Per-row unit of an indicator sheet, where the column does not fix it. */
  format?: Format;
  accepts?: Accepts;
  /** Overrides the column's measure and year (indicator sheets: one row, one indicator). */
  measure?: string;
  year?: number | null;
  /** Where a document figure comes from. */
  source?: Source;
  /** How an indicator target compares (>=, <=, …); null for a text target. */
  comparator?: Comparator | null;
  /** Attribute of an indicator target: 约束性 binding or 预期性 expected, when the document says. */
  attribute?: 'binding' | 'expected';
}

export interface Table {
  key: string;
  /** A caption row above the header (budget sheets); county tables have none. */
  caption?: string;
  columns: Column[];
  rows: Row[];
  /** Content by `${row.key}|${col.key}`; a cell of an input column with no entry is an empty input. */
  cells: Map<string, Content>;
}

/** reference: a document's text to read and print, with nothing to fill in. */
export type TemplateKind = 'county' | 'indicators' | 'budget' | 'reference';

export interface Template {
  id: string;
  kind: TemplateKind;
  /** The city whose document it comes from; budget sheets take the city from a cell instead. */
  city: City | null;
  /** The county of a county's own form (the document's name and its id); null for the whole city. */
  county: string | null;
  countyId: string | null;
  title: Bilingual;
  /** The sheet name Excel shows (31 characters at most). */
  sheet: string;
  /** Document and clause, shown on the sheet under the title. */
  basis: string;
  basisEn: string;
  /** How to fill it in, one line, shown under the basis. */
  guide: string;
  tables: Table[];
  /** Columns frozen on the left (the key columns of the first table). */
  frozenCols: number;
  /** A second sheet written with this one, which its formulas read (a portable budget's 参数 sheet). */
  companion?: Template;
  /** On a companion: the sheet whose formulas read it. It carries no template marker: nothing on it is checked. */
  partOf?: string;
}

export const cellKey = (row: string, col: string): string => `${row}|${col}`;

export function contentOf(table: Table, row: string, col: string): Content | undefined {
  return table.cells.get(cellKey(row, col));
}

/** The measure and year a cell stands for: its own where it overrides the column's. */
export function meaningOf(column: Column, content: Content | undefined): { measure: string | null; year: number | null } {
  return { measure: content?.measure ?? column.measure ?? null, year: content?.year ?? column.year ?? null };
}
