/**
 * What arrives by mail is not always a workbook, and where a user points the output is not always
 * safe. Each case is made here (links, a named pipe, a socket, a device, a loop, a crafted package)
 * and run through the built `careplan` as a user runs it: the exit code, the one line on stderr,
 * no stack trace anywhere, and every input byte-identical afterwards (sha256).
 */
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECHO_LIMIT } from '../../src/check/messages';
import { TABLE_FINDINGS_PER_SHEET } from '../../src/cli/checkReport';
import { careplan, type CliRun } from '../support/cli';
import { random } from '../support/random';
import { buildTemplate } from '../../src/templates';
import { duplicatedRows, patched, sha, tempDir, templateBytes, type Entry } from '../support/workbooks';

/** One line on stderr, naming `file` and the code; no stack trace in any stream. */
function oneLine(r: CliRun, code: string, file: string): void {
  const lines = r.err.split('\n');
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0]).toContain(code);
  expect(lines[0]).toContain(file);
  expect(`${r.out}\n${r.err}`).not.toMatch(/\n\s+at |INTERNAL/u);
}

let dir: string;
let workbook: Uint8Array;
let server: Server | undefined;
beforeAll(async () => {
  dir = tempDir();
  workbook = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 1 }]);
});
afterAll(() => {
  server?.close();
});

describe('output never lands on an input', () => {
  it('check in/ --annotate out --force, where out is a link to in, is refused in one line and every input stays as it was', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    for (const n of ['a.xlsx', 'b.xlsx']) writeFileSync(path.join(input, n), workbook);
    const out = path.join(dir, 'out');
    symlinkSync(input, out);
    const before = ['a.xlsx', 'b.xlsx'].map((n) => sha(path.join(input, n)));
    const r = await careplan('check', input, '--annotate', out, '--force', '--as-of', '2022-01-01');
    expect(r.code).toBe(2);
    oneLine(r, 'SAME_AS_INPUT', out);
    expect(['a.xlsx', 'b.xlsx'].map((n) => sha(path.join(input, n)))).toEqual(before);
  });

  it('a copy named by a link to the input, or by a hard link to it, is refused before anything is written', async () => {
    const input = path.join(dir, 'one.xlsx');
    writeFileSync(input, workbook);
    const before = sha(input);
    symlinkSync(input, path.join(dir, 'soft.xlsx'));
    linkSync(input, path.join(dir, 'hard.xlsx'));
    for (const target of ['soft.xlsx', 'hard.xlsx']) {
      const r = await careplan('check', input, '--annotate', path.join(dir, target), '--force');
      expect(r.code).toBe(2);
      oneLine(r, 'SAME_AS_INPUT', target);
    }
    // Through a linked folder: dir/via → dir, so dir/via/one.xlsx is the input itself.
    symlinkSync(dir, path.join(dir, 'via'));
    const r = await careplan('check', input, '--annotate', path.join(dir, 'via', 'one.xlsx'), '--force');
    oneLine(r, 'SAME_AS_INPUT', 'via');
    expect(sha(input)).toBe(before);
  });
});

describe('careplan merge reads and writes as check does', () => {
  it('-o named by a link to a return is refused in one line, and a named pipe among the returns is listed as unreadable instead of blocking', async () => {
    const returns = path.join(dir, 'merge-in');
    mkdirSync(returns);
    const ret = path.join(returns, '于都县.xlsx');
    writeFileSync(ret, workbook);
    const before = sha(ret);
    symlinkSync(ret, path.join(dir, 'merge-link.xlsx'));
    const linked = await careplan('merge', returns, '-o', path.join(dir, 'merge-link.xlsx'), '--force');
    expect(linked.code).toBe(2);
    oneLine(linked, 'SAME_AS_INPUT', 'merge-link.xlsx');
    execFileSync('mkfifo', [path.join(returns, 'pipe.xlsx')]);
    const r = await careplan('merge', returns, '-o', path.join(dir, 'merged.xlsx'), '--template', 'gz-beds', '--json');
    expect(r.code).toBe(2);
    const files = (JSON.parse(r.out) as { files: { file: string; status: string; reason?: { en: string } }[] }).files;
    const pipe = files.find((f) => f.file.endsWith('pipe.xlsx'))!;
    expect(pipe.status).toBe('unreadable');
    expect(pipe.reason!.en).toContain('FIFO');
    expect(sha(ret)).toBe(before);
  });
});

describe('only ordinary files are opened', () => {
  it('a named pipe called x.xlsx is refused by its kind at once (it would block a reader for ever)', async () => {
    const fifo = path.join(dir, 'x.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = await careplan('check', fifo);
    expect(r.code).toBe(2);
    oneLine(r, 'NOT_A_FILE', 'x.xlsx');
    expect(r.err).toContain('FIFO');
  });

  it('a link to /dev/zero or /dev/urandom is refused as a device before a byte is read', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const link = path.join(dir, `${path.basename(device)}.xlsx`);
      symlinkSync(device, link);
      const r = await careplan('check', link);
      expect(r.code).toBe(2);
      oneLine(r, 'NOT_A_FILE', path.basename(link));
      expect(r.err).toContain('device');
    }
  });

  it('a socket is refused by its kind', async () => {
    const socket = path.join(dir, 'sock.xlsx');
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(socket, resolve));
    const r = await careplan('check', socket);
    expect(r.code).toBe(2);
    oneLine(r, 'NOT_A_FILE', 'sock.xlsx');
  });

  it('a loop of links is reported as a loop', async () => {
    symlinkSync(path.join(dir, 'loop-b.xlsx'), path.join(dir, 'loop-a.xlsx'));
    symlinkSync(path.join(dir, 'loop-a.xlsx'), path.join(dir, 'loop-b.xlsx'));
    const r = await careplan('check', path.join(dir, 'loop-a.xlsx'));
    expect(r.code).toBe(2);
    oneLine(r, 'LINK_LOOP', 'loop-a.xlsx');
  });

  it('a missing file, and a template written onto a folder or into a missing folder, are one line each with exit 2', async () => {
    const missing = await careplan('check', path.join(dir, 'nothing.xlsx'));
    expect(missing.code).toBe(2);
    oneLine(missing, 'NOT_FOUND', 'nothing.xlsx');
    const folder = path.join(dir, 'folder.xlsx');
    mkdirSync(folder);
    const onto = await careplan('template', 'gz-beds', '-o', folder, '--force');
    expect(onto.code).toBe(2);
    oneLine(onto, 'IS_FOLDER', 'folder.xlsx');
    const into = await careplan('template', 'gz-beds', '-o', path.join(dir, 'no-such-folder', 't.xlsx'));
    expect(into.code).toBe(2);
    oneLine(into, 'NOT_FOUND', 't.xlsx');
  });
});

