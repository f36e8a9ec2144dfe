import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MediaType,
  bytesBlob,
  canonicalJson,
  digestHex,
  manifestNode
} from "./shared-streamx.js";
import {
  __name
} from "./shared-runtime.js";

// src/supply-chain/sign/formats.ts
var SigningMediaType = {
  simpleSigning: "application/vnd.dev.cosign.simplesigning.v1+json",
  bundle: "application/vnd.dev.sigstore.bundle.v0.3+json",
  inToto: "application/vnd.in-toto+json"
}, SigningAnnotation = {
  signature: "dev.cosignproject.cosign/signature",
  certificate: "dev.sigstore.cosign/certificate",
  chain: "dev.sigstore.cosign/chain",
  rekorBundle: "dev.sigstore.cosign/bundle",
  bundleContent: "dev.sigstore.bundle.content",
  bundlePredicateType: "dev.sigstore.bundle.predicateType"
}, SIMPLE_SIGNING_TYPE = "cosign container image signature", STATEMENT_V1 = "https://in-toto.io/Statement/v1", STATEMENT_TYPES = [STATEMENT_V1, "https://in-toto.io/Statement/v0.1"], PredicateType = {
  spdx: "https://spdx.dev/Document",
  cyclonedx: "https://cyclonedx.org/bom",
  slsaProvenance1: "https://slsa.dev/provenance/v1",
  cosignSign: "https://sigstore.dev/cosign/sign/v1"
};
function signatureTag(digest) {
  return `sha256-${digestHex(digest)}.sig`;
}
__name(signatureTag, "signatureTag");
function simpleSigningPayload(claim, optional = {}) {
  return canonicalJson({
    critical: { identity: { "docker-reference": claim.dockerReference }, image: { "docker-manifest-digest": claim.digest }, type: SIMPLE_SIGNING_TYPE },
    optional
  });
}
__name(simpleSigningPayload, "simpleSigningPayload");
function parseSimpleSigningPayload(bytes) {
  try {
    let doc = JSON.parse(bytes.toString("utf8")), digest = doc.critical?.image?.["docker-manifest-digest"], reference = doc.critical?.identity?.["docker-reference"];
    return typeof digest != "string" || typeof doc.critical?.type != "string" ? void 0 : { dockerReference: typeof reference == "string" ? reference : "", digest };
  } catch {
    return;
  }
}
__name(parseSimpleSigningPayload, "parseSimpleSigningPayload");
function signatureLayer(payload, annotations) {
  return bytesBlob(SigningMediaType.simpleSigning, payload, annotations);
}
__name(signatureLayer, "signatureLayer");
function signatureManifest(existing, added) {
  let fresh = added.filter((layer) => !existing.some((d) => sameSignatureLayer(d, layer.descriptor))), layers = [...existing, ...fresh.map((l) => l.descriptor)], config = bytesBlob(
    MediaType.ociConfig,
    canonicalJson({ architecture: "", config: {}, created: "0001-01-01T00:00:00Z", history: [{ created: "0001-01-01T00:00:00Z" }], os: "", rootfs: { diff_ids: layers.map((l) => l.digest), type: "layers" } })
  );
  return { node: manifestNode(MediaType.ociManifest, { schemaVersion: 2, mediaType: MediaType.ociManifest, config: config.descriptor, layers }, [config, ...fresh]), config };
}
__name(signatureManifest, "signatureManifest");
function sameSignatureLayer(a, b) {
  return a.digest === b.digest && a.annotations?.[SigningAnnotation.signature] === b.annotations?.[SigningAnnotation.signature];
}
__name(sameSignatureLayer, "sameSignatureLayer");
function statement(subjectName, digest, predicateType, predicate) {
  return canonicalJson({ _type: STATEMENT_V1, predicate, predicateType, subject: [{ digest: { sha256: digestHex(digest) }, name: subjectName }] });
}
__name(statement, "statement");
function parseStatement(bytes) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    return !STATEMENT_TYPES.includes(doc._type) || !Array.isArray(doc.subject) || typeof doc.predicateType != "string" ? void 0 : doc;
  } catch {
    return;
  }
}
__name(parseStatement, "parseStatement");
function preAuthEncoding(payloadType, payload) {
  let type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, "utf8"), type, Buffer.from(` ${payload.length} `, "utf8"), payload]);
}
__name(preAuthEncoding, "preAuthEncoding");
function keyBundle(envelope, keyHint) {
  return { mediaType: SigningMediaType.bundle, verificationMaterial: { publicKey: { hint: keyHint } }, dsseEnvelope: envelope };
}
__name(keyBundle, "keyBundle");
function bundleReferrer(bundleBytes, subject, predicateType, content = "dsse-envelope") {
  let layer = bytesBlob(SigningMediaType.bundle, bundleBytes), config = bytesBlob(MediaType.ociEmpty, Buffer.from("{}"));
  return manifestNode(
    MediaType.ociManifest,
    {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType: SigningMediaType.bundle,
      config: config.descriptor,
      layers: [layer.descriptor],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      annotations: { [SigningAnnotation.bundleContent]: content, [SigningAnnotation.bundlePredicateType]: predicateType }
    },
    [config, layer]
  );
}
__name(bundleReferrer, "bundleReferrer");

export {
  SigningMediaType,
  SigningAnnotation,
  PredicateType,
  signatureTag,
  simpleSigningPayload,
  parseSimpleSigningPayload,
  signatureLayer,
  signatureManifest,
  statement,
  parseStatement,
  preAuthEncoding,
  keyBundle,
  bundleReferrer
};
