/**
 * The browser's own inflater, DecompressionStream('deflate-raw'), under the reader's zip-bomb bound:
 * the packed bytes go in INFLATE_STEP at a time, only as the output is read, and the stream is
 * cancelled as soon as its output would pass the declared size. In headless Chromium it unpacked a
 * 100,000-row sheet about twice as fast as fflate (`npm run bench`, inflateBrowser.ts), but it
 * answers later, so it serves readWorkbookAsync, in the page's worker.
 * https://developer.mozilla.org/en-US/docs/Web/API/DecompressionStream (deflate-raw: Chrome 103,
 * Firefox 113, Safari 16.4); where it is missing the page reads with fflate.
 */
import { INFLATE_STEP, type InflateAsync } from './inflate';

/** Whether this engine has DecompressionStream with raw deflate, the format of zip entries. */
export function hasDeflateRawStream(): boolean {
  try {
    // The constructor throws a TypeError for a format the engine does not know.
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

export const inflateWithStream: InflateAsync = async (packed, size) => {
  let fed = 0;
  // Pulled, not pushed: a step of packed bytes enters only when the inflater wants more, so what it
  // unpacks ahead of the bound is at most one step's worth (≈ 16.5 MiB at deflate's ≈ 1032:1).
  const input = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (fed >= packed.length) controller.close();
        // The file's bytes are an ArrayBuffer read from a Blob, never shared memory.
        else controller.enqueue(packed.subarray(fed, (fed += INFLATE_STEP)) as Uint8Array<ArrayBuffer>);
      },
    },
    { highWaterMark: 0 },
  );
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const out = new Uint8Array(size);
  let produced = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out.subarray(0, produced);
    if (produced + value.length > size) {
      await reader.cancel();
      throw new RangeError(`inflated past the declared ${size} bytes`);
    }
    out.set(value, produced);
    produced += value.length;
  }
};
