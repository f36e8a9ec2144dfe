import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  describeAotImage,
  loadLastBuild
} from "./chunk-XSYEALKH.js";
import {
  parseTransport
} from "./chunk-MT5UJLIN.js";
import {
  readLayoutImage,
  readLayoutManifest
} from "./chunk-ILJH7UAS.js";
import {
  RegistryClient
} from "./chunk-2OI3AXD3.js";
import {
  Annotation,
  MediaType,
  isIndexType,
  sha256
} from "./chunk-SUST7DXY.js";
import "./chunk-Z4YE2YRB.js";
import {
  manifestReference,
  parseReference
} from "./chunk-RSNUBP26.js";
import {
  WasmpackError
} from "./chunk-YN4AXX5Z.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/pipeline/inspect.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
async function inspectImage(request, deps) {
  if (request.image === void 0) return fromLastBuild(resolve(request.dir));
  if ((await stat(request.image).catch(() => {
  }))?.isDirectory() && !request.image.startsWith("oci:")) return fromLastBuild(resolve(request.image));
  let spec = parseTransport(request.image);
  switch (spec.transport) {
    case "oci": {
      let node = await readLayoutImage(resolve(spec.dir), spec.tag);
      return describe(request.image, "layout", node.bytes, node.descriptor.mediaType, await layoutConfig(node));
    }
    case "registry":
      return fromRegistry(spec.reference, deps);
    default:
      throw new WasmpackError(
        "UNSUPPORTED_SOURCE",
        `wasmpack inspect reads registries and OCI layouts, not ${request.image}`,
        "inspect a reference (ghcr.io/acme/app:1.0), oci:DIR[:TAG], or the last build (no argument); `skopeo inspect` reads archives"
      );
  }
}
__name(inspectImage, "inspectImage");
async function fromLastBuild(dir) {
  let build = await loadLastBuild(dir), node = await readLayoutImage(build.layout, build.localTag);
  if (node.descriptor.digest !== build.digest)
    throw new WasmpackError("STALE_BUILD", `the local image ${build.localTag} changed since the last build recorded it`, "run `wasmpack build` again");
  let image = describe(`oci:${build.layout}:${build.localTag}`, "last-build", node.bytes, node.descriptor.mediaType, await layoutConfig(node));
  image.tags = build.tags;
  let companions = [];
  for (let extra of build.extra ?? []) {
    let sibling = await readLayoutImage(build.layout, extra.localTag);
    companions.push(companion(sibling, extra.localTag));
  }
  for (let digest of build.referrers ?? []) companions.push(companion(await readLayoutManifest(build.layout, digest)));
  return companions.length && (image.companions = companions), image;
}
__name(fromLastBuild, "fromLastBuild");
function companion(node, tag) {
  let aot = describeAotImage(node.bytes);
  return { ...tag ? { tag } : {}, digest: node.descriptor.digest, ...aot ? { aot } : {} };
}
__name(companion, "companion");
async function fromRegistry(text, deps) {
  let ref = parseReference(text), { access } = deps, client = new RegistryClient({
    registry: ref.apiHost,
    credentials: access.credentials,
    insecure: access.tlsVerify === !1 || (access.insecureRegistries ?? []).includes(ref.registry),
    ...access.tlsVerify === !1 ? { tlsVerify: !1 } : {},
    ...access.certDir ? { certDir: access.certDir } : {},
    ...access.signal ? { signal: access.signal } : {}
  });
  try {
    deps.reporter.step(`fetching ${ref.toString()}`);
    let manifest = await client.getManifest(ref.repository, manifestReference(ref)), doc = parseManifest(manifest.bytes, ref.toString()), config;
    return doc.config && !isIndexType(manifest.mediaType) && (config = await client.getBlob(ref.repository, doc.config.digest, MAX_CONFIG_BYTES)), deps.reporter.succeed(), describe(ref.toString(), "registry", manifest.bytes, manifest.mediaType, config, manifest.digest);
  } finally {
    await client.close();
  }
}
__name(fromRegistry, "fromRegistry");
async function layoutConfig(node) {
  if (isIndexType(node.descriptor.mediaType)) return;
  let config = node.children[0];
  if (config && !(config.descriptor.size > MAX_CONFIG_BYTES))
    return readStream(config.open(), MAX_CONFIG_BYTES);
}
__name(layoutConfig, "layoutConfig");
async function readStream(stream, limit) {
  let chunks = [], size = 0;
  for await (let chunk of stream) {
    if (size += chunk.length, size > limit)
      throw stream.destroy(), new WasmpackError("CONFIG_TOO_BIG", `the image config is larger than ${limit} bytes`, "this is not a config wasmpack can show; use `skopeo inspect --config`");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
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
var FORMAT_TEXT = {
  compat: "compat (OCI image: runwasi/containerd shims and crun run it)",
  artifact: "artifact (CNCF Wasm OCI artifact: wasmtime/wkg/Spin-style tools read it)",
  aot: "WAMR AOT (native code: only WAMR (iwasm) loads it)",
  index: "index (a list of manifests)",
  other: "not a Wasm image wasmpack recognises"
};
function summaryLines(image) {
  let lines = [], row = /* @__PURE__ */ __name((label, value) => {
    lines.push(`${`${label}:`.padEnd(14)}${value}`);
  }, "row");
  row("Image", image.reference), image.tags?.length && row("Tags", image.tags.join(", ")), row("Digest", image.digest), row("Media type", image.mediaType), image.manifest.artifactType && row("Artifact type", image.manifest.artifactType), row("Format", FORMAT_TEXT[image.format]);
  let cfg = image.config ?? {};
  (cfg.os || cfg.architecture) && row("Platform", `${cfg.os ?? "?"}/${cfg.architecture ?? "?"}${cfg.variant ? `/${cfg.variant}` : ""}`), cfg.created && row("Created", cfg.created), cfg.config?.Entrypoint?.length && row("Entrypoint", cfg.config.Entrypoint.join(" ")), cfg.config?.Cmd?.length && row("Cmd", cfg.config.Cmd.join(" ")), cfg.config?.Env?.length && row("Env", cfg.config.Env.join(", ")), image.manifest.config && row("Config", `${image.manifest.config.mediaType} (${formatSize(image.manifest.config.size)})`);
  let layers = image.manifest.layers ?? [];
  if (layers.length) {
    let total = layers.reduce((sum, l) => sum + l.size, 0);
    row("Layers", `${layers.length}, ${formatSize(total)} in total`);
    for (let layer of layers) {
      let title = layer.annotations?.[Annotation.title];
      lines.push(`  ${layer.digest.slice(0, 19)}  ${formatSize(layer.size).padStart(10)}  ${layer.mediaType}${title ? `  ${title}` : ""}`);
    }
  }
  for (let child of image.manifest.manifests ?? []) {
    let p = child.platform;
    lines.push(`  ${child.digest}  ${child.mediaType}${p ? `  ${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ""}` : ""}`);
  }
  image.manifest.subject && row("Subject", image.manifest.subject.digest);
  let annotations = Object.entries(image.manifest.annotations ?? {});
  if (annotations.length) {
    lines.push("Annotations:");
    for (let [key, value] of annotations.sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${key}=${value}`);
  }
  image.aot && lines.push(...aotLines(image.aot, "  ", "AOT:"));
  for (let c of image.companions ?? [])
    lines.push(`AOT image ${c.tag ?? "(referrer)"}:`), lines.push(`  digest ${c.digest}`), c.aot && lines.push(...aotLines(c.aot, "  "));
  return lines;
}
__name(summaryLines, "summaryLines");
function aotLines(aot, indent, heading) {
  let lines = heading ? [heading] : [];
  lines.push(`${indent}layout ${aot.layout}, compiled by wamrc ${aot.wamrcVersion}`);
  for (let t of aot.targets) {
    let extra = [t.cpu && `cpu ${t.cpu}`, t.formatVersion !== void 0 && `AOT format ${t.formatVersion}`, t.flags && `flags ${t.flags}`].filter(Boolean).join(", ");
    lines.push(`${indent}target ${t.target}${extra ? ` (${extra})` : ""}`);
  }
  for (let runtime of aot.runtimes) lines.push(`${indent}loads in: ${runtime}`);
  return aot.wasmDigest && lines.push(`${indent}compiled from ${aot.wasmDigest}`), aot.subject && lines.push(`${indent}for image ${aot.subject}`), lines;
}
__name(aotLines, "aotLines");
function formatSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
__name(formatSize, "formatSize");
function inspectDocument(image) {
  return {
    reference: image.reference,
    digest: image.digest,
    mediaType: image.mediaType,
    format: image.format,
    manifest: image.manifest,
    config: image.config ?? null,
    ...image.aot ? { aot: image.aot } : {},
    ...image.tags ? { tags: image.tags } : {},
    ...image.companions ? { aotImages: image.companions } : {}
  };
}
__name(inspectDocument, "inspectDocument");
export {
  MAX_CONFIG_BYTES,
  formatSize,
  inspectDocument,
  inspectImage,
  summaryLines
};
