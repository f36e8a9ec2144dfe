/*
 * Where signatures and attestations of an image live: beside it, in its registry repository or
 * its OCI layout. One small interface over both, so signing and verifying do not care which.
 */
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { WasmpackError, wrap } from '../../errors.js';
import { isManifestNode, walk, type Descriptor, type ManifestNode } from '../../oci/content.js';
import { sha256 } from '../../oci/digest.js';
import { isDockerHub, manifestReference, type Reference } from '../../oci/reference.js';
import { connect, type RegistryAccess } from '../../targets/connect.js';
import { blobPath, LayoutTarget, readIndex } from '../../targets/layout.js';
import { ROOT } from '../../targets/target.js';
import { readLayoutImage, readLayoutReferrers } from '../../targets/layout-source.js';
import type { RegistryTarget } from '../../targets/registry/target.js';
import type { RegistryClient } from '../../targets/registry/client.js';
import { parseTransport } from '../../targets/transport-spec.js';

/** Manifests and blobs an attachment reads are small; anything bigger is not ours to read. */
export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;

export interface StoredManifest {
  descriptor: Descriptor;
  bytes: Buffer;
}

export interface AttachmentStore {
  /** For messages: "localhost:5000/app", "oci:/path". */
  readonly name: string;
  /** REGISTRY/REPO as signatures name it (cosign's docker-reference, the statement's subject). */
  readonly identity: string;
  /** The image the user named: its manifest's descriptor. */
  image(): Promise<Descriptor>;
  /** A manifest under a tag or digest, or undefined when there is none. */
  findManifest(reference: string): Promise<StoredManifest | undefined>;
  /** A blob's bytes, checked against its digest. */
  readBlob(descriptor: Descriptor): Promise<Buffer>;
  /** Stores a manifest and whatever it references that is missing; a referrer is listed for its subject. */
  write(node: ManifestNode, tag?: string): Promise<void>;
  /** Manifests whose subject is `digest`, as descriptors. */
  referrers(digest: string): Promise<Descriptor[]>;
  close(): Promise<void>;
}

/** IMAGE as the user wrote it: a registry reference or oci:DIR[:TAG]. */
export function openStore(image: string, access: RegistryAccess): AttachmentStore {
  const spec = parseTransport(image);
  if (spec.transport === 'registry') return new RegistryStore(spec.reference, { access });
  if (spec.transport === 'oci') return new LayoutStore(resolve(spec.dir), spec.tag);
  throw new WasmpackError('UNSUPPORTED_SOURCE', `signatures live beside an image in a registry or an OCI layout, not in ${spec.transport}:`, 'push the image first (wasmpack push REF), then sign REF; or sign oci:DIR[:TAG]');
}

/** cosign names Docker Hub images index.docker.io/REPO. */
export function signingIdentity(reference: Reference): string {
  return `${isDockerHub(reference.registry) ? 'index.docker.io' : reference.registry}/${reference.repository}`;
}

/** A registry repository as a store: the client's reads, the target's writes (referrer fallback included). */
class RegistryStore implements AttachmentStore {
  readonly name: string;
  readonly identity: string;
  private readonly target: RegistryTarget | undefined = undefined;
  private readonly client: RegistryClient;

  /** With `client`, reads go through a client the caller already holds (inspect); writes need a target of our own. */
  constructor(
    private readonly reference: Reference,
    via: { access: RegistryAccess } | { client: RegistryClient },
  ) {
    this.name = `${reference.registry}/${reference.repository}`;
    this.identity = signingIdentity(reference);
    if ('client' in via) {
      this.client = via.client;
    } else {
      this.target = connect(reference, via.access);
      this.client = this.target.client;
    }
  }

  async image(): Promise<Descriptor> {
    const ref = manifestReference(this.reference);
    const found = await this.client.headManifest(this.reference.repository, ref);
    if (!found) {
      throw new WasmpackError('IMAGE_NOT_FOUND', `${this.reference.toString()} is not in the registry`, 'push it first (wasmpack push or build --push), or check the tag: `skopeo list-tags docker://REGISTRY/REPO`');
    }
    return found;
  }

