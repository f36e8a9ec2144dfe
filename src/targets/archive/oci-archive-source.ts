import { WasmpackError } from '../../errors.js';
import type { Descriptor, ManifestNode } from '../../oci/content.js';
import { digestHex } from '../../oci/digest.js';
import { Annotation, isManifestType } from '../../oci/media-types.js';
import { chooseEntry } from '../layout-source.js';
import { DEFAULT_SOURCE_LIMITS, graph, parseManifestJson, type ContentStore, type Source, type SourceLimits } from '../source.js';
import { verifiedStream } from '../verify.js';
import { TarIndex } from './tar-index.js';

/**
 * `oci-archive:FILE[:TAG]` as a source: an OCI layout in a tar, read in place. The tar's headers
 * are indexed once; manifests and blobs are positioned reads of the file, blobs checked as they
 * stream. Nothing is unpacked, to memory or to disk.
 */
export class OciArchiveSource implements Source {
  readonly name: string;
  private indexing: Promise<TarIndex> | undefined;

  constructor(
    readonly file: string,
    private readonly tag?: string,
    private readonly limits: SourceLimits = DEFAULT_SOURCE_LIMITS,
  ) {
    this.name = `oci-archive:${file}`;
  }

  private tar(): Promise<TarIndex> {
    return (this.indexing ??= TarIndex.read(this.file, 'an oci-archive'));
  }

  private store(tar: TarIndex): ContentStore {
    const blob = (d: Descriptor): string => {
      const name = `blobs/sha256/${digestHex(d.digest)}`;
      if (!tar.has(name)) throw new WasmpackError('MISSING_BLOB', `${this.file} has no blob ${d.digest}`, 'the archive is incomplete; write it again');
      return name;
    };
    return {
      where: this.name,
      manifest: async (d) => ({ bytes: await tar.read(blob(d), this.limits.manifestBytes) }),
      openBlob: (d) => verifiedStream(() => tar.open(blob(d)), d, this.name),
      checkBlob: async (d) => void blob(d),
    };
  }

  private async index(tar: TarIndex): Promise<Descriptor[]> {
    if (!tar.has('index.json')) throw new WasmpackError('NO_LAYOUT', `${this.file} holds no index.json`, 'name an archive written by `wasmpack build -o oci-archive:FILE` or `skopeo copy ... oci-archive:FILE`');
    const doc = parseManifestJson(await tar.read('index.json', this.limits.manifestBytes), `index.json of ${this.file}`) as { manifests?: unknown };
    if (!Array.isArray(doc.manifests)) throw new WasmpackError('LAYOUT_CORRUPT', `index.json of ${this.file} has no "manifests" list`, 'write the archive again');
    return doc.manifests as Descriptor[];
  }

  async resolve(reference = this.tag): Promise<ManifestNode> {
    const tar = await this.tar();
    const store = this.store(tar);
    const entry = chooseEntry(await this.index(tar), reference, this.file);
    if (entry) return graph(store, entry, this.limits);
    // A digest with no index entry: the manifest is a blob of the archive.
    const size = tar.place(`blobs/sha256/${digestHex(reference!)}`)?.size;
    if (size === undefined) throw new WasmpackError('MISSING_BLOB', `${this.file} has no manifest ${reference}`, 'name a digest the archive holds');
    const bytes = await tar.read(`blobs/sha256/${digestHex(reference!)}`, this.limits.manifestBytes);
    const mediaType = (parseManifestJson(bytes, `manifest ${reference} of ${this.file}`) as { mediaType?: string }).mediaType ?? '';
    return graph(store, { mediaType, digest: reference!, size }, this.limits, { bytes });
  }

  async referrers(digest: string): Promise<ManifestNode[]> {
    const tar = await this.tar();
    const found: ManifestNode[] = [];
    for (const entry of await this.index(tar)) {
      if (entry.annotations?.[Annotation.refName] !== undefined || !isManifestType(entry.mediaType)) continue;
      const node = await graph(this.store(tar), entry, this.limits);
      if ((parseManifestJson(node.bytes, this.name) as { subject?: Descriptor }).subject?.digest === digest) found.push(node);
    }
    return found;
  }

  async close(): Promise<void> {}
}
