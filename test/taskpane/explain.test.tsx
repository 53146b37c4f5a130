// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/catalog/explain';
import { FakeOps } from './fakeOps';
import { renderReady } from './render';

const subsidy = (city: string) => explain('BEDSUBSIDY', [`"${city}"`, 'B3', '"新建"'], [city, 10, '新建'])!;

async function explainView(ops: FakeOps) {
  await renderReady({ ops });
  fireEvent.click(screen.getByRole('button', { name: '为什么是这个数？' }));
  return screen.findByRole('button', { name: '解释所选单元格' }, { timeout: 5000 });
}

describe('为什么是这个数？', () => {
  it('shows the as-of date Excel passes as a serial as the day it is', async () => {
    const ops = new FakeOps();
    ops.explainAnswer = explain('BEDSUBSIDY', ['"赣州"', 'B3', '"新建"', '', '$B$10'], ['赣州', 10, '新建', null, 45292])!;
    fireEvent.click(await explainView(ops));
    const article = await screen.findByRole('article', { name: 'CARE.BEDSUBSIDY' });
    const rows = within(within(article).getByRole('table', { name: '参数（Excel 传入的值）' })).getAllByRole('row');
    expect(rows.at(-1)!.textContent).toContain('2024-01-01（45292）');
  });

  it('shows the function, each argument as Excel passed it, the result and each source with its quote', async () => {
    const ops = new FakeOps();
    const e = subsidy('赣州');
    ops.explainAnswer = e;
    fireEvent.click(await explainView(ops));
    const article = await screen.findByRole('article', { name: 'CARE.BEDSUBSIDY' });
    expect(ops.callsOf('explainSelection')).toEqual([[null]]);
    expect(article.textContent).toContain(e.description.zh);

    const table = within(article).getByRole('table', { name: '参数（Excel 传入的值）' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['city', '城市', '"赣州"', '赣州'],
      ['beds', '床位数', 'B3', '10'],
      ['buildType', '建设方式', '"新建"', '新建'],
    ]);
    expect(within(article).getByText('CARE.BEDSUBSIDY = 100,000 元')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('CARE.BEDSUBSIDY = 100,000 元');

    const [source] = e.sources;
    const item = within(article).getByRole('listitem');
    expect(item.textContent).toContain(source!.ref);
    expect(item.textContent).toContain(source!.figure!);
    expect(item.textContent).toContain(`${source!.from} 起`);
    expect(item.textContent).toContain(source!.document);
    expect(item.textContent).toContain(source!.section);
    expect(item.querySelector('blockquote')!.textContent).toBe(source!.quote);
  });

  it('passes the settings’ as-of date', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: '2024-01-01', lang: 'zh' };
    ops.explainAnswer = subsidy('赣州');
    fireEvent.click(await explainView(ops));
    await waitFor(() => expect(ops.callsOf('explainSelection')).toEqual([['2024-01-01']]));
  });

  it('shows the rule’s refusal message', async () => {
    const ops = new FakeOps();
    const e = subsidy('鹰潭');
    expect('error' in e.result).toBe(true);
    ops.explainAnswer = e;
    fireEvent.click(await explainView(ops));
    const article = await screen.findByRole('article', { name: 'CARE.BEDSUBSIDY' });
    expect(article.textContent).toContain('规则拒绝计算（NOT_IN_POLICY）：');
    expect(article.textContent).toContain('error' in e.result ? e.result.error.message.zh : '');
    expect(article.textContent).toContain('此结果不读取文件参数。');
  });

  it('says clearly when the selection holds no CARE formula', async () => {
    const ops = new FakeOps();
    ops.explainAnswer = null;
    fireEvent.click(await explainView(ops));
    expect(await screen.findByText(/所选单元格没有 CARE 公式/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('shows an error from ops beside the button', async () => {
    const ops = new FakeOps();
    ops.explainAnswer = new Error('请只选中一个单元格。');
    fireEvent.click(await explainView(ops));
    expect((await screen.findByRole('alert')).textContent).toContain('请只选中一个单元格。');
  });

  it('speaks English in English', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: null, lang: 'en' };
    ops.explainAnswer = subsidy('赣州');
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: 'Why this number?' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Explain the selected cell' }, { timeout: 5000 }));
    const article = await screen.findByRole('article', { name: 'CARE.BEDSUBSIDY' });
    expect(article.textContent).toContain('One-off construction subsidy');
    expect(within(article).getByRole('table', { name: 'Arguments (as Excel passed them)' })).toBeTruthy();
    expect(within(article).getByText('CARE.BEDSUBSIDY = 100,000 yuan')).toBeTruthy();
    expect(article.textContent).toContain('from 2023-12-13');
  });
});
