/**
 * The body of a blob upload read from the file the blob rests in, into a ring of buffers that are
 * used again and again instead of a new buffer per read.
 *
 * Why: a file stream allocates a fresh 1 MiB buffer for every read and leaves it to the garbage
 * collector, which frees such external memory late. A 256 MiB push peaked at ~130 MiB RSS, half
 * of it buffers already sent; with the ring it stays at what node and the HTTP client need.
 *
 * One ring serves every request of one blob's upload (the PATCHes of a chunked upload, a retry),
 * which are sent one after another: a request's answer comes after all its bytes have left.
 *
 * Why it is safe: the body is read only when the HTTP client asks for more (highWaterMark 0), and
 * node's http client (and undici, behind a proxy) asks only once the socket has taken the last
 * piece: it pauses the body while a write is pending. So few buffers are ever in flight: the
 * tests send 48 MiB through both to a server that reads slowly and get the file's bytes even
 * with a ring of one buffer; eight is the margin.
 * Were a buffer ever overwritten early, the upload would still not store wrong bytes: the
 * registry checks what arrived against the digest the PUT names.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ByteRange } from '../../oci/content.js';
import { READ_CHUNK } from '../files.js';

/** Buffers in a ring: a wide margin over the one the HTTP client keeps in flight. */
const RING = 8;

/** The buffers of one blob's upload, lent to one body at a time. */
export interface UploadRing {
  readonly buffers: readonly Buffer[];
  /** A body holds them (until it is closed and its last read has landed). */
  lent: boolean;
}

/** No more buffers than the blob's size needs, at most RING x READ_CHUNK. */
export function uploadRing(blobSize: number): UploadRing {
  const chunk = Math.max(1, Math.min(READ_CHUNK, blobSize));
  return { buffers: Array.from({ length: Math.min(RING, Math.ceil(blobSize / chunk)) || 1 }, () => Buffer.allocUnsafeSlow(chunk)), lent: false };
}

/**
 * Bytes [start, end) of the file at `path`, read into `ring`'s buffers; `onRead` is told the size
 * of each piece handed out. While an earlier body still holds the ring (a request that failed,
 * whose last read may not have landed yet, and its retry), this one reads into buffers of its own.
 */
export function uploadBody(path: string, range: ByteRange, shared: UploadRing, onRead: (bytes: number) => void): Readable {
  const own = shared.lent ? uploadRing(shared.buffers[0]!.length * shared.buffers.length) : shared;
  own.lent = true;
  const ring = own.buffers;
  const chunk = ring[0]!.length;
  let reading: Promise<unknown> = Promise.resolve();
  // Opened on the first read, not in construct(): a highWaterMark-0 stream read by async
  // iteration never asks for data after construct() finishes.
  let handle: Promise<FileHandle> | undefined;
  let at = range.start;
  let turn = 0;
  return new Readable({
    highWaterMark: 0,
    read() {
      if (at >= range.end) {
        this.push(null);
        return;
      }
      const buffer = ring[turn++ % ring.length]!;
      handle ??= open(path, 'r');
      reading = handle
        .then((h) => h.read(buffer, 0, Math.min(chunk, range.end - at), at))
        .then(({ bytesRead }) => {
          if (bytesRead === 0) {
            this.destroy(new Error(`${path} ended at byte ${at}, before the ${range.end} bytes of the blob`));
            return;
          }
          at += bytesRead;
          onRead(bytesRead);
          this.push(buffer.subarray(0, bytesRead));
        }, (err: Error) => this.destroy(err));
    },
    destroy(err, callback) {
      const opened = handle;
      const release = (): void => {
        own.lent = false;
        callback(err);
      };
      // The ring is free once a read under way has landed; the file is closed after it.
      reading.then(() => opened?.then((h) => h.close())).then(release, release);
    },
  });
}
