/**
 * Errors the tests cannot provoke on this machine (they run as root, whom permissions do not stop),
 * each as Node raises it (an Error with the errno `code`, nodejs.org/api/errors.html#common-system-errors):
 * one problem naming the file, what was wrong and what to do.
 */
import { describe, expect, it } from 'vitest';
import { fromErrno } from '../../src/cli/fileErrors';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: failed`), { code });

describe('a file-system failure is the user’s one line', () => {
  it.each([
    ['EACCES', false, 'NO_PERMISSION', '没有读取权限'],
    ['EACCES', true, 'NO_PERMISSION', '没有写入权限'],
    ['EPERM', true, 'NO_PERMISSION', '写到另一个文件夹'],
    ['EROFS', true, 'READ_ONLY', '只读'],
    ['ENOTDIR', false, 'NOT_A_FOLDER', '不是文件夹'],
    ['EIO', false, 'FILE_SYSTEM', 'EIO'],
  ])('%s (writing: %s) is %s', (code, writing, expected, words) => {
    const p = fromErrno(errno(code), 'in/x\u001b[2J.xlsx', writing)!;
    expect(p.code).toBe(expected);
    expect(p.line()).toContain(words);
    expect(p.line()).toContain('in/x\\x1b[2J.xlsx');
    expect(p.line()).not.toContain('\n');
  });

  it('an error without an errno code is not a file-system failure', () => {
    expect(fromErrno(new TypeError('x'), 'a.xlsx')).toBeUndefined();
  });
});
