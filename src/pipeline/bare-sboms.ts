import type { ManifestNode } from '../oci/content.js';
import { summarizeReferrer } from '../supply-chain/referrers.js';
import type { ImageGraph } from './graph.js';

// A signed push sends the SBOM as a signed attestation only: a bare copy beside it would be a
// second, unverifiable SBOM for scanners to pick. Shared by `build --push --sign-key` and the Action.

function isBareSbom(node: ManifestNode): boolean {
  return summarizeReferrer({ digest: '', ...(JSON.parse(node.bytes.toString('utf8')) as { artifactType?: string }) }).kind === 'sbom';
}

/** The graph without its bare SBOM referrers (the local layout keeps them). */
export function withoutBareSboms(graph: ImageGraph): ImageGraph {
  return { ...graph, referrers: graph.referrers.filter((r) => !isBareSbom(r)) };
}

/** The bare SBOM referrers an unsigned push sends. */
export function bareSboms(graph: ImageGraph): ManifestNode[] {
  return graph.referrers.filter(isBareSbom);
}
