import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError
} from "./chunk-YN4AXX5Z.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/oci/digest.ts
import { createHash } from "node:crypto";
var DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
function sha256(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
__name(sha256, "sha256");
async function sha256Stream(stream) {
  let hash = createHash("sha256"), size = 0;
  for await (let chunk of stream)
    hash.update(chunk), size += chunk.length;
  return { digest: `sha256:${hash.digest("hex")}`, size };
}
__name(sha256Stream, "sha256Stream");
function isDigest(value) {
  return DIGEST_RE.test(value);
}
__name(isDigest, "isDigest");
function assertDigest(value, what = "digest") {
  if (!isDigest(value))
    throw new WasmpackError("BAD_DIGEST", `${what} "${value}" is not a sha256 digest`, "a digest looks like sha256:<64 lowercase hex digits>");
  return value;
}
__name(assertDigest, "assertDigest");
function digestHex(digest) {
  return assertDigest(digest).slice(7);
}
__name(digestHex, "digestHex");
function shortDigest(digest) {
  return digest.slice(0, 19);
}
__name(shortDigest, "shortDigest");

// src/oci/media-types.ts
var MediaType = {
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayerTar: "application/vnd.oci.image.layer.v1.tar",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  ociEmpty: "application/vnd.oci.empty.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  // CNCF TAG-Runtime Wasm OCI artifact
  wasmConfig: "application/vnd.wasm.config.v0+json",
  wasmLayer: "application/wasm",
  wasmComponentLayer: "application/vnd.bytecodealliance.wasm.component.layer.v0+wasm",
  // legacy formats worth recognising when reading
  wasmToOciConfig: "application/vnd.wasm.config.v1+json",
  wasmToOciLayer: "application/vnd.wasm.content.layer.v1+wasm",
  spinConfig: "application/vnd.fermyon.spin.application.v1+config",
  // WAMR ahead-of-time code (our own: no existing tool publishes it)
  wamrAot: "application/vnd.wasmpack.wamr.aot.v1",
  wamrAotArtifact: "application/vnd.wasmpack.wamr.aot.v1+json"
}, MANIFEST_ACCEPT = [
  MediaType.ociIndex,
  MediaType.ociManifest,
  MediaType.dockerManifestList,
  MediaType.dockerManifest
], Annotation = {
  variant: "module.wasm.image/variant",
  created: "org.opencontainers.image.created",
  title: "org.opencontainers.image.title",
  version: "org.opencontainers.image.version",
  licenses: "org.opencontainers.image.licenses",
  source: "org.opencontainers.image.source",
  revision: "org.opencontainers.image.revision",
  description: "org.opencontainers.image.description",
  authors: "org.opencontainers.image.authors",
  url: "org.opencontainers.image.url",
  refName: "org.opencontainers.image.ref.name",
  // where the portable module came from / what an AOT image was built from
  wasmDigest: "dev.wasmpack.wasm.digest"
};
function layerMediaType(compression) {
  switch (compression) {
    case "gzip":
      return MediaType.ociLayerGzip;
    case "zstd":
      return MediaType.ociLayerZstd;
    case "none":
      return MediaType.ociLayerTar;
  }
}
__name(layerMediaType, "layerMediaType");
function isManifestType(mediaType) {
  return MANIFEST_ACCEPT.includes(mediaType);
}
__name(isManifestType, "isManifestType");
function isIndexType(mediaType) {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
__name(isIndexType, "isIndexType");

export {
  sha256,
  sha256Stream,
  isDigest,
  digestHex,
  shortDigest,
  MediaType,
  MANIFEST_ACCEPT,
  Annotation,
  layerMediaType,
  isManifestType,
  isIndexType
};
