// @vitest-environment jsdom
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetReport } from '../../src/check';
import { loadGallery } from '../../src/taskpane/lazy';
import { MESSAGES, langOf } from '../../src/i18n';
import { enUS } from '../../src/i18n/en-US';
import { zhCN } from '../../src/i18n/zh-CN';
import type { Settings } from '../../src/excel/types';
import { FakeOps } from './fakeOps';
import { AS_OF, bedsReport, result } from './reports';
import { renderPane, renderReady } from './render';

describe('the words', () => {
  it('English gives every Chinese key, in the same shape (typecheck enforces it; this checks the values)', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [k, v] of Object.entries(zhCN)) {
      const en = (enUS as Record<string, unknown>)[k];
      expect(typeof en, k).toBe(typeof v);
      if (typeof v === 'function') expect((en as (...a: unknown[]) => unknown).length, k).toBe(v.length);
      if (typeof v === 'string') expect(en, k).not.toBe('');
    }
    expect(Object.keys(enUS.severity)).toEqual(Object.keys(zhCN.severity));
  });
  it('follows Office’s display language: English for en-*, Chinese for any other', () => {
    expect(langOf('en-US')).toBe('en');
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('zh-CN')).toBe('zh');
    expect(langOf('fr-FR')).toBe('zh');
    expect(langOf(null)).toBe('zh');
    expect(MESSAGES.zh).toBe(zhCN);
  });
});

