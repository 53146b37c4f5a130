/**
 * The Office.js objects the adapter uses, as tracked office-addin-mock proxies over a FakeBook:
 * ranges, worksheets, settings, the workbook and its context (notes and comments: threads.ts).
 */
import { a1 } from '../../../src/check/grid';
import type { ExcelRun } from '../../../src/excel/run';
import { api, supported } from './apiSets';
import { type CalcResult, type FakeBook, FakeSheet, officeError } from './book';
import { addressOf, places, type Rect, rectOf, sheetPrefix } from './places';
import { Threads } from './threads';
import { Batch, type Proxy, type Reads, type Writes } from './tracked';

/**
 * Rows (or columns) inserted before the range, or the range's rows (columns) deleted, the cells
 * below (right) moving with them; refused where protection does not allow it (FakeSheet.refuseUnless).
 */
function shiftCells(sheet: FakeSheet, rect: Rect, along: 'rows' | 'cols', sign: 1 | -1): void {
  const option = `allow${sign > 0 ? 'Insert' : 'Delete'}${along === 'rows' ? 'Rows' : 'Columns'}` as const;
  sheet.refuseUnless(option, `${sign > 0 ? 'inserting' : 'deleting'} ${along}`);
  const at = along === 'rows' ? rect.r : rect.c;
  const n = along === 'rows' ? rect.rows : rect.cols;
  const splice = <T>(list: T[]) => (sign > 0 ? list.splice(at, 0, ...(Array.from({ length: n }) as T[])) : list.splice(at, n));
  if (along === 'rows') splice(sheet.rows);
  else sheet.rows.forEach((row) => row && splice(row));
  sheet.book.memo.clear();
}

const shown = (v: CalcResult): unknown => (typeof v === 'object' ? v.error : v);
const typeOf = (v: CalcResult): string =>
  typeof v === 'object' ? 'Error' : v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';

export class MockExcel {
  constructor(readonly book: FakeBook) {}

  /**
   * Excel.run over the mock: a fresh context per batch (with run options or without), or the one an
   * event handler was added on, which Excel.run(context, …) opens again.
   */
  readonly run: ExcelRun = (async (a: unknown, b?: unknown) => {
    const batch = (typeof a === 'function' ? a : b) as (context: Proxy) => Promise<unknown>;
    const earlier = typeof a === 'object' && a !== null && '__batch' in a;
    const context = earlier ? a : this.context(typeof a === 'object' && a !== null ? (a as Excel.RunOptions) : {});
    const tracked = (context as { __batch: Batch }).__batch;
    tracked.closed = false;
    try {
      const result = await batch(context);
      tracked.finish();
      return result;
    } finally {
      tracked.closed = true;
    }
  }) as ExcelRun;

  context(options: Excel.RunOptions = {}): Proxy {
    const batch = new Batch(
      async () => {
        this.book.syncs += 1;
        // Office.js honours delayForCellEdit only where the host supports the DelayForCellEdit set (excel-win32-16.01.debug.js:24365).
        await this.book.cellEditGate(options.delayForCellEdit === true && supported('DelayForCellEdit', '1.1'));
        this.book.startSync();
      },
      (p) => this.book.payloads.push(p),
    );
    const book = this.book;
    const sheets = batch.make({}, {}, {
      add: batch.effect((name: string) => this.sheet(batch, book.addSheet(name))),
      getItem: (key: string) => {
        const s = book.sheet(key);
        if (s) return this.sheet(batch, s);
        batch.failAtSync(officeError('ItemNotFound', `no sheet ${key}`));
        return this.sheet(batch, new FakeSheet(book, 'missing', key));
      },
      getItemOrNullObject: api('1.4', 'WorksheetCollection.getItemOrNullObject', (key: string) => {
        const s = book.sheet(key);
        return s ? this.sheet(batch, s) : this.nullSheet(batch, key);
      }),
      getActiveWorksheet: () => this.sheet(batch, book.active!),
    });
    batch.collection(sheets, () => book.sheets.map((s) => this.sheet(batch, s)));
    const settings = batch.make({}, {}, {
      add: api('1.4', 'SettingCollection.add', batch.effect((key: string, value: unknown) => book.settings.set(key, value))),
      getItemOrNullObject: api('1.4', 'SettingCollection.getItemOrNullObject', (key: string) => batch.make({ value: () => book.settings.get(key) }, {}, {}, { isNullObject: !book.settings.has(key) })),
    });
    const selected = () => {
      const sel = book.selected ?? { sheet: book.active!, cell: 'A1' };
      return this.range(batch, sel.sheet, rectOf(sel.cell));
    };
    const context = batch.make({}, {}, { workbook: { getActiveCell: api('1.7', 'Workbook.getActiveCell', selected), getSelectedRange: selected } });
    context.workbook.worksheets = sheets;
    context.workbook.settings = settings;
    context.sync = () => batch.sync();
    context.__batch = batch;
    this.registerContext(batch, context);
    return context;
  }

