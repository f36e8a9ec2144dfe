import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../../oci/canonical-json.js';
import type { Blob, Descriptor, ManifestNode } from '../../oci/content.js';
import { LayoutTarget } from '../layout.js';
import { placementTag, type BlobOutcome, type ManifestPlacement, type Target } from '../target.js';
import { ArchiveFile } from './staging.js';
import { treeEntries } from './tar.js';

/**
 * `oci-archive:FILE[:TAG]`: an OCI image layout
 * (https://github.com/opencontainers/image-spec/blob/main/image-layout.md) as a tar. The layout is
 * built by LayoutTarget in the staging directory, so both share one set of rules. A tag given here
 * is the `org.opencontainers.image.ref.name` skopeo looks up with `oci-archive:FILE:TAG`; it
 * replaces the copy's tags (an archive named with a tag holds that tag); when nothing was tagged, the
 * first untagged root (the image; referrers come after it) gets it, and every root keeps its entry.
 */
export class OciArchiveTarget implements Target {
  readonly name: string;
  private readonly archive: ArchiveFile;
  private layout: LayoutTarget | undefined;
  private prepared: Promise<LayoutTarget> | undefined;
  private firstRoot: ManifestNode | undefined;
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

  async pushManifest(node: ManifestNode, placement: ManifestPlacement): Promise<'pushed' | 'skipped'> {
    const layout = await this.stagedLayout();
    const tag = placementTag(placement);
    if (tag !== undefined) this.tagged = true;
    else if ('root' in placement) this.firstRoot ??= node;
    return layout.pushManifest(node, tag === undefined ? placement : { tag: this.tag ?? tag });
  }

  async commit(): Promise<void> {
    const layout = await this.stagedLayout();
    if (this.tag && !this.tagged && this.firstRoot) await layout.pushManifest(this.firstRoot, { tag: this.tag });
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

  async close(): Promise<void> {}
}


