import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { WasmpackError, wrap } from '../errors.js';
import { writeFileAtomic } from '../files/atomic.js';
import { collect } from '../streams.js';
import { isManifestNode, walk, type Blob, type Descriptor, type ManifestNode } from '../oci/content.js';
import { sha256, shortDigest } from '../oci/digest.js';
import { isIndexType, isManifestType } from '../oci/media-types.js';
import { manifestReference, type Reference } from '../oci/reference.js';
import { readTar, DEFAULT_TAR_LIMITS, type TarLimits } from '../oci/tar-reader.js';
import { copyAndCommit } from '../targets/copy.js';
import { LayoutTarget, readLayoutImage } from '../targets/layout.js';
import { registryClient, type RegistryAccess } from '../targets/connect.js';
import type { RegistryClient } from '../targets/registry/client.js';
import { parseTransport } from '../targets/transport-spec.js';
import type { Reporter } from '../report/reporter.js';
import { parseJson, readContents } from './image-contents.js';

/*
 * `wasmpack pull`: an image graph from a registry, oci:DIR[:TAG] or oci-archive:FILE[:TAG], read
 * into memory with every manifest and blob checked against its descriptor (digest and size)
 * before anything uses it, under size caps. What is pulled is untrusted: layers are unpacked by
 * src/oci/tar-reader.ts, which refuses links, devices and paths leaving the image, and each
 * layer's uncompressed digest must be the config's diff_id.
 */

export interface PullLimits {
  manifestBytes: number;
  configBytes: number;
  /** One blob (a compressed layer, a wasm artifact layer). */
  blobBytes: number;
  /** Manifests in an index / layers in an image. */
  children: number;
  tar: TarLimits;
}

export const DEFAULT_PULL_LIMITS: PullLimits = {
  manifestBytes: 4 * 1024 * 1024,
  configBytes: 4 * 1024 * 1024,
  blobBytes: 512 * 1024 * 1024,
  children: 64,
  tar: DEFAULT_TAR_LIMITS,
};

export interface SourceDeps {
  access: RegistryAccess;
  reporter: Reporter;
  limits?: PullLimits;
}

/** An image read from a source: the root as stored and the single image chosen from it, both verified. */
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

/** How the content of one source is fetched; every answer is checked by fetchGraph. */
interface ContentFetcher {
  manifest(descriptor: Descriptor): Promise<Buffer>;
  blob(descriptor: Descriptor, cap: number): Promise<Buffer>;
}

// --- sources --------------------------------------------------------------------------------------

/** Reads IMAGE (a registry reference, oci:DIR[:TAG] or oci-archive:FILE[:TAG]) into a verified in-memory graph. */
export async function fetchImage(image: string, deps: SourceDeps): Promise<PulledImage> {
  const limits = deps.limits ?? DEFAULT_PULL_LIMITS;
  const spec = parseTransport(image);
  switch (spec.transport) {
    case 'registry':
      return fromRegistry(spec.reference, deps, limits);
    case 'oci':
      return fromLayout(resolve(spec.dir), spec.tag, image, limits);
    case 'oci-archive':
      return fromOciArchive(resolve(spec.file), spec.tag, image, limits);
    case 'docker-archive':
      throw new WasmpackError('UNSUPPORTED_SOURCE', `wasmpack reads images from registries, oci: and oci-archive:, not ${image}`, 'load it with `podman load -i FILE`, or write the image with -o oci-archive:FILE instead');
  }
}

/** The one place pull reads a registry: a client for the reference's registry, with the user's access. */
export function connectRegistry(ref: Reference, access: RegistryAccess): RegistryClient {
  return registryClient(ref, access);
}

async function fromRegistry(ref: Reference, deps: SourceDeps, limits: PullLimits): Promise<PulledImage> {
  const client = connectRegistry(ref, deps.access);
  try {
    deps.reporter.step(`pulling ${ref.toString()}`);
    const found = await client.getManifest(ref.repository, manifestReference(ref));
    const fetcher: ContentFetcher = {
      manifest: async (d) => (await client.getManifest(ref.repository, d.digest)).bytes,
      blob: (d, cap) => client.getBlob(ref.repository, d.digest, cap),
    };
    const rootDescriptor = { mediaType: found.mediaType, digest: found.digest, size: found.bytes.length };
    const root = await fetchGraph(rootDescriptor, found.bytes, fetcher, limits, ref.toString());
    deps.reporter.succeed(`pulled ${ref.toString()}@${shortDigest(root.descriptor.digest)}`);
    return { reference: ref.toString(), root, image: selectImage(root, ref.toString()), ...(ref.tag ? { tag: ref.tag } : {}) };
  } finally {
    await client.close();
  }
}

