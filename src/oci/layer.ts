import { PassThrough, Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import tar from 'tar-stream';
import type { Blob, Opener } from './content.js';
import { hashingTap, sha256Stream } from './digest.js';
import { layerMediaType, MediaType, type Compression } from './media-types.js';

export interface LayerFile {
  /** Path inside the image, absolute ("/app.wasm"). */
  path: string;
  /** How many bytes `open` yields: the tar header is written before the bytes are read. */
  size: number;
  /** The file's bytes (a file opener, or the kept ranges of a module: src/targets/files.ts). */
  open: Opener;
  mode?: number;
}

/**
 * Where a layer's compressed bytes go and how to read them back, supplied by the caller (a
 * scratch file, say): src/oci writes through it and never names a path.
 */
export interface LayerSink {
  /** A fresh writable for the whole layer; the layer is complete when it finishes. */
  create(): Writable;
  open: Opener;
  /** Reads part of what was written (a resumed upload); see Blob.openRange. */
  openRange?: Blob['openRange'];
  /** Passed on as the layer blob's `location` (see Blob). */
  location?: string;
}

export interface Layer extends Blob {
  /** sha256 of the uncompressed tar: rootfs.diff_ids. */
  readonly diffId: string;
}

export interface LayerOptions {
  mtime: number;
  compression: Compression;
  /** Where the layer is written; without one an uncompressed layer is re-framed from its files on each open. */
  sink?: LayerSink;
}

/**
 * A deterministic tar layer: entries sorted by path, uid/gid 0, no user/group names, one fixed
 * mtime, mode 0755 for modules. The same files give the same bytes on any machine.
 *
 * One streaming pass: the files' bytes go once through the tar framing, the diff_id hash, the
 * compressor and the blob hash into the sink, in chunks, so memory stays flat whatever the size.
 * An uncompressed layer is hashed once (its digest is its diff_id). The blob carries the sink's
 * location as hashed-as-written, so a layout on the same file system links it without reading it
 * again: for a 256 MiB module the build reads and hashes the module once in all.
 * Without a sink an uncompressed layer is not stored at all: `open` frames the files again, and
 * whoever writes it checks the digest as the bytes go by.
 */
export async function writeLayer(files: LayerFile[], options: LayerOptions): Promise<Layer> {
  const entries = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const mediaType = layerMediaType(options.compression);
  const frame = () => tarStream(entries, options.mtime);
  const sink = options.sink;
  if (options.compression === 'none' && !sink) {
    const { digest, size } = await sha256Stream(frame());
    return { descriptor: { mediaType, digest, size }, diffId: digest, open: frame };
  }
  if (!sink) throw new Error(`writeLayer: a ${options.compression} layer needs a sink`);
  if (options.compression === 'none') {
    const blob = hashingTap();
    await pipeline(frame(), blob.tap, sink.create());
    const { digest, size } = blob.result();
    return { descriptor: { mediaType, digest, size }, diffId: digest, open: sink.open, ...where(sink) };
  }
  const uncompressed = hashingTap();
  const compressed = hashingTap();
  await pipeline([frame(), uncompressed.tap, ...(await compressor(options.compression)), compressed.tap, sink.create()]);
  const { digest, size } = compressed.result();
  return { descriptor: { mediaType, digest, size }, open: sink.open, diffId: uncompressed.result().digest, ...where(sink) };
}

/** The sink's file, if it has one, hashed as it was written (see Blob.hashedAsWritten). */
function where(sink: LayerSink): Pick<Blob, 'location' | 'hashedAsWritten' | 'openRange'> {
  return { ...(sink.location ? { location: sink.location, hashedAsWritten: true } : {}), ...(sink.openRange ? { openRange: sink.openRange } : {}) };
}

/** The tar stream of `entries` (already sorted), reading each file only when the tar reaches it. */
function tarStream(entries: readonly LayerFile[], mtimeSeconds: number): Readable {
  const pack = tar.pack();
  const mtime = new Date(mtimeSeconds * 1000);
  (async () => {
    for (const file of entries) {
      const name = file.path.replace(/^\/+/, '');
      const entry = pack.entry({ name, size: file.size, mode: file.mode ?? 0o755, mtime, uid: 0, gid: 0, uname: '', gname: '', type: 'file' });
      await pipeline(file.open(), entry);
    }
    pack.finalize();
  })().catch((err: Error) => pack.destroy(err));
  return pack as unknown as Readable;
}

/** The compressor as pipeline stages. */
async function compressor(compression: Compression): Promise<Transform[]> {
  switch (compression) {
    case 'none':
      return [new PassThrough()];
    case 'gzip':
      // zlib writes no timestamp or name into the gzip header: the output depends on the input only.
      // Default levels, as buildah and containerd use: level 9 saves <1% on wasm at 3x the time.
      return [zlib.createGzip({ level: 6 })];
    case 'zstd':
      return zstdCompressor();
  }
}

// Level 3, zstd's default: 19 saves ~16% more but was 67x slower (107 s for a 256 MiB module).
export const ZSTD_LEVEL = 3;

/**
 * zstd from node itself (zlib.createZstdCompress, node >= 22.15, wasmpack's floor): libzstd's
 * streaming compressor at level 3 with no checksum and no pledged size, fed whole blocks (see
 * reblock) so the bytes, and so a layer's digest, do not depend on how the tar stream was cut
 * (test/unit/oci/zstd.test.ts).
 */
export function zstdCompressor(): Transform[] {
  return [reblock(), zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } })];
}

/** zstd's block size: node's compressor gets whole blocks only (see reblock). */
export const ZSTD_BLOCK = 128 * 1024;

/**
 * node's zstd stream gives different bytes when it is written small pieces (a 512-byte tar
 * header, say) than when it gets the same bytes in large ones. Handing it exactly ZSTD_BLOCK
 * bytes per write (the last write may be shorter) makes its output independent of how the tar
 * stream happened to be chunked (test/unit/oci/zstd.test.ts).
 */
export function reblock(size = ZSTD_BLOCK): Transform {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, callback) {
      pending.push(chunk);
      pendingSize += chunk.length;
      if (pendingSize >= size) {
        const all = Buffer.concat(pending, pendingSize);
        let at = 0;
        for (; at + size <= all.length; at += size) this.push(all.subarray(at, at + size));
        pending = at < all.length ? [all.subarray(at)] : [];
        pendingSize = all.length - at;
      }
      callback();
    },
    flush(callback) {
      if (pendingSize > 0) this.push(Buffer.concat(pending, pendingSize));
      callback();
    },
  });
}

/**
 * The uncompressed tar of a layer of this media type (tar, tar+gzip, tar+zstd, docker's spellings),
 * or undefined for anything else: what pull's tar reader and docker-archive both unpack.
 */
export async function layerDecompressor(mediaType: string): Promise<Transform | undefined> {
  switch (mediaType) {
    case MediaType.ociLayerGzip:
    case MediaType.dockerLayerGzip:
      return zlib.createGunzip();
    case MediaType.ociLayerTar:
    case MediaType.dockerLayerTar:
      return new PassThrough();
    case MediaType.ociLayerZstd:
      return zlib.createZstdDecompress();
    default:
      return undefined;
  }
}
