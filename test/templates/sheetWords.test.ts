/**
 * The words that tie sheets together and that the checker reads back: the names a template goes in
 * under (Excel refuses : \ / ? * [ ] in a name, an apostrophe at either end, more than 31
 * characters, and compares names without case: Microsoft support, "Rename a worksheet"), the first
 * line of a 参数 sheet that names its budget, a budget's guide and basis naming its 参数 sheet, and
 * the signature block's words under a returned form (STYLE.md, "Official returns").
 */
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { companionLine, companionOf } from '../../src/templates/portableWords';
import { freeNames, freeSheetName, sheetNameExcelTakes } from '../../src/templates/sheetName';
import { isSignatureText } from '../../src/templates/signature';

describe('sheet names', () => {
  it('turns the characters Excel refuses into the full-width ones and cuts at 31 characters', () => {
    expect(sheetNameExcelTakes('2024/25: 床位[草稿]?*')).toBe('2024／25： 床位【草稿】？＊');
    expect([...sheetNameExcelTakes('床'.repeat(40))]).toHaveLength(31);
    expect(sheetNameExcelTakes("'参数'")).toBe('参数');
  });

  it('takes off every apostrophe at either end and keeps one inside, which Excel accepts (李\'s表)', () => {
    expect(sheetNameExcelTakes("''李's表''")).toBe("李's表");
  });

  it('names a sheet of apostrophes only careplan, Excel refusing an empty name', () => {
    expect(sheetNameExcelTakes("'''")).toBe('careplan');
  });

  it('numbers a taken name, comparing without case as Excel does', () => {
    expect(freeSheetName('Budget', ['budget'])).toBe('Budget (2)');
    expect(freeSheetName('Budget', ['BUDGET', 'budget (2)'])).toBe('Budget (3)');
    expect(freeSheetName('Budget', ['Other'])).toBe('Budget');
  });

  it('keeps a numbered name within 31 characters', () => {
    const long = '床'.repeat(31);
    expect(freeSheetName(long, [long])).toBe(`${'床'.repeat(27)} (2)`);
  });
});

describe('a portable budget and its 参数 sheet under the names they go in as', () => {
  it('the budget’s guide and basis name the 参数 sheet, the 参数 sheet’s guide the budget', () => {
    const t = freeNames(buildTemplate('budget-childcare', { city: '赣州', form: 'portable' }), ['托育', '参数']);
    expect(t.companion!.sheet).toBe('参数 (2)');
    expect(t.guide).toMatch(/^黄色为填报单元格，蓝色按“参数 \(2\)”表中生效日期当日有效的规定计算/u);
    expect(t.guide).toContain('本表按一个城市的文件生成，另一城市请另行生成');
    expect(t.basis).toBe('赣州政策文件，各行见“依据”，数值见“参数 (2)”表');
    expect(t.basisEn).toBe("Ganzhou's documents: each line's clause under 依据, the figures on the 参数 (2) sheet");
    expect(t.companion!.guide).toMatch(new RegExp(`^“${t.sheet}”的公式按其“生效日期”从本表取有效的数值；`, 'u'));
    expect(t.companion!.guide).toContain('数值摘自文件，请勿改动');
  });
});

describe('the first line of a 参数 sheet', () => {
  it('names its budget, read back as written', () => {
    expect(companionLine('托育机构补贴测算表 (2)')).toBe('本表数值供“托育机构补贴测算表 (2)”的公式读取');
    expect(companionOf(companionLine('托育机构补贴测算表 (2)'))).toBe('托育机构补贴测算表 (2)');
  });

  it('is that line only, not a text that holds it', () => {
    expect(companionOf('说明：本表数值供“托育机构补贴测算表”的公式读取')).toBeUndefined();
    expect(companionOf('本表数值供“托育机构补贴测算表”的公式读取。另见附件')).toBeUndefined();
  });
});

describe('the signature block’s words', () => {
  it('are each known, with or without what was written after them', () => {
    for (const w of ['填报单位：', '填报单位（盖章）：某县民政局', '单位负责人：', '审核人：李四', '填报人：张三', '联系电话：0797-1234567', '填报日期：2024年5月1日', '  填报人：']) {
      expect(isSignatureText(w), w).toBe(true);
    }
  });

  it('are not a county’s name or a heading', () => {
    for (const w of ['于都县', '合计', '全市总计', '审核意见', '备注：填报人数']) expect(isSignatureText(w), w).toBe(false);
  });
});
