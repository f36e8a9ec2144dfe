import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { WasmpackError } from '../errors.js';
import { scavengeWhileStreaming } from './scavenge.js';
import { collect } from '../streams.js';
import { Readable } from 'node:stream';
import { isManifestNode, type Blob, type Descriptor, type ManifestNode } from '../oci/content.js';
import { shortDigest } from '../oci/digest.js';
import { isIndexType } from '../oci/media-types.js';
import { DEFAULT_TAR_LIMITS, type TarLimits } from '../oci/tar-reader.js';
import { copyAndCommit } from '../targets/copy.js';
import { LayoutTarget } from '../targets/layout.js';
import { openSource, type RegistryAccess } from '../targets/connect.js';
import { parseManifestJson, type Source } from '../targets/source.js';
import { parseTransport } from '../targets/transport-spec.js';
import type { Reporter } from '../report/reporter.js';
import { extractEntrypoint, type Extracted } from './extract.js';

/*
 * `wasmpack pull`: a copy from a source (a registry, oci:DIR[:TAG], oci-archive:FILE[:TAG],
 * docker-archive:FILE[:REF]) to a target, or the entrypoint streamed out to a file. What is pulled
 * is untrusted: every manifest is checked against its descriptor when it is read and every blob
 * as it streams (src/targets/source.ts, verify.ts), layers are read by the refusing tar reader's
 * rules and each layer's uncompressed digest must be the config's diff_id. `run` and `inspect`
 * read through the same sources; `run` then holds the (small) image in memory, under caps.
 */

export interface PullLimits {
  manifestBytes: number;
  configBytes: number;
  /** One blob held in memory by `run` (a compressed layer, a wasm artifact layer). */
  blobBytes: number;
  /** Manifests in an index / layers in an image. */
  children: number;
  tar: TarLimits;
  /** Uncompressed bytes of one layer streamed to disk by `pull -o` (a decompression bomb stops here). */
  extractBytes: number;
}

export const DEFAULT_PULL_LIMITS: PullLimits = {
  manifestBytes: 4 * 1024 * 1024,
  configBytes: 4 * 1024 * 1024,
  blobBytes: 512 * 1024 * 1024,
  children: 64,
  tar: DEFAULT_TAR_LIMITS,
  extractBytes: 16 * 1024 * 1024 * 1024,
};

export interface SourceDeps {
  access: RegistryAccess;
  reporter: Reporter;
  limits?: PullLimits;
}

/** An image read from a source: the root as stored and the single image chosen from it, both checked. */
export interface PulledImage {
  /** As the user would name it again. */
  reference: string;
  /** The root as stored (an index, or the image itself). */
  root: ManifestNode;
  /** The image manifest (the root, or the wasi/wasm entry of an index). */
  image: ManifestNode;
  /** The tag the source named, if any (the default tag of --oci). */
  tag?: string;
}

/** A pulled image whose blobs stream from an open source; close() when done with them. */
export interface OpenedImage extends PulledImage {
  close(): Promise<void>;
}

/** Opens IMAGE (a registry reference or a transport) and resolves it: manifests read and checked, blobs lazy. */
export async function openImage(image: string, deps: SourceDeps): Promise<OpenedImage> {
  const limits = deps.limits ?? DEFAULT_PULL_LIMITS;
  const spec = parseTransport(image);
  const source: Source = openSource(spec, deps.access, { limits: { manifestBytes: limits.manifestBytes, children: limits.children } });
  try {
    const remote = spec.transport === 'registry';
    if (remote) deps.reporter.step(`pulling ${spec.reference.toString()}`);
    const root = await source.resolve();
    const reference = remote ? spec.reference.toString() : image;
    if (remote) deps.reporter.succeed(`pulled ${reference}@${shortDigest(root.descriptor.digest)}`);
    const tag = remote ? spec.reference.tag : spec.transport === 'docker-archive' ? undefined : spec.tag;
    return { reference, root, image: selectImage(root, reference), ...(tag ? { tag } : {}), close: () => source.close() };
  } catch (err) {
    await source.close();
    throw err;
  }
}

/**
 * IMAGE read into memory (for `run`): the chosen image's config and layers, each checked and
 * under its cap. The result's blobs carry their bytes (readContents unpacks them).
 */
