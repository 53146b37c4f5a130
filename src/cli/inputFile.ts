/**
 * Files on disk as the command line may touch them: an input is read only when it is an ordinary
 * file (a named pipe would block for ever, /dev/zero never ends), links are resolved once and a loop
 * is reported, and an output is compared with the inputs after links are resolved, so that no
 * output ever lands on an input.
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { tooLarge } from '../xlsx/errors';
import { fileProblems, fromErrno, type Kind } from './fileErrors';

function kindOf(st: Stats): Kind | 'file' {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/** A file-system call whose failure becomes the user's one line about `file`. */
function fs<T>(file: string, call: () => T, writing = false): T {
  try {
    return call();
  } catch (e) {
    throw fromErrno(e, file, writing) ?? e;
  }
}

/** The path with every link resolved, once; LINK_LOOP for a loop, NOT_FOUND for a dangling link. */
export const realPath = (file: string): string => fs(file, () => realpathSync(file));

/** Whether `file` names a folder, links resolved; a loop or a missing path is reported, not guessed. */
export const isFolder = (file: string): boolean => fs(file, () => statSync(realPath(file)).isDirectory());

/**
 * An input file's bytes, read only when it is an ordinary file of at most `maxBytes`: a pipe, a
 * device, a socket or a folder (or a link to one) is refused by its kind before a byte is read. It
 * is opened without blocking and checked again on the open descriptor, so an object swapped in
 * between the check and the open is caught as well.
 */
export function readInputFile(file: string, maxBytes: number): Uint8Array {
  const real = realPath(file);
  const refuse = (st: Stats): void => {
    const kind = kindOf(st);
    if (kind !== 'file') throw fileProblems.notAFile(file, kind);
    if (st.size > maxBytes) throw tooLarge({ kind: 'file', found: st.size, limit: maxBytes });
  };
  refuse(fs(file, () => statSync(real)));
  const fd = fs(file, () => openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)));
  try {
    const st = fs(file, () => fstatSync(fd));
    refuse(st);
    const bytes = new Uint8Array(st.size);
    let got = 0;
    // Never more than the size found: a file that grows while it is read is read as it was.
    while (got < bytes.length) {
      const n = fs(file, () => readSync(fd, bytes, got, bytes.length - got, got));
      if (n === 0) break;
      got += n;
    }
    return got === bytes.length ? bytes : bytes.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** The names in a folder; an unreadable folder is reported on it. */
export const namesIn = (dir: string): string[] => fs(dir, () => readdirSync(dir));

/** A folder made, with its parents, for outputs; a folder that cannot be made is reported on it. */
export const makeFolder = (dir: string): void => {
  fs(dir, () => mkdirSync(dir, { recursive: true }), true);
};

/** An existing object's identity (device and inode), links followed: two names of one file share it. */
function identity(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/** An input as outputs are compared with it: where it really is, and its identity. */
export interface Input {
  file: string;
  real: string;
  id: string | undefined;
}

export const inputOf = (file: string): Input => {
  const real = realPath(file);
  return { file, real, id: identity(real) };
};

/**
 * Where writing `target` lands: its folder with links resolved, and its name. (The write replaces
 * `target` by renaming a new file onto it, so a link named `target` is itself replaced; a linked
 * folder on the way is followed.) The folder must exist.
 */
export const landingOf = (target: string): string => path.join(realPath(path.dirname(path.resolve(target))), path.basename(target));

/** Refuses an output that would land on an input: the same path once links are resolved, or the same file by identity (a hard link, a case-blind file system). */
export function refuseCollision(target: string, inputs: readonly Input[]): void {
  const landing = landingOf(target);
  const id = identity(landing);
  const hit = inputs.find((i) => i.real === landing || (id !== undefined && i.id === id));
  if (hit) throw fileProblems.sameAsInput(target, hit.file);
}
