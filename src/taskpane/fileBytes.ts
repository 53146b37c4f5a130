/** A picked or dropped file's bytes, refused by its size before a byte is read, as the command line refuses a large file. */
import { tooLarge } from '../xlsx/errors';
import { MAX_FILE_BYTES } from '../xlsx/limits';

export async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (file.size > MAX_FILE_BYTES) throw tooLarge({ kind: 'file', found: file.size, limit: MAX_FILE_BYTES });
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  // Older engines (and jsdom) have no Blob.arrayBuffer; FileReader exists in pages and workers alike.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsArrayBuffer(file);
  });
}
