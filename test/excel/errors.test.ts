/**
 * What the pane says when Excel refused, in each language: the sheet and cells named, and what to do
 * next worded for the action that was refused (marking or repairing #NAME?), never the other's.
 */
import { describe, expect, it } from 'vitest';
import { badRecord, excelTooOld, messagesNotAttached, noSheet, olderExcel, protectedByOther } from '../../src/excel/errors';

describe('the Excel side’s refusals', () => {
  it('a sheet someone else protected: marking says nothing was marked and to check again; repairing says #NAME? was not repaired', () => {
    const mark = protectedByOther('于都县', 'mark');
    const repair = protectedByOther('于都县', 'repair');
    for (const e of [mark, repair]) {
      expect(e.code).toBe('SHEET_PROTECTED');
      expect(e.zh).toContain('工作表“于都县”受保护');
      expect(e.en).toContain('Sheet “于都县” is protected');
    }
    expect(mark.zh).toContain('因此检查结果只列在本窗格中，表上未作标记；请在“审阅→撤销工作表保护”后再检查或清除标记。');
    expect(mark.en).toContain('so the findings are listed in this pane only and nothing was marked on the sheet; unprotect it (Review → Unprotect Sheet), then check or clear marks again.');
    expect(repair.zh).toContain('因此未修复 #NAME?；请在“审阅→撤销工作表保护”后再修复 #NAME?。');
    expect(repair.en).toContain('so #NAME? was not repaired; unprotect it (Review → Unprotect Sheet), then repair #NAME? again.');
    expect(repair.zh).not.toContain('标记');
    expect(repair.en).not.toContain('mark');
  });

  it('cells marked by their fill alone are listed, with the list separators of each language', () => {
    const e = messagesNotAttached('床位表', ['C9', 'D12']);
    expect(e.code).toBe('NOT_ATTACHED');
    expect(e.zh).toContain('工作表“床位表”的 C9、D12 已有注释（Excel 2019/2021 和 WPS 中称“批注”），Excel 不允许在同一单元格再添加对话式批注');
    expect(e.en).toContain('On sheet “床位表”, C9, D12 already hold a note');
  });

  it('a sheet gone, and a record line edited, are named in both languages', () => {
    expect(noSheet('床位表')).toMatchObject({ code: 'NO_SHEET', zh: '找不到工作表“床位表”；它可能已被删除或改名。', en: 'There is no sheet “床位表”; it may have been deleted or renamed.' });
    const e = badRecord(7);
    expect(e.code).toBe('BAD_RECORD');
    expect(e.zh).toContain('第 7 行已被改动');
    expect(e.en).toContain('Line 7 of the hidden sheet careplan_marks was edited');
  });

  it('marks an older Excel cannot reach say which carrier and which API version they need', () => {
    const notes = olderExcel('床位表', 'notes');
    const comments = olderExcel('床位表', 'comments');
    expect(notes.zh).toContain('上的标记带有注释（Excel 2019/2021 和 WPS 中称“批注”），当前 Excel 版本的加载项无法读取注释（需 ExcelApi 1.18）');
    expect(comments.zh).toContain('上的标记带有对话式批注，当前 Excel 版本的加载项无法读取批注（需 ExcelApi 1.10）');
    expect(notes.en).toContain('carry notes, which this Excel cannot reach (ExcelApi 1.18)');
    expect(comments.en).toContain('carry comments, which this Excel cannot reach (ExcelApi 1.10)');
  });

  it('an Excel without ExcelApi 1.9 is told so in both languages', () => {
    const e = excelTooOld();
    expect(e.code).toBe('OLDER_EXCEL');
    expect(e.zh).toBe('此版本 Excel 不支持 ExcelApi 1.9，careplan 无法在其中插入、检查或标记；替代办法见本窗格顶部的说明。');
    expect(e.en).toBe('This Excel lacks ExcelApi 1.9, so careplan cannot insert, check or mark in it; what to do instead is said at the top of this pane.');
  });
});
