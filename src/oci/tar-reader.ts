import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { WasmpackError } from '../errors.js';
import { layerDecompressor } from './layer.js';
import { MediaType } from './media-types.js';

/*
 * Reading layers we did not write: what is pulled is untrusted. A layer is decompressed by its
 * media type and read into memory under byte and entry caps; only regular files and directories
 * with relative paths inside the image are accepted. An entry with a `..` segment, an absolute
 * path, a hard or symbolic link, a device or a FIFO is refused rather than skipped, because an
 * image that carries one was not made for a wasm runtime and would mean something else to the
 * next tool that unpacks it (https://github.com/opencontainers/image-spec/blob/main/layer.md).
 */

export interface TarLimits {
  /** Uncompressed bytes of one layer (a decompression bomb stops here). */
  maxBytes: number;
  /** Entries in one layer. */
  maxEntries: number;
}

export const DEFAULT_TAR_LIMITS: TarLimits = { maxBytes: 1024 * 1024 * 1024, maxEntries: 10_000 };

export interface TarFile {
  /** Relative, normalised, '/'-separated: "app.wasm", "etc/data.txt". */
  path: string;
  mode: number;
  bytes: Buffer;
}

export interface UnpackedLayer {
  /** sha256 of the uncompressed tar: what the config's rootfs.diff_ids must say. */
  diffId: string;
  files: TarFile[];
  directories: string[];
}

const LAYER_TYPES = new Set<string>([MediaType.ociLayerTar, MediaType.ociLayerGzip, MediaType.ociLayerZstd, MediaType.dockerLayerGzip, MediaType.dockerLayerTar]);

export function isLayerMediaType(mediaType: string): boolean {
  return LAYER_TYPES.has(mediaType);
}

/** Decompresses (by media type), hashes and reads a layer. `what` names it in errors. */
export async function unpackLayer(bytes: Buffer, mediaType: string, what: string, limits: TarLimits = DEFAULT_TAR_LIMITS): Promise<UnpackedLayer> {
  const diff = createHash('sha256');
  const tapped = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      diff.update(chunk);
      callback(null, chunk);
    },
  });
  const decompress = await decompressor(mediaType, what);
  const [piped, read] = await Promise.allSettled([pipeline(Readable.from([bytes]), decompress, tapped), readTar(tapped, what, limits)]);
  // A refusal by the tar reader (a coded error) says more than the broken pipe it causes.
  if (read.status === 'rejected' && (piped.status === 'fulfilled' || (read.reason as WasmpackError).code !== 'LAYER_INVALID')) throw read.reason;
  if (piped.status === 'rejected') {
    const err = piped.reason as Error;
    throw new WasmpackError('LAYER_INVALID', `${what}: the layer does not decompress as ${mediaType} (${err.message})`, 'the blob is corrupt or its media type is wrong; rebuild or re-push the image', { cause: err });
  }
  const { files, directories } = (read as PromiseFulfilledResult<{ files: TarFile[]; directories: string[] }>).value;
  return { diffId: `sha256:${diff.digest('hex')}`, files, directories };
}

