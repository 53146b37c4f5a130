/**
 * How a sheet's findings are listed and counted: errors first, then warnings, then information,
 * each by row and then column as a reader scans the sheet (AA after Z, row 10 after row 9); and per
 * county, its errors, warnings and unfilled cells in the order the counties first appear (what the
 * pane's bars show). The order is checked against column numbers worked out here.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet, summarize, type Finding } from '../../src/check';
import { aFinding } from './finding';
import { sheetOf } from './sheet';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** A1 → [row, column number]: AA is 27, after Z (26). */
function place(cell: string): [number, number] {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/u.exec(cell)!;
  const col = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(digits), col];
}

describe('a sheet’s findings in reading order', () => {
  it('severity first, then row, then column, over columns past Z and rows past 9', () => {
    const s = sheetOf('gz-beds')
      .fill('于都县', '2025年实际新增改造（张）', '约300')
      .fill('于都县', '2021年实际新增改造（张）', '约300')
      .fill('章贡区', '2024年实际新增改造（张）', -1)
      .fill('章贡区', '2021年末养老床位数（张）', 500)
      .fill('章贡区', '2021年末护理型床位数（张）', 600);
    const findings = checkSheet(s.grid, '2026-01-01').findings;
    expect(findings.length).toBeGreaterThan(100);
    const keys = findings.map((f) => [RANK[f.severity], ...place(f.cell)] as const);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      const ordered = a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])));
      expect(ordered, `${findings[i - 1]!.cell} (${findings[i - 1]!.severity}) before ${findings[i]!.cell} (${findings[i]!.severity})`).toBe(true);
    }
    // The errors typed in, in reading order: 章贡区's row stands above 于都县's, E before Z before AG.
    const typed = findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('input.')).map((f) => f.cell);
    expect(typed).toEqual([s.address('章贡区', '2024年实际新增改造（张）'), s.address('于都县', '2021年实际新增改造（张）'), s.address('于都县', '2025年实际新增改造（张）')]);
    expect(typed.map(place)).toEqual([
      [10, 26],
      [17, 5],
      [17, 33],
    ]);
  });
});

describe('findings on one cell', () => {
  it('keep the order they were made in: the rows a sheet lacks, each county in the document’s order', () => {
    // Taken out in another order than the document's, so the order below can only come from the document.
    const s = sheetOf('gz-slots').removeRow('瑞金市').removeRow('章贡区').removeRow('于都县');
    const missing = checkSheet(s.grid, '2026-01-01').findings.filter((f) => f.ruleId === 'sheet.missingRow');
    expect(new Set(missing.map((f) => `${f.severity} ${f.cell}`)).size).toBe(1);
    expect(missing.map((f) => f.county)).toEqual(['章贡区', '于都县', '瑞金市']);
  });
});

describe('counts per county', () => {
  const f = (county: string | null, severity: Finding['severity'], ruleId: string): Finding => aFinding({ county, severity, ruleId });

  it('errors, warnings other than unfilled cells, and unfilled cells, in the order counties first appear', () => {
    const findings = [
      f('于都县', 'warning', 'input.notFilled'),
      f('章贡区', 'error', 'level.target'),
      f('于都县', 'error', 'task.cumulative'),
      f('于都县', 'error', 'input.invalid'),
      f('于都县', 'warning', 'document.changed'),
      f('于都县', 'info', 'task.notYetDue'),
      f(null, 'error', 'sheet.missingColumn'),
      f('章贡区', 'warning', 'input.notFilled'),
      f('章贡区', 'warning', 'input.notFilled'),
      f('章贡区', 'warning', 'sheet.duplicateRow'),
      f('瑞金市', 'info', 'ratio.county'),
    ];
    expect(summarize(findings)).toEqual([
      { county: '于都县', errors: 2, warnings: 1, notFilled: 1 },
      { county: '章贡区', errors: 1, warnings: 1, notFilled: 2 },
      { county: '瑞金市', errors: 0, warnings: 0, notFilled: 0 },
    ]);
  });

  it('a city sheet’s findings name no county and count for none', () => {
    expect(summarize([f(null, 'error', 'indicator.target')])).toEqual([]);
  });
});
