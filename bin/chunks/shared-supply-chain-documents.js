import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MediaType
} from "./shared-streamx.js";
import {
  __name
} from "./shared-runtime.js";

// src/supply-chain/documents.ts
var DEFAULT_SBOM = "spdx", SupplyChainMediaType = {
  /** https://spdx.github.io/spdx-spec/v2.3/conformance/ (the SPDX JSON media type). */
  spdx: "application/spdx+json",
  /** https://cyclonedx.org/specification/overview/ (media types). */
  cyclonedx: "application/vnd.cyclonedx+json",
  /** An in-toto statement (what a predicate goes into before it is wrapped in DSSE). */
  inToto: "application/vnd.in-toto+json",
  /** A bare predicate document: it is never attached as it is (see Attachment.bare). */
  json: "application/json"
}, PredicateType = {
  spdx: "https://spdx.dev/Document",
  cyclonedx: "https://cyclonedx.org/bom",
  slsaProvenance: "https://slsa.dev/provenance/v1"
};
function sbomMediaType(format) {
  return format === "spdx" ? SupplyChainMediaType.spdx : SupplyChainMediaType.cyclonedx;
}
__name(sbomMediaType, "sbomMediaType");
function sbomAttachment(format, bytes) {
  let mediaType = sbomMediaType(format);
  return { artifactType: mediaType, mediaType, bytes, predicateType: format === "spdx" ? PredicateType.spdx : PredicateType.cyclonedx, bare: !0 };
}
__name(sbomAttachment, "sbomAttachment");
function provenanceAttachment(bytes) {
  return { artifactType: SupplyChainMediaType.inToto, mediaType: SupplyChainMediaType.json, bytes, predicateType: PredicateType.slsaProvenance, bare: !1 };
}
__name(provenanceAttachment, "provenanceAttachment");
function sbomFormatOf(artifactTypeOrPredicate) {
  switch (artifactTypeOrPredicate) {
    case SupplyChainMediaType.spdx:
    case PredicateType.spdx:
      return "spdx";
    case SupplyChainMediaType.cyclonedx:
    case PredicateType.cyclonedx:
      return "cyclonedx";
    default:
      return;
  }
}
__name(sbomFormatOf, "sbomFormatOf");

// src/supply-chain/referrers.ts
var SIGSTORE_BUNDLE = /^application\/vnd\.dev\.sigstore\.bundle(\.v[\d.]+)?\+json/;
function summarizeReferrer(entry) {
  let artifactType = entry.artifactType ?? entry.config?.mediaType, predicateType = entry.annotations?.["dev.sigstore.bundle.predicateType"], base = { digest: entry.digest, ...artifactType ? { artifactType } : {} }, sbom = sbomFormatOf(artifactType);
  if (sbom) return { ...base, kind: "sbom", sbomFormat: sbom };
  if (artifactType === MediaType.wamrAot) return { ...base, kind: "aot" };
  if (artifactType && SIGSTORE_BUNDLE.test(artifactType) || predicateType) {
    if (!predicateType || predicateType === "https://sigstore.dev/cosign/sign/v1") return { ...base, kind: "signature" };
    let format = sbomFormatOf(predicateType);
    return { ...base, kind: "attestation", predicateType, ...format ? { sbomFormat: format } : {} };
  }
  return { ...base, kind: "other" };
}
__name(summarizeReferrer, "summarizeReferrer");
function referrerLabel(r) {
  switch (r.kind) {
    case "sbom":
      return `SBOM (${r.sbomFormat})`;
    case "attestation":
      return `attestation ${r.predicateType}${r.sbomFormat ? ` (SBOM, ${r.sbomFormat})` : ""}`;
    case "signature":
      return "signature";
    case "aot":
      return "AOT code";
    default:
      return r.artifactType ?? "referrer";
  }
}
__name(referrerLabel, "referrerLabel");

export {
  DEFAULT_SBOM,
  sbomAttachment,
  provenanceAttachment,
  summarizeReferrer,
  referrerLabel
};
