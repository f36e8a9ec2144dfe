import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { WasmpackError } from '../errors.js';
import type { Descriptor, ManifestNode } from '../oci/content.js';
import { isDigest } from '../oci/digest.js';
import { Annotation, isManifestType } from '../oci/media-types.js';
import { fileRange, READ_CHUNK } from './files.js';
import { blobPath, readIndex } from './layout.js';
import { DEFAULT_SOURCE_LIMITS, graph, parseManifestJson, type ContentStore, type Source, type SourceLimits } from './source.js';
import { verifiedStream } from './verify.js';

export interface LayoutSourceOptions {
  /**
   * Check each blob's digest as it streams (default). wasmpack's own build layout is read
   * unchecked for a push: every registry checks what it receives, and a second hash of a large
   * module would cost the push its speed.
   */
  verify?: boolean;
  limits?: SourceLimits;
  /** What resolve() without a reference names (oci:DIR:TAG's tag). */
  reference?: string;
}

/**
 * An OCI image layout directory as a source
 * (https://github.com/opencontainers/image-spec/blob/main/image-layout.md): a reference is a tag
 * (org.opencontainers.image.ref.name) or a digest; none picks the layout's only entry.
 */
export class LayoutSource implements Source {
  readonly name: string;
  private readonly store: ContentStore;

  constructor(
    readonly dir: string,
    private readonly options: LayoutSourceOptions = {},
  ) {
    this.name = `oci:${dir}`;
    const verify = options.verify !== false;
    this.store = {
      where: this.name,
      manifest: async (d) => ({ bytes: await readBlobFile(dir, d, this.limits.manifestBytes) }),
      openBlob: (d) => {
        const path = blobPath(dir, d.digest);
        return verify ? verifiedStream(() => createReadStream(path, { highWaterMark: READ_CHUNK }), d, this.name) : createReadStream(path, { highWaterMark: READ_CHUNK });
      },
      checkBlob: async (d) => {
        if (!(await stat(blobPath(dir, d.digest)).catch(() => undefined))) throw new WasmpackError('MISSING_BLOB', `${dir} is missing blob ${d.digest}`, 'the layout is incomplete; build or copy the image again');
      },
      // A target on the same file system may hard-link the blob; it hashes a linked file itself.
      blobExtras: (d) => ({ location: blobPath(dir, d.digest), openRange: fileRange(blobPath(dir, d.digest)) }),
    };
  }

  private get limits(): SourceLimits {
    return this.options.limits ?? DEFAULT_SOURCE_LIMITS;
  }

  async resolve(reference = this.options.reference): Promise<ManifestNode> {
    const index = await this.index();
    const entry = chooseEntry(index.manifests, reference, this.dir);
    return this.node(entry ?? (await this.describeStored(reference!)));
  }

  async referrers(digest: string): Promise<ManifestNode[]> {
    const found: ManifestNode[] = [];
    for (const entry of (await this.index()).manifests) {
      if (entry.annotations?.[Annotation.refName] !== undefined || !isManifestType(entry.mediaType)) continue;
      const node = await this.node(entry);
      const subject = (parseManifestJson(node.bytes, `manifest ${entry.digest} of ${this.name}`) as { subject?: Descriptor }).subject;
      if (subject?.digest === digest) found.push(node);
    }
    return found;
  }

  async close(): Promise<void> {}

  private node(descriptor: Descriptor): Promise<ManifestNode> {
    return graph(this.store, descriptor, this.limits).catch((err: unknown) => {
      // A layout that lost a blob (or never had it) says so in layout words.
      if ((err as { cause?: NodeJS.ErrnoException }).cause?.code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new WasmpackError('MISSING_BLOB', `${this.dir} is missing manifest ${descriptor.digest}`, 'the layout is incomplete; build or copy the image again');
      }
      throw err;
    });
  }

  /** A manifest stored by digest with no index entry (a referrer copied by digest only). */
  private async describeStored(digest: string): Promise<Descriptor> {
    const info = await stat(blobPath(this.dir, digest)).catch(() => undefined);
    if (!info) throw new WasmpackError('MISSING_BLOB', `${this.dir} has no manifest ${digest}`, 'name a digest the layout holds');
    const bytes = await readBlobFile(this.dir, { mediaType: '', digest, size: info.size }, this.limits.manifestBytes);
    const mediaType = (parseManifestJson(bytes, `manifest ${digest} of ${this.name}`) as { mediaType?: string }).mediaType ?? '';
    return { mediaType, digest, size: info.size };
  }

  private async index() {
    try {
      return await readIndex(this.dir);
    } catch (err) {
      if (err instanceof WasmpackError) throw err;
      throw new WasmpackError('NO_LAYOUT', `${this.dir} is not an OCI image layout (no readable index.json)`, 'run `wasmpack build` first, or name a layout with oci:DIR[:TAG]');
    }
  }
}

/**
 * The index.json entry `reference` names: a tag, a digest (undefined when only a blob has it), or
 * none for the only entry. NO_SUCH_IMAGE lists the tags there are.
 */
export function chooseEntry(manifests: readonly Descriptor[], reference: string | undefined, where: string): Descriptor | undefined {
  if (reference && isDigest(reference)) return manifests.find((d) => d.digest === reference);
  // Without a reference, the one image: referrers listed beside it (untagged, with an artifactType) do not count.
  const candidates = reference ? manifests.filter((d) => d.annotations?.[Annotation.refName] === reference) : manifests.filter((d) => d.annotations?.[Annotation.refName] !== undefined || d.artifactType === undefined);
  if (candidates.length !== 1) {
    const tags = manifests.map((d) => d.annotations?.[Annotation.refName]).filter(Boolean);
    throw new WasmpackError(
      'NO_SUCH_IMAGE',
      reference ? `${where} has no image tagged "${reference}"` : `${where} holds ${candidates.length} images; say which`,
      tags.length ? `tags in this layout: ${tags.join(', ')}` : 'the layout is empty; run `wasmpack build`',
    );
  }
  return candidates[0]!;
}

async function readBlobFile(dir: string, descriptor: Descriptor, cap: number): Promise<Buffer> {
  if (descriptor.size > cap) throw new WasmpackError('PULL_TOO_BIG', `manifest ${descriptor.digest} in ${dir} is ${descriptor.size} bytes, over the ${cap} byte cap`, 'this is not a wasm image wasmpack reads');
  return readFile(blobPath(dir, descriptor.digest));
}

/** The image `tag` names in the layout at `dir` (or its only one), blobs checked as they stream. */
export function readLayoutImage(dir: string, tag?: string): Promise<ManifestNode> {
  return new LayoutSource(dir, tag ? { reference: tag } : {}).resolve();
}

/** Untagged manifests in the layout at `dir` whose subject is `digest` (referrers stored beside an image). */
export function readLayoutReferrers(dir: string, digest: string): Promise<ManifestNode[]> {
  return new LayoutSource(dir).referrers(digest);
}
