// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import { buildTemplate } from '../../src/templates';
import { countyProgress } from '../../src/taskpane/progress';
import { FakeOps } from './fakeOps';
import { sheetOf } from '../check/sheet';
import { AS_OF, DONE, bedsReport, result, task } from './reports';
import { renderReady } from './render';

describe('countyProgress: due targets met, per county', () => {
  const report = bedsReport();
  const rows = countyProgress(buildTemplate('gz-beds'), report.findings, AS_OF);
  const of = (county: string) => rows.find((r) => r.county === county)!;

  it('has a row for every county of the table and its total row, in the table’s order', () => {
    const counties = buildTemplate('gz-beds').tables[0]!.rows.map((r) => r.county);
    expect(rows.map((r) => r.county)).toEqual(counties);
    expect(rows.at(-1)!.total).toBe(true);
  });
  it('counts 2021 and 2022 due as of 2023-01-01, and a blank year as not met', () => {
    expect(of('章贡区')).toMatchObject({ due: 2, met: 2 });
    expect(of('于都县')).toMatchObject({ due: 2, met: 1 });
    expect(of('信丰县')).toMatchObject({ due: 2, met: 0 });
    expect(of('赣县区')).toMatchObject({ due: 2, met: 0 });
  });
  it('counts each county’s errors, warnings and blank due years from what it entered', () => {
    // Both years’ tasks entered.
    expect(of('章贡区').summary).toEqual({ county: '章贡区', errors: 0, warnings: 0, notFilled: 0 });
    // 2021 entered, 2022 left blank.
    expect(of('于都县').summary).toEqual({ county: '于都县', errors: 0, warnings: 0, notFilled: 1 });
    // 10 beds against 2021’s task (short), 2022 left blank.
    expect(of('信丰县').summary).toEqual({ county: '信丰县', errors: 1, warnings: 0, notFilled: 1 });
    // Nothing entered, both due years blank.
    expect(of('赣县区').summary).toEqual({ county: '赣县区', errors: 0, warnings: 0, notFilled: 2 });
  });
  it('counts a year below its own task, while the running total is met, as a warning and not as unfilled', () => {
    const s = sheetOf('gz-beds')
      .fill('于都县', DONE(2021), task('于都县', 2021) + 20)
      .fill('于都县', DONE(2022), task('于都县', 2022) - 20);
    const rows = countyProgress(buildTemplate('gz-beds'), checkSheet(s.grid, AS_OF).findings, AS_OF);
    expect(rows.find((r) => r.county === '于都县')!.summary).toEqual({ county: '于都县', errors: 0, warnings: 1, notFilled: 0 });
  });
  it('counts nothing due before a year has ended', () => {
    const early = countyProgress(buildTemplate('gz-beds'), [], '2021-12-31');
    expect(early.every((r) => r.due === 0 && r.met === 0)).toBe(true);
  });
  it('is empty for a sheet that is no county table', () => {
    expect(countyProgress(buildTemplate('gz-indicators'), [], AS_OF)).toEqual([]);
  });
});

describe('the overview after a check of a county table', () => {
  it('shows a bar per county with its due targets met, and names the counties behind', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: AS_OF, lang: 'zh' };
    ops.checkAnswer = result(bedsReport());
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    fireEvent.click(await screen.findByRole('button', { name: '检查当前工作表' }));
    const heading = await screen.findByRole('heading', { level: 3, name: '各县进度' }, { timeout: 5000 });
    const overview = heading.closest('section')!;
    const bars = within(overview).getAllByRole('progressbar');
    expect(bars).toHaveLength(buildTemplate('gz-beds').tables[0]!.rows.length);

    const bar = (county: string) => within(overview).getByRole('progressbar', { name: new RegExp(`^${county}：`) });
    expect(bar('章贡区').getAttribute('aria-valuenow')).toBe('2');
    expect(bar('章贡区').getAttribute('aria-valuemax')).toBe('2');
    expect(bar('于都县').getAttribute('aria-valuenow')).toBe('1');
    expect(bar('于都县').getAttribute('aria-valuemax')).toBe('2');
    expect(bar('于都县').getAttribute('aria-label')).toBe('于都县：已完成 1/2 项到期目标');
    expect(bar('信丰县').getAttribute('aria-valuenow')).toBe('0');

    const xinfeng = overview.querySelector('[data-county="信丰县"]')!;
    expect(xinfeng.textContent).toContain('错误 1 · 警告 0 · 未填 1');
    const behind = within(overview).getByText(/个单位未完成到期目标/).textContent!;
    expect(behind).toMatch(/^20 个单位未完成到期目标：赣县区、南康区、/);
    expect(behind).not.toContain('章贡区');
  });

  it('is not shown for a sheet that is no county table', async () => {
    const ops = new FakeOps();
    ops.settingsAnswer = { city: 'ganzhou', asOf: AS_OF, lang: 'zh' };
    ops.checkAnswer = result(checkSheet(sheetOf('gz-indicators').grid, AS_OF));
    await renderReady({ ops });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    fireEvent.click(await screen.findByRole('button', { name: '检查当前工作表' }));
    await screen.findByText(/“赣州/);
    expect(screen.queryByRole('heading', { name: '各县进度' })).toBeNull();
  });
});
