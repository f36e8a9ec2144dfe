import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { WasmpackError } from '../errors.js';
import { canonicalJson } from '../oci/canonical-json.js';
import type { Blob, Descriptor, ManifestNode } from '../oci/content.js';
import { digestHex, hashingTap } from '../oci/digest.js';
import { sha256File } from './files.js';
import { Annotation, MediaType } from '../oci/media-types.js';
import { placementTag, type BlobOutcome, type ManifestPlacement, type Target } from './target.js';

// https://github.com/opencontainers/image-spec/blob/main/image-layout.md
const LAYOUT_FILE = 'oci-layout';
const LAYOUT_VERSION = { imageLayoutVersion: '1.0.0' };

interface IndexDocument {
  schemaVersion: 2;
  mediaType: string;
  manifests: Descriptor[];
}

export function blobPath(dir: string, digest: string): string {
  return join(dir, 'blobs', 'sha256', digestHex(digest));
}

/**
 * An OCI image layout directory as a target. Blobs land by rename (never half-written); index.json
 * is replaced atomically at commit, so a failed copy never leaves a tag pointing at missing blobs.
 * A directory this target created is removed again on abort.
 */
export class LayoutTarget implements Target {
  readonly name: string;
  private readonly pendingTags = new Map<string, Descriptor>();
  /** Untagged roots, in the order they were copied: each gets its own index.json entry. */
  private readonly roots = new Map<string, Descriptor>();
  /** Referrers (roots with a subject), listed with their artifactType: each gets its own index.json entry. */
  private readonly referrers = new Map<string, Descriptor>();
  private created = false;
  private ensuring: Promise<void> | undefined;
  private readonly temps = new Set<string>();

  constructor(
    readonly dir: string,
    /**
     * exactReferrers: the referrers the images this copy tags must have, and no others (the
     * project's own layout, where a rebuild's SBOM replaces the last one). Listed even when their
     * blobs were already there and the copy skipped them.
     */
    private readonly options: { exactReferrers?: readonly ManifestNode[] } = {},
  ) {
    this.name = `oci:${dir}`;
  }

  /** Once per target: concurrent blob writes must not each decide whether the directory is ours. */
  private ensure(): Promise<void> {
    return (this.ensuring ??= this.prepare());
  }

  private async prepare(): Promise<void> {
    if (await exists(join(this.dir, LAYOUT_FILE))) return;
    if (await exists(this.dir)) {
      const entries = await readdir(this.dir);
      if (entries.length > 0) {
        throw new WasmpackError('LAYOUT_NOT_EMPTY', `${this.dir} exists and is not an OCI layout`, 'choose an empty or new directory for oci:DIR');
      }
    }
    await mkdir(join(this.dir, 'blobs', 'sha256'), { recursive: true });
    this.created = true;
  }

  async exists(descriptor: Descriptor): Promise<boolean> {
    try {
      const info = await stat(blobPath(this.dir, descriptor.digest));
      return info.size === descriptor.size;
    } catch {
      return false;
    }
  }

  async pushBlob(blob: Blob): Promise<BlobOutcome> {
    await this.ensure();
    const dest = blobPath(this.dir, blob.descriptor.digest);
    const temp = `${dest}.${randomBytes(4).toString('hex')}.tmp`;
    this.temps.add(temp);
    try {
      const written = (await this.linkVerified(blob, temp)) ?? (await writeHashing(blob, temp));
      if (written.digest !== blob.descriptor.digest || written.size !== blob.descriptor.size) {
        throw new WasmpackError('DIGEST_MISMATCH', `content of ${blob.descriptor.digest} has digest ${written.digest} (${written.size} bytes)`, 'the source changed while it was being copied; build again');
      }
      await rename(temp, dest);
    } finally {
      await rm(temp, { force: true });
      this.temps.delete(temp);
    }
    return 'pushed';
  }

  /**
   * A blob that rests in a file wasmpack owns (a scratch layer, another layout's blob) on the same
   * file system is hard-linked instead of copied: no bytes written. A file this process hashed
   * as it wrote it (hashedAsWritten: writeLayer's scratch sink) has been checked exactly as a copy
   * hashed on its way in would be, so only its size is checked; any other linked file is read and
   * hashed once. undefined when linking is not possible (another file system, no location), and
   * the caller copies.
   */
  private async linkVerified(blob: Blob, temp: string): Promise<{ digest: string; size: number } | undefined> {
    if (!blob.location) return undefined;
    try {
      await link(blob.location, temp);
    } catch {
      return undefined;
    }
    if (blob.hashedAsWritten) return { digest: blob.descriptor.digest, size: (await stat(temp)).size };
    return sha256File(temp);
  }

