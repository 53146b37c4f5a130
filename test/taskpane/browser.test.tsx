// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/templates';
import { templateBytes } from '../support/workbooks';
import { DONE, task } from './reports';
import { renderReady } from './render';

describe('outside Excel (the page in a plain browser)', () => {
  it('a card makes an .xlsx of the template (exceljs, loaded then) and offers it as a download link', async () => {
    await renderReady({ ops: null });
    const card = document.querySelector<HTMLElement>('[data-template="gz-slots"]')!;
    fireEvent.click(within(card).getByRole('button', { name: /^生成 \.xlsx 文件：/ }));
    const sheet = buildTemplate('gz-slots').sheet;
    const link = await within(card).findByRole('link', { name: `下载 ${sheet}.xlsx` }, { timeout: 15000 });
    expect(link.getAttribute('download')).toBe(`${sheet}.xlsx`);
    expect(link.getAttribute('href')).toMatch(/^blob:/);
  }, 20000);

  it('checks a picked .xlsx file in the browser and lists its findings, with the county overview', async () => {
    const bytes = await templateBytes('gz-beds', [{ row: '信丰县', header: DONE(2021), value: 10 }, { row: '章贡区', header: DONE(2021), value: task('章贡区', 2021) }]);
    await renderReady({ ops: null });
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    fireEvent.change(await screen.findByLabelText(/核查日期/, undefined, { timeout: 5000 }), { target: { value: '2022-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: '检查文件' }));
    const input = await screen.findByLabelText('选择 .xlsx 文件', undefined, { timeout: 5000 });
    fireEvent.change(input, { target: { files: [new File([bytes.slice()], '赣州床位.xlsx')] } });
    const section = await screen.findByRole('region', { name: /工作表“养老床位分解表”/ }, { timeout: 15000 });
    expect(within(section).getByRole('heading', { level: 3, name: '错误（1）' })).toBeTruthy();
    expect(section.textContent).toContain('信丰县');
    // No workbook to go to: findings are text, not buttons.
    expect(section.querySelectorAll('button[data-finding]')).toHaveLength(0);
    const bar = await within(section).findByRole('progressbar', { name: /^章贡区：/ }, { timeout: 5000 });
    expect(bar.getAttribute('aria-valuenow')).toBe('1');
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('错误 1 处'))).toBe(true));
  }, 30000);
});