describe('text from a file is shown escaped and cut', () => {
  it('an escape sequence in a cell and a newline in the sheet name reach the table and stderr escaped, never raw', async () => {
    // 于都县's 2021 figure as text that would set the window title and clear the screen.
    // exceljs drops control characters, so they are put into the shared string as OOXML writes them (_x001B_).
    let bytes = await templateBytes('gz-beds', [{ row: '于都县', header: '2021年实际新增改造（张）', value: 'PWNED]0;pwned' }]);
    bytes = patched(bytes, 'xl/sharedStrings.xml', (xml) => xml.replace('PWNED]0;pwned', '_x001B_]0;pwned_x0007__x001B_[2J'));
    const sheetName = /<sheet [^>]*name="([^"]*)"/u.exec(strFromU8(unzipSync(bytes)['xl/workbook.xml']!))![1]!;
    bytes = patched(bytes, 'xl/workbook.xml', (xml) => xml.replace(`name="${sheetName}"`, `name="${sheetName}&#10;错误  A1  forged&#x1b;[2J&#x202e;"`));
    const file = path.join(dir, 'escapes.xlsx');
    writeFileSync(file, bytes);
    const r = await careplan('check', file, '--as-of', '2022-01-01');
    // eslint-disable-next-line no-control-regex -- the characters that must never reach the terminal
    expect(r.out).not.toMatch(/[\u001b\u0007\u202e]/u);
    expect(r.out).toContain('\\x1b]0;pwned\\x07');
    expect(r.out).toContain(`${sheetName}\\n错误  A1  forged\\x1b[2J\\u202e`);
    // JSON keeps the characters, as JSON writes them.
    const json = await careplan('check', file, '--as-of', '2022-01-01', '--json');
    expect(json.out).toContain('\\u001b]0;pwned\\u0007');
  });

  it(`a 2 MB shared string in every input cell is repeated in findings cut to ${ECHO_LIMIT} characters, saying how long it was`, async () => {
    // Letters from a seeded generator: a string that packs like text, not like a zip bomb's zeros.
    const rnd = random(13);
    const long = Array.from({ length: 2 * 2 ** 20 }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join('');
    const marker = 'LONG-TEXT-HERE';
    const t = buildTemplate('gz-beds');
    const main = t.tables[0]!;
    const entries: Entry[] = main.rows.filter((row) => row.county && !row.total).flatMap((row) => main.columns.filter((c) => c.role === 'input').map((c) => ({ row: row.county!, header: c.header, value: marker })));
    expect(entries.length).toBeGreaterThan(100);
    const file = path.join(dir, 'long.xlsx');
    // One entry of the shared-string table, which every one of those cells points at.
    writeFileSync(file, patched(await templateBytes('gz-beds', entries), 'xl/sharedStrings.xml', (xml) => xml.replace(marker, long)));
    const r = await careplan('check', file, '--as-of', '2022-01-01', '--json');
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.out) as { files: { sheets: { findings: { message: { zh: string } }[] }[] }[] }).files[0]!.sheets[0]!.findings;
    expect(findings.length).toBeGreaterThanOrEqual(entries.length);
    for (const f of findings) expect(f.message.zh.length).toBeLessThan(ECHO_LIMIT + 400);
    expect(findings.filter((f) => f.message.zh.includes('共 2,097,152 字符'))).not.toEqual([]);
    // Each finding's own text is bounded: the whole report is far below one copy of the string per cell.
    expect(r.out.length).toBeLessThan(entries.length * 4000);
  });
});

describe('duplicate rows do not blow up the output', () => {
  it(`199,000 copies of a county's name in the key column: the table lists ${TABLE_FINDINGS_PER_SHEET} findings and counts the rest in one line`, async () => {
    const bytes = duplicatedRows(workbook, 199_000);
    const file = path.join(dir, 'duplicates.xlsx');
    writeFileSync(file, bytes);
    const before = sha(file);
    const r = await careplan('check', file, '--as-of', '2022-01-01');
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    // Every copy is a duplicate-row warning; all but the first listed ones are counted in one line.
    const more = Number(/……另有 (\d+) 条未列出/u.exec(r.out)?.[1]);
    expect(more).toBeGreaterThan(199_000 - TABLE_FINDINGS_PER_SHEET);
    expect(r.out.split('\n').length).toBeLessThan(TABLE_FINDINGS_PER_SHEET + 100);
    expect(sha(file)).toBe(before);
  });
});