describe('start-up and settings', () => {
  it('shows a labelled spinner while the settings load, then loads them once with the capabilities', async () => {
    const ops = new FakeOps();
    let give!: (s: Settings | null) => void;
    ops.settingsAnswer = () => new Promise((r) => (give = r));
    renderPane({ ops });
    expect(screen.getByText('正在读取设置…')).toBeTruthy();
    await act(async () => give({ city: 'jian', asOf: '2024-05-01', lang: 'zh' }));
    await screen.findByRole('heading', { level: 2, name: '模板' }, { timeout: 5000 });
    expect(ops.callsOf('loadSettings')).toHaveLength(1);
    expect(ops.callsOf('capabilities')).toHaveLength(1);
    expect(ops.callsOf('saveSettings')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    expect(await screen.findByText('核查日期：2024-05-01')).toBeTruthy();
  });

  it('is in Chinese by default, with the page’s lang set', async () => {
    await renderReady({ ops: new FakeOps() });
    expect(screen.getByRole('heading', { level: 1, name: '养老托育政策工具' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('follows an English Office display language until the user chooses', async () => {
    await renderReady({ ops: new FakeOps(), displayLanguage: 'en-US' });
    expect(screen.getByRole('heading', { level: 1, name: 'Elderly care and childcare policy tools' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Ganzhou' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('a saved language wins over Office’s', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: null, lang: 'zh' };
    await renderReady({ ops, displayLanguage: 'en-US' });
    expect(screen.getByRole('heading', { level: 1, name: '养老托育政策工具' })).toBeTruthy();
  });

  it('the English switch changes the words and saves the choice', async () => {
    const ops = new FakeOps();
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Elderly care and childcare policy tools' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Templates' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Budget sheets' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Insert sheet: / }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(ops.callsOf('saveSettings')).toEqual([[{ city: 'ganzhou', asOf: null, lang: 'en' }]]);
    // And back.
    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '养老托育政策工具' })).toBeTruthy();
  });

  it('English reaches the findings too', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: AS_OF, lang: 'en' };
    const report = bedsReport();
    ops.checkAnswer = result(report);
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Check the active sheet' }));
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(await screen.findByRole('heading', { level: 3, name: `Errors (${errors.length})` })).toBeTruthy();
    expect(screen.getByText(errors[0]!.message.en)).toBeTruthy();
  });

  it('the settings panel saves the city and the as-of date as they change', async () => {
    const ops = new FakeOps();
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    const city = await screen.findByRole('combobox', { name: '默认城市（测算表）' }, { timeout: 5000 });
    fireEvent.change(city, { target: { value: within(city).getByRole('option', { name: '抚州' }).getAttribute('value') } });
    await waitFor(() => expect(ops.callsOf('saveSettings').at(-1)).toEqual([{ city: 'fuzhou', asOf: null, lang: 'zh' }]));
    fireEvent.change(screen.getByLabelText(/核查日期/), { target: { value: '2024-12-31' } });
    await waitFor(() => expect(ops.callsOf('saveSettings').at(-1)).toEqual([{ city: 'fuzhou', asOf: '2024-12-31', lang: 'zh' }]));
    // The check applies the new date.
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    expect(await screen.findByText('核查日期：2024-12-31')).toBeTruthy();
  });

  it('a setting that cannot be saved says so', async () => {
    const ops = new FakeOps();
    ops.saveAnswer = new Error('文档设置无法保存：工作簿为只读。');
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Settings were not saved: 文档设置无法保存：工作簿为只读。');
  });
});

describe('states', () => {
  it('a failure to read the capabilities or the settings is shown, and the pane still works', async () => {
    const ops = new FakeOps();
    ops.capabilitiesAnswer = new Error('ExcelApi 1.7 不受支持');
    ops.settingsAnswer = new Error('无法读取文档设置');
    await renderReady({ ops });
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toContain('无法读取此 Excel 支持的功能：ExcelApi 1.7 不受支持');
    expect(alerts).toContain('无法读取已保存的设置，已使用默认设置：无法读取文档设置');
    expect(screen.getAllByRole('button', { name: /插入工作表/ }).length).toBeGreaterThan(0);
  });

  it('outside Excel: says what needs Excel, offers downloads, the round (汇总) and a file check, no in-place check', async () => {
    await renderReady({ ops: null });
    expect(screen.getByText(/需要在 Excel 中打开本加载项/)).toBeTruthy();
    const nav = screen.getByRole('navigation');
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual(['模板', '汇总', '检查文件', '函数计算器', '设置']);
    expect(screen.queryByRole('button', { name: /插入工作表/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^生成 \.xlsx 文件：/ }).length).toBeGreaterThan(0);
  });
});

/** The elements Tab stops at, in order: what a browser's sequential focus navigation visits. */
function tabOrder(): HTMLElement[] {
  const all = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]')];
  return all.filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden]') && el.getAttribute('aria-hidden') !== 'true');
}

/**
 * Tab, as a browser's sequential focus navigation moves: to the next stop after the focused element.
 * jsdom has no such navigation, so the focus is moved here; no Tab keydown is sent, since Fluent's
 * tabster answers one with focus moves of its own, timed by the machine's load, that race this one.
 */
function pressTab(): HTMLElement {
  const order = tabOrder();
  const next = order[order.indexOf(document.activeElement as HTMLElement) + 1] ?? order[0]!;
  next.focus();
  return next;
}

describe('keyboard', () => {
  // The test times the keys, not the machine: the check behind the fake answer and the first import
  // of each lazily loaded panel (a transform of its modules, seconds on a busy machine) happen here,
  // before it. React.lazy then finds each module loaded and renders at once.
  let report: SheetReport;
  beforeAll(async () => {
    report = bedsReport();
    await Promise.all([loadGallery(), import('../../src/taskpane/Overview'), import('../../src/taskpane/CheckPanel'), import('../../src/taskpane/Findings')]);
  });

  it('Tab reaches the language switch, the views, 检查, 清除标记, 修复 #NAME? and each finding; Enter on a finding goes to its cell', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: AS_OF, lang: 'zh' };
    ops.checkAnswer = result(report);
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    fireEvent.click(await screen.findByRole('button', { name: '检查当前工作表' }));
    await screen.findByRole('heading', { level: 3, name: /^错误/ });

    (document.activeElement as HTMLElement | null)?.blur();
    const visited: string[] = [];
    for (let i = 0; i < 14; i++) visited.push(pressTab().textContent ?? '');
    expect(visited.slice(0, 6)).toEqual(['English', '模板', '检查', '为什么是这个数？', '函数计算器', '设置']);
    expect(visited).toContain('更改日期');
    // After the views: the date link, then 检查 (its text; named 检查当前工作表), 清除标记 and 修复 #NAME?.
    expect(visited.slice(6, 10)).toEqual(['更改日期', '检查', '清除标记', '修复 #NAME?']);
    const firstFinding = visited.findIndex((v) => v.startsWith(`${report.findings[0]!.cell} · `));
    expect(firstFinding).toBeGreaterThan(visited.indexOf('修复 #NAME?'));

    // Focus is on a finding button now (or further down the list): Enter goes to its cell.
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.finding).toBe('');
    fireEvent.keyDown(focused, { key: 'Enter' });
    const cell = focused.textContent!.split(' · ')[0];
    await waitFor(() => expect(ops.callsOf('selectCell')).toEqual([[report.sheet, cell]]));
  });

  it('every action is a button, link, field or list with a name', async () => {
    await renderReady({ ops: new FakeOps() });
    const stops = tabOrder();
    expect(stops.length).toBeGreaterThan(10);
    for (const el of stops) {
      // aria-label, else the elements aria-labelledby names, else a <label> for it, else its text.
      const labelledBy = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/u).map((id) => (id ? document.getElementById(id)?.textContent : '') ?? '');
      const labels = [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '');
      const name = el.getAttribute('aria-label') ?? ([...labelledBy, ...labels].join('') || el.textContent || '');
      expect(name.trim(), el.outerHTML.slice(0, 80)).not.toBe('');
      expect(['BUTTON', 'A', 'INPUT', 'SELECT'], el.outerHTML.slice(0, 80)).toContain(el.tagName);
    }
  });
});
