/**
 * One registry host, as go-containerregistry splits it: the exchange (ping and scheme, auth
 * replay, redirects, retries) carries every request; uploads, manifests and blob reads are the
 * API on top. RegistryClient puts the parts under one name for callers that want all of them
 * (the registry target, the registry source, inspect); login's credential check lives beside
 * login (src/pipeline/credential-check.ts) and uses the exchange alone.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 */
import type { Readable } from 'node:stream';
import type { Blob, Descriptor } from '../../oci/content.js';
import { RegistryBlobs } from './blobs.js';
import { RegistryExchange, type RegistryClientOptions, type RegistryStats } from './exchange.js';
import { RegistryManifests, type ManifestResult, type PutManifestOptions, type PutManifestResult } from './manifests.js';
import { BlobUploads, type PushBlobOptions } from './uploads.js';

export { defaultUserAgent, MAX_REDIRECTS, type RegistryClientOptions, type RegistryStats } from './exchange.js';
export { MAX_MANIFEST_BYTES, type ManifestResult, type PutManifestResult } from './manifests.js';
export { DEFAULT_CHUNK_SIZE, DEFAULT_CHUNK_THRESHOLD, type PushBlobOptions } from './uploads.js';
export { DEFAULT_MAX_BLOB_FETCH } from './blobs.js';

export class RegistryClient {
  readonly exchange: RegistryExchange;
  private readonly uploads: BlobUploads;
  private readonly manifests: RegistryManifests;
  private readonly blobs: RegistryBlobs;

  constructor(options: RegistryClientOptions) {
    this.exchange = new RegistryExchange(options);
    this.uploads = new BlobUploads(this.exchange);
    this.manifests = new RegistryManifests(this.exchange);
    this.blobs = new RegistryBlobs(this.exchange);
  }

  get registry(): string {
    return this.exchange.registry;
  }

  get stats(): RegistryStats {
    return this.exchange.stats;
  }

  /** http(s)://host[:port], known after the ping. */
  get baseUrl(): string | undefined {
    return this.exchange.baseUrl;
  }

  ping(): Promise<void> {
    return this.exchange.ping();
  }

  close(): Promise<void> {
    return this.exchange.close();
  }

  headBlob(repository: string, digest: string, scopes?: string[]): Promise<boolean> {
    return this.uploads.headBlob(repository, digest, scopes);
  }

  pushBlob(repository: string, blob: Blob, options?: PushBlobOptions): Promise<'pushed' | 'mounted'> {
    return this.uploads.pushBlob(repository, blob, options);
  }

  mountBlob(repository: string, digest: string, from: string): Promise<true | string | false> {
    return this.uploads.mountBlob(repository, digest, from);
  }

  startUpload(repository: string, scopes?: string[]): Promise<string> {
    return this.uploads.startUpload(repository, scopes);
  }

  putBlob(repository: string, session: string, blob: Blob, onProgress?: (bytesSent: number) => void): Promise<void> {
    return this.uploads.putBlob(repository, session, blob, onProgress);
  }

  putBlobChunked(repository: string, session: string, blob: Blob, onProgress?: (bytesSent: number) => void): Promise<void> {
    return this.uploads.putBlobChunked(repository, session, blob, onProgress);
  }

  cancelUpload(repository: string, session: string): Promise<void> {
    return this.uploads.cancelUpload(repository, session);
  }

  pendingUploads(): string[] {
    return this.uploads.pendingUploads();
  }

  putManifest(repository: string, reference: string, bytes: Buffer, described: string | Pick<Descriptor, 'mediaType' | 'digest' | 'size'>, options?: PutManifestOptions): Promise<PutManifestResult> {
    return this.manifests.putManifest(repository, reference, bytes, described, options);
  }

  findManifest(repository: string, reference: string, scopes?: string[]): Promise<ManifestResult | undefined> {
    return this.manifests.findManifest(repository, reference, scopes);
  }

  /** The referrers of `digest`, from the referrers API or its sha256-<hex> fallback tag. */
  referrers(repository: string, digest: string): Promise<Descriptor[]> {
    return this.manifests.referrers(repository, digest);
  }

  getManifest(repository: string, reference: string): Promise<ManifestResult> {
    return this.manifests.getManifest(repository, reference);
  }

  headManifest(repository: string, reference: string, scopes?: string[]): Promise<{ digest: string; mediaType: string; size: number } | undefined> {
    return this.manifests.headManifest(repository, reference, scopes);
  }

  getBlob(repository: string, digest: string, maxBytes?: number): Promise<Buffer> {
    return this.blobs.getBlob(repository, digest, maxBytes);
  }

  /** A blob streamed and checked against its descriptor as it arrives. */
  openBlob(repository: string, descriptor: Descriptor, where: string): Readable {
    return this.blobs.openBlob(repository, descriptor, where);
  }
}
