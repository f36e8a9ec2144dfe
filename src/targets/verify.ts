import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { WasmpackError } from '../errors.js';
import type { Descriptor } from '../oci/content.js';
import { shortDigest } from '../oci/digest.js';

/*
 * What a source hands out is untrusted until it matches the descriptor that named it. Blobs are
 * checked as they stream (go-containerregistry's verify.ReadCloser): a byte past the declared size
 * fails at once, a wrong digest fails at the end, before the consumer sees the stream end; so a
 * target that writes by rename never keeps a bad blob, and memory stays flat whatever the size.
 */

/** What arrived is not what was named. The code says who was wrong: a registry, or the (local) source. */
export type MismatchCode = 'PULL_DIGEST_MISMATCH' | 'REGISTRY_DIGEST_MISMATCH';

export function digestMismatch(descriptor: Descriptor, got: { digest: string; size: number }, where: string, code: MismatchCode = 'PULL_DIGEST_MISMATCH'): WasmpackError {
  return new WasmpackError(
    code,
    `${where}: content named ${descriptor.digest} (${descriptor.size} bytes) arrived as ${got.digest} (${got.size} bytes)`,
    'the image was altered after it was written, or the source is corrupt; do not run it. Push or copy it again from a source you trust',
  );
}

/** `source` as a byte stream that fails unless it is exactly the content `descriptor` names. */
export function verifiedStream(open: () => Promise<AsyncIterable<Buffer>> | AsyncIterable<Buffer>, descriptor: Descriptor, where: string, code?: MismatchCode): Readable {
  async function* checked(): AsyncGenerator<Buffer> {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of await open()) {
      size += chunk.length;
      if (size > descriptor.size) throw digestMismatch(descriptor, { digest: `more than ${descriptor.size} bytes of ${shortDigest(descriptor.digest)}`, size }, where, code);
      hash.update(chunk);
      yield chunk;
    }
    const digest = `sha256:${hash.digest('hex')}`;
    if (size !== descriptor.size || digest !== descriptor.digest) throw digestMismatch(descriptor, { digest, size }, where, code);
  }
  return Readable.from(checked(), { objectMode: false });
}

/** Bytes already in memory (a manifest), checked once. */
export function checkBytes(descriptor: Descriptor, bytes: Buffer, digest: string, where: string): void {
  if (bytes.length !== descriptor.size || digest !== descriptor.digest) throw digestMismatch(descriptor, { digest, size: bytes.length }, where);
}
