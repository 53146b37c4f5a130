// The command line as whole processes, each against `node -e 0` in the same run: CPU time (user +
// system) and peak memory (maximum resident set) from GNU time, runs paired A/B so that the
// machine's load falls on both alike, medians. Then a folder of 1, 5, 20 and 100 county workbooks
// checked in the main thread and in two worker threads (--threads), the same way, and two county
// tables of 20,000, 50,000 and 100,000 rows, on either side of the size from which careplan starts
// workers by itself (src/cli/pool.ts); and `careplan
// merge` of twenty returns against checking the same folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, CLI_BIN, cliIsStale } from '../scripts/build/cli';
import { buildTemplate } from '../src/templates';
import { writeTemplate } from '../src/xlsx/write';
import { filled, type Entry } from '../test/support/workbooks';
import { bigWorkbook } from './check';
import { fmt } from './measure';

const TIME = '/usr/bin/time';
const AS_OF = '2026-01-01';

interface Cost {
  wall: number;
  cpu: number;
  /** KiB */
  rss: number;
}

function once(argv: string[]): Cost {
  const r = spawnSync(TIME, ['-f', '%e %U %S %M', ...argv], { encoding: 'utf8' });
  const [wall, user, sys, rss] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
  return { wall, cpu: user + sys, rss };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** A and B run alternately `runs` times; the medians of each. */
function paired(a: string[], b: string[], runs: number): [Cost, Cost] {
  const as: Cost[] = [];
  const bs: Cost[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(once(a));
    bs.push(once(b));
  }
  const med = (cs: Cost[]): Cost => ({ wall: median(cs.map((c) => c.wall)), cpu: median(cs.map((c) => c.cpu)), rss: median(cs.map((c) => c.rss)) });
  return [med(as), med(bs)];
}

/** Twenty 赣州 county workbooks, each with its own county's figures filled in. */
async function countyWorkbooks(dir: string): Promise<string[]> {
  const counties = buildTemplate('gz-beds').tables[0]!.rows.filter((r) => !r.total).map((r) => r.county!);
  const files: string[] = [];
  for (const [i, county] of counties.entries()) {
    const entries: Entry[] = [2021, 2022, 2023, 2024, 2025].map((y) => ({ row: county, header: `${y}年实际新增改造（张）`, value: 40 + ((i * 13 + y) % 300) }));
    const file = path.join(dir, `${String(i + 1).padStart(2, '0')}.xlsx`);
    writeFileSync(file, await writeTemplate(filled('gz-beds', entries, { county })));
    files.push(file);
  }
  return files;
}

export async function cliBench(runs = 7): Promise<void> {
  if (!existsSync(TIME)) {
    console.log(`\ncareplan as a process: no ${TIME} (apt-get install time)`);
    return;
  }
  if (cliIsStale()) await buildCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'careplan-bench-cli-'));
  try {
    const counties = await countyWorkbooks(dir);
    const node = [process.execPath, '-e', '0'];
    const bin = [process.execPath, CLI_BIN];
    console.log(`\ncareplan (built bin) against node -e 0, whole processes, medians of ${runs} paired runs:`);
    console.log('  command                                   CPU s   ÷ node    peak MiB   ÷ node');
    for (const [label, args] of [
      ['calc BEDSUBSIDY 赣州 120 新建', ['calc', 'BEDSUBSIDY', '赣州', '120', '新建', '--value']],
      ['check one county workbook', ['check', counties[0]!, '--as-of', AS_OF]],
    ] as const) {
      const [base, cmd] = paired(node, [...bin, ...args], runs);
      console.log(
        `  ${label.padEnd(40)} ${fmt(cmd.cpu, 2).padStart(6)} ${fmt(cmd.cpu / base.cpu, 2).padStart(7)}× ${fmt(cmd.rss / 1024, 1).padStart(10)} ${fmt(cmd.rss / base.rss, 2).padStart(7)}×   (node -e 0: ${fmt(base.cpu, 2)} s, ${fmt(base.rss / 1024, 1)} MiB)`,
      );
    }

    console.log(`\ncareplan check on a folder, main thread (--threads 1) against two workers (--threads 2), medians of ${Math.max(3, runs >> 1)} paired runs:`);
    console.log('      workbooks   main: wall s   CPU s    workers: wall s   CPU s    wall workers ÷ main');
    // Two large workbooks on either side of MIN_BYTES_FOR_WORKERS (2 MiB): 2 × 20,000 rows ≈ 1.8 MiB, 2 × 50,000 ≈ 4.5 MiB, 2 × 100,000 ≈ 9 MiB.
    const big = async (rows: number): Promise<string[]> => {
      const file = path.join(dir, `big-${rows}.xlsx`);
      writeFileSync(file, await bigWorkbook(rows));
      return [file];
    };
    const folders = [[1, '1', counties], [5, '5', counties], [20, '20', counties], [100, '100', counties], [2, '2 × 20k rows', await big(20_000)], [2, '2 × 50k rows', await big(50_000)], [2, '2 × 100k rows', await big(100_000)]] as const;
    for (const [n, label, source] of folders) {
      const folder = path.join(dir, `folder-${label.replace(/\W/gu, '')}`);
      mkdirSync(folder);
      for (let i = 0; i < n; i++) copyFileSync(source[i % source.length]!, path.join(folder, `${String(i).padStart(3, '0')}.xlsx`));
      const args = ['check', folder, '--as-of', AS_OF, '--json'];
      const [main, workers] = paired([...bin, ...args, '--threads', '1'], [...bin, ...args, '--threads', '2'], Math.max(3, runs >> 1));
      console.log(`  ${label.padStart(13)}   ${fmt(main.wall, 2).padStart(12)} ${fmt(main.cpu, 2).padStart(7)}    ${fmt(workers.wall, 2).padStart(15)} ${fmt(workers.cpu, 2).padStart(7)}    ${fmt(workers.wall / main.wall, 2).padStart(8)}×`);
    }

    // The round: the same twenty returns merged into the city table with its report sheets and chart,
    // against checking them, paired.
    const returns = path.join(dir, 'folder-20');
    const [merged, checked] = paired(
      [...bin, 'merge', returns, '-o', path.join(dir, 'city.xlsx'), '--as-of', AS_OF, '--force', '--json'],
      [...bin, 'check', returns, '--as-of', AS_OF, '--json'],
      Math.max(3, runs >> 1),
    );
    console.log(`
careplan merge of ${counties.length} returns against careplan check of them, medians of ${Math.max(3, runs >> 1)} paired runs:`);
    console.log(`  merge ${fmt(merged.wall, 2)} s wall, ${fmt(merged.cpu, 2)} s CPU, ${fmt(merged.rss / 1024, 1)} MiB peak; check ${fmt(checked.wall, 2)} s wall, ${fmt(checked.cpu, 2)} s CPU; merge ÷ check ${fmt(merged.cpu / checked.cpu, 2)}× CPU`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
