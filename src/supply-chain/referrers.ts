import type { Descriptor } from '../oci/content.js';
import { MediaType } from '../oci/media-types.js';
import { sbomFormatOf, type SbomFormat } from './documents.js';

// What a referrer of an image is, from its index entry or its manifest (artifactType and the
// annotations cosign and actions/attest put there): for `wasmpack inspect`'s listing.

export type ReferrerKind = 'sbom' | 'signature' | 'attestation' | 'aot' | 'other';

export interface ReferrerSummary {
  digest: string;
  artifactType?: string;
  kind: ReferrerKind;
  /** For an SBOM, or an attestation whose predicate is one. */
  sbomFormat?: SbomFormat;
  /** For an attestation: its in-toto predicate type. */
  predicateType?: string;
}

const SIGSTORE_BUNDLE = /^application\/vnd\.dev\.sigstore\.bundle(\.v[\d.]+)?\+json/;

export function summarizeReferrer(entry: { digest: string; artifactType?: string; annotations?: Record<string, string>; config?: Descriptor }): ReferrerSummary {
  const artifactType = entry.artifactType ?? entry.config?.mediaType;
  const predicateType = entry.annotations?.['dev.sigstore.bundle.predicateType'];
  const base = { digest: entry.digest, ...(artifactType ? { artifactType } : {}) };
  const sbom = sbomFormatOf(artifactType);
  if (sbom) return { ...base, kind: 'sbom', sbomFormat: sbom };
  if (artifactType === MediaType.wamrAot) return { ...base, kind: 'aot' };
  if (artifactType && SIGSTORE_BUNDLE.test(artifactType) || predicateType) {
    if (!predicateType || predicateType === 'https://sigstore.dev/cosign/sign/v1') return { ...base, kind: 'signature' };
    const format = sbomFormatOf(predicateType);
    return { ...base, kind: 'attestation', predicateType, ...(format ? { sbomFormat: format } : {}) };
  }
  return { ...base, kind: 'other' };
}

/** One line for people: "SBOM (spdx)", "attestation https://slsa.dev/provenance/v1". */
export function referrerLabel(r: ReferrerSummary): string {
  switch (r.kind) {
    case 'sbom':
      return `SBOM (${r.sbomFormat})`;
    case 'attestation':
      return `attestation ${r.predicateType}${r.sbomFormat ? ` (SBOM, ${r.sbomFormat})` : ''}`;
    case 'signature':
      return 'signature';
    case 'aot':
      return 'AOT code';
    default:
      return r.artifactType ?? 'referrer';
  }
}
