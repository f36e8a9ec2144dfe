import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { WasmpackError } from '../errors.js';
import { tempPathFor } from '../files/atomic.js';
import { AotAnnotation } from '../oci/aot-image.js';
import type { Blob, ManifestNode } from '../oci/content.js';
import { shortDigest } from '../oci/digest.js';
import { layerDecompressor } from '../oci/layer.js';
import { Annotation, MediaType } from '../oci/media-types.js';
import { isLayerMediaType, safeEntryPath } from '../oci/tar-reader.js';
import { collect } from '../streams.js';
import { hostAotTarget } from '../toolchains/wamrc.js';
import { parseManifestJson } from '../targets/source.js';
import { entrypointKey, safeName, WASM_LAYERS, type RunConfig } from './image-contents.js';

/*
 * `pull -o FILE`: the file a runtime would start, streamed from the source into a temp file
 * beside FILE, never held in memory: a 1 GiB module pulls in flat memory. Every byte is checked
 * on the way (the blob's digest by the source, each layer's uncompressed digest against the
 * config's diff_id here) before the temp file is renamed into place; the layers are read with the
 * same refusals and whiteouts as `run` (src/oci/tar-reader.ts), for the one path asked for.
 */

export interface ExtractLimits {
  configBytes: number;
  /** Uncompressed bytes of one layer (a decompression bomb stops here; they go to disk, not memory). */
  layerBytes: number;
  /** Entries in one layer. */
  entries: number;
}

export interface Extracted {
  /** The path inside the image ("/app.wasm"). */
  from: string;
  digest: string;
  size: number;
  /** Moves the checked file to its place. */
  commit(): Promise<void>;
  /** Removes the temp file. */
  discard(): Promise<void>;
}

/** Streams the image's entrypoint (or its .aot for this machine, for an AOT referrer) to a temp file beside `dest`. */
export async function extractEntrypoint(image: ManifestNode, reference: string, dest: string, limits: ExtractLimits): Promise<Extracted> {
  const manifest = parseManifestJson(image.bytes, reference) as { artifactType?: string };
  const [config, ...layers] = image.children as Blob[];
  const out = new TempFile(dest);
  try {
    if (manifest.artifactType === MediaType.wamrAot) {
      const arch = hostAotTarget().name;
      const layer = layers.find((l) => l.descriptor.annotations?.[AotAnnotation.target] === arch);
      if (!layer) throw new WasmpackError('NO_ENTRYPOINT', `${reference} has no .aot for ${arch}`, `it has: ${layers.map((l) => l.descriptor.annotations?.[AotAnnotation.target]).join(', ') || 'none'}`);
      await out.write(layer.open(), 0o755);
      return out.done(`/${safeName(layer.descriptor.annotations?.[Annotation.title] ?? `${arch}.aot`, reference)}`);
    }
    const configType = config?.descriptor.mediaType;
    if (configType === MediaType.ociConfig || configType === MediaType.dockerConfig) {
      const bytes = await collect(config!.open(), { limit: limits.configBytes, tooLarge: (max) => new WasmpackError('PULL_TOO_BIG', `${reference}: the config is larger than ${max} bytes`, 'this is not a wasm image wasmpack pulls') });
      const doc = parseManifestJson(bytes, `the config of ${reference}`) as { config?: RunConfig; rootfs?: { diff_ids?: string[] } };
      const diffIds = doc.rootfs?.diff_ids ?? [];
      if (diffIds.length !== layers.length) throw new WasmpackError('DIFF_ID_MISMATCH', `${reference}: the config lists ${diffIds.length} diff_ids for ${layers.length} layers`, 'the image is inconsistent; do not run it');
      const program = doc.config?.Entrypoint?.[0] ?? doc.config?.Cmd?.[0];
      if (!program) throw new WasmpackError('NO_ENTRYPOINT', `${reference} has neither an Entrypoint nor a Cmd`, 'build it with wasmpack, or give the module: wasmpack run FILE.wasm');
      const key = entrypointKey(program, doc.config?.WorkingDir);
      let present = false;
      for (const [i, layer] of layers.entries()) present = await extractFromLayer(layer, diffIds[i]!, key, out, present, `layer ${shortDigest(layer.descriptor.digest)} of ${reference}`, limits);
      if (!present) throw new WasmpackError('NO_ENTRYPOINT', `${reference}: the entrypoint ${program} is not a file in the image`, 'the image config names a file its layers do not hold');
      return out.done(`/${key}`);
    }
    // The CNCF Wasm artifact: the module is the layer itself.
    const modules = layers.filter((l) => WASM_LAYERS.has(l.descriptor.mediaType));
    if (modules.length !== 1) {
      throw new WasmpackError('NO_ENTRYPOINT', `${reference} is neither a container image nor a Wasm artifact with one module (config ${configType ?? 'none'})`, 'wasmpack runs compat images and CNCF Wasm artifacts');
    }
    const layer = modules[0]!;
    await out.write(layer.open(), 0o755);
    return out.done(`/${safeName(layer.descriptor.annotations?.[Annotation.title] ?? 'module.wasm', reference)}`);
  } catch (err) {
    await out.discard();
    throw err;
  }
}

