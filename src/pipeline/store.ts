import { isManifestNode, type Blob, type ManifestNode } from '../oci/content.js';
import type { BuiltImage } from '../oci/image.js';
import { transaction } from '../targets/copy.js';
import { fileBlob } from '../targets/files.js';
import { LayoutTarget, blobPath } from '../targets/layout.js';
import { copyGraph } from './copy-graph.js';
import type { ImageGraph } from './graph.js';

/**
 * Graph -> local OCI layout, one transaction (nothing is visible until every blob is in), under
 * `entries` (the -t references as written; skopeo reads oci:DIR:<entry>). What comes back is the
 * same graph read from the layout: every blob now opens the layout's file, so the build's scratch
 * files can go and the result stays publishable.
 */
export async function store(graph: ImageGraph, layout: string, entries: readonly string[]): Promise<ImageGraph> {
  const target = new LayoutTarget(layout);
  await transaction(target, () => copyGraph(graph, target, entries, {}));
  const inLayout = (node: ManifestNode): ManifestNode => rebase(node, layout) as ManifestNode;
  return { ...graph, image: inLayout(graph.image), companions: graph.companions.map((c) => ({ ...c, image: inLayout(c.image) })), referrers: graph.referrers.map(inLayout) };
}

/** A built image as stored: its manifest node from `graph`, its config bytes kept from the build. */
export function storedImage(graph: ImageGraph, built: Pick<BuiltImage, 'config'>): BuiltImage {
  const [config, ...layers] = graph.image.children as Blob[];
  return { manifest: graph.image, config: { ...config!, bytes: built.config.bytes }, layers };
}

function rebase(node: Blob | ManifestNode, layout: string): Blob | ManifestNode {
  if (isManifestNode(node)) return { ...node, children: node.children.map((c) => rebase(c, layout)) };
  // Small blobs built in memory (configs) keep their bytes; the rest read the layout's copy.
  if ('bytes' in node) return node;
  return fileBlob(node.descriptor, blobPath(layout, node.descriptor.digest));
}
