// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import { buildTemplate } from '../../src/templates';
import { FakeOps } from './fakeOps';
import { sheetOf } from '../check/sheet';
import { AS_OF, bedsReport, result, task } from './reports';
import { renderReady } from './render';

describe('the overview after a check of a county table', () => {
  it('shows each county’s completion rate of the bed task due, ranked, with its counts, and names the counties behind', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: AS_OF, lang: 'zh' };
    ops.checkAnswer = result(bedsReport());
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    fireEvent.click(await screen.findByRole('button', { name: '检查当前工作表' }, { timeout: 5000 }));
    const heading = await screen.findByRole('heading', { level: 3, name: '各县进度（完成率）' }, { timeout: 5000 });
    const overview = heading.closest('section')!;
    const beds = within(overview).getByRole('region', { name: '新增改造床位' });

    // Due on 2023-01-01: 2021 and 2022. The rate is what was done ÷ the two years' tasks (赣府办字 allocation), a blank as 0.
    const owed = (county: string) => task(county, 2021) + task(county, 2022);
    const pct = (done: number, county: string) => `${((done / owed(county)) * 100).toFixed(1)}%`;
    const bar = (county: string) => within(beds).getByRole('progressbar', { name: new RegExp(`^${county}：`) });
    expect(bar('章贡区').getAttribute('aria-label')).toBe('章贡区：完成率 100.0%');
    expect(bar('于都县').getAttribute('aria-label')).toBe(`于都县：完成率 ${pct(task('于都县', 2021), '于都县')}`);
    expect(bar('信丰县').getAttribute('aria-label')).toBe(`信丰县：完成率 ${pct(10, '信丰县')}`);
    expect(bar('赣县区').getAttribute('aria-label')).toBe('赣县区：完成率 0.0%');
    // A bar per county of the document's table, the total row aside.
    const counties = buildTemplate('gz-beds').tables[0]!.rows.filter((r) => !r.total).map((r) => r.county);
    expect(within(beds).getAllByRole('progressbar')).toHaveLength(counties.length);

    // Ranked by rate: 章贡区 first; 于都县 (2021 done, 2022 blank) ahead of 信丰县 (10 beds).
    const order = [...beds.querySelectorAll('[data-county]')].map((li) => li.getAttribute('data-county'));
    expect(order[0]).toBe('章贡区');
    expect(order.indexOf('于都县')).toBeLessThan(order.indexOf('信丰县'));
    expect(beds.querySelector('[data-county="章贡区"]')!.textContent).toMatch(/^1\. 章贡区/u);

    const xinfeng = beds.querySelector('[data-county="信丰县"]')!;
    expect(xinfeng.textContent).toContain(`差 ${owed('信丰县') - 10}张`);
    expect(xinfeng.textContent).toContain('错误 1 · 警告 0 · 未填 1');
    const behind = within(beds).getByText(/进度较慢的是/u).textContent!;
    expect(behind).toContain('信丰县');
    expect(behind).toContain('赣县区');
    expect(behind).not.toContain('章贡区');
  });

  it('is not shown for a sheet that is no county table', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: AS_OF, lang: 'zh' };
    ops.checkAnswer = result(checkSheet(sheetOf('gz-indicators').grid, AS_OF));
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    fireEvent.click(await screen.findByRole('button', { name: '检查当前工作表' }, { timeout: 5000 }));
    await screen.findByText(/“赣州/);
    expect(screen.queryByRole('heading', { name: '各县进度' })).toBeNull();
  });
});
