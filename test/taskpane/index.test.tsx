// @vitest-environment jsdom
import './setup';
import { act, screen, waitFor } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeOps } from './fakeOps';

// The entry renders into a root of its own, which Testing Library's cleanup does not know. Each test
// waits until the pane's lazy chunks have loaded and rendered, then unmounts that root: a chunk still
// loading when the file ends reached React after jsdom was torn down ("window is not defined").
const roots: Root[] = [];
vi.mock('react-dom/client', async (original) => {
  const client = await original<typeof import('react-dom/client')>();
  return {
    ...client,
    createRoot: (...args: Parameters<typeof client.createRoot>) => {
      const root = client.createRoot(...args);
      roots.push(root);
      return root;
    },
  };
});

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
    act(() => roots.splice(0).forEach((root) => root.unmount()));
    delete g.Office;
    document.body.innerHTML = '';
  });

  it('in a plain browser: no Excel ops are made, and the pane says what needs Excel', async () => {
    await import('../../src/entries/taskpane');
    expect(await screen.findByText(/需要在 Excel 中打开本加载项/, undefined, { timeout: 15_000 })).toBeTruthy();
    expect(made).toHaveLength(0);
    expect(await screen.findByText(/选择模板下载为 .xlsx 文件/, undefined, { timeout: 15_000 })).toBeTruthy();
  }, 20_000);

  it('inside Excel: loads the ops lazily once Office is ready, reads the settings, speaks Office’s language', async () => {
    g.Office = { onReady: () => Promise.resolve({ host: 'Excel' }), context: { displayLanguage: 'en-US' } };
    await import('../../src/entries/taskpane');
    expect(await screen.findByRole('heading', { level: 1, name: 'Elderly care and childcare policy tools' }, { timeout: 5000 })).toBeTruthy();
    expect(made).toHaveLength(1);
    await waitFor(() => expect(made[0]!.callsOf('loadSettings')).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Check' }, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText(/Pick a template to insert as a new sheet/, undefined, { timeout: 15_000 })).toBeTruthy();
    const { loadExcelPanels } = await import('../../src/taskpane/lazy');
    await loadExcelPanels();
  }, 20_000);
});
