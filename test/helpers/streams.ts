import type { Readable } from 'node:stream';

/** The whole of a small stream (a manifest, a config, a test blob) as one buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
