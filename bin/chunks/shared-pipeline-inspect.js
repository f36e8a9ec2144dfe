import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  summarizeReferrer
} from "./shared-supply-chain-documents.js";
import {
  SigningMediaType,
  signatureTag
} from "./shared-supply-chain-sign-formats.js";
import {
  openLastBuild
} from "./shared-pipeline-last-build.js";
import {
  parseTransport
} from "./shared-targets-transport-spec.js";
import {
  openSource
} from "./shared-targets-registry-uploads.js";
import {
  describeAotImage
} from "./shared-oci-aot-image.js";
import {
  Annotation,
  MediaType,
  isIndexType,
  isManifestNode,
  sha256
} from "./shared-streamx.js";
import {
  collect
} from "./shared-streams.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/inspect.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
async function inspectImage(request, deps) {
  if (request.image === void 0) return fromLastBuild(resolve(request.dir));
  if ((await stat(request.image).catch(() => {
  }))?.isDirectory() && !request.image.startsWith("oci:")) return fromLastBuild(resolve(request.image));
  let spec = parseTransport(request.image), source = openSource(spec, deps.access);
  try {
    let remote = spec.transport === "registry";
    remote && deps.reporter.step(`fetching ${spec.reference.toString()}`);
    let node = await source.resolve(), config = await configOf(node);
    remote && deps.reporter.succeed();
    let image = describe(remote ? spec.reference.toString() : request.image, remote ? "registry" : "layout", node.bytes, node.descriptor.mediaType, config, node.descriptor.digest);
    return isIndexType(node.descriptor.mediaType) ? image : await withAttachments(image, source, node.descriptor.digest);
  } finally {
    await source.close();
  }
}
__name(inspectImage, "inspectImage");
async function fromLastBuild(dir) {
  let build = await openLastBuild(dir), node = build.graph.image, image = describe(`oci:${build.layout}:${build.ref}`, "last-build", node.bytes, node.descriptor.mediaType, await configOf(node));
  image.tags = build.tags.map(String);
  let companions = [
    ...build.graph.companions.map((c) => companion(c.image, `${build.ref}${c.suffix}`)),
    ...build.graph.referrers.filter((r) => describeAotImage(r.bytes)).map((r) => companion(r))
  ];
  return companions.length && (image.companions = companions), withReferrers(image, build.graph.referrers.filter((r) => !describeAotImage(r.bytes)));
}
__name(fromLastBuild, "fromLastBuild");
function withReferrers(image, nodes) {
  let referrers = nodes.map((n) => summarizeReferrer({ digest: n.descriptor.digest, ...JSON.parse(n.bytes.toString("utf8")) }));
  return referrers.length ? { ...image, referrers } : image;
}
__name(withReferrers, "withReferrers");
async function withAttachments(image, source, digest) {
  let listed = withReferrers(image, await source.referrers(digest)), signatures = await source.resolve(signatureTag(digest)).then(
    (sig) => (JSON.parse(sig.bytes.toString("utf8")).layers ?? []).filter((l) => l.mediaType === SigningMediaType.simpleSigning).length,
    () => 0
  );
  return signatures ? { ...listed, signatures } : listed;
}
__name(withAttachments, "withAttachments");
function companion(node, tag) {
  let aot = describeAotImage(node.bytes);
  return { ...tag ? { tag } : {}, digest: node.descriptor.digest, ...aot ? { aot } : {} };
}
__name(companion, "companion");
async function configOf(node) {
  if (isIndexType(node.descriptor.mediaType) || node.children.some(isManifestNode)) return;
  let config = node.children[0];
  if (config && !(config.descriptor.size > MAX_CONFIG_BYTES))
    return readStream(config.open(), MAX_CONFIG_BYTES);
}
__name(configOf, "configOf");
function readStream(stream, limit) {
  return collect(stream, {
    limit,
    tooLarge: /* @__PURE__ */ __name((max) => new WasmpackError("CONFIG_TOO_BIG", `the image config is larger than ${max} bytes`, "this is not a config wasmpack can show; use `skopeo inspect --config`"), "tooLarge")
  });
}
__name(readStream, "readStream");
function parseManifest(bytes, where) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    if (typeof doc == "object" && doc !== null && !Array.isArray(doc)) return doc;
  } catch {
  }
  throw new WasmpackError("BAD_MANIFEST", `the manifest of ${where} is not a JSON object`, "the image is corrupt or not an OCI image");
}
__name(parseManifest, "parseManifest");
function describe(reference, source, manifestBytes, mediaType, configBytes, knownDigest) {
  let manifest = parseManifest(manifestBytes, reference), config;
  if (configBytes)
    try {
      config = JSON.parse(configBytes.toString("utf8"));
    } catch {
      config = void 0;
    }
  let aot = describeAotImage(manifest), image = {
    reference,
    source,
    digest: knownDigest ?? sha256(manifestBytes),
    mediaType: manifest.mediaType ?? mediaType,
    manifestBytes,
    manifest,
    format: classify(manifest, config, aot)
  };
  return config !== void 0 && (image.config = config), aot && (image.aot = aot), image;
}
__name(describe, "describe");
function classify(manifest, config, aot) {
  if (manifest.manifests || manifest.mediaType && isIndexType(manifest.mediaType)) return "index";
  if (aot) return "aot";
  let configType = manifest.config?.mediaType;
  if (configType === MediaType.wasmConfig || configType === MediaType.wasmToOciConfig) return "artifact";
  let platform = config;
  return manifest.annotations?.[Annotation.variant] || platform?.architecture === "wasm" && /^wasi/.test(platform.os ?? "") ? "compat" : "other";
}
__name(classify, "classify");
function layerTitle(layer) {
  return layer.annotations?.[Annotation.title];
}
__name(layerTitle, "layerTitle");

export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
