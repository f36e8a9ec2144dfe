import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { WasmpackError } from '../errors.js';
import { canonicalJson } from '../oci/canonical-json.js';
import type { Blob, Descriptor, ManifestNode } from '../oci/content.js';
import { digestHex } from '../oci/digest.js';
import { MediaType, isIndexType } from '../oci/media-types.js';
import { LayoutTarget } from './layout.js';
import type { BlobOutcome, Target } from './target.js';

/*
 * Two archive targets: an OCI layout in a tar (skopeo's oci-archive:) and the `docker save` format
 * (docker-archive:, read by `docker load`, `podman load`, skopeo). Both stage content in a temp
 * directory next to the file and write the archive only at commit, to `<file>.tmp-*` and then by
 * rename: a reader never sees a half-written archive and a failed copy leaves nothing behind.
 */

// --- deterministic tar --------------------------------------------------------------------------

export type TarEntry =
  | { name: string; type: 'directory' }
  | { name: string; type: 'file'; source: string }
  | { name: string; type: 'file'; bytes: Buffer };

const EPOCH = new Date(0);

/**
 * Writes a tar whose bytes depend only on the entries: sorted by name, mtime 0, uid/gid 0, no
 * user/group names, 0644 files and 0755 directories.
 */
export async function writeDeterministicTar(entries: readonly TarEntry[], dest: string): Promise<void> {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pack = tar.pack();
  const done = pipeline(pack, createWriteStream(dest));
  try {
    for (const entry of sorted) {
      const common = { name: entry.name, mtime: EPOCH, uid: 0, gid: 0, uname: '', gname: '' };
      if (entry.type === 'directory') {
        await addBytes(pack, { ...common, type: 'directory', mode: 0o755 }, Buffer.alloc(0));
      } else if ('bytes' in entry) {
        await addBytes(pack, { ...common, type: 'file', mode: 0o644, size: entry.bytes.length }, entry.bytes);
      } else {
        const { size } = await stat(entry.source);
        await pipeline(createReadStream(entry.source), pack.entry({ ...common, type: 'file', mode: 0o644, size }));
      }
    }
    pack.finalize();
    await done;
  } catch (err) {
    pack.destroy(err as Error);
    await done.catch(() => undefined);
    throw err;
  }
}

function addBytes(pack: tar.Pack, header: Partial<tar.Header> & { name: string }, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry(header, bytes, (err) => (err ? reject(err) : resolve()));
  });
}

/** Every directory and file below `root`, as tar entries with '/'-separated relative names. */
async function treeEntries(root: string): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const dirent of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, dirent.name);
      const name = relative(root, path).split(sep).join('/');
      if (dirent.isDirectory()) {
        entries.push({ name, type: 'directory' });
        await visit(path);
      } else if (dirent.isFile()) {
        entries.push({ name, type: 'file', source: path });
      }
    }
  };
  await visit(root);
  return entries;
}

/**
 * Stages in `<file>.tmp-XXXXXX/` (same directory, so the final rename never crosses file systems)
 * and publishes `<file>` atomically. Shared by both archive targets.
 */
class ArchiveFile {
  private staging: Promise<string> | undefined;
  private tarTemp: string | undefined;

  constructor(readonly file: string) {}

  /** The staging directory, created on first use. */
  stagingDir(): Promise<string> {
    this.staging ??= mkdir(dirname(this.file), { recursive: true }).then(() => mkdtemp(`${this.file}.tmp-`));
    return this.staging;
  }

  get started(): boolean {
    return this.staging !== undefined;
  }

  async publish(entries: readonly TarEntry[]): Promise<void> {
    this.tarTemp = `${this.file}.tmp-${randomBytes(6).toString('hex')}.tar`;
    await writeDeterministicTar(entries, this.tarTemp);
    await rename(this.tarTemp, this.file);
    this.tarTemp = undefined;
  }

  async cleanUp(): Promise<void> {
    const staging = this.staging ? await this.staging.catch(() => undefined) : undefined;
    this.staging = undefined;
    await Promise.all([staging && rm(staging, { recursive: true, force: true }), this.tarTemp && rm(this.tarTemp, { force: true })]);
    this.tarTemp = undefined;
  }
}

// --- oci-archive ---------------------------------------------------------------------------------

/**
 * `oci-archive:FILE[:TAG]`: an OCI image layout
 * (https://github.com/opencontainers/image-spec/blob/main/image-layout.md) as a tar. The layout is
 * built by LayoutTarget in the staging directory, so both share one set of rules. A tag given here
 * is the `org.opencontainers.image.ref.name` skopeo looks up with `oci-archive:FILE:TAG`; it
 * replaces the copy's tags (an archive named with a tag holds that tag), and an untagged root gets it too.
 */
export class OciArchiveTarget implements Target {
  readonly name: string;
  private readonly archive: ArchiveFile;
  private layout: LayoutTarget | undefined;
  private prepared: Promise<LayoutTarget> | undefined;
  private untaggedRoot: ManifestNode | undefined;
  private tagged = false;

  constructor(
    readonly file: string,
    readonly tag?: string,
  ) {
    this.name = `oci-archive:${file}${tag ? `:${tag}` : ''}`;
    this.archive = new ArchiveFile(file);
  }

