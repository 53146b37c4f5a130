/**
 * What the user dropped or picked, as the files a round reads: from a drop, every file of every
 * folder and subfolder (the File and Directory Entries API: DataTransferItem.webkitGetAsEntry,
 * https://developer.mozilla.org/en-US/docs/Web/API/DataTransferItem/webkitGetAsEntry); from the
 * folder picker (webkitdirectory), each file with its path in the folder (File.webkitRelativePath).
 * Returns are sorted from the rest as the command line sorts a folder (round/returnFiles.ts).
 */
import { returnFileKind } from '../round/returnFiles';

export interface Dropped {
  /** The returns to read, each named by its path in what was dropped. */
  files: { name: string; file: File }[];
  /** Excel lock files, listed and left alone. */
  skipped: string[];
  /** Anything else (a .docx, a .pdf), listed as not read. */
  ignored: string[];
}

/** Sorts named files into returns, lock files and the rest, in name order as a folder lists them. */
export function sortDropped(named: readonly { name: string; file: File }[]): Dropped {
  const out: Dropped = { files: [], skipped: [], ignored: [] };
  for (const n of [...named].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const kind = returnFileKind(n.name);
    if (kind === 'return') out.files.push(n);
    else (kind === 'lock' ? out.skipped : out.ignored).push(n.name);
  }
  return out;
}

/** Picked files, named by their path inside a picked folder where there is one. */
export const pickedFiles = (list: FileList | readonly File[]): Dropped => sortDropped([...list].map((file) => ({ name: file.webkitRelativePath || file.name, file })));

/** Every entry of a folder: readEntries gives them in batches (Chromium: 100) until it gives none. */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

async function filesUnder(entry: FileSystemEntry, out: { name: string; file: File }[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name: entry.fullPath.replace(/^\//u, ''), file });
  } else if (entry.isDirectory) {
    for (const e of await entriesOf(entry as FileSystemDirectoryEntry)) await filesUnder(e, out);
  }
}

/** A drop's files and folders; where the browser gives no entries, its plain file list. */
export async function droppedFiles(dt: DataTransfer): Promise<Dropped> {
  // The entries must be taken while the drop event is being handled: the list is emptied after.
  const entries = [...dt.items].filter((i) => i.kind === 'file').map((i) => i.webkitGetAsEntry?.() ?? null);
  if (!entries.length || entries.some((e) => e === null)) return pickedFiles(dt.files);
  const named: { name: string; file: File }[] = [];
  for (const e of entries) await filesUnder(e!, named);
  return sortDropped(named);
}
