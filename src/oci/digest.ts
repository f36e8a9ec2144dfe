import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { WasmpackError } from '../errors.js';

// https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

export function sha256(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The one incremental hasher: sha256 and byte count of whatever is fed to it, in chunks. */
export function sha256Counter(): { update(chunk: Buffer): void; result(): { digest: string; size: number } } {
  const hash = createHash('sha256');
  let size = 0;
  return {
    update(chunk) {
      hash.update(chunk);
      size += chunk.length;
    },
    result: () => ({ digest: `sha256:${hash.digest('hex')}`, size }),
  };
}

/** Digest and size of a stream's bytes, read in chunks (bounded memory). */
export async function sha256Stream(stream: Readable): Promise<{ digest: string; size: number }> {
  const counter = sha256Counter();
  for await (const chunk of stream) counter.update(chunk as Buffer);
  return counter.result();
}

/**
 * A pass-through that hashes what flows through it: the one way wasmpack digests bytes on their
 * way somewhere (a layout blob, a scratch module, an archive, a layer), so nothing is read back.
 */
export function hashingTap(): { tap: Transform; result(): { digest: string; size: number } } {
  const counter = sha256Counter();
  const tap = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      counter.update(chunk);
      callback(null, chunk);
    },
  });
  return { tap, result: counter.result };
}

export function isDigest(value: string): boolean {
  return DIGEST_RE.test(value);
}

export function assertDigest(value: string, what = 'digest'): string {
  if (!isDigest(value)) {
    throw new WasmpackError('BAD_DIGEST', `${what} "${value}" is not a sha256 digest`, 'a digest looks like sha256:<64 lowercase hex digits>');
  }
  return value;
}

/** The hex part, for blob paths (blobs/sha256/<hex>). */
export function digestHex(digest: string): string {
  return assertDigest(digest).slice('sha256:'.length);
}

export function shortDigest(digest: string): string {
  return digest.slice(0, 'sha256:'.length + 12);
}
