/**
 * The one stream collector: a whole (small) stream as one buffer, refusing more than `limit`
 * bytes. Over the limit the stream is destroyed (an HTTP body would otherwise keep its connection) and
 * `tooLarge` says what that means where it happened.
 */
export async function collect(
  stream: AsyncIterable<unknown> & { destroy?(): void },
  options: { limit?: number; tooLarge?: (limit: number) => Error } = {},
): Promise<Buffer> {
  const limit = options.limit ?? Infinity;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > limit) {
      stream.destroy?.();
      throw options.tooLarge?.(limit) ?? new Error(`more than ${limit} bytes`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