  /**
   * A sheet getItemOrNullObject did not find. Office.js makes its child objects all the same (the
   * protection getter creates its proxy whatever the parent: excel-win32-16.01.debug.js:26817-26824);
   * a null result makes the child null too (ClientObject._handleResult, :13571-13572), and a property
   * of a null object reads as undefined, not PropertyNotLoaded (Utility.throwIfNotLoaded, :15779).
   * A method called on it is refused here: careplan must ask isNullObject first.
   */
  private nullSheet(batch: Batch, name: string): Proxy {
    const refuse = () => {
      throw new Error(`a method was called on the null object for sheet ${name}`);
    };
    const methods = { getRange: refuse, getUsedRangeOrNullObject: refuse, getRangeByIndexes: refuse, delete: refuse, protection: { unprotect: refuse } };
    return batch.make({ name: () => '', 'protection/protected': () => undefined }, {}, methods, { isNullObject: true });
  }

  range(batch: Batch, sheet: FakeSheet, rect: Rect, nullObject = false): Proxy {
    const each = (f: (r: number, c: number, i: number, j: number) => void) => {
      for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) f(rect.r + i, rect.c + j, i, j);
    };
    const matrix = (f: (r: number, c: number) => unknown) => Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (__, j) => f(rect.r + i, rect.c + j)));
    /**
     * A 2-D array written to the range must have its shape: Excel refuses any other with
     * InvalidArgument, "The number of rows or columns in the input array doesn't match the size or
     * dimensions of the range." (errorLocation Range.values, as reported in OfficeDev/office-js#1025).
     */
    const fits = (member: string, v: unknown): unknown[][] => {
      const rows = v as unknown[][];
      if (Array.isArray(v) && (rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.cols))) {
        throw officeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", `Range.${member}`);
      }
      return rows;
    };
    /** A write of a 2-D array (values, formulas, number formats): each entry put into its cell. */
    const block = (member: string, put: (r: number, c: number, v: unknown) => void) => (v: unknown) => {
      const rows = fits(member, v);
      each((r, c, i, j) => put(r, c, rows[i]?.[j]));
    };
    const format = (path: string) => (v: unknown) => each((r, c) => sheet.formatCell(r, c, path, v));
    const top = () => sheet.cell(rect.r, rect.c);
    const reads: Reads = {
      address: () => `${sheetPrefix(sheet.name)}!${addressOf(rect)}`,
      rowIndex: () => rect.r,
      columnIndex: () => rect.c,
      rowCount: () => rect.rows,
      columnCount: () => rect.cols,
      values: () => matrix((r, c) => shown(sheet.value(r, c))),
      formulas: () => matrix((r, c) => sheet.cell(r, c)?.formula ?? shown(sheet.value(r, c))),
      formulasLocal: () => matrix((r, c) => sheet.cell(r, c)?.formula ?? shown(sheet.value(r, c))),
      numberFormat: () => matrix((r, c) => sheet.cell(r, c)?.numberFormat ?? 'General'),
      valueTypes: () => matrix((r, c) => typeOf(sheet.value(r, c))),
      'format/fill/color': () => top()?.fill.color ?? '#FFFFFF',
      // No fill reads as white with pattern null and tintAndShade null; any fill has a tintAndShade
      // number (office-js#4900: the reporter's readings and Microsoft's answer).
      'format/fill/pattern': api('1.9', 'RangeFill.pattern', () => ((top()?.fill.pattern ?? 'None') === 'None' ? null : top()!.fill.pattern)),
      'format/fill/tintAndShade': api('1.9', 'RangeFill.tintAndShade', () => ((top()?.fill.pattern ?? 'None') === 'None' ? null : 0)),
      'format/fill/patternColor': api('1.9', 'RangeFill.patternColor', () => top()?.fill.patternColor ?? '#000000'),
    };
    const writes: Writes = {
      values: block('values', (r, c, v) => sheet.write(r, c, v)),
      formulas: block('formulas', (r, c, v) => sheet.write(r, c, v)),
      formulasLocal: block('formulasLocal', (r, c, v) => sheet.write(r, c, v, true)),
      numberFormat: block('numberFormat', (r, c, v) => sheet.formatCell(r, c, 'numberFormat', v)),
      'format/columnWidth': (v) => each((_, c) => (sheet.refuseUnless('allowFormatColumns', 'a column width'), sheet.widths.set(c, Number(v)))),
      'format/rowHeight': format('rowHeight'),
    };
    for (const p of ['fill/color', 'font/name', 'font/size', 'font/bold', 'font/color', 'wrapText', 'horizontalAlignment', 'verticalAlignment', 'protection/locked']) {
      writes[`format/${p}`] = format(p);
    }
    writes['format/fill/pattern'] = api('1.9', 'RangeFill.pattern', format('fill/pattern'));
    writes['format/fill/patternColor'] = api('1.9', 'RangeFill.patternColor', format('fill/patternColor'));
    for (const k of ['rule', 'prompt', 'errorAlert', 'ignoreBlanks']) {
      writes[`dataValidation/${k}`] = api('1.8', `DataValidation.${k}`, (v: unknown) => each((r, c) => (sheet.at(r, c).validation = { ...sheet.at(r, c).validation, [k]: v })));
    }
    /**
     * A border of the range as Excel.BorderIndex names it (office-js-docs-reference
     * docs/docs-ref-autogen/excel/excel/excel.borderindex.yml): EdgeTop the top of the range's first
     * row, EdgeBottom the bottom of its last, EdgeLeft and EdgeRight the outer sides of its first and
     * last columns, InsideHorizontal the lines between its rows, InsideVertical those between its
     * columns. Kept on each cell side it draws ('border/top/style'), as a cell then shows it.
     */
    const sides = (edge: string, i: number, j: number): string[] => {
      const between = (k: number, n: number, before: string, after: string) => [...(k > 0 ? [before] : []), ...(k < n - 1 ? [after] : [])];
      if (edge === 'EdgeTop') return i === 0 ? ['top'] : [];
      if (edge === 'EdgeBottom') return i === rect.rows - 1 ? ['bottom'] : [];
      if (edge === 'EdgeLeft') return j === 0 ? ['left'] : [];
      if (edge === 'EdgeRight') return j === rect.cols - 1 ? ['right'] : [];
      if (edge === 'InsideHorizontal') return between(i, rect.rows, 'top', 'bottom');
      if (edge === 'InsideVertical') return between(j, rect.cols, 'left', 'right');
      throw officeError('InvalidArgument', `no border ${edge}`);
    };
    const border = (edge: string) =>
      batch.make(
        {},
        Object.fromEntries(['style', 'weight', 'color'].map((k) => [k, (v: unknown) => each((r, c, i, j) => sides(edge, i, j).forEach((side) => sheet.formatCell(r, c, `border/${side}/${k}`, v)))])),
      );
    const proxy = batch.make(reads, writes, {
      // Excel.Range.merge(across): "Set true to merge cells in each row of the specified range as
      // separate merged cells" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
      merge: batch.effect((across?: boolean) => {
        const rows = across ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, r: rect.r + i, rows: 1 })) : [rect];
        for (const row of rows) sheet.merges.push(addressOf(row));
      }),
      select: batch.effect(() => {
        this.book.active = sheet;
        this.book.selected = { sheet, cell: a1(rect.r, rect.c) };
      }),
      clear: batch.effect(() => each((r, c) => (sheet.rows[r]![c] = undefined))),
      // Range.insert('Down') / delete('Up') of whole rows, and the same of columns (ExcelApi 1.1): refused
      // on a protected sheet without allowInsertRows / allowDeleteRows / allowInsertColumns / allowDeleteColumns.
      insert: batch.effect((shift: string) => shiftCells(sheet, rect, shift === 'Down' ? 'rows' : 'cols', +1)),
      delete: batch.effect((shift: string) => shiftCells(sheet, rect, shift === 'Up' ? 'rows' : 'cols', -1)),
      getCell: (i: number, j: number) => this.range(batch, sheet, { r: rect.r + i, c: rect.c + j, rows: 1, cols: 1 }),
      getIntersectionOrNullObject: (other: unknown) => {
        const o = places.get(other as object);
        if (!o || o.sheet !== sheet) throw officeError('InvalidArgument', 'not a range on this sheet');
        const r = Math.max(rect.r, o.rect.r);
        const c = Math.max(rect.c, o.rect.c);
        const rows = Math.min(rect.r + rect.rows, o.rect.r + o.rect.rows) - r;
        const cols = Math.min(rect.c + rect.cols, o.rect.c + o.rect.cols) - c;
        return rows > 0 && cols > 0 && !nullObject ? this.range(batch, sheet, { r, c, rows, cols }) : this.range(batch, sheet, { r: 0, c: 0, rows: 1, cols: 1 }, true);
      },
      format: {
        fill: { clear: batch.effect(() => each((r, c) => sheet.formatCell(r, c, 'fill/clear', null))) },
        borders: { getItem: border },
        autofitRows: batch.effect(() => (sheet.refuseUnless('allowFormatRows', 'row heights'), (sheet.autofitted += 1))),
      },
    }, { isNullObject: nullObject });
    places.set(proxy, { sheet, rect });
    return proxy;
  }

  sheet(batch: Batch, sheet: FakeSheet): Proxy {
    const range = (address: string) => this.range(batch, sheet, rectOf(address));
    const page = (k: string) => api('1.9', `PageLayout.${k}`, (v: unknown) => void (sheet.page[k] = v));
    const writes: Writes = { visibility: (v) => (sheet.visibility = String(v)), name: (v) => (sheet.name = String(v)) };
    for (const k of ['paperSize', 'orientation', 'zoom', 'centerHorizontally', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin']) writes[`pageLayout/${k}`] = page(k);
    writes['pageLayout/headersFooters/defaultForAllPages/centerFooter'] = page('centerFooter');
    const proxy = batch.make(
      {
        name: () => sheet.name,
        id: () => sheet.id,
        visibility: () => sheet.visibility,
        'protection/protected': () => sheet.protection.protected,
        'protection/options': () => ({ ...sheet.protection.options }),
      },
      writes,
      {
        getRange: range,
        getRangeByIndexes: api('1.7', 'Worksheet.getRangeByIndexes', (r: number, c: number, rows: number, cols: number) => this.range(batch, sheet, { r, c, rows, cols })),
        getUsedRangeOrNullObject: api('1.4', 'Worksheet.getUsedRangeOrNullObject', (valuesOnly: boolean = false) => {
          const u = sheet.used(valuesOnly);
          return u ? this.range(batch, sheet, u) : this.range(batch, sheet, { r: 0, c: 0, rows: 1, cols: 1 }, true);
        }),
        activate: batch.effect(() => (this.book.active = sheet)),
        delete: batch.effect(() => {
          this.book.sheets = this.book.sheets.filter((x) => x !== sheet);
          if (this.book.active === sheet) this.book.active = this.book.sheets[0];
        }),
        freezePanes: {
          freezeAt: api('1.7', 'WorksheetFreezePanes.freezeAt', batch.effect((at: unknown) => {
            const p = typeof at === 'string' ? rectOf(at) : places.get(at as object)!.rect;
            sheet.freeze = { rows: p.r + p.rows, cols: p.c + p.cols };
          })),
          freezeRows: api('1.7', 'WorksheetFreezePanes.freezeRows', batch.effect((n: number) => (sheet.freeze = { rows: n, cols: 0 }))),
          freezeColumns: api('1.7', 'WorksheetFreezePanes.freezeColumns', batch.effect((n: number) => (sheet.freeze = { rows: 0, cols: n }))),
        },
        protection: {
          // "Protects a worksheet. Fails if the worksheet has already been protected." (Excel.WorksheetProtection.protect,
          // office-js-docs-reference docs/docs-ref-autogen/excel/excel/excel.worksheetprotection.yml:225). The code
          // is not documented; AccessDenied is what builds reported in office-js#6784 throw, where unprotect() on an
          // unprotected sheet also throws it (Microsoft labelled that a regression; the double keeps it, so that
          // careplan never relies on either).
          protect: batch.effect((options: Excel.WorksheetProtectionOptions = {}, password?: string) => {
            if (sheet.protection.protected) throw officeError('AccessDenied', `${sheet.name} is protected already`, 'WorksheetProtection.protect');
            sheet.protection = { protected: true, options, ...(password ? { password } : {}) };
          }),
          // unprotect(password) (ExcelApi 1.7 for the password): a wrong or missing password refuses. Its code is not
          // documented for unprotect; BadPassword, "The password you supplied is incorrect.", is the one Office.js lists
          // (office-js-docs-pr docs/testing/application-specific-api-error-handling.md).
          unprotect: batch.effect((password?: string) => {
            if (!sheet.protection.protected) throw officeError('AccessDenied', `${sheet.name} is not protected`, 'WorksheetProtection.unprotect');
            if (sheet.protection.password !== undefined && password !== sheet.protection.password) {
              throw officeError('BadPassword', 'The password you supplied is incorrect.', 'WorksheetProtection.unprotect');
            }
            sheet.protection = { protected: false, options: {} };
          }),
        },
        pageLayout: {
          setPrintTitleRows: api('1.9', 'PageLayout.setPrintTitleRows', batch.effect((rows: string) => (sheet.page.printTitleRows = rows))),
          setPrintArea: api('1.9', 'PageLayout.setPrintArea', batch.effect((area: string) => (sheet.page.printArea = area))),
          // PageLayout.setPrintTitleColumns (ExcelApi 1.9): the columns repeated on every page, as $A:$A.
          setPrintTitleColumns: api('1.9', 'PageLayout.setPrintTitleColumns', batch.effect((cols: string) => (sheet.page.printTitleColumns = cols))),
        },
        // Worksheet.verticalPageBreaks.add(range) (ExcelApi 1.9): a page starts at the range's first column.
        verticalPageBreaks: {
          add: api('1.9', 'PageBreakCollection.add', batch.effect((at: unknown) => {
            const p = typeof at === 'string' ? rectOf(at) : places.get(at as object)!.rect;
            sheet.page.columnBreaks = [...((sheet.page.columnBreaks as number[] | undefined) ?? []), p.c];
          })),
        },
        // Worksheet.names.add(name, reference) (ExcelApi 1.4): a name scoped to this sheet; Excel refuses a name twice.
        names: {
          add: api('1.4', 'NamedItemCollection.add', batch.effect((name: string, reference: string) => {
            if (sheet.names.has(name.toUpperCase())) throw officeError('InvalidArgument', `the name ${name} exists on this sheet`);
            sheet.names.set(name.toUpperCase(), reference);
          })),
        },
        onChanged: {
          add: api('1.7', 'Worksheet.onChanged', (handler: (args: unknown) => Promise<unknown>) => {
            sheet.handlers.add(handler);
            return { context: proxyContext, remove: batch.effect(() => sheet.handlers.delete(handler)) };
          }),
        },
        notes: {},
        comments: {},
      },
      { isNullObject: false },
    );
    const proxyContext = this.contextOf(batch);
    const threads = new Threads(this.book, batch, sheet, (rect) => this.range(batch, sheet, rect));
    threads.notes(proxy.notes);
    threads.comments(proxy.comments);
    return proxy;
  }

  private contexts = new WeakMap<Batch, Proxy>();
  registerContext(batch: Batch, context: Proxy): void {
    this.contexts.set(batch, context);
  }
  private contextOf(batch: Batch): Proxy {
    return this.contexts.get(batch);
  }
}