async function fromLayout(dir: string, tag: string | undefined, reference: string, limits: PullLimits): Promise<PulledImage> {
  // readLayoutImage checks the manifests; the blobs are files, read here under the caps and checked.
  const stored = await readLayoutImage(dir, tag);
  const byDigest = new Map<string, Blob>(walk(stored).map((c) => [c.descriptor.digest, c]));
  const fetcher: ContentFetcher = {
    manifest: async (d) => readStream(requireContent(byDigest, d, reference).open(), limits.manifestBytes, d, reference),
    blob: async (d, cap) => readStream(requireContent(byDigest, d, reference).open(), cap, d, reference),
  };
  const root = await fetchGraph(stored.descriptor, stored.bytes, fetcher, limits, reference);
  return { reference, root, image: selectImage(root, reference), ...(tag ? { tag } : {}) };
}

function requireContent(byDigest: Map<string, Blob>, d: Descriptor, where: string): Blob {
  const blob = byDigest.get(d.digest);
  if (!blob) throw new WasmpackError('MISSING_BLOB', `${where} has no blob ${d.digest}`, 'the layout is incomplete; copy the image again');
  return blob;
}

/** An oci-archive is unpacked (by the same refusing tar reader) into a private temp dir, then read as a layout. */
async function fromOciArchive(file: string, tag: string | undefined, reference: string, limits: PullLimits): Promise<PulledImage> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new WasmpackError('NO_LAYOUT', `${file} is not a file`, 'name an archive written by `wasmpack build -o oci-archive:FILE` or `skopeo copy ... oci-archive:FILE`');
  const { files } = await readTar(createReadStream(file), `archive ${file}`, limits.tar);
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-oci-archive-'));
  try {
    for (const entry of files) {
      const path = join(dir, ...entry.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, entry.bytes, { mode: 0o600 });
    }
    return await fromLayout(dir, tag, reference, limits);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// --- the graph ------------------------------------------------------------------------------------

/**
 * Fetches everything below a root manifest into memory, checking each manifest and blob against
 * the descriptor that names it (digest and size) and the caps, children first. The result is an
 * ordinary ManifestNode, so copyImage writes it to any target.
 */
async function fetchGraph(descriptor: Descriptor, bytes: Buffer, fetcher: ContentFetcher, limits: PullLimits, where: string, depth = 0): Promise<ManifestNode> {
  checkContent(descriptor, bytes, where);
  if (bytes.length > limits.manifestBytes) throw new WasmpackError('PULL_TOO_BIG', `${where}: manifest ${shortDigest(descriptor.digest)} is ${bytes.length} bytes, over the ${limits.manifestBytes} byte cap`, 'this is not a wasm image wasmpack pulls');
  const doc = parseJson(bytes, `the manifest ${shortDigest(descriptor.digest)} of ${where}`) as { mediaType?: string; config?: Descriptor; layers?: Descriptor[]; manifests?: Descriptor[] };
  const mediaType = doc.mediaType ?? descriptor.mediaType;
  const children: Array<Blob | ManifestNode> = [];
  if (isIndexType(mediaType) || doc.manifests) {
    if (depth > 0) throw new WasmpackError('PULL_UNSUPPORTED', `${where}: an index inside an index`, 'wasmpack pulls an image or an index of images');
    const entries = checkedDescriptors(doc.manifests ?? [], limits, where);
    for (const child of entries) {
      if (!isManifestType(child.mediaType)) continue; // an entry we do not read (attestations and such) is left out
      const childBytes = await fetcher.manifest(child).catch((err: unknown) => wrap(err, `${where}: fetching manifest ${shortDigest(child.digest)}`));
      children.push(await fetchGraph(child, childBytes, fetcher, limits, where, depth + 1));
    }
  } else {
    if (!doc.config) throw new WasmpackError('BAD_MANIFEST', `${where}: manifest ${shortDigest(descriptor.digest)} has no config`, 'the image is corrupt or not an OCI image');
    const [config, ...layers] = checkedDescriptors([doc.config, ...(doc.layers ?? [])], limits, where);
    const configBytes = await fetchBlob(fetcher, config!, limits.configBytes, where);
    children.push(memoryBlob(config!, configBytes));
    for (const layer of layers) children.push(memoryBlob(layer, await fetchBlob(fetcher, layer, limits.blobBytes, where)));
  }
  return { descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }, bytes, children, open: () => Readable.from([bytes]) };
}

