// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderReady } from './render';

/**
 * 赣市府发〔2023〕13号 三、15: "新建、扩建和利用自有房产建设的床位每张补助不少于 10000 元". 120 new beds in
 * 赣州 are worked out here from that clause: 120 × 10000.
 */
const CLAUSE = '新建、扩建和利用自有房产建设的床位每张补助不少于 10000 元';
const BEDS = 120;
const EXPECTED = (BEDS * 10000).toLocaleString('zh-CN');

async function openCalculator() {
  await renderReady({ ops: null });
  fireEvent.click(screen.getByRole('button', { name: '函数计算器' }));
  const fn = await screen.findByRole('combobox', { name: /^函数/ }, { timeout: 5000 });
  fireEvent.change(fn, { target: { value: 'BEDSUBSIDY' } });
}

function pick(label: RegExp, option: string) {
  fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value: option } });
}

const formulaBox = () => screen.getByRole<HTMLInputElement>('textbox', { name: '公式' });

describe('函数计算器', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('works out a subsidy from the arguments typed, with the clause of its figure, and writes the formula', async () => {
    await openCalculator();
    pick(/^城市（city）/, '赣州');
    fireEvent.change(screen.getByRole('textbox', { name: /^床位数（beds）/ }), { target: { value: String(BEDS) } });
    pick(/^建设方式（buildType）/, '新建');

    const article = await screen.findByRole('article', { name: 'CARE.BEDSUBSIDY' });
    expect(within(article).getByText(`CARE.BEDSUBSIDY = ${EXPECTED} 元`)).toBeTruthy();
    expect(article.textContent).toContain(CLAUSE);
    expect(article.textContent).toContain('赣市府发〔2023〕13号');
    expect(formulaBox().value).toBe(`=CARE.BEDSUBSIDY("赣州",${BEDS},"新建")`);
  });

  it('shows the rule’s refusal, not a number, when text is typed where a number belongs', async () => {
    await openCalculator();
    pick(/^城市（city）/, '赣州');
    fireEvent.change(screen.getByRole('textbox', { name: /^床位数（beds）/ }), { target: { value: '120张' } });
    pick(/^建设方式（buildType）/, '新建');
    const article = await screen.findByRole('article', { name: 'CARE.BEDSUBSIDY' });
    expect(article.textContent).toMatch(/规则拒绝计算（BAD_ARGUMENT）/);
    expect(article.textContent).not.toContain(`= ${EXPECTED}`);
  });

  it('copies the formula, and says how to copy it by hand where the browser refuses the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await openCalculator();
    pick(/^城市（city）/, '赣州');
    const copy = screen.getByRole('button', { name: '复制公式' });
    fireEvent.click(copy);
    await waitFor(() => expect(screen.getByText('已复制到剪贴板。')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith('=CARE.BEDSUBSIDY("赣州")');
    fireEvent.click(copy);
    await waitFor(() => expect(screen.getByText(/请选中上面的公式，按 Ctrl\+C 复制/)).toBeTruthy());
  });
});
