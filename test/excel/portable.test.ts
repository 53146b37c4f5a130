/**
 * A portable budget inserted from the pane (the pane's default for a budget): the budget sheet and
 * its 参数 sheet go in together, each under a free name, the budget's formulas naming the 参数 sheet
 * by the name it got, both protected and on careplan's record, and a user's own 参数 sheet left as
 * it was. That the formulas so written come to the rule's amounts is portableRecalc.test.ts's.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { officeError, type FakeSheet } from './mock/book';
import { setup, type Setup } from './mock/fixtures';
import { commandsRun, itWithCommands } from './mock/eachExcel';

const budget = buildTemplate('budget-eldercare', { city: 'ganzhou', form: 'portable' });

/** Every formula of the sheet, and the sheets they name (before "!"). */
function formulas(sheet: FakeSheet): string[] {
  return sheet.rows.flatMap((row) => (row ?? []).flatMap((c) => (c?.formula ? [c.formula] : [])));
}
const namedSheets = (formula: string): string[] => [...formula.matchAll(/('(?:[^']|'')+'|[^\s'!(),=+\-*/&<>:]+)!/gu)].map((m) => m[1]!.replace(/^'|'$/gu, '').replace(/''/gu, "'"));
const texts = (sheet: FakeSheet): string[] => sheet.rows.flatMap((row) => (row ?? []).flatMap((c) => (typeof c?.value === 'string' ? [c.value] : [])));

let s: Setup;
beforeEach(() => {
  s = setup();
});

describe('a portable budget inserted in Excel', () => {
  itWithCommands('goes in with its 参数 sheet after it, the budget shown, both protected and on careplan’s record', async () => {
    const r = await s.ops.insertTemplate(budget);
    expect(r).toEqual({ sheet: budget.sheet, companion: '参数', formulaFallback: false });
    expect(s.book.sheets.map((x) => x.name)).toEqual(['Sheet1', budget.sheet, '参数']);
    expect(s.book.active?.name).toBe(budget.sheet);
    const [sheet, params] = [s.book.sheet(budget.sheet)!, s.book.sheet('参数')!];
    expect(sheet.protection.protected).toBe(true);
    expect(params.protection.protected).toBe(true);
    // The workbook setting careplan.sheets, as earlier versions named it: a new name would leave every sheet they inserted unmarkable.
    expect(JSON.parse(String(s.book.settings.get('careplan.sheets')))).toEqual([sheet.id, params.id]);
    // The figures are the documents': no cell of 参数 is open to typing; the budget's quantities are.
    expect(params.rows.flat().filter((c) => c && !c.locked)).toEqual([]);
    expect(sheet.rows.flat().some((c) => c && !c.locked)).toBe(true);
    // Built-in functions only: the formulas read 参数 and nothing of the add-in.
    const all = formulas(sheet);
    expect(all.some((f) => namedSheets(f).includes('参数'))).toBe(true);
    expect(all.filter((f) => /CARE\./u.test(f))).toEqual([]);
    // 参数 says which sheet reads it, on the sheet and in its name, and carries no template marker.
    expect(texts(params).some((v) => v.includes(`“${budget.sheet}”`))).toBe(true);
    expect(params.names.size).toBe(0);
  });

  itWithCommands('where 参数 is taken, its sheet is 参数 (2): every formula and the guide name that, and the user’s 参数 keeps every value', async () => {
    const mine = s.book.addSheet('参数');
    mine.write(4, 4, 999_999);
    mine.write(0, 0, '本县自己的参数');
    const before = JSON.stringify(mine.rows);
    const r = await s.ops.insertTemplate(budget);
    expect(r).toMatchObject({ sheet: budget.sheet, companion: '参数 (2)' });
    const sheet = s.book.sheet(budget.sheet)!;
    const named = formulas(sheet).flatMap(namedSheets);
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named)).toEqual(new Set(['参数 (2)']));
    expect(texts(sheet).some((v) => v.includes('“参数 (2)”'))).toBe(true);
    expect(texts(sheet).some((v) => v.includes('“参数”'))).toBe(false);
    expect(JSON.stringify(mine.rows)).toBe(before);
    expect(mine.protection.protected).toBe(false);
  });

  itWithCommands('both names taken: the budget is 养老…(2) and its 参数 (2), and the 参数 sheet names the budget as it is called', async () => {
    s.book.addSheet(budget.sheet);
    s.book.addSheet('参数');
    const r = await s.ops.insertTemplate(budget);
    expect(r).toMatchObject({ sheet: `${budget.sheet} (2)`, companion: '参数 (2)' });
    expect(texts(s.book.sheet('参数 (2)')!).some((v) => v.includes(`“${budget.sheet} (2)”`))).toBe(true);
    expect(new Set(formulas(s.book.sheet(`${budget.sheet} (2)`)!).flatMap(namedSheets))).toEqual(new Set(['参数 (2)']));
  });

  itWithCommands('both sheets exist before a cell of either is written: a formula naming a missing sheet would be read as a link to a file', async () => {
    const add = s.book.addSheet.bind(s.book);
    const sheetsAtFirstWrite: number[] = [];
    s.book.addSheet = (name: string) => {
      const sheet = add(name);
      const write = sheet.write.bind(sheet);
      sheet.write = (...args: Parameters<FakeSheet['write']>) => {
        if (sheetsAtFirstWrite.length < 2 && !sheetsAtFirstWrite.includes(s.book.sheets.length)) sheetsAtFirstWrite.push(s.book.sheets.length);
        write(...args);
      };
      return sheet;
    };
    await s.ops.insertTemplate(budget);
    expect(sheetsAtFirstWrite).toEqual([3]);
  });

  itWithCommands('a failed insert takes both sheets away again', async () => {
    const add = s.book.addSheet.bind(s.book);
    s.book.addSheet = (name: string) => {
      const sheet = add(name);
      // The 参数 sheet refuses a format at Excel, after both sheets were added.
      if (name === '参数') sheet.formatCell = () => {
        throw Object.assign(new Error('refused'), { code: 'GeneralException' });
      };
      return sheet;
    };
    await expect(s.ops.insertTemplate(budget)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(s.book.sheets.map((x) => x.name)).toEqual(['Sheet1']);
  });

  itWithCommands('an insert refused at the 参数 sheet’s adding takes the budget sheet added before it away, the missing one skipped', async () => {
    const add = s.book.addSheet.bind(s.book);
    // Excel runs a batch's commands in order and stops at the refused one: the budget sheet is there, 参数 is not.
    s.book.addSheet = (name: string) => {
      if (name === '参数') throw officeError('GeneralException', 'refused', 'WorksheetCollection.add');
      return add(name);
    };
    await expect(s.ops.insertTemplate(budget)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(s.book.sheets.map((x) => x.name)).toEqual(['Sheet1']);
  });
});

describe('round trips', () => {
  if (!commandsRun) itWithCommands('a portable budget is inserted in 3 context.sync() calls', async () => undefined);
  else
    it('a portable budget and its 参数 sheet are inserted in 3 context.sync() calls', async () => {
      await s.ops.insertTemplate(budget);
      expect(s.counter.syncs()).toBe(3);
      expect(layout(budget.companion!).cells.length).toBeGreaterThan(10);
    });
});
