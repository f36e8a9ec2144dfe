/**
 * A registry repository as a copy target: copyImage pushes to it like to an OCI layout. One target
 * serves an image and all its companions (one ping, one token) until close(). The client retries
 * (each request, and a blob upload from POST) with this target's policy.
 */
import type { Blob, Descriptor, ManifestNode } from '../../oci/content.js';
import { isManifestType } from '../../oci/media-types.js';
import { placementTag, type BlobOutcome, type CopyHooks, type ManifestPlacement, type Target } from '../target.js';
import { RegistryClient, type RegistryClientOptions } from './client.js';
import { graceSignal } from '../grace.js';
import { listInFallbackTag, subjectOf } from './referrers.js';
import { pushScopes } from './scope.js';

/** The client's options (built once, by connect()) and what the target adds: where, and whence to mount. */
export interface RegistryTargetOptions extends RegistryClientOptions {
  repository: string;
  /** Repository on the same registry to mount blobs from instead of uploading them. */
  mountFrom?: string;
  /** Connections per origin. */
  concurrency?: number;
  /** Told what the target cost when it is closed (requests, bytes, retries). */
  hooks?: CopyHooks;
}

export class RegistryTarget implements Target {
  readonly name: string;
  readonly client: RegistryClient;
  private closed = false;
  /**
   * Whether the repository holds a manifest, as this target last learnt it (a HEAD, or its own PUT):
   * copyImage asks about a root before its blobs, and an untagged root is not asked again when it
   * is written after them.
   */
  private readonly manifestsKnown = new Map<string, boolean>();

  constructor(private readonly options: RegistryTargetOptions) {
    this.name = `${options.registry}/${options.repository}`;
    const { repository: _repository, mountFrom: _mountFrom, hooks: _hooks, concurrency, ...client } = options;
    this.client = new RegistryClient({ ...client, ...(concurrency !== undefined ? { connections: concurrency } : {}) });
  }

  /** The push scope is asked for up front, so one token serves HEADs and uploads alike. */
  private get scopes(): string[] {
    return pushScopes(this.options.repository, this.options.mountFrom);
  }

  async exists(descriptor: Descriptor): Promise<boolean> {
    const repo = this.options.repository;
    if (isManifestType(descriptor.mediaType)) {
      const known = this.manifestsKnown.get(descriptor.digest);
      if (known !== undefined) return known;
      const there = (await this.client.headManifest(repo, descriptor.digest, this.scopes)) !== undefined;
      this.manifestsKnown.set(descriptor.digest, there);
      return there;
    }
    return this.client.headBlob(repo, descriptor.digest, this.scopes);
  }

  async pushBlob(blob: Blob, hooks?: CopyHooks): Promise<BlobOutcome> {
    const repo = this.options.repository;
    return this.client.pushBlob(repo, blob, {
      ...(this.options.mountFrom ? { mountFrom: this.options.mountFrom } : {}),
      onProgress: (sent) => hooks?.onProgress?.(blob.descriptor, sent),
    });
  }

  /** A referrer (a manifest with a subject) is also listed in the fallback tag where the registry has no referrers API. */
  async pushManifest(node: ManifestNode, placement: ManifestPlacement, hooks?: CopyHooks): Promise<'pushed' | 'skipped'> {
    const repo = this.options.repository;
    const tag = placementTag(placement);
    // An untagged root the registry holds already needs nothing (children were checked by copyImage).
    if (tag === undefined && 'root' in placement && (await this.exists(node.descriptor))) return 'skipped';
    // Once on the wire, a manifest PUT is let finish when the user interrupts (see grace.ts).
    const grace = graceSignal(this.options.signal);
    try {
      const put = await this.client.putManifest(repo, tag ?? node.descriptor.digest, node.bytes, node.descriptor, grace.signal ? { signal: grace.signal } : {});
      this.manifestsKnown.set(node.descriptor.digest, true);
      const subject = subjectOf(node);
      if (!subject) return 'pushed';
      if (put.subject) {
        hooks?.onReferrer?.(node.descriptor, 'api');
        return 'pushed';
      }
      // Its GET and PUT retry on their own; a read-modify-write repeated whole would add nothing.
      await listInFallbackTag(this.client, repo, node, subject, this.scopes, grace.signal);
      hooks?.onReferrer?.(node.descriptor, 'fallback-tag');
      return 'pushed';
    } finally {
      grace.done();
    }
  }

  /** A registry makes each write visible as it lands; tags were pushed last by copyImage. */
  async commit(): Promise<void> {}

  /** Cancels upload sessions still open; pushed blobs are harmless (unreferenced, garbage-collected). */
  async abort(): Promise<void> {
    for (const session of this.client.pendingUploads()) await this.client.cancelUpload(this.options.repository, session);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.options.hooks?.onStats?.({ ...this.client.stats });
    await this.client.close();
  }
}
