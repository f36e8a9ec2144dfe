import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  parseTransport
} from "./shared-targets-transport-spec.js";
import {
  connect
} from "./shared-undici.js";
import {
  referrersFallbackTag
} from "./shared-oci-aot-image.js";
import {
  LayoutTarget,
  blobPath,
  readIndex,
  readLayoutImage,
  readLayoutReferrers
} from "./shared-targets-layout.js";
import {
  MediaType,
  bytesBlob,
  canonicalJson,
  digestHex,
  isManifestNode,
  manifestNode,
  sha256,
  walk
} from "./shared-streamx.js";
import {
  isDockerHub,
  manifestReference
} from "./shared-oci-reference.js";
import {
  WasmpackError,
  wrap
} from "./shared-errors.js";
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

// src/supply-chain/sign/store.ts
import { resolve } from "node:path";
import { readFile } from "node:fs/promises";
var MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
function openStore(image, access) {
  let spec = parseTransport(image);
  if (spec.transport === "registry") return new RegistryStore(spec.reference, { access });
  if (spec.transport === "oci") return new LayoutStore(resolve(spec.dir), spec.tag);
  throw new WasmpackError("UNSUPPORTED_SOURCE", `signatures live beside an image in a registry or an OCI layout, not in ${spec.transport}:`, "push the image first (wasmpack push REF), then sign REF; or sign oci:DIR[:TAG]");
}
__name(openStore, "openStore");
function signingIdentity(reference) {
  return `${isDockerHub(reference.registry) ? "index.docker.io" : reference.registry}/${reference.repository}`;
}
__name(signingIdentity, "signingIdentity");
var RegistryStore = class {
  /** With `client`, reads go through a client the caller already holds (inspect); writes need a target of our own. */
  constructor(reference, via) {
    this.reference = reference;
    this.name = `${reference.registry}/${reference.repository}`, this.identity = signingIdentity(reference), "client" in via ? this.client = via.client : (this.target = connect(reference, via.access), this.client = this.target.client);
  }
  reference;
  static {
    __name(this, "RegistryStore");
  }
  name;
  identity;
  target = void 0;
  client;
  async image() {
    let ref = manifestReference(this.reference), found = await this.client.headManifest(this.reference.repository, ref);
    if (!found)
      throw new WasmpackError("IMAGE_NOT_FOUND", `${this.reference.toString()} is not in the registry`, "push it first (wasmpack push or build --push), or check the tag: `skopeo list-tags docker://REGISTRY/REPO`");
    return found;
  }
  async findManifest(reference) {
    let found = await this.client.findManifest(this.reference.repository, reference);
    return found && { descriptor: { mediaType: found.mediaType, digest: found.digest, size: found.bytes.length }, bytes: found.bytes };
  }
  readBlob(descriptor) {
    return this.client.getBlob(this.reference.repository, descriptor.digest, MAX_ATTACHMENT_BYTES);
  }
  async write(node, tag) {
    let target = this.target;
    if (!target) throw new Error("RegistryStore opened for reading only");
    for (let content of walk(node))
      content === node || isManifestNode(content) || await target.exists(content.descriptor) || await target.pushBlob(content);
    try {
      await target.pushManifest(node, tag);
    } catch (err) {
      if (tag === void 0 && err instanceof WasmpackError && /sha256-[0-9a-f]{64}/.test(err.message))
        throw new WasmpackError("REFERRERS_TAG_REFUSED", `${this.name} refused the referrers fallback tag: ${err.message}`, "the registry has no referrers API and will not take the sha256-<digest> tag index; allow tags of that form (tag immutability rules) or use a registry with the OCI 1.1 referrers API", { cause: err });
      wrap(err, `storing ${tag ? `tag ${tag}` : node.descriptor.digest} in ${this.name}`);
    }
  }
  async referrers(digest) {
    let index = await this.findManifest(referrersFallbackTag(digest));
    return index ? indexEntries(index.bytes) : [];
  }
  async close() {
    await this.target?.close();
  }
};
function clientStore(reference, client) {
  return new RegistryStore(reference, { client });
}
__name(clientStore, "clientStore");
var LayoutStore = class {
  constructor(dir, tag) {
    this.dir = dir;
    this.tag = tag;
    this.name = `oci:${dir}`, this.identity = tag ?? "oci-layout";
  }
  dir;
  tag;
  static {
    __name(this, "LayoutStore");
  }
  name;
  identity;
  async image() {
    return (await readLayoutImage(this.dir, this.tag)).descriptor;
  }
  async findManifest(reference) {
    let digest = reference.startsWith("sha256:") ? reference : void 0;
    if (digest || (digest = (await readIndex(this.dir)).manifests.find((d) => d.annotations?.["org.opencontainers.image.ref.name"] === reference)?.digest), !digest) return;
    let bytes = await readFile(blobPath(this.dir, digest)).catch(() => {
    });
    return bytes ? { descriptor: { mediaType: JSON.parse(bytes.toString("utf8")).mediaType ?? "", digest, size: bytes.length }, bytes } : void 0;
  }
  async readBlob(descriptor) {
    let bytes = await readFile(blobPath(this.dir, descriptor.digest)).catch(() => {
      throw new WasmpackError("MISSING_BLOB", `${this.name} has no blob ${descriptor.digest}`, "the layout is incomplete; build or pull the image again");
    });
    if (sha256(bytes) !== descriptor.digest) throw new WasmpackError("DIGEST_MISMATCH", `blob ${descriptor.digest} in ${this.name} is corrupt`, "build or pull the image again");
    return bytes;
  }
  async write(node, tag) {
    let target = new LayoutTarget(this.dir);
    for (let content of walk(node))
      content === node || isManifestNode(content) || await target.exists(content.descriptor) || await target.pushBlob(content);
    await target.pushManifest(node, tag), await target.commit();
  }
  async referrers(digest) {
    return (await readLayoutReferrers(this.dir, digest)).map((n) => n.descriptor);
  }
  async close() {
  }
};
function indexEntries(bytes) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    return Array.isArray(doc.manifests) ? doc.manifests.filter((d) => typeof d?.digest == "string") : [];
  } catch {
    return [];
  }
}
__name(indexEntries, "indexEntries");

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
  bundleReferrer,
  openStore,
  clientStore
};
