/**
 * Byte ranges of a chunked upload.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks
 *
 * A PATCH says which bytes it carries with `Content-Range: <start>-<end>` (inclusive, no "bytes "
 * unit: distribution rejects it); the registry answers every PATCH, and a GET of the upload URL,
 * with `Range: 0-<last byte received>`. distribution writes "0-0" for an empty upload too, so
 * "0-0" is read as nothing received: wasmpack's first chunk is never a single byte.
 */
import { Readable, Transform } from 'node:stream';

/** `Content-Range` for the bytes [start, end). */
export function contentRange(start: number, end: number): string {
  return `${start}-${end - 1}`;
}

/** How many bytes the registry holds, from its `Range` header; undefined if absent or unreadable. */
export function confirmedOffset(range: string | undefined): number | undefined {
  if (range === undefined) return undefined;
  const m = /^\s*(?:bytes=)?0-(\d+)\s*$/.exec(range);
  if (!m) return undefined;
  const last = Number(m[1]);
  if (!Number.isSafeInteger(last)) return undefined;
  return last === 0 ? 0 : last + 1;
}

/**
 * The bytes [start, end) of a stream that begins at offset 0. A resume re-reads the local file
 * from its start and skips what the registry already has: nothing skipped goes over the network,
 * and a Blob stays one opener with no seek method to implement.
 */
export function sliceStream(source: Readable, start: number, end: number): Readable {
  let position = 0;
  let done = false;
  const slice = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      if (done) return callback();
      const from = Math.max(0, start - position);
      const to = Math.min(chunk.length, end - position);
      position += chunk.length;
      if (to > from) this.push(chunk.subarray(from, to));
      if (position >= end) {
        // Everything wanted has passed: end here, and stop reading the rest of the file.
        done = true;
        this.push(null);
        source.unpipe(slice);
        source.destroy();
      }
      callback();
    },
  });
  source.on('error', (err) => slice.destroy(err));
  slice.on('close', () => source.destroy());
  return source.pipe(slice);
}
