/**
 * The page's round where no worker can start (Node, like a page opened from file://): each file is
 * reported as it is read, the outcome is `careplan merge`'s own (the same workbook's sheets, the same
 * statuses), 取消 stops between two files, and files with no county return are refused with why.
 */
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../src/taskpane/fileJob';
import { Cancelled, FileWork } from '../../src/taskpane/fileWork';
import { mergeReturns } from '../../src/xlsx/mergeReturns';
import { readWorkbook } from '../../src/xlsx/read';
import { ROUND_AS_OF, roundFiles } from '../support/round';
import { templateBytes } from '../support/workbooks';

const blobs = (files: readonly { name: string; bytes: Uint8Array }[]) => files.map((f) => ({ name: f.name, file: new Blob([f.bytes.slice()]) }));

describe('the round on the main thread', () => {
  it('reports each file as it is read, then gives what careplan merge gives for the same files', async () => {
    const files = (await roundFiles()).slice(0, 4);
    const seen: JobProgress[] = [];
    const o = await new FileWork().run({ kind: 'round', files: blobs(files), asOf: ROUND_AS_OF }, (p) => seen.push(p));
    expect(seen.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(seen.map((p) => p.read.file)).toEqual(files.map((f) => f.name));
    if (o.kind !== 'round') throw new Error(o.kind);
    const cli = await mergeReturns(files.map((f) => ({ file: f.name, bytes: f.bytes })), { asOf: ROUND_AS_OF });
    expect(o.view.counties.map((c) => [c.county, c.status])).toEqual(cli.status.counties.map((c) => [c.county, c.status]));
    expect(o.view.findings).toEqual(cli.findings);
    expect(o.view.progress).toEqual(cli.progress);
    expect(readWorkbook(o.workbook).sheets.map((s) => s.name)).toEqual(readWorkbook(cli.bytes).sheets.map((s) => s.name));
    expect(readWorkbook(o.findingsBook).sheets.map((s) => s.name)).toEqual(['核查结果']);
  }, 120_000);

  it('取消 after the first file stops before the second, with no outcome', async () => {
    const files = (await roundFiles()).slice(0, 3);
    const work = new FileWork();
    const seen: number[] = [];
    const run = work.run({ kind: 'round', files: blobs(files), asOf: ROUND_AS_OF }, (p) => {
      seen.push(p.index);
      work.cancel();
    });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(seen).toEqual([0]);
  });

  it('refuses files holding no county return, saying which templates a round merges', async () => {
    const o = await new FileWork().run({ kind: 'round', files: blobs([{ name: '预算.xlsx', bytes: await templateBytes('budget-eldercare') }]), asOf: ROUND_AS_OF });
    expect(o.kind).toBe('roundRefused');
    expect((o as { reason: { zh: string } }).reason.zh).toContain('gz-beds');
  });
});
