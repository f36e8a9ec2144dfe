import { WasmpackError } from '../../errors.js';
import { canonicalJson } from '../../oci/canonical-json.js';
import type { Descriptor, ManifestNode } from '../../oci/content.js';
import { sha256 } from '../../oci/digest.js';
import { MediaType } from '../../oci/media-types.js';
import { DEFAULT_SOURCE_LIMITS, graph, parseManifestJson, type ContentStore, type Source, type SourceLimits } from '../source.js';
import { verifiedStream } from '../verify.js';
import type { DockerArchiveManifestEntry } from './docker-archive.js';
import { normalizeRepoTag } from './docker-archive.js';
import { TarIndex } from './tar-index.js';

/**
 * `docker-archive:FILE[:REF]` (`docker save`) as a source. The format stores no manifest: as
 * skopeo does, one is made from manifest.json's entry, an OCI manifest whose config is the
 * archive's config and whose layers are its uncompressed layer tars, named by the config's
 * diff_ids (which each layer is checked against as it streams). Its digest is therefore not the
 * digest the image had in a registry.
 */
export class DockerArchiveSource implements Source {
  readonly name: string;
  private indexing: Promise<TarIndex> | undefined;

  constructor(
    readonly file: string,
    private readonly reference?: string,
    private readonly limits: SourceLimits = DEFAULT_SOURCE_LIMITS,
  ) {
    this.name = `docker-archive:${file}`;
  }

  private tar(): Promise<TarIndex> {
    return (this.indexing ??= TarIndex.read(this.file, 'a docker-archive'));
  }

  async resolve(reference = this.reference): Promise<ManifestNode> {
    const tar = await this.tar();
    if (!tar.has('manifest.json')) throw new WasmpackError('NO_LAYOUT', `${this.file} holds no manifest.json`, 'name an archive written by `docker save`, `podman save` or `wasmpack build -o docker-archive:FILE`');
    const entries = JSON.parse((await tar.read('manifest.json', this.limits.manifestBytes)).toString('utf8')) as DockerArchiveManifestEntry[];
    const wanted = reference ? normalizeRepoTag(reference) : undefined;
    const candidates = Array.isArray(entries) ? entries.filter((e) => !wanted || (e.RepoTags ?? []).includes(wanted)) : [];
    if (candidates.length !== 1) {
      const tags = (Array.isArray(entries) ? entries : []).flatMap((e) => e.RepoTags ?? []);
      throw new WasmpackError('NO_SUCH_IMAGE', wanted ? `${this.file} has no image tagged "${wanted}"` : `${this.file} holds ${candidates.length} images; say which`, tags.length ? `tags in this archive: ${tags.join(', ')}` : 'the archive is empty');
    }
    const image = candidates[0]!;
    const configBytes = await tar.read(image.Config, this.limits.manifestBytes);
    const config = parseManifestJson(configBytes, `the config of ${this.file}`) as { rootfs?: { diff_ids?: string[] } };
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== image.Layers.length) {
      throw new WasmpackError('DIFF_ID_MISMATCH', `${this.file}: the config lists ${diffIds.length} diff_ids for ${image.Layers.length} layers`, 'the archive is inconsistent; write it again');
    }
    const names = new Map<string, string>();
    const configDescriptor: Descriptor = { mediaType: MediaType.ociConfig, digest: sha256(configBytes), size: configBytes.length };
    names.set(configDescriptor.digest, image.Config);
    const layers = image.Layers.map((name, i): Descriptor => {
      const place = tar.place(name);
      if (!place) throw new WasmpackError('MISSING_BLOB', `${this.file} has no layer ${name}`, 'the archive is incomplete; write it again');
      names.set(diffIds[i]!, name);
      return { mediaType: MediaType.ociLayerTar, digest: diffIds[i]!, size: place.size };
    });
    const bytes = canonicalJson({ schemaVersion: 2, mediaType: MediaType.ociManifest, config: configDescriptor, layers });
    const store: ContentStore = {
      where: this.name,
      manifest: async () => ({ bytes }),
      openBlob: (d) => verifiedStream(() => tar.open(names.get(d.digest)!), d, this.name),
    };
    const digest = sha256(bytes);
    return graph(store, { mediaType: MediaType.ociManifest, digest, size: bytes.length }, this.limits, { bytes, digest });
  }

  /** The format has no place for referrers. */
  async referrers(): Promise<ManifestNode[]> {
    return [];
  }

  async close(): Promise<void> {}
}