/**
 * Reads one layer, writing `key` to `out` when the layer holds it; returns whether the file is
 * present after this layer (whiteouts in it remove one from the layers below).
 */
async function extractFromLayer(layer: Blob, diffId: string, key: string, out: TempFile, below: boolean, what: string, limits: ExtractLimits): Promise<boolean> {
  const type = layer.descriptor.mediaType;
  if (!isLayerMediaType(type)) throw new WasmpackError('LAYER_UNSUPPORTED', `${what} has media type ${type}, which is not a tar layer`, 'wasmpack unpacks tar, tar+gzip and tar+zstd layers');
  const decompress = (await layerDecompressor(type))!;
  const diff = createHash('sha256');
  let total = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      total += chunk.length;
      if (total > limits.layerBytes) return callback(new WasmpackError('LAYER_TOO_BIG', `${what} unpacks to more than ${limits.layerBytes} bytes`, 'this is not a wasm image wasmpack unpacks'));
      diff.update(chunk);
      callback(null, chunk);
    },
  });
  let wrote = false;
  let whitedOut = false;
  let entries = 0;
  const extract = tar.extract();
  extract.on('entry', (header, body, next) => {
    // A failure upstream (a blob that fails its digest) destroys the entry too; the pipeline reports it.
    body.on('error', () => undefined);
    const step = async (): Promise<void> => {
      if (++entries > limits.entries) throw new WasmpackError('LAYER_TOO_BIG', `${what} has more than ${limits.entries} entries`, 'a wasm image holds a few files; this is not one wasmpack will unpack');
      const path = safeEntryPath(header.name, what);
      const kind = header.type ?? 'unknown';
      if (kind === 'directory') return void (await drainStream(body));
      if (kind !== 'file' && kind !== 'contiguous-file') {
        throw new WasmpackError('LAYER_UNSAFE_ENTRY', `${what}: refusing the ${kind} entry "${header.name}"${header.linkname ? ` -> ${header.linkname}` : ''}`, 'wasmpack unpacks regular files and directories only (no links, devices or FIFOs); nothing was run or written');
      }
      const slash = path.lastIndexOf('/');
      const dir = slash < 0 ? '' : path.slice(0, slash);
      const base = path.slice(slash + 1);
      // https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts
      if (base === '.wh..wh..opq') whitedOut ||= dir === '' || key.startsWith(`${dir}/`);
      else if (base.startsWith('.wh.')) {
        const victim = (dir ? `${dir}/` : '') + base.slice(4);
        whitedOut ||= key === victim || key.startsWith(`${victim}/`);
      }
      if (path !== key) return void (await drainStream(body));
      // As `run` unpacks it: executable unless the entry has no permission bits at all.
      await out.write(body as unknown as Readable, (header.mode ?? 0o644) & 0o755 ? 0o755 : 0o644);
      wrote = true;
    };
    step().then(() => next(), (err: unknown) => next(err as Error));
  });
  try {
    await pipeline(layer.open(), decompress, tap, extract);
  } catch (err) {
    if (err instanceof WasmpackError) throw err;
    // A layer that does not decompress may be one that was altered: the blob's own check says so better.
    await drainStream(layer.open());
    throw new WasmpackError('LAYER_INVALID', `${what}: not a valid ${type} layer (${(err as Error).message})`, 'the blob is corrupt or its media type is wrong; rebuild or re-push the image', { cause: err });
  }
  const actual = `sha256:${diff.digest('hex')}`;
  if (actual !== diffId) throw new WasmpackError('DIFF_ID_MISMATCH', `${what} uncompresses to ${actual}, but the config's diff_id is ${diffId}`, 'the image is inconsistent; do not run it');
  if (wrote) return true;
  if (whitedOut && below) await out.discard();
  return below && !whitedOut;
}

async function drainStream(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream);
}

/** The output, written beside its destination (same file system: the rename is atomic), hashed as it is written. */
class TempFile {
  private readonly temp: string;
  private digest = '';
  private size = 0;
  private mode = 0o644;

  constructor(private readonly dest: string) {
    this.temp = tempPathFor(dest);
  }

  async write(source: Readable, mode: number): Promise<void> {
    await mkdir(dirname(this.dest), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, callback) {
        size += chunk.length;
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    const sink: Writable = createWriteStream(this.temp, { mode: 0o600 });
    await pipeline(source, tap, sink);
    this.digest = `sha256:${hash.digest('hex')}`;
    this.size = size;
    this.mode = mode;
  }

  done(from: string): Extracted {
    return {
      from,
      digest: this.digest,
      size: this.size,
      commit: async () => {
        await chmod(this.temp, this.mode);
        await rename(this.temp, this.dest);
      },
      discard: () => this.discard(),
    };
  }

  async discard(): Promise<void> {
    await rm(this.temp, { force: true });
  }
}

