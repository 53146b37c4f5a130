// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/catalog/explain';
import { FakeOps } from './fakeOps';
import { renderReady } from './render';

const subsidy = (city: string) => explain('BEDSUBSIDY', [`"${city}"`, 'B3', '"新建"'], [city, 10, '新建'])!;

/** The figure a source shows: the definition after its first 数值 / Figure term. */
const figureOf = (item: HTMLElement): string | null => {
  const term = [...item.querySelectorAll('dt')].find((dt) => dt.textContent === '数值' || dt.textContent === 'Figure');
  return term?.nextElementSibling?.textContent ?? null;
};

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
    // 赣市府字〔2023〕13号 三、15：新建、扩建和利用自有房产建设的床位每张补助不少于 10000 元，租赁房屋改建的床位每张补助不少于 4000 元.
    expect(figureOf(item)).toBe('新建：10,000 元/张；扩建：10,000 元/张；自有房产：10,000 元/张；租赁改建：4,000 元/张');
    expect(item.textContent).toContain(`${source!.from} 起`);
    expect(item.textContent).toContain(source!.document);
    expect(item.textContent).toContain(source!.section);
    expect(item.querySelector('blockquote')!.textContent).toBe(source!.quote);
  });

  it('words a span and its unit as the document does, never the seeds’ unit key', async () => {
    const ops = new FakeOps();
    // 赣市府字〔2023〕13号 附件第4项：高龄津贴 80周岁及以上老年人 每人每月50-1000元不等.
    ops.explainAnswer = explain('ALLOWANCE', ['"赣州"', '"高龄津贴"', '3'], ['赣州', '高龄津贴', 3])!;
    fireEvent.click(await explainView(ops));
    const article = await screen.findByRole('article', { name: 'CARE.ALLOWANCE' });
    expect(within(article).getByText('CARE.ALLOWANCE = 150 元')).toBeTruthy();
    expect(figureOf(article)).toBe('50–1,000 元/人/月');
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
    expect(figureOf(article)).toBe('new: 10,000 yuan per bed; expand: 10,000 yuan per bed; owned: 10,000 yuan per bed; leased: 4,000 yuan per bed');
  });
});
