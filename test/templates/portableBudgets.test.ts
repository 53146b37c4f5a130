/**
 * The budgets without the add-in, judged by other programs: every budget for every city it serves is
 * written portable, filled by openpyxl (/usr/bin/python3) as a user would type, recalculated by
 * LibreOffice, and each amount compared with what the rule functions give for the same figures and
 * date; on both sides of every day a figure the budget reads starts. No cell may show #NAME? or #N/A,
 * and a line with no amount says why in its 依据 cell.
 */
import { describe, expect, it } from 'vitest';
import { CITY, type City } from '../../src/rules/core/enums';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';
import { checkBytes } from '../../src/xlsx/checkBytes';
import { writeTemplate } from '../../src/xlsx/write';
import { skipLibreOffice, throughLibreOfficeAll } from '../support/libreoffice';
import { budgetRuns } from '../support/budgetRuns';
import { expectRuleAmounts, fillWithOpenpyxl, readWithOpenpyxl } from '../support/budgets';

const CASES = TEMPLATES.filter((e) => e.serves).flatMap((e) => e.serves!.map((city) => ({ id: e.id, city })));

describe.skipIf(skipLibreOffice)('budgets recalculated by LibreOffice without the add-in', () => {
  it('serve the cities whose documents set their figures: 养老 in all four, 托育 and 补贴发放 in 赣州 only', () => {
    // 鹰潭 leaves childcare grants to 赣府办发〔2020〕25号 and 吉安, 抚州 set none; only 赣州 has the 2023 service list.
    expect(Object.fromEntries(TEMPLATES.filter((e) => e.serves).map((e) => [e.id, e.serves]))).toEqual({
      'budget-eldercare': ['ganzhou', 'yingtan', 'jian', 'fuzhou'],
      'budget-childcare': ['ganzhou'],
      'budget-allowances': ['ganzhou'],
    });
  });

  it.each(CASES)('$id for $city: every amount equals the rule functions, either side of each day a figure starts', async ({ id, city }) => {
    const portable = buildTemplate(id, { city, form: 'portable' });
    const pl = layout(portable);
    const params = layout(portable.companion!);
    const care = layout(buildTemplate(id, { city, form: 'functions' }));
    const bytes = await writeTemplate(portable);
    const runs = budgetRuns(pl, params).map((run) => ({ ...run, bytes: fillWithOpenpyxl(bytes, portable.sheet, run.fill) }));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    const recalculated = throughLibreOfficeAll(runs.map((r, i) => ({ bytes: r.bytes, name: `b${i}.xlsx` })));
    runs.forEach((run, i) => {
      const sheets = readWithOpenpyxl(recalculated[i]!);
      for (const [name, cells] of Object.entries(sheets)) {
        for (const [address, v] of Object.entries(cells)) expect(String(v), `${run.date} ${name}!${address}`).not.toMatch(/^#(NAME\?|N\/A|VALUE!|REF!|DIV\/0!)/u);
      }
      const compared = expectRuleAmounts(sheets[portable.sheet]!, pl, care, run.typed, run.date);
      // A line reading several clauses lists them apart, one document number a clause (赣市府字〔2022〕94号 …；赣市府发〔2023〕13号 …), each once.
      // (A line with no figure says why in the rule's own sentence instead, which is not a list of clauses.)
      for (const basis of pl.cells.filter((c) => c.column?.key === 'basis' && c.formula !== undefined)) {
        const text = String(sheets[portable.sheet]![basis.address] ?? '');
        if (!/^\S*〔\d{4}〕\d+号 /u.test(text)) continue;
        const clauses = text.split('；');
        for (const clause of clauses) expect((clause.match(/〔\d{4}〕\d+号/gu) ?? []).length, `${run.date} ${basis.address} ${clause}`).toBe(1);
        // Two figures set in one clause (a grant and its city share) name it once.
        expect(new Set(clauses).size, `${run.date} ${basis.address} ${text}`).toBe(clauses.length);
      }
      // The checker, reading what LibreOffice saved, agrees with every amount on the sheet.
      expect(checkBytes(recalculated[i]!, run.date).find((r) => r.sheet === portable.sheet)?.findings, run.date).toEqual([]);
      expect(compared, run.date).toBeGreaterThan(0);
    });
    // The sheet is for one city, named where the city was chosen.
    expect(readWithOpenpyxl(recalculated[0]!)[portable.sheet]![pl.cells.find((c) => c.row?.key === 'city' && c.column?.key === 'value')!.address]).toBe(CITY.options[city as City].zh);
  });
});
