// @vitest-environment jsdom
/**
 * What a drop or a pick hands the round: every file of a dropped folder and its subfolders (entries
 * as Chromium gives them, readEntries in batches until an empty one), named by their path; files
 * picked with the folder picker named by webkitRelativePath; lock files skipped and other files left
 * out, as the command line sorts a folder.
 */
import { describe, expect, it } from 'vitest';
import { droppedFiles, pickedFiles } from '../../src/taskpane/dropped';

type Tree = { [name: string]: Tree | string };

/** A FileSystemEntry for a file or a folder, as webkitGetAsEntry gives them (MDN: FileSystemDirectoryReader.readEntries returns batches, then []). */
function entry(name: string, node: Tree | string, parent = ''): FileSystemEntry {
  const fullPath = `${parent}/${name}`;
  if (typeof node === 'string') {
    return { isFile: true, isDirectory: false, name, fullPath, file: (ok: (f: File) => void) => ok(new File([node], name)) } as unknown as FileSystemEntry;
  }
  const children = Object.entries(node).map(([n, c]) => entry(n, c, fullPath));
  return {
    isFile: false,
    isDirectory: true,
    name,
    fullPath,
    createReader: () => {
      let at = 0;
      // Two at a time, as a browser hands a large folder over in batches.
      return { readEntries: (ok: (es: FileSystemEntry[]) => void) => ok(children.slice(at, (at += 2))) };
    },
  } as unknown as FileSystemEntry;
}

const transfer = (entries: FileSystemEntry[]): DataTransfer => ({ items: entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e })), files: [] }) as unknown as DataTransfer;

describe('files dropped or picked for a round', () => {
  it('takes every return of a dropped folder and its subfolders, named by path, skipping lock files and leaving other files out', async () => {
    const folder = entry('回收', { '于都县.xlsx': 'a', '第二批': { '寻乌县.xlsx': 'b', '~$寻乌县.xlsx': 'c', '石城县.et': 'd' }, '通知.pdf': 'e', '章贡区.xlsx': 'f' });
    const d = await droppedFiles(transfer([folder, entry('信丰县.xlsx', 'g')]));
    expect(d.files.map((f) => f.name)).toEqual(['信丰县.xlsx', '回收/于都县.xlsx', '回收/章贡区.xlsx', '回收/第二批/寻乌县.xlsx', '回收/第二批/石城县.et']);
    expect(d.skipped).toEqual(['回收/第二批/~$寻乌县.xlsx']);
    expect(d.ignored).toEqual(['回收/通知.pdf']);
    expect(d.files[0]!.file.name).toBe('信丰县.xlsx');
  });

  it('names files picked from a folder by their path in it', () => {
    const file = (name: string, path: string) => Object.defineProperty(new File(['x'], name), 'webkitRelativePath', { value: path });
    const d = pickedFiles([file('于都县.xlsx', '回收/于都县.xlsx'), file('说明.docx', '回收/说明.docx'), new File(['y'], '兴国县.xlsx')]);
    expect(d.files.map((f) => f.name)).toEqual(['兴国县.xlsx', '回收/于都县.xlsx']);
    expect(d.ignored).toEqual(['回收/说明.docx']);
  });
});
