import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { WasmpackError } from '../../errors.js';
import type { Blob, Descriptor, ManifestNode } from '../../oci/content.js';
import { digestHex, hashingTap } from '../../oci/digest.js';
import { layerDecompressor } from '../../oci/layer.js';
import { MediaType, isIndexType } from '../../oci/media-types.js';
import { placementTag, type BlobOutcome, type ManifestPlacement, type Target } from '../target.js';
import { ArchiveFile } from './staging.js';
import type { TarEntry } from './tar.js';

/** One entry of manifest.json in a `docker save` tar. */
export interface DockerArchiveManifestEntry {
  Config: string;
  RepoTags: string[];
  Layers: string[];
}


/**
 * `docker-archive:FILE[:REF]`: the `docker save` format that `docker load`, `podman load` and
 * `skopeo ... docker-archive:FILE` read: manifest.json, the config as `<config hex>.json`, and each
 * layer uncompressed as `<diff_id hex>/layer.tar`. The legacy `repositories` file is not written:
 * it points at v1 layer ids with `<id>/json` files, which nothing reads when manifest.json exists.
 *
 * docker-archive cannot carry manifest annotations (module.wasm.image/variant is lost) and its
 * layers are uncompressed, so a loaded image has a different manifest digest. The platform
 * (os wasi / architecture wasm) and the `.wasm` entrypoint in the config still identify it as a
 * wasm image to podman (crun-wasm) and runwasi.
 */
export class DockerArchiveTarget implements Target {
  readonly name: string;
  private readonly archive: ArchiveFile;
  private readonly repoTags: string[];
  /** Every root copied in, by digest: one transaction writes them all (a tagged push names it). */
  private readonly images = new Map<string, { node: ManifestNode; tags: Set<string> }>();

  constructor(
    readonly file: string,
    repoTags: readonly string[] = [],
  ) {
    this.repoTags = repoTags.map(normalizeRepoTag);
    this.name = `docker-archive:${file}${this.repoTags[0] ? `:${this.repoTags[0]}` : ''}`;
    this.archive = new ArchiveFile(file);
  }

  private async blobFile(digest: string): Promise<string> {
    return join(await this.archive.stagingDir(), 'blobs', digestHex(digest));
  }

  async exists(descriptor: Descriptor): Promise<boolean> {
    if (!this.archive.started) return false;
    try {
      return (await stat(await this.blobFile(descriptor.digest))).size === descriptor.size;
    } catch {
      return false;
    }
  }

  async pushBlob(blob: Blob): Promise<BlobOutcome> {
    const dest = await this.blobFile(blob.descriptor.digest);
    await mkdir(dirname(dest), { recursive: true });
    const temp = `${dest}.${randomBytes(4).toString('hex')}.tmp`;
    const hashing = hashingTap();
    await pipeline(blob.open(), hashing.tap, createWriteStream(temp));
    const { digest, size } = hashing.result();
    if (digest !== blob.descriptor.digest || size !== blob.descriptor.size) {
      await rm(temp, { force: true });
      throw new WasmpackError('DIGEST_MISMATCH', `content of ${blob.descriptor.digest} has digest ${digest} (${size} bytes)`, 'the source changed while it was being copied; build again');
    }
    await rename(temp, dest);
    return 'pushed';
  }

  async pushManifest(node: ManifestNode, placement: ManifestPlacement): Promise<'pushed' | 'skipped'> {
    if (isIndexType(node.descriptor.mediaType)) {
      throw new WasmpackError(
        'ARCHIVE_NEEDS_IMAGE',
        `${this.name} holds single-platform images, and this is an image index`,
        'write the index with oci-archive:FILE[:TAG] or oci:DIR[:TAG], or build one platform',
      );
    }
    // A child manifest (of an index) has no place in this format, and an index was refused above.
    if ('child' in placement) return 'pushed';
    const known = this.images.get(node.descriptor.digest);
    const entry = known ?? { node, tags: new Set<string>() };
    const tag = placementTag(placement);
    if (tag !== undefined) entry.tags.add(normalizeRepoTag(tag));
    this.images.set(node.descriptor.digest, entry);
    return known ? 'skipped' : 'pushed';
  }

  async commit(): Promise<void> {
    // Tagged images are what `docker load` names; untagged roots (referrers beside an image, which
    // this format cannot hold) are written only when nothing was tagged.
    const tagged = [...this.images.values()].filter((i) => i.tags.size > 0);
    const roots = tagged.length ? tagged : [...this.images.values()];
    if (roots.length === 0) throw new WasmpackError('NOTHING_TO_WRITE', `no image was copied to ${this.name}`, 'this is a bug in wasmpack: please report it');
    const entries: TarEntry[] = [];
    const index: DockerArchiveManifestEntry[] = [];
    const written = new Set<string>();
    // The archive's own name (docker-archive:FILE:REF) names its first image; others keep their tags.
    for (const [i, root] of roots.entries()) index.push(await this.stageImage(root.node, i === 0 && this.repoTags.length ? this.repoTags : [...root.tags], entries, written));
    entries.push({ name: 'manifest.json', type: 'file', bytes: Buffer.from(JSON.stringify(index), 'utf8') });
    await this.archive.publish(entries);
    await this.archive.cleanUp();
  }

