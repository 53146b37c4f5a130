// `npx tsx scripts/mutate/scores.ts [--survivors]`: the score of each mutated folder from the last
// report (reports/mutation/mutation.json, which holds every folder run so far, since runs are
// incremental), in Stryker's own terms: score = (killed + timeout) / (killed + timeout + survived
// + no coverage); compile errors (the TypeScript checker) and static mutants (ignored) do not count.
// With --survivors it lists each survivor and each uncovered mutant by file and line.
import { readFileSync } from 'node:fs';
import { MUTATED_FOLDERS } from './folders';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8')) as Report;
const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage'] as const;
const rows = Object.keys(MUTATED_FOLDERS).map((folder) => {
  const files = Object.entries(report.files).filter(([name]) => name.startsWith(`src/${folder}/`));
  const mutants = files.flatMap(([, f]) => f.mutants);
  const count = (status: string) => mutants.filter((m) => m.status === status).length;
  const [killed, timeout, survived, noCoverage] = COUNTED.map(count);
  const counted = killed + timeout + survived + noCoverage;
  const score = counted ? (((killed + timeout) / counted) * 100).toFixed(1) + '%' : 'not run';
  return { folder, mutants: mutants.length, killed, timeout, survived, noCoverage, ignored: count('Ignored'), compileError: count('CompileError'), score };
});
console.table(rows);

if (process.argv.includes('--survivors')) {
  for (const [name, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const lines = file.source.split('\n');
    for (const m of file.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
      const { line, column } = m.location.start;
      const text = (lines[line - 1] ?? '').trim().slice(0, 110);
      console.log(`${name}:${line}:${column} ${m.status} ${m.mutatorName} → ${(m.replacement ?? '').slice(0, 60)}\n    ${text}`);
    }
  }
}
