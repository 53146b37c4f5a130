// @vitest-environment jsdom
/**
 * The pane in each Excel the offices run (test/excel/mock/profiles.ts): what Office reports missing
 * of the requirement sets the add-in calls into is listed at the top, each with what is lost and
 * what to do, in Chinese and English. The taskpane-only manifest asks Office for no set, so this
 * notice is where an older Excel says why.
 */
import './setup';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CAPABILITIES, REQUIREMENTS, detectCapabilities } from '../../src/excel/requirements';
import { enUS } from '../../src/i18n/en-US';
import { zhCN } from '../../src/i18n/zh-CN';
import { PROFILES, useProfile } from '../excel/mock/profiles';
import { FakeOps } from './fakeOps';
import { renderReady } from './render';

afterEach(cleanup);

/**
 * What each Excel lacks, from Microsoft's tables (mock/profiles.ts): Excel 2019 stops at ExcelApi 1.7
 * and has no shared runtime; Excel 2021 and 2024 have no notes (ExcelApi 1.18); Microsoft 365 and
 * the web lack nothing the add-in uses. Notes missing where comments are missing too is said by
 * the comments' line (the fill is all).
 */
const LACKS: Record<string, string[]> = {
  'Excel 2019 (volume-licensed)': ['core', 'functions', 'sharedRuntime', 'comments', 'delayForCellEdit'],
  'Excel 2021 (volume-licensed)': ['notes'],
  'Excel 2024 (volume-licensed)': ['notes'],
  'Microsoft 365': [],
  'Excel on the web': [],
};

describe.each(PROFILES)('the pane in $name', (profile) => {
  it('lists each capability this Excel lacks, and only those, with what to do', async () => {
    useProfile(profile);
    const ops = new FakeOps();
    ops.capabilitiesAnswer = detectCapabilities();
    await renderReady({ ops });
    const listed = [...document.querySelectorAll('[data-capability]')].map((li) => li.getAttribute('data-capability'));
    expect(listed).toEqual(LACKS[profile.name]);
    for (const c of listed) expect(screen.getByText(zhCN.capMissing[c as keyof typeof zhCN.capMissing])).toBeTruthy();
    expect(screen.queryByText(zhCN.capMissingHeading) !== null).toBe(listed.length > 0);
  });
});

describe('the words for a missing capability', () => {
  it('name the requirement set and version Office was asked for, in both languages', () => {
    for (const c of CAPABILITIES) {
      // As people read it, "ExcelApi 1.18": the set and version Office.isSetSupported is asked.
      const set = `${REQUIREMENTS[c].set} ${REQUIREMENTS[c].version}`;
      expect(zhCN.capMissing[c], c).toContain(set);
      expect(enUS.capMissing[c], c).toContain(set);
    }
  });
});
