import { WasmpackError } from '../../errors.js';
import type { Descriptor, ManifestNode } from '../../oci/content.js';
import { referrersFallbackTag } from '../../oci/aot-image.js';
import { isManifestType } from '../../oci/media-types.js';
import { DEFAULT_SOURCE_LIMITS, graph, parseManifestJson, type ContentStore, type Source, type SourceLimits } from '../source.js';
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

  /** The referrers listed in the fallback tag (sha256-<hex>); a registry without it has none to say. */
  async referrers(digest: string): Promise<ManifestNode[]> {
    const listed = await this.client.findManifest(this.repository, referrersFallbackTag(digest));
    if (!listed) return [];
    const entries = (parseManifestJson(listed.bytes, `the referrers of ${digest} in ${this.name}`) as { manifests?: Descriptor[] }).manifests ?? [];
    if (entries.length > this.limits.children) throw new WasmpackError('PULL_TOO_BIG', `${this.name}: ${digest} has ${entries.length} referrers, over the cap of ${this.limits.children}`, 'this is not a wasm image wasmpack reads');
    return Promise.all(entries.filter((d) => isManifestType(d.mediaType)).map((d) => graph(this.store, d, this.limits)));
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
