/**
 * Byte ranges of a chunked upload.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks
 *
 * A PATCH says which bytes it carries with `Content-Range: <start>-<end>` (inclusive, no "bytes "
 * unit: distribution rejects it); the registry answers every PATCH, and a GET of the upload URL,
 * with `Range: 0-<last byte received>`. distribution writes "0-0" for an empty upload too, so
 * "0-0" is read as nothing received: wasmpack's first chunk is never a single byte.
 */
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
