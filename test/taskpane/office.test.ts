import { afterEach, describe, expect, it } from 'vitest';
import { officeReady } from '../../src/taskpane/office';

const g = globalThis as { Office?: unknown };

describe('officeReady', () => {
  afterEach(() => delete g.Office);

  it('goes on at once in a plain browser, with no host', async () => {
    await expect(officeReady()).resolves.toEqual({ host: null });
  });
  it('waits for Office.onReady inside Excel and reports the host', async () => {
    let ready!: (info: { host: string }) => void;
    g.Office = { onReady: () => new Promise((r) => (ready = r)) };
    let settled = false;
    const p = officeReady().then((v) => ((settled = true), v));
    await Promise.resolve();
    expect(settled).toBe(false);
    ready({ host: 'Excel' });
    await expect(p).resolves.toEqual({ host: 'Excel' });
  });
});