  /** Adds one image's config and uncompressed layers to `entries` and returns its manifest.json entry. */
  private async stageImage(image: ManifestNode, repoTags: string[], entries: TarEntry[], written: Set<string>): Promise<DockerArchiveManifestEntry> {
    const manifest = JSON.parse(image.bytes.toString('utf8')) as { config: Descriptor; layers: Descriptor[] };
    if (manifest.config.mediaType !== MediaType.ociConfig && manifest.config.mediaType !== MediaType.dockerConfig) {
      throw new WasmpackError(
        'ARCHIVE_UNSUPPORTED',
        `${this.name} holds container images only, and this image's config is ${manifest.config.mediaType}`,
        'write a Wasm OCI artifact (--format artifact) with oci-archive:FILE[:TAG], or use the default compat format',
      );
    }
    const configPath = await this.blobFile(manifest.config.digest);
    const config = JSON.parse(await readFile(configPath, 'utf8')) as { rootfs?: { diff_ids?: string[] } };
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== manifest.layers.length) {
      throw new WasmpackError('DIFF_ID_MISMATCH', `the config lists ${diffIds.length} diff_ids for ${manifest.layers.length} layers`, 'rebuild the image');
    }
    const layerNames: string[] = [];
    for (const [i, layer] of manifest.layers.entries()) {
      const diffId = diffIds[i]!;
      const name = `${digestHex(diffId)}/layer.tar`;
      layerNames.push(name);
      if (written.has(name)) continue;
      written.add(name);
      const tarPath = join(await this.archive.stagingDir(), 'layers', `${digestHex(diffId)}.tar`);
      await mkdir(dirname(tarPath), { recursive: true });
      await decompressLayer(layer, await this.blobFile(layer.digest), tarPath, diffId);
      entries.push({ name: digestHex(diffId), type: 'directory' }, { name, type: 'file', source: tarPath });
    }
    const configName = `${digestHex(manifest.config.digest)}.json`;
    if (!written.has(configName)) {
      written.add(configName);
      entries.push({ name: configName, type: 'file', source: configPath });
    }
    return { Config: configName, RepoTags: repoTags, Layers: layerNames };
  }

  async abort(): Promise<void> {
    await this.archive.cleanUp();
  }

  async close(): Promise<void> {}
}

/**
 * What a user must know to run a loaded docker-archive (measured with podman 4.3 and crun): the
 * format has no place for manifest annotations, so crun gets no module.wasm.image/variant and
 * tries to exec the .wasm; podman keys images by config digest, so loading also replaces the
 * annotations of an already pulled image with the same config.
 */
export function dockerArchiveRunNote(file: string, repoTag: string): string {
  return (
    `${file} has no manifest annotations (docker-archive cannot hold them): after \`podman load -i ${file}\`, run it with ` +
    `\`podman run --annotation module.wasm.image/variant=compat ${normalizeRepoTag(repoTag)}\`, or crun tries to exec the .wasm ("Exec format error"); ` +
    'loading it also drops the annotations of an already pulled image with the same config'
  );
}

/** "app" -> "app:latest", as docker does; "localhost:5000/app" is a repository with no tag. */
export function normalizeRepoTag(reference: string): string {
  if (reference.includes('@')) {
    throw new WasmpackError('BAD_REFERENCE', `docker-archive RepoTags are name:tag, not a digest reference ("${reference}")`, 'write docker-archive:FILE:NAME:TAG');
  }
  const lastSegment = reference.slice(reference.lastIndexOf('/') + 1);
  return lastSegment.includes(':') ? reference : `${reference}:latest`;
}

/** Writes the uncompressed tar of a layer and checks it against the config's diff_id. */
async function decompressLayer(layer: Descriptor, source: string, dest: string, diffId: string): Promise<void> {
  const decompress = await layerDecompressor(layer.mediaType);
  if (!decompress) throw new WasmpackError('ARCHIVE_UNSUPPORTED', `docker-archive cannot hold a layer of type ${layer.mediaType}`, 'use oci-archive:FILE[:TAG] for non-container content');
  const hashing = hashingTap();
  await pipeline(createReadStream(source), decompress, hashing.tap, createWriteStream(dest));
  const actual = hashing.result().digest;
  if (actual !== diffId) {
    throw new WasmpackError('DIFF_ID_MISMATCH', `layer ${layer.digest} uncompresses to ${actual}, but the config's diff_id is ${diffId}`, 'the image is inconsistent; rebuild it');
  }
}