  async pushManifest(node: ManifestNode, placement: ManifestPlacement): Promise<'pushed' | 'skipped'> {
    await this.ensure();
    const present = await this.exists(node.descriptor);
    if (!present) await this.pushBlob(node);
    const tag = placementTag(placement);
    const artifactType = tag === undefined ? referrerArtifactType(node) : undefined;
    if (tag !== undefined) this.pendingTags.set(tag, node.descriptor);
    else if (artifactType !== undefined) this.referrers.set(node.descriptor.digest, { ...node.descriptor, artifactType });
    else if ('root' in placement) this.roots.set(node.descriptor.digest, node.descriptor);
    return present ? 'skipped' : 'pushed';
  }

  async commit(): Promise<void> {
    await this.ensure();
    // A missing index.json is a new layout; an unreadable one is refused, never replaced.
    const index = await readIndex(this.dir).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyIndex();
      throw err;
    });
    let manifests = index.manifests;
    for (const [tag, descriptor] of this.pendingTags) {
      manifests = manifests.filter((d) => d.annotations?.[Annotation.refName] !== tag);
      manifests.push({ mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size, annotations: { [Annotation.refName]: tag } });
    }
    for (const { mediaType, digest, size } of this.roots.values()) {
      if (!manifests.some((d) => d.digest === digest)) manifests.push({ mediaType, digest, size });
    }
    if (this.options.exactReferrers) {
      for (const node of this.options.exactReferrers) this.referrers.set(node.descriptor.digest, { ...node.descriptor, artifactType: referrerArtifactType(node) ?? '' });
      manifests = await this.withoutStaleReferrers(manifests);
    }
    // Referrers are listed untagged with their artifactType (as oras lays them out), so a reader
    // can tell them from images without opening every manifest.
    for (const { mediaType, digest, size, artifactType } of this.referrers.values()) {
      if (!manifests.some((d) => d.digest === digest)) manifests.push({ mediaType, digest, size, ...(artifactType ? { artifactType } : {}) });
    }
    await writeAtomic(join(this.dir, LAYOUT_FILE), canonicalJson(LAYOUT_VERSION));
    await writeAtomic(join(this.dir, 'index.json'), canonicalJson({ ...index, manifests }));
  }

  /** Drops listed referrers of an image this copy tags that are not among this copy's referrers. */
  private async withoutStaleReferrers(manifests: Descriptor[]): Promise<Descriptor[]> {
    const subjects = new Set([...this.pendingTags.values()].map((d) => d.digest));
    const keep: Descriptor[] = [];
    for (const d of manifests) {
      const candidate = d.artifactType !== undefined && d.annotations?.[Annotation.refName] === undefined && !this.referrers.has(d.digest);
      const subject = candidate ? await readFile(blobPath(this.dir, d.digest), 'utf8').then((t) => (JSON.parse(t) as { subject?: Descriptor }).subject?.digest, () => undefined) : undefined;
      if (!(subject && subjects.has(subject))) keep.push(d);
    }
    return keep;
  }

  async abort(): Promise<void> {
    await Promise.all([...this.temps].map((t) => rm(t, { force: true })));
    if (this.created) await rm(this.dir, { recursive: true, force: true });
  }

  async close(): Promise<void> {}
}

/** One pass: the bytes are hashed on their way into the file, never read back. */
async function writeHashing(blob: Blob, temp: string): Promise<{ digest: string; size: number }> {
  const hashing = hashingTap();
  await pipeline(blob.open(), hashing.tap, createWriteStream(temp));
  return hashing.result();
}

/** The artifactType a referrer is listed with ("" when it has a subject but names none); undefined for anything else. */
function referrerArtifactType(node: ManifestNode): string | undefined {
  try {
    const doc = JSON.parse(node.bytes.toString('utf8')) as { subject?: unknown; artifactType?: string; config?: Descriptor };
    return doc.subject ? (doc.artifactType ?? doc.config?.mediaType ?? '') : undefined;
  } catch {
    return undefined;
  }
}

function emptyIndex(): IndexDocument {
  return { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
}

/** index.json of a layout; ENOENT passes through (no layout yet), anything unreadable is LAYOUT_CORRUPT. */
export async function readIndex(dir: string): Promise<IndexDocument> {
  const path = join(dir, 'index.json');
  const text = await readFile(path, 'utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw corruptIndex(path, `it is not JSON (${(err as Error).message})`);
  }
  const manifests = (doc as { manifests?: unknown } | null)?.manifests;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(manifests)) throw corruptIndex(path, 'it has no "manifests" list');
  return doc as IndexDocument;
}

function corruptIndex(path: string, why: string): WasmpackError {
  return new WasmpackError('LAYOUT_CORRUPT', `${path} is not a valid OCI index: ${why}; it was left untouched`, 'repair or remove the file (wasmpack build rewrites .wasmpack/oci from scratch when it is gone), or restore it from a copy');
}

export async function writeAtomic(path: string, bytes: Buffer | string): Promise<void> {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, path);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
