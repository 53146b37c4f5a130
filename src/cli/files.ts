/** Writing output files so that an interrupted run never leaves half a workbook. */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeControl } from '../check/escape';
import { fileProblems, fromErrno } from './fileErrors';
import { UsageError } from './options';

/** An output that exists is replaced only with --force. */
export function refuseOverwrite(file: string, force: boolean): void {
  if (existsSync(file) && !force) throw new UsageError(`${escapeControl(file)} 已存在；如要覆盖请加 --force / exists; add --force to overwrite it`);
}

/**
 * `bytes` written to `file` through a temporary file beside it and a rename, so `file` is either as
 * it was or whole. A failure (a folder where the file should go, a missing or read-only folder) is
 * the one-line problem naming `file`.
 */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    // rename() onto a folder fails only after the temporary file is written; say what it is first.
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw fileProblems.isFolder(file);
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (e) {
    throw fromErrno(e, file, true) ?? e;
  } finally {
    rmSync(temp, { force: true });
  }
}
