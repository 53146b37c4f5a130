/**
 * Why an Excel operation refused, in both languages the add-in speaks, Chinese first. The task pane
 * shows `zh` or `en` beside the control that asked; every wording of the Excel side lives here.
 */
import type { Bilingual } from '../rules/data/schema';

export type ExcelOpErrorCode = 'SHEET_PROTECTED' | 'NOT_ATTACHED' | 'NO_SHEET' | 'BAD_SETTINGS' | 'BAD_RECORD' | 'OLDER_EXCEL';

export class ExcelOpError extends Error {
  override readonly name = 'ExcelOpError';
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly code: ExcelOpErrorCode,
    message: Bilingual,
  ) {
    super(`${message.zh} / ${message.en}`);
    this.zh = message.zh;
    this.en = message.en;
  }
}

/**
 * The words for the two things a mark can carry, as Microsoft 365's Chinese interface names them:
 * 注释 a note, 批注 a threaded comment. Excel 2019/2021 and WPS call the note 批注; a message an
 * Excel without the notes API shows says both.
 */
const NOTE_WORD = '注释（Excel 2019/2021 和 WPS 中称“批注”）';
const COMMENT_WORD = '对话式批注';

export const isExcelOpError = (e: unknown): e is ExcelOpError => e instanceof ExcelOpError;

/**
 * A sheet protected by someone other than careplan (not in careplan's record of the sheets it
 * inserted, or given a password since): careplan never lifts such a protection, so it checks the
 * sheet and shows the findings in the pane but writes nothing to it.
 */
export const protectedByOther = (sheet: string, action: 'mark' | 'repair'): ExcelOpError =>
  new ExcelOpError('SHEET_PROTECTED', {
    zh: `工作表“${sheet}”受保护，且保护不是 careplan 设置的（不是 careplan 插入的工作表，或已加密码），careplan 不会撤销他人设置的保护，因此${action === 'mark' ? '检查结果只列在本窗格中，表上未作标记' : '未修复 #NAME?'}；请在“审阅→撤销工作表保护”后再${action === 'mark' ? '检查或清除标记' : '修复 #NAME?'}。`,
    en: `Sheet “${sheet}” is protected, and not by careplan (careplan did not insert it, or it was given a password since); careplan does not lift a protection someone else set, so ${action === 'mark' ? 'the findings are listed in this pane only and nothing was marked on the sheet' : '#NAME? was not repaired'}; unprotect it (Review → Unprotect Sheet), then ${action === 'mark' ? 'check or clear marks' : 'repair #NAME?'} again.`,
  });

/**
 * Cells whose mark could not carry its words: in an Excel without the notes API (ExcelApi 1.18:
 * Excel 2021 and 2024) careplan cannot see a user's note, and Excel refused a threaded comment on
 * a cell that holds one. Those cells are marked by their fill alone; their findings are in the pane.
 */
export const messagesNotAttached = (sheet: string, cells: readonly string[]): ExcelOpError =>
  new ExcelOpError('NOT_ATTACHED', {
    zh: `工作表“${sheet}”的 ${cells.join('、')} 已有${NOTE_WORD}，Excel 不允许在同一单元格再添加${COMMENT_WORD}，因此这些单元格只以底色标记，说明见本窗格的检查结果。此版本 Excel 的加载项无法读取注释（需 ExcelApi 1.18），无法事先得知。`,
    en: `On sheet “${sheet}”, ${cells.join(', ')} already hold a note, and Excel refused a threaded comment there, so those cells are marked by their fill only; their findings are in this pane. This Excel cannot read notes (it lacks ExcelApi 1.18), so this could not be known beforehand.`,
  });

export const noSheet = (sheet: string): ExcelOpError =>
  new ExcelOpError('NO_SHEET', {
    zh: `找不到工作表“${sheet}”；它可能已被删除或改名。`,
    en: `There is no sheet “${sheet}”; it may have been deleted or renamed.`,
  });

/** What is wrong with saved settings, each in the words of the user who reads the refusal. */
const SETTINGS_FAULT = {
  text: { zh: '不是可读的设置文本', en: 'the text is not readable settings' },
  shape: { zh: '不是一组设置', en: 'it is not a set of settings' },
  city: { zh: '城市为空', en: 'the city is missing' },
  asOf: { zh: '日期不是“年-月-日”（如 2024-03-01）', en: 'the date is not year-month-day (2024-03-01)' },
  lang: { zh: '语言不是中文或英文', en: 'the language is neither Chinese nor English' },
} as const satisfies Record<string, Bilingual>;

export const badSettings = (fault: keyof typeof SETTINGS_FAULT): ExcelOpError =>
  new ExcelOpError('BAD_SETTINGS', {
    zh: `工作簿中保存的 careplan 设置无法读取（${SETTINGS_FAULT[fault].zh}）；请在任务窗格中重新选择城市和日期并保存。`,
    en: `The careplan settings saved in this workbook cannot be read (${SETTINGS_FAULT[fault].en}); choose the city and date again in the task pane and save.`,
  });

/** The hidden sheet careplan_marks was edited so that a line no longer reads. */
export const badRecord = (line: number): ExcelOpError =>
  new ExcelOpError('BAD_RECORD', {
    zh: `隐藏工作表 careplan_marks 第 ${line} 行已被改动，无法据此恢复标记前的格式；请勿编辑该表。`,
    en: `Line ${line} of the hidden sheet careplan_marks was edited, so the formats before marking cannot be restored from it; do not edit that sheet.`,
  });

/** Marks whose words sit in notes or comments this Excel cannot reach (an older Excel than the one that marked). */
export const olderExcel = (sheet: string, needs: 'notes' | 'comments'): ExcelOpError =>
  new ExcelOpError('OLDER_EXCEL', {
    zh: `工作表“${sheet}”上的标记带有${needs === 'notes' ? NOTE_WORD : COMMENT_WORD}，当前 Excel 版本的加载项无法${needs === 'notes' ? '读取注释（需 ExcelApi 1.18）' : '读取批注（需 ExcelApi 1.10）'}，因此不能原样恢复；请在较新的 Excel（Microsoft 365 或网页版）中清除标记或重新检查。`,
    en: `The marks on sheet “${sheet}” carry ${needs}, which this Excel cannot reach (${needs === 'notes' ? 'ExcelApi 1.18' : 'ExcelApi 1.10'}), so they cannot be restored exactly; clear the marks or check again in a newer Excel (Microsoft 365 or Excel on the web).`,
  });

/**
 * An Excel below ExcelApi 1.9 (Excel 2019 volume-licensed stops at 1.7; requirements.ts): careplan
 * cannot insert, check or mark in it. What to do instead is said once, in the pane's notice of
 * missing capabilities (capMissing.core in src/i18n).
 */
export const excelTooOld = (): ExcelOpError =>
  new ExcelOpError('OLDER_EXCEL', {
    zh: '此版本 Excel 不支持 ExcelApi 1.9，careplan 无法在其中插入、检查或标记；替代办法见本窗格顶部的说明。',
    en: 'This Excel lacks ExcelApi 1.9, so careplan cannot insert, check or mark in it; what to do instead is said at the top of this pane.',
  });