export async function fetchImage(image: string, deps: SourceDeps): Promise<PulledImage> {
  const limits = deps.limits ?? DEFAULT_PULL_LIMITS;
  const opened = await openImage(image, deps);
  try {
    const [config, ...layers] = opened.image.children as Blob[];
    const children: Array<Blob & { bytes: Buffer }> = [];
    if (config) children.push(await inMemory(config, limits.configBytes, opened.reference));
    for (const layer of layers) children.push(await inMemory(layer, limits.blobBytes, opened.reference));
    const image = { ...opened.image, children };
    return { reference: opened.reference, root: opened.root === opened.image ? image : opened.root, image, ...(opened.tag ? { tag: opened.tag } : {}) };
  } finally {
    await opened.close();
  }
}

async function inMemory(blob: Blob, cap: number, where: string): Promise<Blob & { bytes: Buffer }> {
  const tooBig = (max: number): WasmpackError => new WasmpackError('PULL_TOO_BIG', `${where}: blob ${shortDigest(blob.descriptor.digest)} is larger than the ${max} byte cap`, 'wasmpack runs wasm images from memory; `wasmpack pull -o FILE` streams any size, then run the file');
  if (blob.descriptor.size > cap) throw tooBig(cap);
  const bytes = await collect(blob.open(), { limit: cap, tooLarge: tooBig });
  return { descriptor: blob.descriptor, bytes, open: () => Readable.from([bytes]) };
}

/** The image to run from a root: itself, or the one wasi/wasm entry of an index. */
function selectImage(root: ManifestNode, where: string): ManifestNode {
  if (!isIndexType(root.descriptor.mediaType) && !root.children.some(isManifestNode)) return root;
  const images = root.children.filter(isManifestNode);
  const entries = (parseManifestJson(root.bytes, where) as { manifests?: Descriptor[] }).manifests ?? [];
  const wasm = images.filter((m) => {
    const entry = entries.find((d) => d.digest === m.descriptor.digest);
    return entry?.platform?.architecture === 'wasm' && /^wasi/.test(entry.platform.os);
  });
  const chosen = wasm.length === 1 ? wasm : images.length === 1 ? images : [];
  if (chosen.length !== 1) {
    throw new WasmpackError('NO_WASM_IMAGE', `${where} is an index of ${images.length} images, and not exactly one is for wasi/wasm`, 'name the image by its digest (REPO@sha256:...)');
  }
  return chosen[0]!;
}

// --- the command ----------------------------------------------------------------------------------

export interface PullRequest {
  image: string;
  /** Write the entrypoint module (or .aot) here. */
  output?: string;
  /** Copy the whole graph into this layout: DIR[:TAG]. */
  oci?: string;
}

export interface PullResult {
  reference: string;
  digest: string;
  /** The file written by -o, with the digest of its bytes. */
  output?: { path: string; digest: string; size: number; from: string };
  /** The layout entry written by --oci. */
  layout?: { dir: string; tag: string };
}

export async function pullImage(request: PullRequest, deps: SourceDeps): Promise<PullResult> {
  if (!request.output && !request.oci) throw new WasmpackError('BAD_FLAG', 'pull needs -o FILE or --oci DIR[:TAG]', 'for example: wasmpack pull ghcr.io/acme/app:1.0 -o app.wasm');
  const limits = deps.limits ?? DEFAULT_PULL_LIMITS;
  const pulled = await openImage(request.image, deps);
  let extracted: Extracted | undefined;
  const stopScavenging = scavengeWhileStreaming();
  try {
    const result: PullResult = { reference: pulled.reference, digest: pulled.root.descriptor.digest };
    // The file is streamed (and so checked) into a temp file before anything is written where the user looks.
    if (request.output) {
      const dest = resolve(request.output);
      await mkdir(dirname(dest), { recursive: true });
      extracted = await extractEntrypoint(pulled.image, pulled.reference, dest, { configBytes: limits.configBytes, layerBytes: limits.extractBytes, entries: limits.tar.maxEntries });
    }
    if (request.oci) {
      const spec = parseTransport(`oci:${request.oci}`);
      const tag = (spec.transport === 'oci' && spec.tag) || pulled.tag || 'latest';
      const dir = spec.transport === 'oci' ? spec.dir : request.oci;
      deps.reporter.step(`writing oci:${dir}:${tag}`);
      await copyAndCommit(pulled.root, new LayoutTarget(resolve(dir)), { tags: [tag], ...(deps.access.signal ? { signal: deps.access.signal } : {}) });
      deps.reporter.succeed(`wrote oci:${dir}:${tag}`);
      result.layout = { dir: resolve(dir), tag };
    }
    if (request.output && extracted) {
      await extracted.commit();
      result.output = { path: resolve(request.output), digest: extracted.digest, size: extracted.size, from: extracted.from };
    }
    return result;
  } catch (err) {
    await extracted?.discard();
    throw err;
  } finally {
    stopScavenging();
    await pulled.close();
  }
}
