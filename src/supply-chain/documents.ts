// What a build hands to whoever attaches its supply-chain documents: the bare document bytes,
// their media type, and the in-toto predicate type they become when they are signed.
// https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md

/** SBOM formats `--sbom` offers; `none` writes nothing. */
export type SbomFormat = 'spdx' | 'cyclonedx';
export type SbomChoice = SbomFormat | 'none';
export const SBOM_CHOICES: readonly SbomChoice[] = ['spdx', 'cyclonedx', 'none'];

/**
 * SPDX by default: it is what BuildKit (`docker buildx --sbom`) attaches and what
 * `cosign verify-attestation --type spdxjson` and GitHub's dependency graph read, so a team moving
 * from build-push-action keeps the format its scanners already take. CycloneDX is one flag away.
 */
export const DEFAULT_SBOM: SbomChoice = 'spdx';

export const SupplyChainMediaType = {
  /** https://spdx.github.io/spdx-spec/v2.3/conformance/ (the SPDX JSON media type). */
  spdx: 'application/spdx+json',
  /** https://cyclonedx.org/specification/overview/ (media types). */
  cyclonedx: 'application/vnd.cyclonedx+json',
  /** An in-toto statement (what a predicate goes into before it is wrapped in DSSE). */
  inToto: 'application/vnd.in-toto+json',
  /** A bare predicate document: it is never attached as it is (see Attachment.bare). */
  json: 'application/json',
} as const;

/** https://github.com/in-toto/attestation/tree/main/spec/predicates */
export const PredicateType = {
  spdx: 'https://spdx.dev/Document',
  cyclonedx: 'https://cyclonedx.org/bom',
  slsaProvenance: 'https://slsa.dev/provenance/v1',
} as const;

/**
 * One supply-chain document of a build. Unsigned, an attachment with `bare: true` becomes an OCI
 * 1.1 referrer as it is (artifactType, one layer of `mediaType` holding `bytes`; see referrer.ts).
 * Signed, `bytes` parsed as JSON is the `predicate` of an in-toto statement of type
 * `predicateType` whose subject is the image.
 */
export interface Attachment {
  /** The referrer manifest's artifactType (for an SBOM, its document media type). */
  artifactType: string;
  /** The media type of `bytes` (the referrer's one layer). */
  mediaType: string;
  /** The document, canonical: the same build gives the same bytes. */
  bytes: Buffer;
  /** The in-toto predicate type the document is when signed. */
  predicateType: string;
  /** May be attached unsigned: true for SBOMs; provenance is only ever an in-toto predicate. */
  bare: boolean;
}

/** The documents a build produced; the signing step wraps them, an unsigned build attaches the bare ones. */
export interface SupplyChainDocuments {
  sbom?: Attachment;
  provenance?: Attachment;
}

export function sbomMediaType(format: SbomFormat): string {
  return format === 'spdx' ? SupplyChainMediaType.spdx : SupplyChainMediaType.cyclonedx;
}

export function sbomAttachment(format: SbomFormat, bytes: Buffer): Attachment {
  const mediaType = sbomMediaType(format);
  return { artifactType: mediaType, mediaType, bytes, predicateType: format === 'spdx' ? PredicateType.spdx : PredicateType.cyclonedx, bare: true };
}

export function provenanceAttachment(bytes: Buffer): Attachment {
  return { artifactType: SupplyChainMediaType.inToto, mediaType: SupplyChainMediaType.json, bytes, predicateType: PredicateType.slsaProvenance, bare: false };
}

/** The SBOM format an attachment holds, when it is one (inspect and verify name it). */
export function sbomFormatOf(artifactTypeOrPredicate: string | undefined): SbomFormat | undefined {
  switch (artifactTypeOrPredicate) {
    case SupplyChainMediaType.spdx:
    case PredicateType.spdx:
      return 'spdx';
    case SupplyChainMediaType.cyclonedx:
    case PredicateType.cyclonedx:
      return 'cyclonedx';
    default:
      return undefined;
  }
}
