// The supply-chain documents of a build (SBOM, SLSA provenance) and how they attach to an image.
// The signing step reads `BuildResult.supplyChain` (documents.ts) and wraps each Attachment.
export * from './documents.js';
export { buildSbom, sbomFileName, type SbomContext } from './sbom.js';
export { buildProvenance, provenancePredicate, BUILD_TYPE, type ProvenanceInput } from './provenance.js';
export { attachmentReferrer, EMPTY_CONFIG, type ReferrerOptions } from './referrer.js';
export type { Inventory, Component, Tool, Checksum } from './inventory.js';