function checkedDescriptors(list: unknown[], limits: PullLimits, where: string): Descriptor[] {
  if (list.length > limits.children) throw new WasmpackError('PULL_TOO_BIG', `${where} lists ${list.length} entries, over the cap of ${limits.children}`, 'this is not a wasm image wasmpack pulls');
  return list.map((d) => {
    const desc = d as Partial<Descriptor>;
    if (typeof desc?.digest !== 'string' || typeof desc.size !== 'number' || typeof desc.mediaType !== 'string' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
      throw new WasmpackError('BAD_MANIFEST', `${where}: a descriptor without a valid mediaType, digest and size`, 'the image is corrupt or not an OCI image');
    }
    return desc as Descriptor;
  });
}

async function fetchBlob(fetcher: ContentFetcher, descriptor: Descriptor, cap: number, where: string): Promise<Buffer> {
  if (descriptor.size > cap) {
    throw new WasmpackError('PULL_TOO_BIG', `${where}: blob ${shortDigest(descriptor.digest)} is ${descriptor.size} bytes, over the ${cap} byte cap`, 'wasmpack pulls wasm images into memory; use `skopeo copy` for larger content');
  }
  const bytes = await fetcher.blob(descriptor, cap).catch((err: unknown) => wrap(err, `${where}: fetching blob ${shortDigest(descriptor.digest)}`));
  checkContent(descriptor, bytes, where);
  return bytes;
}

/** The content must be exactly what its descriptor names: same size, same sha256. */
function checkContent(descriptor: Descriptor, bytes: Buffer, where: string): void {
  const digest = sha256(bytes);
  if (bytes.length !== descriptor.size || digest !== descriptor.digest) {
    throw new WasmpackError(
      'PULL_DIGEST_MISMATCH',
      `${where}: content named ${descriptor.digest} (${descriptor.size} bytes) arrived as ${digest} (${bytes.length} bytes)`,
      'the image was altered after it was written, or the source is corrupt; do not run it. Push or copy it again from a source you trust',
    );
  }
}

function readStream(stream: Readable, cap: number, d: Descriptor, where: string): Promise<Buffer> {
  return collect(stream, {
    limit: cap,
    tooLarge: (max) => new WasmpackError('PULL_TOO_BIG', `${where}: blob ${shortDigest(d.digest)} is larger than the ${max} byte cap`, 'wasmpack pulls wasm images into memory; use `skopeo copy` for larger content'),
  });
}

function memoryBlob(descriptor: Descriptor, bytes: Buffer): Blob & { bytes: Buffer } {
  return { descriptor, bytes, open: () => Readable.from([bytes]) };
}


/** The image to run from a root: itself, or the one wasi/wasm entry of an index. */
function selectImage(root: ManifestNode, where: string): ManifestNode {
  if (!isIndexType(root.descriptor.mediaType) && !root.children.some(isManifestNode)) return root;
  const images = root.children.filter(isManifestNode);
  const entries = (parseJson(root.bytes, where) as { manifests?: Descriptor[] }).manifests ?? [];
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
  const pulled = await fetchImage(request.image, deps);
  const result: PullResult = { reference: pulled.reference, digest: pulled.root.descriptor.digest };
  // Unpack (and so check) before writing anything, so a refused image leaves nothing behind.
  const contents = request.output ? await readContents(pulled, limits.tar) : undefined;
  if (request.oci) {
    const spec = parseTransport(`oci:${request.oci}`);
    const tag = (spec.transport === 'oci' && spec.tag) || pulled.tag || 'latest';
    const dir = spec.transport === 'oci' ? spec.dir : request.oci;
    deps.reporter.step(`writing oci:${dir}:${tag}`);
    await copyAndCommit(pulled.root, new LayoutTarget(resolve(dir)), { tags: [tag], ...(deps.access.signal ? { signal: deps.access.signal } : {}) });
    deps.reporter.succeed(`wrote oci:${dir}:${tag}`);
    result.layout = { dir: resolve(dir), tag };
  }
  if (request.output && contents) {
    const { file, path } = contents.entrypoint;
    await mkdir(dirname(resolve(request.output)), { recursive: true });
    await writeFileAtomic(resolve(request.output), file.bytes, { mode: file.mode & 0o755 ? 0o755 : 0o644 });
    result.output = { path: resolve(request.output), digest: sha256(file.bytes), size: file.bytes.length, from: path };
  }
  return result;
}

