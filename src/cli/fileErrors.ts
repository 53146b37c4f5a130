/**
 * What went wrong with a file or folder on disk, in one line: the file, what was wrong and what to do,
 * Chinese first. Every failure of the file system reaches the user as one of these (exit 2), never
 * as careplan's own fault.
 */
import { escapeControl } from '../check/escape';

export type FileProblemCode = 'NOT_FOUND' | 'NOT_A_FILE' | 'LINK_LOOP' | 'NO_PERMISSION' | 'IS_FOLDER' | 'NOT_A_FOLDER' | 'READ_ONLY' | 'SAME_AS_INPUT' | 'FILE_SYSTEM';

export class FileProblem extends Error {
  override readonly name = 'FileProblem';

  constructor(
    readonly code: FileProblemCode,
    /** The file or folder concerned, as the user named it. */
    readonly file: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }

  /** The one line on stderr, control characters of the name escaped. */
  line(): string {
    return escapeControl(`${this.file}: ${this.code}: ${this.zh} / ${this.en}`);
  }
}

/** What a file-system object is, for a refusal by kind. */
export type Kind = 'fifo' | 'device' | 'socket' | 'folder' | 'other';

const KIND: Record<Kind, [zh: string, en: string]> = {
  fifo: ['命名管道（FIFO）', 'a named pipe (FIFO)'],
  device: ['设备文件', 'a device'],
  socket: ['套接字', 'a socket'],
  folder: ['文件夹', 'a folder'],
  other: ['特殊文件', 'a special file'],
};

const FIX = { zh: '请指定一个普通的 .xlsx 文件。', en: 'give an ordinary .xlsx file.' };

export const fileProblems = {
  notFound: (file: string) => new FileProblem('NOT_FOUND', file, '找不到该文件或文件夹；请检查路径和名称。', 'no such file or folder; check the path and the name.'),
  notAFile: (file: string, kind: Kind) =>
    new FileProblem('NOT_A_FILE', file, `这是${KIND[kind][0]}，不是普通文件，未读取；${FIX.zh}`, `this is ${KIND[kind][1]}, not an ordinary file, and was not read; ${FIX.en}`),
  linkLoop: (file: string) =>
    new FileProblem('LINK_LOOP', file, '符号链接形成循环（或层数过多），无法找到实际文件；请修正链接或直接指定文件。', 'its symbolic links form a loop (or are nested too deep), so there is no file to read; fix the link or name the file itself.'),
  noPermission: (file: string, writing: boolean) =>
    new FileProblem(
      'NO_PERMISSION',
      file,
      `没有${writing ? '写入' : '读取'}权限；请检查权限，或${writing ? '写到另一个文件夹' : '复制到自己的文件夹后再检查'}。`,
      `no permission to ${writing ? 'write' : 'read'} it; check its permissions, or ${writing ? 'write to another folder' : 'copy it to a folder of your own and check the copy'}.`,
    ),
  isFolder: (file: string) => new FileProblem('IS_FOLDER', file, '这是一个文件夹，不能作为输出文件；请给出以 .xlsx 结尾的文件名。', 'this is a folder, not a file to write; give a file name ending in .xlsx.'),
  notAFolder: (file: string) => new FileProblem('NOT_A_FOLDER', file, '路径中有一部分不是文件夹；请检查路径。', 'part of the path is not a folder; check the path.'),
  readOnly: (file: string) => new FileProblem('READ_ONLY', file, '所在位置只读，无法写入；请写到另一个文件夹。', 'it is on a read-only file system; write to another folder.'),
  sameAsInput: (file: string, input: string) =>
    new FileProblem(
      'SAME_AS_INPUT',
      file,
      `输出会写到被检查的文件“${input}”上（经符号链接或硬链接解析后是同一文件）；被检查的文件从不改写，请另选输出位置。`,
      `the output would land on the file being checked, "${input}" (the same file once links are resolved); checked files are never written, so choose another place for the output.`,
    ),
  other: (file: string, code: string) =>
    new FileProblem('FILE_SYSTEM', file, `文件系统报错（${code}）；请检查该文件或磁盘后重试。`, `the file system reported ${code}; check the file or the disk and try again.`),
};

/** A Node file-system error as the problem it is for the user; anything else is not a file-system failure. */
export function fromErrno(e: unknown, file: string, writing = false): FileProblem | undefined {
  if (e instanceof FileProblem) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/u.test(code)) return undefined;
  switch (code) {
    case 'ENOENT':
      return fileProblems.notFound(file);
    case 'EACCES':
    case 'EPERM':
      return fileProblems.noPermission(file, writing);
    case 'ELOOP':
      return fileProblems.linkLoop(file);
    case 'EISDIR':
      return fileProblems.isFolder(file);
    case 'ENOTDIR':
      return fileProblems.notAFolder(file);
    case 'EROFS':
      return fileProblems.readOnly(file);
    default:
      return fileProblems.other(file, code);
  }
}
