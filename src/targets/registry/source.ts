import { WasmpackError } from '../../errors.js';
import type { ManifestNode } from '../../oci/content.js';
import { isManifestType } from '../../oci/media-types.js';
import { DEFAULT_SOURCE_LIMITS, graph, type ContentStore, type Source, type SourceLimits } from '../source.js';
import type { RegistryClient } from './client.js';

/**
 * A registry repository as a source: a reference is a tag or a digest in it. Manifests are
 * fetched with the full Accept list and checked by digest; blobs stream through the client's
 * verified GET (a redirect to a CDN gets no credentials).
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests
 */
export class RegistrySource implements Source {
  readonly name: string;
  private readonly store: ContentStore;

  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
    private readonly defaultReference: string,
    private readonly limits: SourceLimits = DEFAULT_SOURCE_LIMITS,
  ) {
    this.name = `${client.registry}/${repository}`;
    this.store = {
      where: this.name,
      manifest: (d) => client.getManifest(repository, d.digest),
      openBlob: (d) => client.openBlob(repository, d, this.name),
    };
  }

  async resolve(reference = this.defaultReference): Promise<ManifestNode> {
    const found = await this.client.getManifest(this.repository, reference);
    return graph(this.store, { mediaType: found.mediaType, digest: found.digest, size: found.bytes.length }, this.limits, found);
  }

  /** The referrers the registry lists: its referrers API, or the sha256-<hex> fallback tag where it has none. */
  async referrers(digest: string): Promise<ManifestNode[]> {
    const entries = await this.client.referrers(this.repository, digest);
    if (entries.length > this.limits.children) throw new WasmpackError('PULL_TOO_BIG', `${this.name}: ${digest} has ${entries.length} referrers, over the cap of ${this.limits.children}`, 'this is not a wasm image wasmpack reads');
    return Promise.all(entries.filter((d) => isManifestType(d.mediaType)).map((d) => graph(this.store, d, this.limits)));
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
