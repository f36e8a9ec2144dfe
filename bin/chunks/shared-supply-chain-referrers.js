import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  sbomFormatOf
} from "./shared-supply-chain-documents.js";
import {
  MediaType
} from "./shared-streamx.js";
import {
  __name
} from "./shared-runtime.js";

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
  summarizeReferrer,
  referrerLabel
};
