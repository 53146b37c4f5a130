/**
 * A finding chosen in the pane is shown in the workbook: its sheet activated and its cell selected
 * (Worksheet.activate, Range.select; ExcelApi 1.1), whatever sheet the user is on.
 */
import { describe, expect, it } from 'vitest';
import { setup } from './mock/fixtures';

describe('showing a finding’s cell', () => {
  it('activates the finding’s sheet and selects its cell', async () => {
    const s = setup();
    const table = s.book.addSheet('养老床位分解表');
    s.book.active = s.sheet1;
    await s.ops.selectCell('养老床位分解表', 'C7');
    expect(s.book.active).toBe(table);
    expect(s.book.selected).toEqual({ sheet: table, cell: 'C7' });
  });

  it('a sheet renamed or deleted since the check is Excel’s ItemNotFound for the pane to show, and nothing moves', async () => {
    const s = setup();
    s.book.active = s.sheet1;
    await expect(s.ops.selectCell('已删除的表', 'C7')).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(s.book.active).toBe(s.sheet1);
  });
});
