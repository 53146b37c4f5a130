/**
 * The pane's city, date and language kept in the workbook's add-in settings, and what Excel
 * supports asked of Office.js.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectCapabilities } from '../../src/excel/requirements';
import { currentProfile, has } from './mock/profiles';
import { setup } from './mock/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The setting's name as careplan has always written it: written out, since a new name would lose every saved workbook's settings. */
const SETTINGS = 'careplan.settings';

describe('settings saved in the workbook', () => {
  it('come back as saved, each way in one round trip', async () => {
    const s = setup();
    await s.ops.saveSettings({ city: '鹰潭', asOf: '2024-03-01', lang: 'zh' });
    expect(s.counter.syncs()).toBe(1);
    expect(await s.ops.loadSettings()).toEqual({ city: '鹰潭', asOf: '2024-03-01', lang: 'zh' });
    await s.ops.saveSettings({ city: '赣州', asOf: null, lang: 'en' });
    expect(await s.ops.loadSettings()).toEqual({ city: '赣州', asOf: null, lang: 'en' });
    expect(s.counter.syncs()).toBe(4);
  });

  it('are null in a workbook that never saved any', async () => {
    expect(await setup().ops.loadSettings()).toBeNull();
  });

  it('that were changed into something unreadable are refused with what to do', async () => {
    const s = setup();
    s.book.settings.set(SETTINGS, '{"city":"赣州","asOf":"3月1日","lang":"zh"}');
    await expect(s.ops.loadSettings()).rejects.toMatchObject({ code: 'BAD_SETTINGS', zh: expect.stringContaining('重新选择城市和日期') });
    // A day with a time after it is not the day the pane writes.
    s.book.settings.set(SETTINGS, '{"city":"赣州","asOf":"2024-03-01T08:00","lang":"zh"}');
    await expect(s.ops.loadSettings()).rejects.toMatchObject({ code: 'BAD_SETTINGS' });
  });

  it.each([
    ['not JSON', '{city:赣州', '不是可读的设置文本', 'not readable settings'],
    ['a JSON text, not a set', '"赣州"', '不是一组设置', 'not a set of settings'],
    ['JSON null', 'null', '不是一组设置', 'not a set of settings'],
    ['a number', '42', '不是一组设置', 'not a set of settings'],
    ['no city', '{"asOf":null,"lang":"zh"}', '城市为空', 'city is missing'],
    ['a blank city', '{"city":"  ","asOf":null,"lang":"zh"}', '城市为空', 'city is missing'],
    ['a city that is a number', '{"city":360700,"asOf":null,"lang":"zh"}', '城市为空', 'city is missing'],
    ['a date as a number', '{"city":"赣州","asOf":20240301,"lang":"zh"}', '日期不是“年-月-日”', 'date is not year-month-day'],
    ['a language careplan does not speak', '{"city":"赣州","asOf":null,"lang":"fr"}', '语言不是中文或英文', 'neither Chinese nor English'],
    ['no language', '{"city":"赣州","asOf":"2024-03-01"}', '语言不是中文或英文', 'neither Chinese nor English'],
  ])('damaged (%s) are refused, saying what is wrong in both languages', async (_, saved, zh, en) => {
    const s = setup();
    s.book.settings.set(SETTINGS, saved);
    await expect(s.ops.loadSettings()).rejects.toMatchObject({ code: 'BAD_SETTINGS', zh: expect.stringContaining(`（${zh}`), en: expect.stringContaining(en) });
    expect(s.book.settings.get(SETTINGS)).toBe(saved);
  });

  it('are kept under the workbook setting careplan.settings, so that a workbook saved by an earlier careplan opens with its city and date', async () => {
    const s = setup();
    s.book.settings.set(SETTINGS, '{"city":"吉安","asOf":"2025-12-31","lang":"en"}');
    expect(await s.ops.loadSettings()).toEqual({ city: '吉安', asOf: '2025-12-31', lang: 'en' });
    await s.ops.saveSettings({ city: '抚州', asOf: null, lang: 'zh' });
    expect(JSON.parse(String(s.book.settings.get(SETTINGS)))).toEqual({ city: '抚州', asOf: null, lang: 'zh' });
  });
});

describe('what this Excel supports, as Office answers isSetSupported', () => {
  it('each requirement set the add-in calls into, per the requirement-set tables (mock/profiles.ts)', async () => {
    const p = currentProfile();
    // The sets and versions from the reference's "[API set: …]" lines; see src/excel/requirements.ts.
    expect(await setup().ops.capabilities()).toEqual({
      core: has(p, 'ExcelApi', '1.9'),
      comments: has(p, 'ExcelApi', '1.10'),
      delayForCellEdit: has(p, 'DelayForCellEdit', '1.1'),
      notes: has(p, 'ExcelApi', '1.18'),
      sharedRuntime: has(p, 'SharedRuntime', '1.1'),
      functions: has(p, 'CustomFunctionsRuntime', '1.2'),
    });
  });

  it('none outside Office, where there is no Office global', () => {
    vi.stubGlobal('Office', undefined);
    expect(Object.values(detectCapabilities()).some(Boolean)).toBe(false);
  });
});
