import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
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

export {
  DEFAULT_SBOM,
  sbomAttachment,
  provenanceAttachment,
  sbomFormatOf
};