  private async stagedLayout(): Promise<LayoutTarget> {
    this.prepared ??= this.archive.stagingDir().then(async (dir) => {
      // Lay out the skeleton before any push: LayoutTarget checks that an existing directory is
      // empty on every first write, which concurrent blob pushes into a pre-created (mkdtemp)
      // directory would race on.
      await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
      await writeFile(join(dir, 'oci-layout'), canonicalJson({ imageLayoutVersion: '1.0.0' }));
      return new LayoutTarget(dir);
    });
    this.layout = await this.prepared;
    return this.layout;
  }

  async exists(descriptor: Descriptor): Promise<boolean> {
    return this.layout ? this.layout.exists(descriptor) : false;
  }

  async pushBlob(blob: Blob): Promise<BlobOutcome> {
    return (await this.stagedLayout()).pushBlob(blob);
  }

  async pushManifest(node: ManifestNode, reference?: string): Promise<void> {
    const layout = await this.stagedLayout();
    if (reference !== undefined) this.tagged = true;
    else this.untaggedRoot = node; // children come first; the last untagged push is the root
    await layout.pushManifest(node, reference === undefined ? undefined : (this.tag ?? reference));
  }

  async commit(): Promise<void> {
    const layout = await this.stagedLayout();
    if (this.tag && !this.tagged && this.untaggedRoot) await layout.pushManifest(this.untaggedRoot, this.tag);
    await layout.commit();
    await this.archive.publish(await treeEntries(layout.dir));
    await this.archive.cleanUp();
  }

  async abort(): Promise<void> {
    await this.layout?.abort().catch(() => undefined);
    this.prepared = undefined;
    this.layout = undefined;
    await this.archive.cleanUp();
  }
}

// --- docker-archive ------------------------------------------------------------------------------

/** One entry of manifest.json in a `docker save` tar. */
export interface DockerArchiveManifestEntry {
  Config: string;
  RepoTags: string[];
  Layers: string[];
}

const DOCKER_LAYER_TAR = 'application/vnd.docker.image.rootfs.diff.tar';

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
  private image: ManifestNode | undefined;

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
    const hash = createHash('sha256');
    let size = 0;
    await pipeline(blob.open(), tap((chunk) => (hash.update(chunk), (size += chunk.length))), createWriteStream(temp));
    const digest = `sha256:${hash.digest('hex')}`;
    if (digest !== blob.descriptor.digest || size !== blob.descriptor.size) {
      await rm(temp, { force: true });
      throw new WasmpackError('DIGEST_MISMATCH', `content of ${blob.descriptor.digest} has digest ${digest} (${size} bytes)`, 'the source changed while it was being copied; build again');
    }
    await rename(temp, dest);
    return 'pushed';
  }

  async pushManifest(node: ManifestNode): Promise<void> {
    if (isIndexType(node.descriptor.mediaType)) {
      throw new WasmpackError(
        'ARCHIVE_NEEDS_IMAGE',
        `${this.name} holds single-platform images, and this is an image index`,
        'write the index with oci-archive:FILE[:TAG] or oci:DIR[:TAG], or build one platform',
      );
    }
    this.image = node;
  }

  async commit(): Promise<void> {
    if (!this.image) throw new WasmpackError('NOTHING_TO_WRITE', `no image was copied to ${this.name}`, 'this is a bug in wasmpack: please report it');
    const manifest = JSON.parse(this.image.bytes.toString('utf8')) as { config: Descriptor; layers: Descriptor[] };
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
    const entries: TarEntry[] = [];
    const layerNames: string[] = [];
    const written = new Set<string>();
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
    const index: DockerArchiveManifestEntry[] = [{ Config: configName, RepoTags: this.repoTags, Layers: layerNames }];
    entries.push({ name: 'manifest.json', type: 'file', bytes: Buffer.from(JSON.stringify(index), 'utf8') });
    entries.push({ name: configName, type: 'file', source: configPath });
    await this.archive.publish(entries);
    await this.archive.cleanUp();
  }

  async abort(): Promise<void> {
    await this.archive.cleanUp();
  }
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
  const hash = createHash('sha256');
  await pipeline(createReadStream(source), await decompressor(layer.mediaType), tap((chunk) => hash.update(chunk)), createWriteStream(dest));
  const actual = `sha256:${hash.digest('hex')}`;
  if (actual !== diffId) {
    throw new WasmpackError('DIFF_ID_MISMATCH', `layer ${layer.digest} uncompresses to ${actual}, but the config's diff_id is ${diffId}`, 'the image is inconsistent; rebuild it');
  }
}

async function decompressor(mediaType: string): Promise<Transform> {
  switch (mediaType) {
    case MediaType.ociLayerGzip:
    case MediaType.dockerLayerGzip:
      return createGunzip();
    case MediaType.ociLayerTar:
    case DOCKER_LAYER_TAR:
      return new PassThrough();
    case MediaType.ociLayerZstd: {
      const zstd = await import('zstd-napi').catch((err: Error) => {
        throw new WasmpackError('ZSTD_UNAVAILABLE', `reading a zstd layer needs the zstd-napi native module, which failed to load (${err.message})`, 'reinstall with build tools present (python3, make, g++), or build with --compression gzip');
      });
      const mod = (zstd as unknown as { default?: typeof zstd }).default ?? zstd;
      return new mod.DecompressStream() as unknown as Transform;
    }
    default:
      throw new WasmpackError('ARCHIVE_UNSUPPORTED', `docker-archive cannot hold a layer of type ${mediaType}`, 'use oci-archive:FILE[:TAG] for non-container content');
  }
}

function tap(onChunk: (chunk: Buffer) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, callback) {
      onChunk(chunk);
      callback(null, chunk);
    },
  });
}
