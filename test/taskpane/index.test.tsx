// @vitest-environment jsdom
import './setup';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeOps } from './fakeOps';

const made: FakeOps[] = [];
vi.mock('../../src/excel/ops', () => ({
  createExcelOps: () => {
    const ops = new FakeOps();
    made.push(ops);
    return ops;
  },
}));

const g = globalThis as { Office?: unknown };

describe('the task pane page’s entry (src/entries/taskpane.tsx): the pane as Office starts it', () => {
  beforeEach(() => {
    vi.resetModules();
    made.length = 0;
    document.body.innerHTML = '<div id="root"></div>';
  });
  afterEach(() => {
    delete g.Office;
    document.body.innerHTML = '';
  });

  it('in a plain browser: no Excel ops are made, and the pane says what needs Excel', async () => {
    await import('../../src/entries/taskpane');
    expect(await screen.findByText(/需要在 Excel 中打开本加载项/, undefined, { timeout: 15_000 })).toBeTruthy();
    expect(made).toHaveLength(0);
  }, 20_000);

  it('inside Excel: loads the ops lazily once Office is ready, reads the settings, speaks Office’s language', async () => {
    g.Office = { onReady: () => Promise.resolve({ host: 'Excel' }), context: { displayLanguage: 'en-US' } };
    await import('../../src/entries/taskpane');
    expect(await screen.findByRole('heading', { level: 1, name: 'Elderly care and childcare policy tools' }, { timeout: 5000 })).toBeTruthy();
    expect(made).toHaveLength(1);
    await waitFor(() => expect(made[0]!.callsOf('loadSettings')).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Check' }, { timeout: 5000 })).toBeTruthy();
  }, 20_000);
});
