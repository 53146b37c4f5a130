/**
 * The 参数 sheet of a portable budget: every figure its formulas read, for its one city, one row a
 * version of a parameter (a table's cell) with the dates it is in force, the figure, its unit, the
 * document and clause, and the clause's own words. The budget's formulas pick a row by its date
 * (sheetExpr.ts), so the sheet is the only place the budget holds a policy figure.
 */
import { CITY, type City } from '../rules/core/enums';
import { serialOf } from '../rules/core/dates';
import type { Label } from '../rules/core/messages';
import { allParameters, type ResolvedParameter } from '../rules/data/registry';
import { key, line, table } from './budgetParts';
import type { CellRef, Column, Content, Row, Template } from './model';
import { paramsGuide } from './portableWords';
import { UNIT } from './units';
import type { Block } from './sheetExpr';

export const PARAMS_SHEET = '参数';
const T = 'params';

const COLUMNS: Column[] = [
  key('what', '参数', 'Parameter', 24),
  key('item', '项', 'Item', 12),
  { key: 'from', header: '生效起', headerEn: 'In force from', role: 'given', format: 'date', width: 11 },
  { key: 'to', header: '生效止', headerEn: 'In force to', role: 'given', format: 'date', width: 11 },
  { key: 'value', header: '数值', headerEn: 'Figure', role: 'given', width: 10 },
  { key: 'unit', header: '单位', headerEn: 'Unit', role: 'label', width: 14 },
  { key: 'clause', header: '依据（文件 条款）', headerEn: 'Document and clause', role: 'label', width: 30 },
  { key: 'quote', header: '原文', headerEn: 'The clause', role: 'label', width: 44 },
  { key: 'note', header: '说明', headerEn: 'Note', role: 'label', width: 24 },
];


/** One version's figure for the key: a value, a table's cell, a range's lower end; null where the table does not list the key. */
function figureOf(p: ResolvedParameter['param'], k: string | undefined): number | null {
  if (k !== undefined) return p.kind === 'table' ? (p.values[k] ?? null) : null;
  if (p.kind === 'value') return p.value;
  if (p.kind === 'range') return p.min;
  return null;
}

/** The figures a budget for one city reads, gathered as its formulas are made, then laid out as a sheet. */
export class ParamBook {
  private readonly rows: Row[] = [];
  private readonly cells = new Map<string, Content>();
  private readonly blocks = new Map<string, Block>();

  constructor(readonly city: City) {}

  /** The versions of the parameter in force at some time; empty where the city sets it as a reference or a bare clause. */
  versions(id: string): ResolvedParameter[] {
    return allParameters().filter((e) => e.city === this.city && e.param.id === id);
  }

  /** The parameter's rows (added the first time it is asked for): one per version, earliest first. */
  block(id: string, k: string | undefined, name: (k: string) => Label = (x) => ({ zh: x, en: x })): Block {
    const bk = `${id}#${k ?? ''}`;
    const known = this.blocks.get(bk);
    if (known) return known;
    const at = (row: string, col: string): CellRef => ({ table: T, row, col, companion: true });
    const rows = this.versions(id).map((e, i) => {
      const row = `${bk}#${i}`;
      const figure = figureOf(e.param, k);
      const clauseText = `${e.doc.number} ${e.param.citation.section}`;
      this.rows.push(line(row, e.param.label.zh, k === undefined ? '—' : name(k).zh));
      const unit = e.param.kind === 'value' || e.param.kind === 'table' || e.param.kind === 'range' ? UNIT[e.param.unit] : undefined;
      const set = (col: string, c: Content): void => void this.cells.set(`${row}|${col}`, c);
      set('from', { value: serialOf(e.from) });
      set('to', { value: e.to === undefined ? null : serialOf(e.to) });
      set('value', { value: figure, format: unit?.format ?? 'decimal' });
      set('unit', { value: unit?.word ?? null });
      set('clause', { value: clauseText });
      set('quote', { value: e.param.citation.quote });
      set('note', { value: e.param.note?.zh ?? (figure === null ? '本文件未列此项' : null) });
      return { from: at(row, 'from'), value: at(row, 'value'), clause: at(row, 'clause'), fromSerial: serialOf(e.from), figure, clauseText };
    });
    const block = { rows };
    this.blocks.set(bk, block);
    return block;
  }

  /** The 参数 sheet, holding every row asked for so far. */
  template(budget: Template): Template {
    const cityName = CITY.options[this.city].zh;
    return {
      id: budget.id,
      kind: 'reference',
      city: this.city,
      county: null,
      countyId: null,
      title: { zh: `${budget.title.zh}参数（${cityName}）`, en: `${budget.title.en}: figures (${CITY.options[this.city].en})` },
      sheet: PARAMS_SHEET,
      basis: `${cityName}政策文件，各行见“依据”`,
      basisEn: 'the city documents, each row with its clause',
      guide: paramsGuide(budget.sheet),
      tables: [table(T, `${cityName}：测算表所用的每项规定及其有效期`, COLUMNS, this.rows, (set) => this.cells.forEach((c, k) => set(k.split('|')[0]!, k.split('|')[1]!, c)))],
      frozenCols: 2,
      partOf: budget.sheet,
    };
  }
}