/** Reads a plain (uncompressed) tar from a stream: files and directories, nothing else. */
export function readTar(stream: Readable, what: string, limits: TarLimits = DEFAULT_TAR_LIMITS): Promise<{ files: TarFile[]; directories: string[] }> {
  const extract = tar.extract();
  const files: TarFile[] = [];
  const directories: string[] = [];
  let entries = 0;
  let total = 0;
  return new Promise((resolvePromise, reject) => {
    let failed = false;
    const fail = (err: unknown): void => {
      if (failed) return;
      failed = true;
      stream.unpipe(extract);
      stream.resume(); // let the producer finish; its bytes are discarded
      extract.destroy();
      reject(err instanceof WasmpackError ? err : new WasmpackError('LAYER_INVALID', `${what}: not a valid tar archive (${(err as Error).message})`, 'the blob is corrupt; rebuild or re-push the image', { cause: err }));
    };
    extract.on('entry', (header, body, next) => {
      try {
        if (++entries > limits.maxEntries) throw new WasmpackError('LAYER_TOO_BIG', `${what} has more than ${limits.maxEntries} entries`, 'a wasm image holds a few files; this is not one wasmpack will unpack');
        const path = safeEntryPath(header.name, what);
        const type = header.type ?? 'unknown';
        if (type === 'directory') {
          if (path) directories.push(path);
          body.resume();
          body.on('end', () => next());
          return;
        }
        if (type !== 'file' && type !== 'contiguous-file') {
          const target = header.linkname ? ` -> ${header.linkname}` : '';
          throw new WasmpackError('LAYER_UNSAFE_ENTRY', `${what}: refusing the ${type} entry "${header.name}"${target}`, 'wasmpack unpacks regular files and directories only (no links, devices or FIFOs); nothing was run or written');
        }
        if (!path) throw new WasmpackError('LAYER_UNSAFE_PATH', `${what}: a file entry with an empty name`, 'the layer is malformed; rebuild the image');
        const chunks: Buffer[] = [];
        body.on('data', (data: unknown) => {
          const chunk = data as Buffer;
          total += chunk.length;
          if (total > limits.maxBytes) {
            fail(new WasmpackError('LAYER_TOO_BIG', `${what} unpacks to more than ${limits.maxBytes} bytes`, 'the layer is larger than wasmpack unpacks in memory; use `skopeo copy` and a container engine'));
            return;
          }
          chunks.push(chunk);
        });
        body.on('end', () => {
          if (failed) return;
          files.push({ path, mode: (header.mode ?? 0o644) & 0o777, bytes: Buffer.concat(chunks) });
          next();
        });
        body.on('error', fail);
      } catch (err) {
        fail(err);
      }
    });
    extract.on('finish', () => {
      if (!failed) resolvePromise({ files, directories });
    });
    extract.on('error', fail);
    stream.on('error', fail);
    stream.pipe(extract);
  });
}

/**
 * "./a//b/" -> "a/b". Refuses an absolute name, a `..` segment and a NUL: each could place a
 * file outside the directory a reader unpacks into.
 */
export function safeEntryPath(name: string, what: string): string {
  if (name.includes('\0')) throw new WasmpackError('LAYER_UNSAFE_PATH', `${what}: an entry name contains a NUL byte`, 'the layer is malformed; nothing was run or written');
  if (name.startsWith('/')) {
    throw new WasmpackError('LAYER_UNSAFE_PATH', `${what}: refusing the absolute path "${name}"`, 'layer entries must be relative to the image root; nothing was run or written');
  }
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw new WasmpackError('LAYER_UNSAFE_PATH', `${what}: refusing "${name}", which points outside the image root`, 'entries with ".." are never unpacked; nothing was run or written');
  }
  return segments.join('/');
}

async function decompressor(mediaType: string, what: string): Promise<Transform> {
  const decompress = await layerDecompressor(mediaType);
  if (!decompress) throw new WasmpackError('LAYER_UNSUPPORTED', `${what} has media type ${mediaType}, which is not a tar layer`, 'wasmpack unpacks tar, tar+gzip and tar+zstd layers');
  return decompress;
}

// --- the image's files: layers applied in order --------------------------------------------------

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/**
 * Applies layers bottom to top into one file map, honouring whiteouts: `.wh.NAME` deletes NAME
 * from the layers below, `.wh..wh..opq` empties its directory.
 * https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts
 */
export function applyLayers(layers: ReadonlyArray<Pick<UnpackedLayer, 'files'>>): Map<string, TarFile> {
  const tree = new Map<string, TarFile>();
  for (const layer of layers) {
    const added = new Map<string, TarFile>();
    for (const file of layer.files) {
      const slash = file.path.lastIndexOf('/');
      const dir = slash < 0 ? '' : file.path.slice(0, slash);
      const base = file.path.slice(slash + 1);
      const under = (prefix: string) => (path: string) => prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
      if (base === OPAQUE) {
        for (const path of [...tree.keys()].filter((p) => p !== dir && under(dir)(p))) tree.delete(path);
      } else if (base.startsWith(WHITEOUT)) {
        const victim = (dir ? `${dir}/` : '') + base.slice(WHITEOUT.length);
        for (const path of [...tree.keys()].filter(under(victim))) tree.delete(path);
      } else {
        added.set(file.path, file);
      }
    }
    for (const [path, file] of added) tree.set(path, file);
  }
  return tree;
}
