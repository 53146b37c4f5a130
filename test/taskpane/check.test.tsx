// @vitest-environment jsdom
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeOps } from './fakeOps';
import { AS_OF, bedsReport, notRecognised, result } from './reports';
import { renderReady } from './render';

/** The pane in Excel with settings dated AS_OF, on its 检查 view. */
async function checkView(ops = new FakeOps()) {
  ops.settingsAnswer = { city: 'ganzhou', asOf: AS_OF, lang: 'zh' };
  await renderReady({ ops });
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByRole('heading', { level: 2, name: '检查当前工作表' });
  return ops;
}

const checkButton = () => screen.getByRole('button', { name: '检查当前工作表' });
const group = (name: RegExp) => screen.getByRole('heading', { level: 3, name }).closest('section')!;

describe('检查 on the active sheet', () => {
  it('shows the findings grouped by severity with their counts, each naming county, measure, year, figures, message and clause', async () => {
    const report = bedsReport();
    const errors = report.findings.filter((f) => f.severity === 'error');
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    expect(errors.length).toBeGreaterThan(0);
    const ops = await checkView();
    ops.checkAnswer = result(report);
    fireEvent.click(checkButton());

    expect(await screen.findByRole('heading', { level: 3, name: `错误（${errors.length}）` })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: `警告（${warnings.length}）` })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: /^提示/ })).toBeNull();
    expect(ops.callsOf('checkActiveSheet')).toEqual([[AS_OF]]);

    const errorList = within(group(/^错误/)).getByRole('list');
    expect(within(errorList).getAllByRole('listitem')).toHaveLength(errors.length);
    const xinfeng = errors.find((f) => f.county === '信丰县')!;
    const item = within(errorList).getByRole('button', { name: new RegExp(`^${xinfeng.cell} · 信丰县 · 新增改造床位 · 2021年`) }).closest('li')!;
    expect(item.textContent).toContain(`应为 ${xinfeng.expected}，实际 ${xinfeng.actual}`);
    expect(item.textContent).toContain(xinfeng.message.zh);
    expect(item.textContent).toContain(xinfeng.citation!.document);
    expect(item.textContent).toContain(xinfeng.citation!.section);
    expect(item.querySelector('q')!.textContent).toBe(xinfeng.citation!.quote);

    // The live region says what was found.
    expect(screen.getByRole('status').textContent).toContain(`错误 ${errors.length} 处，警告 ${warnings.length} 处`);
  });

  it('clicking a finding selects its cell on the checked sheet; Enter does too', async () => {
    const report = bedsReport();
    const ops = await checkView();
    ops.checkAnswer = result(report);
    fireEvent.click(checkButton());
    await screen.findByRole('heading', { level: 3, name: /^错误/ });
    const [first, second] = report.findings;
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${first!.cell} · `) }));
    await waitFor(() => expect(ops.callsOf('selectCell')).toEqual([[report.sheet, first!.cell]]));

    const button = screen.getByRole('button', { name: new RegExp(`^${second!.cell} · `) });
    button.focus();
    fireEvent.keyDown(button, { key: 'Enter' });
    await waitFor(() => expect(ops.callsOf('selectCell')).toEqual([[report.sheet, first!.cell], [report.sheet, second!.cell]]));
  });

  it('the arrow keys move between findings', async () => {
    const report = bedsReport();
    const ops = await checkView();
    ops.checkAnswer = result(report);
    fireEvent.click(checkButton());
    await screen.findByRole('heading', { level: 3, name: /^错误/ });
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-finding]')];
    expect(buttons).toHaveLength(report.findings.length);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(buttons.at(-1)!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(buttons.at(-2));
  });

  it('shows a failure to select a cell beside the finding', async () => {
    const report = bedsReport();
    const ops = await checkView();
    ops.checkAnswer = result(report);
    ops.selectAnswer = new Error('找不到工作表“养老床位分解表”。');
    fireEvent.click(checkButton());
    await screen.findByRole('heading', { level: 3, name: /^错误/ });
    const button = screen.getByRole('button', { name: new RegExp(`^${report.findings[0]!.cell} · `) });
    fireEvent.click(button);
    const li = button.closest('li')!;
    expect(await within(li).findByText(/找不到工作表“养老床位分解表”。/)).toBeTruthy();
  });

  it('shows progress on a long sheet', async () => {
    const ops = await checkView();
    let finish!: () => void;
    ops.progress = [{ stage: 'read', done: 0.4 }];
    ops.checkAnswer = () => new Promise((r) => (finish = () => r(result(bedsReport()))));
    fireEvent.click(checkButton());
    const bar = await screen.findByRole('progressbar', { name: '正在读取工作表：40%' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(checkButton()).toHaveProperty('disabled', true);
    await act(async () => finish());
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: /正在读取/ })).toBeNull());
    expect(checkButton()).toHaveProperty('disabled', false);
  });

  it('re-checks arrive through watchChecked and update the list, and the pane says the marks are out of date with 重新标记', async () => {
    const report = bedsReport();
    const ops = await checkView();
    ops.checkAnswer = result(report);
    fireEvent.click(checkButton());
    await screen.findByRole('heading', { level: 3, name: /^错误/ });
    expect(ops.callsOf('watchChecked')).toEqual([[report.sheet, AS_OF]]);
    // The county fixed its figure: the error is gone, one warning left.
    const fixed = { ...report, findings: report.findings.filter((f) => f.severity === 'warning').slice(0, 1) };
    act(() => ops.onRecheck!(fixed));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: /^错误/ })).toBeNull());
    expect(screen.getByRole('heading', { level: 3, name: '警告（1）' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/重新检查/);
    expect(screen.getByText(/单元格上的标记仍是上次检查时的/u)).toBeTruthy();
    // 重新标记 is the user's own check: it marks the sheet.
    ops.checkAnswer = result(fixed);
    fireEvent.click(screen.getByRole('button', { name: '重新标记' }));
    await waitFor(() => expect(ops.callsOf('checkActiveSheet')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(/单元格上的标记仍是上次检查时的/u)).toBeNull());
  });

  it('a re-check that fails (the sheet was deleted) is shown in the pane, not lost', async () => {
    const ops = await checkView();
    ops.checkAnswer = result(bedsReport());
    fireEvent.click(checkButton());
    await screen.findByRole('heading', { level: 3, name: /^错误/ });
    act(() => ops.onRecheckError!(new Error('找不到工作表“养老床位分解表”')));
    expect(await screen.findByText(/找不到工作表“养老床位分解表”/u)).toBeTruthy();
  });

  it('清除标记 calls clearMarks on the checked sheet, stops the watch and says how many were restored', async () => {
    const report = bedsReport();
    const ops = await checkView();
    ops.checkAnswer = result(report);
    ops.clearAnswer = { restored: report.findings.length };
    fireEvent.click(checkButton());
    await screen.findByRole('heading', { level: 3, name: /^错误/ });
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(ops.callsOf('clearMarks')).toEqual([[report.sheet]]));
    expect(await screen.findByText(`已清除 ${report.findings.length} 处标记，恢复原有底色和注释。`)).toBeTruthy();
    expect(ops.stopped).toBe(1);
    expect(screen.queryByRole('heading', { level: 3, name: /^错误/ })).toBeNull();
  });

  it('清除标记 before any check clears the active sheet', async () => {
    const ops = await checkView();
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(ops.callsOf('clearMarks')).toEqual([[undefined]]));
  });

  it('says so when the marks carry no note (an Excel without notes or comments)', async () => {
    const ops = await checkView();
    ops.checkAnswer = result(bedsReport(), 'none');
    fireEvent.click(checkButton());
    expect(await screen.findByText('此版本 Excel 的加载项不能写注释或批注，仅以底色标记')).toBeTruthy();
  });

  it('names the cells marked by their fill alone because Excel refused their comment, and why, beside the findings', async () => {
    const { messagesNotAttached } = await import('../../src/excel/errors');
    const report = bedsReport();
    const why = messagesNotAttached(report.sheet, ['C9', 'D12']);
    const ops = await checkView();
    ops.checkAnswer = { ...result(report, 'comment'), notAttached: why };
    fireEvent.click(checkButton());
    expect(await screen.findByText(why.zh)).toBeTruthy();
    expect(why.zh).toContain('C9、D12');
    expect(screen.getByRole('heading', { level: 3, name: /^错误/ })).toBeTruthy();
  });

  it('a sheet protected by someone else: the findings are listed and the pane says why nothing was marked', async () => {
    const { protectedByOther } = await import('../../src/excel/errors');
    const report = bedsReport();
    const why = protectedByOther(report.sheet, 'mark');
    const ops = await checkView();
    ops.checkAnswer = { ...result(report), marked: 0, notMarked: why };
    fireEvent.click(checkButton());
    expect((await screen.findByRole('alert')).textContent).toContain(why.zh);
    expect(screen.getByRole('heading', { level: 3, name: /^错误/ })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('已在工作表上标记 0 处');
  });

  it('empty state: a sheet that is no template shows the checker’s note and what to do', async () => {
    const report = notRecognised();
    expect(report.template).toBeNull();
    const ops = await checkView();
    ops.checkAnswer = result(report);
    fireEvent.click(checkButton());
    expect(await screen.findByText(/请先在“模板”中插入工作表/)).toBeTruthy();
    expect(screen.getByText(new RegExp(report.note!.zh.slice(0, 10).replace(/[()（）“”?]/gu, '.')))).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('此工作表不是 careplan 模板，未检查。');
    expect(ops.callsOf('watchChecked')).toEqual([]);
  });

  it('error state: a protected sheet’s message from ops is shown beside the check button, not swallowed', async () => {
    const ops = await checkView();
    ops.checkAnswer = new Error('工作表“养老床位分解表”受保护，无法标记。请先撤销工作表保护。');
    fireEvent.click(checkButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('工作表“养老床位分解表”受保护，无法标记。请先撤销工作表保护。');
    expect(checkButton()).toHaveProperty('disabled', false);
  });

  it('a RuleError shows in the pane’s language', async () => {
    const { RuleError } = await import('../../src/rules/core/errors');
    const ops = await checkView();
    ops.checkAnswer = new RuleError('BAD_ARGUMENT', { zh: '日期无效', en: 'not a date' });
    fireEvent.click(checkButton());
    expect((await screen.findByRole('alert')).textContent).toBe('出错：日期无效');
  });
});
