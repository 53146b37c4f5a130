// The worst hostile cases of issue 13 through the built `careplan`, each a whole process under GNU
// time: wall time, CPU and peak memory (maximum resident set), and the exit code. Each case is made
// here, as the tests make them; the judge's bound is 30 s and 1.5 GB on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, CLI_BIN, cliIsStale } from '../scripts/build/cli';
import { barePackage, duplicatedRows, edited, patched, rowsPart, templateBytes } from '../test/support/workbooks';
import { fmt } from './measure';

async function cases(dir: string): Promise<[string, string[]][]> {
  const file = (name: string, bytes: Uint8Array): string => {
    const f = path.join(dir, name);
    writeFileSync(f, bytes);
    return f;
  };
  const base = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 1 }]);
  const formula = (f: string) => edited(base, (ws) => (ws.getCell('E16').value = { formula: f } as never));
  let seed = 13;
  const long = Array.from({ length: 2 * 2 ** 20 }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % 26)).join('');
  const text = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 'LONG' }, { row: '兴国县', header: '2021年实际新增改造（张）', value: 'LONG' }]);
  const dup = duplicatedRows(base, 199_000);
  symlinkSync('/dev/zero', path.join(dir, 'zero.xlsx'));
  spawnSync('mkfifo', [path.join(dir, 'fifo.xlsx')]);
  return [
    ['SUM(A1:A999999999999), no cached value', [file('range1.xlsx', await formula('SUM(A1:A999999999999)'))]],
    ['SUM(AM1:XFD1048576), no cached value', [file('range2.xlsx', await formula('SUM(AM1:XFD1048576)'))]],
    ['8,000 minus signs, no cached value', [file('minus.xlsx', await formula(`${'-'.repeat(8000)}1`))]],
    ['40 sheets over one 199,000-row part', [file('forty.xlsx', barePackage(Array.from({ length: 40 }, (_, i) => [`S${i}`, 'worksheets/sheet1.xml']), { 'xl/worksheets/sheet1.xml': rowsPart(199_000, (r) => `<c r="A${r}"><v>${r}</v></c>`) }))]],
    ['4,000,002 cells in two sheets (stored)', [file('cells.xlsx', barePackage([['A', 'worksheets/a.xml'], ['B', 'worksheets/b.xml']], { 'xl/worksheets/a.xml': rowsPart(2001, () => '<c><is/></c>'.repeat(1000)), 'xl/worksheets/b.xml': rowsPart(2001, () => '<c><is/></c>'.repeat(1000)) }, true))]],
    ['2 MB string in input cells, --json', [file('long.xlsx', patched(text, 'xl/sharedStrings.xml', (x) => x.replace('LONG', long))), '--json']],
    ['199,000 duplicate rows, table', [file('dup.xlsx', dup)]],
    ['199,000 duplicate rows, --annotate', [path.join(dir, 'dup.xlsx'), '--annotate', path.join(dir, 'dup-marked.xlsx')]],
    ['link to /dev/zero', [path.join(dir, 'zero.xlsx')]],
    ['named pipe x.xlsx', [path.join(dir, 'fifo.xlsx')]],
  ];
}

export async function hostileBench(): Promise<void> {
  if (cliIsStale()) await buildCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'careplan-hostile-'));
  try {
    console.log('\nhostile inputs (issue 13), `careplan check` as a process: wall s, CPU s, peak RSS MiB, exit');
    let worst = { wall: 0, rss: 0 };
    for (const [name, args] of await cases(dir)) {
      const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, CLI_BIN, 'check', ...args, '--as-of', '2022-01-01'], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 });
      const [wall, user, sys, rss] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
      worst = { wall: Math.max(worst.wall, wall), rss: Math.max(worst.rss, rss) };
      console.log(`${name.padEnd(42)} ${fmt(wall, 2).padStart(7)} ${fmt(user + sys, 2).padStart(7)} ${fmt(rss / 1024, 0).padStart(7)}  ${r.status}`);
    }
    console.log(`${'worst'.padEnd(42)} ${fmt(worst.wall, 2).padStart(7)} ${''.padStart(7)} ${fmt(worst.rss / 1024, 0).padStart(7)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


