/**
 * The checker's words, whole, as a county officer reads them: each message with its figures in
 * place, both languages, and each branch a message has (one year or several, a floor or a ceiling,
 * a county or a city sheet). The expected texts are typed here, so that a word dropped or a branch
 * swapped in src/check/messages.ts shows as a changed sentence, not as a test that still agrees.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_MSG, cut, ECHO_LIMIT, fmt, fmtApart } from '../../src/check/messages';

const arg = { zh: '床位数', en: 'Beds' };

describe('cut: text from the file repeated at most 200 characters', () => {
  it('leaves 200 characters whole and cuts 201, saying how long it was', () => {
    expect(ECHO_LIMIT).toBe(200);
    expect(cut('a'.repeat(200))).toBe('a'.repeat(200));
    expect(cut('a'.repeat(1201))).toBe(`${'a'.repeat(200)}…（截断，共 1,201 字符 / cut, 1,201 characters）`);
  });

  it('does not cut through a surrogate pair: a pair straddling the limit goes whole', () => {
    // 199 letters, then 𠀀 (U+20000, two UTF-16 units at 199 and 200), then more.
    const text = `${'a'.repeat(199)}\u{20000}bbb`;
    expect(cut(text)).toBe(`${'a'.repeat(199)}…（截断，共 204 字符 / cut, 204 characters）`);
    // A pair that ends at the limit is kept.
    const kept = `${'a'.repeat(198)}\u{20000}bbb`;
    expect(cut(kept)).toBe(`${'a'.repeat(198)}\u{20000}…（截断，共 203 字符 / cut, 203 characters）`);
  });

  it('knows a pair by its first unit over the whole range U+D800–U+DBFF, both ends included', () => {
    // 𐀀 (U+10000) starts with U+D800, 􏰀 (U+10FC00) with U+DBFF: each straddles the limit and goes whole.
    for (const ch of ['\u{10000}', '\u{10FC00}']) expect(cut(`${'a'.repeat(199)}${ch}bbb`)).toBe(`${'a'.repeat(199)}…（截断，共 204 字符 / cut, 204 characters）`);
  });

  it('treats a low surrogate at the limit as no reason to shorten', () => {
    // U+DC00 alone (a low surrogate) at index 199 is no pair's start: 200 units are kept.
    const text = `${'a'.repeat(199)}\udc00zz`;
    expect(cut(text).startsWith(`${'a'.repeat(199)}\udc00…`)).toBe(true);
  });
});

describe('fmt: a figure as the sheet shows it', () => {
  it.each([
    [null, 'count', '（空）'],
    ['三百', 'count', '三百'],
    [0.355, 'share', '35.5%'],
    [0.12345, 'share', '12.35%'],
    [48.004, 'decimal', '48'],
    [1234.567, 'yuan', '1234.57'],
    [2.123456, 'count', '2.1235'],
    [2.123456, undefined, '2.1235'],
  ] as const)('%j as %s is %s', (v, format, shown) => {
    expect(fmt(v, format)).toBe(shown);
  });

  it('cuts long text', () => {
    expect(fmt('x'.repeat(300), 'text')).toBe(`${'x'.repeat(200)}…（截断，共 300 字符 / cut, 300 characters）`);
  });
});

describe('fmtApart: two figures shown with enough digits to differ', () => {
  it.each([
    [48.004, 48, 'decimal', ['48.004', '48']],
    [48.0004, 48, 'decimal', ['48.0004', '48']],
    [0.600001, 0.6, 'share', ['60.0001%', '60%']],
    [3, 3, 'decimal', ['3', '3']],
    // The same figure needs no more digits than it shows: 48.0049 is 48 against 48.0049.
    [48.0049, 48.0049, 'decimal', ['48', '48']],
    [5, 4, 'decimal', ['5', '4']],
    ['五', 5, 'decimal', ['五', '5']],
    [5, null, 'decimal', ['5', '（空）']],
  ] as const)('%j and %j as %s', (a, b, format, shown) => {
    expect(fmtApart(a, b, format)).toEqual(shown);
  });

  it('stops at 12 digits: figures apart by less stay as they show', () => {
    expect(fmtApart(1 + 1e-14, 1, 'decimal')).toEqual(['1', '1']);
    expect(fmtApart(1 + 1e-12, 1, 'decimal')).toEqual(['1.000000000001', '1']);
  });
});

describe('what is due and not filled in', () => {
  it('names county and year, or only what there is', () => {
    expect(CHECK_MSG.notFilled('章贡区', 2025, '新增床位', '2025-12-31')).toEqual({
      zh: '章贡区 2025 年“新增床位”已到期（截至 2025-12-31）但未填报；请填写，空白不算完成。',
      en: '章贡区 2025 “新增床位” is due (as of 2025-12-31) but not filled in; a blank does not count as met.',
    });
    expect(CHECK_MSG.notFilled(null, 2025, '新增床位', '2025-12-31').zh).toBe('2025 年“新增床位”已到期（截至 2025-12-31）但未填报；请填写，空白不算完成。');
    expect(CHECK_MSG.notFilled('章贡区', null, '新增床位', '2025-12-31')).toEqual({
      zh: '章贡区“新增床位”已到期（截至 2025-12-31）但未填报；请填写，空白不算完成。',
      en: '章贡区 “新增床位” is due (as of 2025-12-31) but not filled in; a blank does not count as met.',
    });
    expect(CHECK_MSG.notFilled(null, null, '新增床位', '2025-12-31').en).toBe(' “新增床位” is due (as of 2025-12-31) but not filled in; a blank does not count as met.');
  });

  it('says which measures need a blank figure', () => {
    expect(CHECK_MSG.neededBlank('信州区', 2024, '常住人口', ['千人床位数', '覆盖率'], '2024-12-31')).toEqual({
      zh: '信州区 2024 年“常住人口”已到期（截至 2024-12-31）但未填报；“千人床位数”“覆盖率”要用它计算，空白时无法计算和核对，请填写。',
      en: '信州区 2024 “常住人口” is due (as of 2024-12-31) but not filled in; “千人床位数”, “覆盖率” is worked out from it and cannot be computed or checked while it is blank.',
    });
  });
});

describe('running totals', () => {
  it('one year: that year’s task', () => {
    expect(CHECK_MSG.cumulativeShort('南康区', 2024, 2024, '新增托位', '80', '100', '20', [])).toEqual({
      zh: '南康区 2024 年完成“新增托位” 80，少于当年任务 100（各年任务非累计，逐年相加），尚差 20。',
      en: "南康区 has done 80 of “新增托位” in 2024, short of that year's task of 100, 20 behind.",
    });
  });

  it('several years: the sum of their tasks, and the years left blank', () => {
    expect(CHECK_MSG.cumulativeShort('南康区', 2023, 2025, '新增托位', '180', '300', '120', [2023, 2024])).toEqual({
      zh: '南康区 2023–2025 年累计完成“新增托位” 180，少于这几年任务之和 300（各年任务非累计，逐年相加），尚差 120。其中 2023、2024 年未填报，按 0 计。',
      en: "南康区 has done 180 of “新增托位” in 2023-2025, short of the 300 those years' tasks add up to (each year's task is its own), 120 behind. 2023, 2024 not filled in, counted as 0.",
    });
    expect(CHECK_MSG.cumulativeShort(null, 2023, 2025, '新增托位', '180', '300', '120', [])).toEqual({
      zh: ' 2023–2025 年累计完成“新增托位” 180，少于这几年任务之和 300（各年任务非累计，逐年相加），尚差 120。',
      en: " has done 180 of “新增托位” in 2023-2025, short of the 300 those years' tasks add up to (each year's task is its own), 120 behind.",
    });
    expect(CHECK_MSG.cumulativeShort(null, 2024, 2024, '新增托位', '80', '100', '20', []).zh).toBe(' 2024 年完成“新增托位” 80，少于当年任务 100（各年任务非累计，逐年相加），尚差 20。');
  });

  it('cannot be judged past an unreadable year', () => {
    expect(CHECK_MSG.cumulativeNotJudged('南康区', 2025, '新增托位', 2024)).toEqual({
      zh: '南康区 2025 年“新增托位”的累计完成情况无法判断：2024 年的填报值无法读取（见该单元格），请先改正。',
      en: '南康区 2025 “新增托位”: the running total cannot be judged, since the 2024 figure cannot be read (see that cell); please correct it first.',
    });
  });

  it('a year below its task that an earlier surplus covers', () => {
    expect(CHECK_MSG.yearBelowTask('南康区', 2025, '新增托位', '50', '100', '260', '250')).toEqual({
      zh: '南康区 2025 年“新增托位”完成 50，低于当年任务 100；但累计完成 260 已达累计任务 250（此前超额部分结转）。',
      en: '南康区 did 50 of “新增托位” in 2025, below that year\'s task of 100; the running total 260 still meets the 250 owed (an earlier surplus carries forward).',
    });
    expect(CHECK_MSG.yearBelowTask(null, 2025, '新增托位', '50', '100', '260', '250').zh.startsWith(' 2025 年')).toBe(true);
  });

  it('not yet due', () => {
    expect(CHECK_MSG.cumulativeNotDue('南康区', 2026, '新增托位', '40', '100', '60', '2026-06-30')).toEqual({
      zh: '南康区 2026 年“新增托位”任务尚未到期（截至 2026-06-30）：目前累计完成 40，累计任务 100，还差 60。',
      en: '南康区 2026 “新增托位” is not yet due (as of 2026-06-30): 40 done so far against 100 owed, 60 to go.',
    });
    expect(CHECK_MSG.cumulativeNotDue(null, 2026, '新增托位', '40', '100', '60', '2026-06-30').en.startsWith(' 2026 “')).toBe(true);
  });
});

describe('levels and ratios', () => {
  it('a level short at the end of its year, and one not yet due', () => {
    expect(CHECK_MSG.levelShort('月湖区', 2025, '托位数', '300', '400', '100')).toEqual({
      zh: '月湖区 2025 年末“托位数”为 300，未达到 2025 年应增至的 400，差 100。',
      en: '月湖区 had 300 “托位数” at the end of 2025, short of the 400 to reach by then, 100 behind.',
    });
    expect(CHECK_MSG.levelNotDue('月湖区', 2026, '托位数', '300', '450', '150', '2026-03-01')).toEqual({
      zh: '月湖区 2026 年“托位数”目标 450 尚未到期（截至 2026-03-01）：目前 300，还差 150。',
      en: '月湖区 2026 “托位数” target of 450 is not yet due (as of 2026-03-01): 300 so far, 150 to go.',
    });
    expect(CHECK_MSG.levelShort(null, 2025, '托位数', '300', '400', '100').en.startsWith(' had 300')).toBe(true);
    expect(CHECK_MSG.levelNotDue(null, 2026, '托位数', '300', '450', '150', '2026-03-01').zh.startsWith(' 2026 年')).toBe(true);
  });

  it('a floor not reached, for a county only for information', () => {
    expect(CHECK_MSG.ratioShort('余江区', 2025, '护理型床位占比', '50%', '≥', '60%', '10%', true)).toEqual({
      zh: '余江区 2025 年“护理型床位占比”为 50%，未达到全市目标 ≥60%，差 10%。该目标是全市指标，县级仅供参考（分解表所列县级数本身在部分县低于该比例）。',
      en: '余江区 2025 “护理型床位占比” is 50%, short of the city target ≥60% by 10%. The target is the city’s; for a county it is for information (the table’s own county figures fall below it in places).',
    });
    expect(CHECK_MSG.ratioShort(null, 2025, '护理型床位占比', '50%', '>', '60%', '10%', false)).toEqual({
      zh: ' 2025 年“护理型床位占比”为 50%，未达到全市目标 >60%，差 10%。',
      en: ' 2025 “护理型床位占比” is 50%, short of the city target >60% by 10%.',
    });
  });

  it.each(['≤', '<'])('a ceiling (%s) passed is an excess', (sign) => {
    expect(CHECK_MSG.ratioShort('余江区', 2025, '空置率', '30%', sign, '20%', '10%', false)).toEqual({
      zh: `余江区 2025 年“空置率”为 30%，超过全市目标 ${sign}20%，超出 10%。`,
      en: `余江区 2025 “空置率” is 30%, above the city target ${sign}20% by 10%.`,
    });
  });

  it('a ratio not yet due', () => {
    expect(CHECK_MSG.ratioNotDue('余江区', 2026, '护理型床位占比', '50%', '≥', '60%', '2026-01-01')).toEqual({
      zh: '余江区 2026 年“护理型床位占比”目标 ≥60% 尚未到期（截至 2026-01-01），目前为 50%。',
      en: '余江区 2026 “护理型床位占比” target ≥60% is not yet due (as of 2026-01-01); 50% so far.',
    });
    expect(CHECK_MSG.ratioNotDue(null, 2026, '护理型床位占比', '50%', '≥', '60%', '2026-01-01').zh.startsWith(' 2026 年')).toBe(true);
  });
});

describe('the plan’s indicators', () => {
  it('a floor not met, with and without a gap', () => {
    expect(CHECK_MSG.indicatorShort('每千人口托位数', 2025, '3.5', '≥', '4.5', '1', '约束性')).toEqual({
      zh: '“每千人口托位数” 2025 年目标 ≥4.5（约束性），实际 3.5，未达到，差 1。',
      en: '“每千人口托位数” 2025 target ≥4.5 (约束性): actual 3.5, not met, 1 short.',
    });
    expect(CHECK_MSG.indicatorShort('每千人口托位数', 2025, '否', '=', '是', '', '预期性')).toEqual({
      zh: '“每千人口托位数” 2025 年目标 =是（预期性），实际 否，未达到。',
      en: '“每千人口托位数” 2025 target =是 (预期性): actual 否, not met.',
    });
  });

  it.each(['≤', '<'])('a ceiling (%s) passed, with and without a gap', (sign) => {
    expect(CHECK_MSG.indicatorShort('空置率', 2025, '30%', sign, '20%', '10%', '预期性')).toEqual({
      zh: `“空置率” 2025 年目标 ${sign}20%（预期性），实际 30%，超过，超出 10%。`,
      en: `“空置率” 2025 target ${sign}20% (预期性): actual 30%, over by 10%.`,
    });
    expect(CHECK_MSG.indicatorShort('空置率', 2025, '30%', sign, '20%', '', '预期性')).toEqual({
      zh: `“空置率” 2025 年目标 ${sign}20%（预期性），实际 30%，超过。`,
      en: `“空置率” 2025 target ${sign}20% (预期性): actual 30%, over.`,
    });
  });

  it('not yet due', () => {
    expect(CHECK_MSG.indicatorNotDue('每千人口托位数', 2026, '3.5', '≥', '4.5', '2026-05-01')).toEqual({
      zh: '“每千人口托位数” 2026 年目标 ≥4.5 尚未到期（截至 2026-05-01），目前 3.5。',
      en: '“每千人口托位数” 2026 target ≥4.5 is not yet due (as of 2026-05-01); 3.5 so far.',
    });
  });
});

describe('figures that disagree with each other or with the documents', () => {
  it('a total row against its counties, with and without a year', () => {
    expect(CHECK_MSG.totalMismatch('合计', 2025, '新增床位', '1000', '990')).toEqual({
      zh: '合计 2025 年“新增床位”填报 1000，与各县（市、区）之和 990 不一致。',
      en: '合计 2025 “新增床位” is 1000 but the county rows add up to 990.',
    });
    expect(CHECK_MSG.totalMismatch('全市', null, '床位总数', '1000', '990')).toEqual({
      zh: '全市“床位总数”填报 1000，与各县（市、区）之和 990 不一致。',
      en: '全市 “床位总数” is 1000 but the county rows add up to 990.',
    });
  });

  it('a part larger than its whole', () => {
    expect(CHECK_MSG.partExceedsWhole('青原区', 2025, '护理型床位', '120', '床位总数', '100')).toEqual({
      zh: '青原区 2025 年“护理型床位” 120 超过“床位总数” 100；前者是后者的一部分，不能更多。',
      en: '青原区 2025 “护理型床位” 120 exceeds “床位总数” 100, of which it is a part.',
    });
  });

  it('a computed cell that does not show what its figures make', () => {
    expect(CHECK_MSG.computedMismatch('千人床位数', '4.5', '4')).toEqual({
      zh: '“千人床位数”按本表填报数应为 4.5，单元格为 4；公式可能被改写或未重新计算。',
      en: '“千人床位数” should be 4.5 from the figures entered, but the cell shows 4; the formula may have been overwritten or not recalculated.',
    });
  });

  it('a document’s figure changed on the sheet', () => {
    expect(CHECK_MSG.documentChanged('补助标准', '2000', '2500', '赣市府办字〔2024〕1号')).toEqual({
      zh: '“补助标准”是文件规定的数字 2000（赣市府办字〔2024〕1号），工作表中被改成了 2500；检查按文件数字进行，请恢复原数。',
      en: "“补助标准” is the document's figure 2000 (赣市府办字〔2024〕1号) but the sheet shows 2500; the check uses the document's figure. Restore it.",
    });
  });
});

describe('a cell careplan cannot read as a number', () => {
  it('a formula saved without its value, cut if long', () => {
    expect(CHECK_MSG.formulaNoValue(arg, 'SUM(B2:B9)')).toEqual({
      zh: '“床位数”的公式 =SUM(B2:B9) 没有保存计算结果，careplan 也无法据引用单元格算出；请在 Excel 或 WPS 中打开并保存，或直接填写数字。',
      en: 'Beds: the formula =SUM(B2:B9) was saved without its value and careplan cannot work it out; open and save the file in Excel or WPS, or enter the figure.',
    });
    expect(CHECK_MSG.formulaNoValue(arg, `A1${'+1'.repeat(200)}`).zh).toContain('…（截断，共 402 字符 / cut, 402 characters） 没有保存');
  });

  it.each([
    ['length', '公式超过 Excel 的上限 8192 个字符', "it is longer than Excel's limit of 8192 characters"],
    ['nesting', '括号或函数嵌套超过 Excel 的上限 64 层', "it nests brackets or functions deeper than Excel's limit of 64 levels"],
    ['chain', '公式引用公式超过 16 层（可能是循环引用）', 'it reads formulas that read formulas more than 16 deep (perhaps a circular reference)'],
    ['work', '本表需计算的公式合计要读取超过 1,000,000 个单元格', "the sheet's formulas together would read more than 1,000,000 cells"],
  ] as const)('a formula past the %s limit', (limit, zh, en) => {
    expect(CHECK_MSG.formulaBeyondLimit(arg, limit)).toEqual({
      zh: `“床位数”的公式没有保存计算结果，且${zh}，careplan 不予计算；请在 Excel 或 WPS 中打开并保存，或直接填写数字。`,
      en: `Beds: the formula was saved without its value and ${en}, so careplan does not work it out; open and save the file in Excel or WPS, or enter the figure.`,
    });
  });

  it('an error value', () => {
    expect(CHECK_MSG.errorValue(arg, '#DIV/0!')).toEqual({
      zh: '“床位数”是错误值 #DIV/0!；请改正公式或填写数字。',
      en: 'Beds holds the error #DIV/0!; correct the formula or enter the figure.',
    });
  });

  it('a number stored as text, checked as its number', () => {
    expect(CHECK_MSG.textNumber(arg, '1,200', '1200')).toEqual({
      zh: '“床位数”的 “1,200” 是以文本形式存储的数字，已按 1200 检查；请改为数字，以便公式和合计计算它。',
      en: 'Beds: “1,200” is a number stored as text, checked as 1200; please enter it as a number so that formulas and totals count it.',
    });
  });

  it.each([
    ['count', '不小于 0 的整数', 'a whole number, 0 or more'],
    ['share', '0 到 1 之间的小数或百分比（如 0.6 或 60%）', 'a fraction from 0 to 1 or a percentage (0.6 or 60%)'],
    ['quantity', '不小于 0 的数', 'a number, 0 or more'],
    ['date', '日期（如 2024-03-01）', 'a date (e.g. 2024-03-01)'],
    ['city', '赣州、鹰潭、吉安、抚州', 'one of the four cities'],
    ['text', '文字', 'text'],
  ] as const)('text where a number belongs says what %s accepts', (accepts, zh, en) => {
    expect(CHECK_MSG.textInNumberCell(arg, '约三百', accepts)).toEqual({
      zh: `“床位数”应为数字，收到文字 “约三百”；可接受：${zh}。`,
      en: `Beds must be a number; got the text “约三百”. Accepted: ${en}.`,
    });
  });

  it('text that starts like a number is said to be a number stored as text', () => {
    expect(CHECK_MSG.textInNumberCell(arg, ' -12张', 'count').zh).toBe('“床位数”应为数字，收到文字 “ -12张”（以文本形式存储的数字）；可接受：不小于 0 的整数。');
    expect(CHECK_MSG.textInNumberCell(arg, '+3 个', 'count').zh).toContain('（以文本形式存储的数字）');
    expect(CHECK_MSG.textInNumberCell(arg, '张12', 'count').zh).not.toContain('以文本形式存储');
  });

  it('a date, any other value, a city and a date that is none', () => {
    expect(CHECK_MSG.dateInNumberCell(arg, '2024-03-01', 'count')).toEqual({
      zh: '“床位数”应为数字，收到日期 2024-03-01（单元格为日期格式）；可接受：不小于 0 的整数。',
      en: 'Beds must be a number; got the date 2024-03-01 (the cell has a date format). Accepted: a whole number, 0 or more.',
    });
    expect(CHECK_MSG.notANumber(arg, true, 'quantity')).toEqual({
      zh: '“床位数”应为数字，收到 true；可接受：不小于 0 的数。',
      en: 'Beds must be a number; got true. Accepted: a number, 0 or more.',
    });
    expect(CHECK_MSG.notCity({ zh: '城市', en: 'City' }, '南昌', ['赣州', '鹰潭'])).toEqual({
      zh: '“城市”不认识 “南昌”；可接受：赣州、鹰潭。',
      en: 'City: “南昌” is not one of the cities. Accepted: 赣州, 鹰潭.',
    });
    expect(CHECK_MSG.notDate({ zh: '日期', en: 'Date' }, '2024-13-01')).toEqual({
      zh: '“日期”不是有效日期：“2024-13-01”；可接受：日期（如 2024-03-01）。',
      en: 'Date is not a valid date: “2024-13-01”. Accepted: a date (e.g. 2024-03-01).',
    });
  });
});

describe('a sheet laid out otherwise than its template', () => {
  it('missing columns, rows and tables, and a duplicated row', () => {
    expect(CHECK_MSG.missingColumn('托育', '2025年')).toEqual({
      zh: '工作表“托育”中找不到列“2025年”，依赖该列的检查未做；请恢复该列标题。',
      en: "Sheet “托育” has no column “2025年”; the checks that need it were not done. Restore the column's header.",
    });
    expect(CHECK_MSG.missingRow('托育', '章贡区')).toEqual({
      zh: '工作表“托育”中找不到“章贡区”所在的行，该行未检查；请恢复其名称。',
      en: 'Sheet “托育” has no row for “章贡区”; it was not checked. Restore its name.',
    });
    expect(CHECK_MSG.missingTable('托育', '分年度任务')).toEqual({
      zh: '工作表“托育”中找不到“分年度任务”的表头，该表未检查。',
      en: 'Sheet “托育” has no header row for “分年度任务”; that table was not checked.',
    });
    expect(CHECK_MSG.duplicateRow('章贡区', 12)).toEqual({
      zh: '“章贡区”在第 12 行再次出现；只检查第一处，请删去重复的行。',
      en: '“章贡区” appears again in row 12; only the first is checked. Remove the duplicate.',
    });
  });

  it('sheets that are not checked, and why', () => {
    expect(CHECK_MSG.notRecognised('Sheet1')).toEqual({
      zh: '工作表“Sheet1”不是 careplan 模板（没有模板编号，表头也对不上任何模板），未检查。',
      en: 'Sheet “Sheet1” is not a careplan template (no template marker, and its headers match none), so it was not checked.',
    });
    expect(CHECK_MSG.companionSheet('参数', '测算')).toEqual({
      zh: '工作表“参数”是测算表“测算”的参数表（文件规定的数值及其依据），不单独检查；测算表核对其公式。',
      en: "Sheet “参数” holds the figures of the budget “测算” (the documents' figures and clauses) and is not checked on its own; the budget's check covers its formulas.",
    });
    expect(CHECK_MSG.unknownMarker('托育', 'careplan:v9:x')).toEqual({
      zh: '工作表“托育”的模板编号 careplan:v9:x 不认识（可能来自更新版本的 careplan），未检查。',
      en: 'Sheet “托育” carries the template marker careplan:v9:x, which this careplan does not know (perhaps a newer version); not checked.',
    });
  });

  it('a sheet name is cut in every message that repeats it', () => {
    const long = '表'.repeat(250);
    for (const m of [CHECK_MSG.missingColumn(long, 'h'), CHECK_MSG.missingRow(long, 'r'), CHECK_MSG.missingTable(long, 't'), CHECK_MSG.notRecognised(long), CHECK_MSG.companionSheet(long, long), CHECK_MSG.unknownMarker(long, 'm')]) {
      expect(m.zh).toContain('…（截断，共 250 字符');
      expect(m.en).toContain('…（截断，共 250 字符');
      expect(m.zh).not.toContain('表'.repeat(201));
    }
  });
});
