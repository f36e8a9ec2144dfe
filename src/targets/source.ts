import { Readable } from 'node:stream';
import { WasmpackError, wrap } from '../errors.js';
import type { Blob, Descriptor, ManifestNode } from '../oci/content.js';
import { sha256, shortDigest } from '../oci/digest.js';
import { isIndexType, isManifestType } from '../oci/media-types.js';
import { checkBytes } from './verify.js';

/*
 * Where images come from: the mirror of Target (go-containerregistry's remote, layout and
 * tarball read as they write). A source resolves a reference to a lazy manifest node: every
 * manifest below the root is read and checked against the descriptor that names it when the
 * node is made (manifests are small), and every blob is an opener that streams and checks
 * digest and size on the way, so copyImage takes any source to any target with flat memory.
 */

export interface SourceLimits {
  manifestBytes: number;
  /** Manifests in an index / layers in an image. */
  children: number;
}

export const DEFAULT_SOURCE_LIMITS: SourceLimits = { manifestBytes: 4 * 1024 * 1024, children: 64 };

export interface Source {
  /** For messages: "oci:DIR", "localhost:5000/app", "oci-archive:FILE". */
  readonly name: string;
  /**
   * The manifest `reference` names (a tag or a digest within this source; undefined: the one the
   * source was opened for, or its only image), with everything below it.
   */
  resolve(reference?: string): Promise<ManifestNode>;
  /** Manifests stored beside `digest` whose subject it is (a layout's untagged entries, a registry's fallback tag). */
  referrers(digest: string): Promise<ManifestNode[]>;
  /** Releases connections; file sources have nothing to release. */
  close(): Promise<void>;
}

export interface StoredManifest {
  bytes: Buffer;
  /** sha256 of `bytes`, when already computed from them. */
  digest?: string;
}

/** The few reads a source is made of; `graph` adds the checks and the laziness. */
export interface ContentStore {
  /** For messages. */
  readonly where: string;
  /**
   * A manifest's exact bytes, with their digest when the store computed it from them already (a
   * registry GET does); the graph checks both against `descriptor`, hashing only when needed.
   */
  manifest(descriptor: Descriptor): Promise<StoredManifest>;
  /** A blob's bytes as a stream checked against `descriptor` (see verify.ts), or unchecked where the store is trusted. */
  openBlob(descriptor: Descriptor): Readable;
  /** Fails when the store cannot have the blob (a layout's missing file): said when the graph is made, not mid-copy. */
  checkBlob?(descriptor: Descriptor): Promise<void>;
  /** Extra fields for a blob (a file a target on the same file system may link, a range opener). */
  blobExtras?(descriptor: Descriptor): Partial<Pick<Blob, 'location' | 'openRange'>>;
}

/**
 * The node below `descriptor` whose bytes are `bytes` (or read from the store): manifests read
 * and checked now, children first; blobs lazy. An index inside an index, and entries that are
 * not manifests (attestations and such), are left out as wasmpack does not read them.
 */
export async function graph(store: ContentStore, descriptor: Descriptor, limits: SourceLimits = DEFAULT_SOURCE_LIMITS, known?: StoredManifest, depth = 0): Promise<ManifestNode> {
  if (descriptor.size > limits.manifestBytes) throw tooBig(store.where, `manifest ${shortDigest(descriptor.digest)} is ${descriptor.size} bytes, over the ${limits.manifestBytes} byte cap`);
  const stored = known ?? (await store.manifest(descriptor).catch((err: unknown) => wrap(err, `${store.where}: reading manifest ${shortDigest(descriptor.digest)}`)));
  const bytes = stored.bytes;
  checkBytes(descriptor, bytes, stored.digest ?? sha256(bytes), store.where);
  const doc = parseManifestJson(bytes, `the manifest ${shortDigest(descriptor.digest)} of ${store.where}`) as { mediaType?: string; config?: unknown; layers?: unknown[]; manifests?: unknown[] };
  const mediaType = doc.mediaType ?? descriptor.mediaType;
  const children: Array<Blob | ManifestNode> = [];
  if (isIndexType(mediaType) || doc.manifests) {
    if (depth > 0) throw new WasmpackError('PULL_UNSUPPORTED', `${store.where}: an index inside an index`, 'wasmpack reads an image or an index of images');
    for (const child of checkedDescriptors(doc.manifests ?? [], limits, store.where)) {
      if (isManifestType(child.mediaType)) children.push(await graph(store, child, limits, undefined, depth + 1));
    }
  } else {
    if (!doc.config) throw new WasmpackError('BAD_MANIFEST', `${store.where}: manifest ${shortDigest(descriptor.digest)} has no config`, 'the image is corrupt or not an OCI image');
    for (const child of checkedDescriptors([doc.config, ...(doc.layers ?? [])], limits, store.where)) {
      await store.checkBlob?.(child);
      children.push({ descriptor: child, open: () => store.openBlob(child), ...store.blobExtras?.(child) });
    }
  }
  return { descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }, bytes, children, open: () => Readable.from([bytes]) };
}

function checkedDescriptors(list: unknown[], limits: SourceLimits, where: string): Descriptor[] {
  if (list.length > limits.children) throw tooBig(where, `lists ${list.length} entries, over the cap of ${limits.children}`);
  return list.map((d) => {
    const desc = d as Partial<Descriptor>;
    if (typeof desc?.digest !== 'string' || typeof desc.size !== 'number' || typeof desc.mediaType !== 'string' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
      throw new WasmpackError('BAD_MANIFEST', `${where}: a descriptor without a valid mediaType, digest and size`, 'the image is corrupt or not an OCI image');
    }
    return desc as Descriptor;
  });
}

function tooBig(where: string, what: string): WasmpackError {
  return new WasmpackError('PULL_TOO_BIG', `${where}: ${what}`, 'this is not a wasm image wasmpack reads');
}

/** A JSON object, or BAD_MANIFEST naming `what`. */
export function parseManifestJson(bytes: Buffer, what: string): unknown {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as unknown;
    if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) return doc;
  } catch {
    // fall through
  }
  throw new WasmpackError('BAD_MANIFEST', `${what} is not a JSON object`, 'the image is corrupt or not an OCI image');
}

/** The media type a manifest says it has, else the one its descriptor or header gave. */
export function manifestMediaType(bytes: Buffer, fallback: string): string {
  try {
    const type = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType;
    return typeof type === 'string' && type ? type : fallback;
  } catch {
    return fallback;
  }
}