  async findManifest(reference: string): Promise<StoredManifest | undefined> {
    const found = await this.client.findManifest(this.reference.repository, reference);
    return found && { descriptor: { mediaType: found.mediaType, digest: found.digest, size: found.bytes.length }, bytes: found.bytes };
  }

  readBlob(descriptor: Descriptor): Promise<Buffer> {
    return this.client.getBlob(this.reference.repository, descriptor.digest, MAX_ATTACHMENT_BYTES);
  }

  async write(node: ManifestNode, tag?: string): Promise<void> {
    const target = this.target;
    if (!target) throw new Error('RegistryStore opened for reading only');
    for (const content of walk(node)) {
      if (content === node || isManifestNode(content)) continue;
      if (!(await target.exists(content.descriptor))) await target.pushBlob(content);
    }
    try {
      await target.pushManifest(node, tag === undefined ? ROOT : { tag });
    } catch (err) {
      if (tag === undefined && err instanceof WasmpackError && /sha256-[0-9a-f]{64}/.test(err.message)) {
        throw new WasmpackError('REFERRERS_TAG_REFUSED', `${this.name} refused the referrers fallback tag: ${err.message}`, 'the registry has no referrers API and will not take the sha256-<digest> tag index; allow tags of that form (tag immutability rules) or use a registry with the OCI 1.1 referrers API', { cause: err });
      }
      wrap(err, `storing ${tag ? `tag ${tag}` : node.descriptor.digest} in ${this.name}`);
    }
  }

  /** The referrers API where the registry has one, else the sha256-<hex> fallback tag. */
  referrers(digest: string): Promise<Descriptor[]> {
    return this.client.referrers(this.reference.repository, digest);
  }

  async close(): Promise<void> {
    await this.target?.close();
  }
}

/** Reads signatures through a client the caller holds (and closes). */
export function clientStore(reference: Reference, client: RegistryClient): AttachmentStore {
  return new RegistryStore(reference, { client });
}

class LayoutStore implements AttachmentStore {
  readonly name: string;
  readonly identity: string;

  constructor(
    private readonly dir: string,
    private readonly tag: string | undefined,
  ) {
    this.name = `oci:${dir}`;
    // A layout has no registry; the image's own name (its tag) stands in for REGISTRY/REPO.
    this.identity = tag ?? 'oci-layout';
  }

  async image(): Promise<Descriptor> {
    const node = await readLayoutImage(this.dir, this.tag);
    return node.descriptor;
  }

  async findManifest(reference: string): Promise<StoredManifest | undefined> {
    let digest = reference.startsWith('sha256:') ? reference : undefined;
    if (!digest) {
      const index = await readIndex(this.dir);
      digest = index.manifests.find((d) => d.annotations?.['org.opencontainers.image.ref.name'] === reference)?.digest;
    }
    if (!digest) return undefined;
    const bytes = await readFile(blobPath(this.dir, digest)).catch(() => undefined);
    if (!bytes) return undefined;
    const mediaType = (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? '';
    return { descriptor: { mediaType, digest, size: bytes.length }, bytes };
  }

  async readBlob(descriptor: Descriptor): Promise<Buffer> {
    const bytes = await readFile(blobPath(this.dir, descriptor.digest)).catch(() => {
      throw new WasmpackError('MISSING_BLOB', `${this.name} has no blob ${descriptor.digest}`, 'the layout is incomplete; build or pull the image again');
    });
    if (sha256(bytes) !== descriptor.digest) throw new WasmpackError('DIGEST_MISMATCH', `blob ${descriptor.digest} in ${this.name} is corrupt`, 'build or pull the image again');
    return bytes;
  }

  async write(node: ManifestNode, tag?: string): Promise<void> {
    const target = new LayoutTarget(this.dir);
    for (const content of walk(node)) {
      if (content === node || isManifestNode(content)) continue;
      if (!(await target.exists(content.descriptor))) await target.pushBlob(content);
    }
    await target.pushManifest(node, tag === undefined ? ROOT : { tag });
    await target.commit();
  }

  async referrers(digest: string): Promise<Descriptor[]> {
    return (await readLayoutReferrers(this.dir, digest)).map((n) => n.descriptor);
  }

  async close(): Promise<void> {}
}

