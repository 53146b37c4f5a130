// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import type { Template } from '../../src/templates/model';
import { FakeOps } from './fakeOps';
import { renderReady } from './render';

const GROUPS = ['赣州市', '鹰潭市', '吉安市', '抚州市', '测算表'];

function group(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name }).closest('section')!;
}

function card(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-template="${id}"]`);
  if (!el) throw new Error(`no card ${id}`);
  return el;
}

describe('template gallery', () => {
  it('lists every template, grouped by city in the order 赣州 鹰潭 吉安 抚州, then the budget sheets', async () => {
    await renderReady({ ops: new FakeOps() });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(GROUPS);
    const cityName: Record<string, string> = { ganzhou: '赣州市', yingtan: '鹰潭市', jian: '吉安市', fuzhou: '抚州市' };
    for (const t of TEMPLATES) {
      const g = group(t.city ? cityName[t.city]! : '测算表');
      expect(within(g).getByRole('heading', { level: 4, name: t.title }), t.id).toBeTruthy();
      // What it is for, and its document (a budget's, portable by default, further down).
      const c = card(t.id);
      if (!t.serves) expect(c.textContent).toContain(buildTemplate(t.id).basis);
      expect(within(c).getByRole('button', { name: /插入工作表/ })).toBeTruthy();
    }
    expect(document.querySelectorAll('[data-template]')).toHaveLength(TEMPLATES.length);
  });

  it('says what each kind of sheet is for: the service list is for reading, not filling in', async () => {
    await renderReady({ ops: new FakeOps() });
    expect(card('gz-services').textContent).toContain('参考表');
    expect(card('gz-services').textContent).not.toContain('资金测算表');
    expect(card('budget-eldercare').textContent).toContain('资金测算表');
    expect(card('gz-beds').textContent).not.toContain('参考表');
  });

  it('a budget says which cities its documents serve and offers only those: 托育 for 赣州 alone', async () => {
    await renderReady({ ops: new FakeOps() });
    expect(card('budget-childcare').textContent).toContain('适用城市：赣州（');
    expect(card('budget-eldercare').textContent).toContain('适用城市：赣州、鹰潭、吉安、抚州');
    const picker = within(card('budget-childcare')).getByRole('combobox', { name: '城市' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['赣州']);
  });

  it('a county table has a labelled county picker; picking 于都县 inserts 于都县’s own form', async () => {
    const ops = new FakeOps();
    await renderReady({ ops });
    const c = card('gz-beds');
    const picker = within(c).getByRole('combobox', { name: '填报单位' });
    expect(within(picker).getByRole<HTMLOptionElement>('option', { name: /^全市/u }).selected).toBe(true);
    fireEvent.change(picker, { target: { value: '于都县' } });
    await waitFor(() => expect(within(picker).getByRole<HTMLOptionElement>('option', { name: '于都县' }).selected).toBe(true));

    fireEvent.click(within(c).getByRole('button', { name: /插入工作表/ }));
    await waitFor(() => expect(ops.callsOf('insertTemplate')).toHaveLength(1));
    const inserted = ops.callsOf('insertTemplate')[0]![0] as Template;
    const expected = buildTemplate('gz-beds', { county: '于都县' });
    expect(inserted.id).toBe('gz-beds');
    expect(inserted.county).toBe('于都县');
    expect(inserted.sheet).toBe(expected.sheet);
    expect(inserted.tables[0]!.rows.map((r) => r.county)).toEqual(['于都县']);
    expect(await within(c).findByText(`已插入工作表“${expected.sheet}”。`)).toBeTruthy();
  });

  it('without a county picked, the whole city’s table goes in', async () => {
    const ops = new FakeOps();
    await renderReady({ ops });
    fireEvent.click(within(card('fz-facilities')).getByRole('button', { name: /插入工作表/ }));
    await waitFor(() => expect(ops.callsOf('insertTemplate')).toHaveLength(1));
    const t = ops.callsOf('insertTemplate')[0]![0] as Template;
    expect(t.county).toBeNull();
    expect(t.sheet).toBe(buildTemplate('fz-facilities').sheet);
  });

  it('warns when Excel needed the formula fallback', async () => {
    const ops = new FakeOps();
    ops.insertAnswer = { sheet: '赣州市规划指标 (2)', formulaFallback: true };
    await renderReady({ ops });
    const c = card('gz-indicators');
    fireEvent.click(within(c).getByRole('button', { name: /插入工作表/ }));
    expect(await within(c).findByText('已插入工作表“赣州市规划指标 (2)”。')).toBeTruthy();
    expect(within(c).getByText(/#NAME\?/)).toBeTruthy();
  });

  it('a budget sheet takes the city and as-of date picked on its card', async () => {
    const ops = new FakeOps();
    await renderReady({ ops });
    const budget = TEMPLATES.find((t) => t.city === null)!;
    const c = card(budget.id);
    const city = within(c).getByRole('combobox', { name: '城市' });
    fireEvent.change(city, { target: { value: within(city).getByRole('option', { name: '吉安' }).getAttribute('value') } });
    fireEvent.change(within(c).getByLabelText(/测算日期/), { target: { value: '2024-03-01' } });
    fireEvent.click(within(c).getByRole('button', { name: /插入工作表/ }));
    await waitFor(() => expect(ops.callsOf('insertTemplate')).toHaveLength(1));
    const t = ops.callsOf('insertTemplate')[0]![0] as Template;
    expect(t).toEqual(buildTemplate(budget.id, { city: 'jian', asOf: '2024-03-01', form: 'portable' }));
  });

  it('in Excel a budget goes in portable, with its 参数 sheet, unless the CARE functions are asked for; the CARE form serves any city', async () => {
    const ops = new FakeOps();
    ops.insertAnswer = { sheet: '托育资金测算', companion: '参数 (2)', formulaFallback: false };
    await renderReady({ ops });
    const c = card('budget-childcare');
    const form = within(c).getByRole('combobox', { name: '公式' });
    expect(within(form).getByRole<HTMLOptionElement>('option', { name: /^通用版/u }).selected).toBe(true);
    expect(c.textContent).toContain('无需加载项即可重算');
    // Its basis is the 参数 sheet's clauses, not the CARE functions' CARE.SOURCE, which it does not have.
    expect(c.textContent).toContain('数值见“参数”表');
    expect(c.textContent).not.toContain('CARE.SOURCE');
    const city = within(c).getByRole('combobox', { name: '城市' });
    fireEvent.click(within(c).getByRole('button', { name: /插入工作表/ }));
    expect(await within(c).findByText('已插入工作表“托育资金测算”及其参数表“参数 (2)”。')).toBeTruthy();
    expect((ops.callsOf('insertTemplate')[0]![0] as Template).companion?.sheet).toBe('参数');

    // 托育's figures are set by 赣州's documents alone; with CARE functions the city is a cell on the sheet.
    fireEvent.change(form, { target: { value: within(form).getByRole('option', { name: /^CARE 函数版/u }).getAttribute('value') } });
    await waitFor(() => expect(within(city).getAllByRole('option').map((o) => o.textContent)).toEqual(['赣州', '鹰潭', '吉安', '抚州']));
    expect(c.textContent).toContain('会显示 #NAME?');
    expect(c.textContent).toContain('CARE.SOURCE');
    fireEvent.change(city, { target: { value: within(city).getByRole('option', { name: '抚州' }).getAttribute('value') } });
    fireEvent.click(within(c).getByRole('button', { name: /插入工作表/ }));
    await waitFor(() => expect(ops.callsOf('insertTemplate')).toHaveLength(2));
    const t = ops.callsOf('insertTemplate')[1]![0] as Template;
    expect(t.companion).toBeUndefined();
    expect(t.tables.flatMap((x) => [...x.cells.values()]).some((cell) => cell.formula?.kind === 'care')).toBe(true);

    // Back to the portable form, the city it cannot serve gives way to the one it does.
    fireEvent.change(form, { target: { value: within(form).getByRole('option', { name: /^通用版/u }).getAttribute('value') } });
    await waitFor(() => expect(within(city).getAllByRole('option').map((o) => o.textContent)).toEqual(['赣州']));
    expect(within(city).getByRole<HTMLOptionElement>('option', { name: '赣州' }).selected).toBe(true);
  });

  it('in a browser a budget is made portable and the CARE form is not offered', async () => {
    await renderReady({ ops: null });
    expect(within(card('budget-eldercare')).queryByRole('combobox', { name: '公式' })).toBeNull();
    expect(card('budget-eldercare').textContent).toContain('无需加载项即可重算');
  });

  it('shows the error of a refused insert (a protected workbook) beside the card’s button', async () => {
    const ops = new FakeOps();
    ops.insertAnswer = new Error('工作簿受保护，无法插入工作表。');
    await renderReady({ ops });
    const c = card('gz-slots');
    fireEvent.click(within(c).getByRole('button', { name: /插入工作表/ }));
    expect(await within(c).findByText(/工作簿受保护，无法插入工作表。/)).toBeTruthy();
    expect(within(c).getByRole('button', { name: /插入工作表/ })).toHaveProperty('disabled', false);
  });
});
