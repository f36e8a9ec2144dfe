import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  canonicalJson,
  require_tar_stream,
  writeAtomic
} from "./chunk-ILJH7UAS.js";
import {
  Annotation,
  MediaType,
  digestHex,
  layerMediaType,
  sha256,
  sha256Stream
} from "./chunk-SUST7DXY.js";
import {
  WasmpackError
} from "./chunk-YN4AXX5Z.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/oci/content.ts
import { Readable } from "node:stream";
function isManifestNode(content) {
  return "children" in content;
}
__name(isManifestNode, "isManifestNode");
function bytesBlob(mediaType, bytes, annotations) {
  let descriptor = { mediaType, digest: sha256(bytes), size: bytes.length };
  return annotations && Object.keys(annotations).length > 0 && (descriptor.annotations = annotations), { descriptor, bytes, open: /* @__PURE__ */ __name(() => Readable.from([bytes]), "open") };
}
__name(bytesBlob, "bytesBlob");
function openerBlob(descriptor, open, where2 = {}) {
  return { descriptor, open, ...where2.location ? { location: where2.location, hashedAsWritten: where2.hashedAsWritten === !0 } : {} };
}
__name(openerBlob, "openerBlob");
function jsonBlob(mediaType, document) {
  return bytesBlob(mediaType, canonicalJson(document));
}
__name(jsonBlob, "jsonBlob");
function manifestNode(mediaType, document, children) {
  return { ...jsonBlob(mediaType, document), children };
}
__name(manifestNode, "manifestNode");
function walk(root) {
  let seen = /* @__PURE__ */ new Set(), order = [], visit = /* @__PURE__ */ __name((node) => {
    seen.has(node.descriptor.digest) || (seen.add(node.descriptor.digest), isManifestNode(node) && node.children.forEach(visit), order.push(node));
  }, "visit");
  return visit(root), order;
}
__name(walk, "walk");

// src/oci/layer.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash } from "node:crypto";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";
async function writeLayer(files, options) {
  let entries = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), mediaType = layerMediaType(options.compression), frame = /* @__PURE__ */ __name(() => tarStream(entries, options.mtime), "frame"), sink = options.sink;
  if (options.compression === "none" && !sink) {
    let { digest, size } = await sha256Stream(frame());
    return { descriptor: { mediaType, digest, size }, diffId: digest, open: frame };
  }
  if (!sink) throw new Error(`writeLayer: a ${options.compression} layer needs a sink`);
  if (options.compression === "none") {
    let hash = createHash("sha256"), size = 0;
    await pipeline(frame(), tap((chunk) => {
      hash.update(chunk), size += chunk.length;
    }), sink.create());
    let digest = `sha256:${hash.digest("hex")}`;
    return { descriptor: { mediaType, digest, size }, diffId: digest, open: sink.open, ...where(sink) };
  }
  let diffHash = createHash("sha256"), blobHash = createHash("sha256"), blobSize = 0, tapUncompressed = tap((chunk) => diffHash.update(chunk)), tapCompressed = tap((chunk) => {
    blobHash.update(chunk), blobSize += chunk.length;
  });
  return await pipeline([frame(), tapUncompressed, ...await compressor(options.compression), tapCompressed, sink.create()]), { descriptor: { mediaType, digest: `sha256:${blobHash.digest("hex")}`, size: blobSize }, open: sink.open, diffId: `sha256:${diffHash.digest("hex")}`, ...where(sink) };
}
__name(writeLayer, "writeLayer");
function where(sink) {
  return sink.location ? { location: sink.location, hashedAsWritten: !0 } : {};
}
__name(where, "where");
function tarStream(entries, mtimeSeconds) {
  let pack = import_tar_stream.default.pack(), mtime = new Date(mtimeSeconds * 1e3);
  return (async () => {
    for (let file of entries) {
      let name = file.path.replace(/^\/+/, ""), entry = pack.entry({ name, size: file.size, mode: file.mode ?? 493, mtime, uid: 0, gid: 0, uname: "", gname: "", type: "file" });
      await pipeline(file.open(), entry);
    }
    pack.finalize();
  })().catch((err) => pack.destroy(err)), pack;
}
__name(tarStream, "tarStream");
function tap(onChunk) {
  return new Transform({
    transform(chunk, _enc, callback) {
      onChunk(chunk), callback(null, chunk);
    }
  });
}
__name(tap, "tap");
async function compressor(compression) {
  switch (compression) {
    case "none":
      return [new PassThrough()];
    case "gzip":
      return [zlib.createGzip({ level: 6 })];
    case "zstd":
      return zstdCompressor();
  }
}
__name(compressor, "compressor");
var ZSTD_LEVEL = 3;
async function zstdCompressor() {
  let native = zlib;
  return typeof native.createZstdCompress == "function" ? [reblock(), native.createZstdCompress({ params: { [native.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } })] : [await zstdNapiCompressor()];
}
__name(zstdCompressor, "zstdCompressor");
var ZSTD_BLOCK = 128 * 1024;
function reblock(size = ZSTD_BLOCK) {
  let pending = [], pendingSize = 0;
  return new Transform({
    transform(chunk, _enc, callback) {
      if (pending.push(chunk), pendingSize += chunk.length, pendingSize >= size) {
        let all = Buffer.concat(pending, pendingSize), at = 0;
        for (; at + size <= all.length; at += size) this.push(all.subarray(at, at + size));
        pending = at < all.length ? [all.subarray(at)] : [], pendingSize = all.length - at;
      }
      callback();
    },
    flush(callback) {
      pendingSize > 0 && this.push(Buffer.concat(pending, pendingSize)), callback();
    }
  });
}
__name(reblock, "reblock");
async function zstdNapiCompressor() {
  let zstd;
  try {
    zstd = await import("zstd-napi");
  } catch (err) {
    throw new WasmpackError(
      "ZSTD_UNAVAILABLE",
      `zstd compression needs node >= 22.15 or the zstd-napi native module, which failed to load (${err.message})`,
      "use node 22.15 or later, reinstall with build tools present (python3, make, g++), or use --compression gzip"
    );
  }
  let mod = zstd.default ?? zstd;
  return new mod.CompressStream({ compressionLevel: ZSTD_LEVEL });
}
__name(zstdNapiCompressor, "zstdNapiCompressor");

// src/oci/image.ts
function isoTime(seconds) {
  return new Date(seconds * 1e3).toISOString().replace(".000Z", "Z");
}
__name(isoTime, "isoTime");
async function buildCompatImage(spec) {
  let layer = await writeLayer(spec.files, { mtime: spec.timestamp, compression: spec.compression, ...spec.layerSink ? { sink: spec.layerSink } : {} }), created = isoTime(spec.timestamp), runConfig = { Entrypoint: [spec.entrypoint], WorkingDir: "/" };
  spec.cmd?.length && (runConfig.Cmd = spec.cmd), spec.env?.length && (runConfig.Env = spec.env), spec.labels && Object.keys(spec.labels).length && (runConfig.Labels = spec.labels);
  let config = jsonBlob(MediaType.ociConfig, {
    created,
    architecture: "wasm",
    os: "wasi",
    config: runConfig,
    rootfs: { type: "layers", diff_ids: [layer.diffId] },
    history: [{ created, created_by: "wasmpack build" }]
  }), annotations = { ...spec.annotations, [Annotation.variant]: spec.variant ?? "compat" };
  return { manifest: manifestNode(MediaType.ociManifest, imageManifest(config.descriptor, [layer.descriptor], annotations), [config, layer]), config, layers: [layer] };
}
__name(buildCompatImage, "buildCompatImage");
async function buildWasmArtifact(spec) {
  let { digest, size } = spec.module.digest !== void 0 && spec.module.size !== void 0 ? { digest: spec.module.digest, size: spec.module.size } : await sha256Stream(spec.module.open()), layerDescriptor = {
    mediaType: MediaType.wasmLayer,
    digest,
    size,
    annotations: { [Annotation.title]: spec.title }
  }, layer = openerBlob(layerDescriptor, spec.module.open, spec.module), configDoc = {
    created: isoTime(spec.timestamp),
    architecture: "wasm",
    os: spec.kind === "component" ? "wasip2" : "wasip1",
    layerDigests: [digest]
  };
  spec.author && (configDoc.author = spec.author), spec.kind === "component" && spec.component && (configDoc.component = spec.component);
  let config = jsonBlob(MediaType.wasmConfig, configDoc);
  return { manifest: manifestNode(MediaType.ociManifest, imageManifest(config.descriptor, [layerDescriptor], spec.annotations ?? {}), [config, layer]), config, layers: [layer] };
}
__name(buildWasmArtifact, "buildWasmArtifact");
function imageManifest(config, layers, annotations, extra = {}) {
  let doc = { schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers, ...extra };
  return Object.keys(annotations).length && (doc.annotations = annotations), doc;
}
__name(imageManifest, "imageManifest");

// src/oci/aot-image.ts
var AotAnnotation = {
  wamrcVersion: "dev.wasmpack.aot.wamrc-version",
  formatVersion: "dev.wasmpack.aot.format-version",
  target: "dev.wasmpack.aot.target",
  cpu: "dev.wasmpack.aot.cpu",
  flags: "dev.wasmpack.aot.flags",
  /** The .wasm the AOT code was compiled from: AOT is trusted native code, so say where it came from. */
  wasmDigest: Annotation.wasmDigest,
  /** sibling | embedded | referrer */
  layout: "dev.wasmpack.aot.layout",
  /** Where the .aot is inside the image (sibling, embedded). */
  path: "dev.wasmpack.aot.path",
  /** Human text: the WAMR releases whose loader accepts this format version. */
  runtimes: "dev.wasmpack.aot.runtimes"
}, WAMR_AOT_FORMATS = [
  { format: 3, releases: "WAMR 1.x through 2.2.x", last: "2.2.99" },
  { format: 4, releases: "WAMR 2.3.0 through 2.4.0", first: "2.3.0", last: "2.4.0" },
  { format: 5, releases: "WAMR 2.4.1 and later 2.4.x releases (2.4.1-2.4.5 checked)", first: "2.4.1", last: "2.4.99" },
  { format: 6, releases: "WAMR built from the main branch after 2.4.x (from March 2026; no release yet)" }
];
function compatibleRuntimes(formatVersion) {
  let row = WAMR_AOT_FORMATS.find((r) => r.format === formatVersion);
  return row ? { formatVersion, known: !0, text: `AOT format ${formatVersion}: loads only in ${row.releases} (iwasm, libiwasm, crun built with that WAMR)` } : {
    formatVersion,
    known: !1,
    text: `AOT format ${formatVersion}: no WAMR release wasmpack knows writes it; run it only with iwasm/libiwasm from the same WAMR build as the wamrc that made it`
  };
}
__name(compatibleRuntimes, "compatibleRuntimes");
var TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
function checkedTag(tag, base) {
  if (!TAG_RE.test(tag))
    throw new WasmpackError("AOT_BAD_TAG", `the AOT tag "${tag}" made from "${base}" is not a valid OCI tag (at most 128 of [A-Za-z0-9_.-])`, "use a shorter base tag");
  return tag;
}
__name(checkedTag, "checkedTag");
function aotTag(tag, arch) {
  return checkedTag(`${tag}-aot-${arch}`, tag);
}
__name(aotTag, "aotTag");
function embeddedTag(tag, arch) {
  return checkedTag(`${tag}-wasm-aot-${arch}`, tag);
}
__name(embeddedTag, "embeddedTag");
function referrersFallbackTag(digest) {
  return `sha256-${digestHex(digest)}`;
}
__name(referrersFallbackTag, "referrersFallbackTag");
function aotAnnotations(build, layout) {
  return {
    [AotAnnotation.wamrcVersion]: build.wamrcVersion,
    [AotAnnotation.formatVersion]: String(build.formatVersion),
    [AotAnnotation.target]: build.target,
    [AotAnnotation.cpu]: build.cpu,
    [AotAnnotation.flags]: build.flags.join(" "),
    [AotAnnotation.wasmDigest]: build.moduleDigest,
    [AotAnnotation.layout]: layout,
    [AotAnnotation.runtimes]: compatibleRuntimes(build.formatVersion).text
  };
}
__name(aotAnnotations, "aotAnnotations");
function inherited(annotations) {
  let out = {};
  for (let [key, value] of Object.entries(annotations ?? {}))
    key === Annotation.variant || key.startsWith("dev.wasmpack.aot.") || (out[key] = value);
  return out;
}
__name(inherited, "inherited");
async function siblingAotImage(spec) {
  let path = `/${spec.name}.aot`;
  return buildCompatImage({
    files: [{ path, size: spec.build.size, open: spec.build.open }],
    entrypoint: path,
    annotations: { ...inherited(spec.annotations), ...aotAnnotations(spec.build, "sibling"), [AotAnnotation.path]: path },
    timestamp: spec.timestamp,
    variant: "compat",
    compression: spec.compression,
    ...spec.layerSink ? { layerSink: spec.layerSink } : {}
  });
}
__name(siblingAotImage, "siblingAotImage");
async function embeddedImage(spec) {
  let wasmPath = `/${spec.name}.wasm`, aotPath = `/${spec.name}.aot`;
  return buildCompatImage({
    files: [
      { path: wasmPath, size: spec.module.size, open: spec.module.open },
      { path: aotPath, size: spec.build.size, open: spec.build.open }
    ],
    entrypoint: wasmPath,
    annotations: { ...inherited(spec.annotations), ...aotAnnotations(spec.build, "embedded"), [AotAnnotation.path]: aotPath },
    timestamp: spec.timestamp,
    variant: "compat",
    compression: spec.compression,
    ...spec.layerSink ? { layerSink: spec.layerSink } : {}
  });
}
__name(embeddedImage, "embeddedImage");
function emptyConfigBlob() {
  return bytesBlob(MediaType.ociEmpty, Buffer.from("{}"));
}
__name(emptyConfigBlob, "emptyConfigBlob");
async function aotReferrer(spec) {
  if (spec.builds.length === 0) throw new WasmpackError("AOT_NOTHING_TO_SHIP", "an AOT referrer needs at least one compiled .aot", "pass --aot-target");
  let config = emptyConfigBlob(), layers = await Promise.all(
    spec.builds.map(async (build) => {
      let annotations2 = {
        [Annotation.title]: `${spec.name}-${build.target}.aot`,
        [AotAnnotation.target]: build.target,
        [AotAnnotation.cpu]: build.cpu,
        [AotAnnotation.flags]: build.flags.join(" "),
        [AotAnnotation.formatVersion]: String(build.formatVersion)
      };
      return openerBlob({ mediaType: MediaType.wamrAot, digest: build.digest, size: build.size, annotations: annotations2 }, build.open);
    })
  ), joined = /* @__PURE__ */ __name((pick, sep = ",") => [...new Set(spec.builds.map(pick))].join(sep), "joined"), formats = [...new Set(spec.builds.map((b) => b.formatVersion))], annotations = {
    ...inherited(spec.annotations),
    [Annotation.created]: isoTime(spec.timestamp),
    [AotAnnotation.wamrcVersion]: joined((b) => b.wamrcVersion),
    [AotAnnotation.formatVersion]: formats.join(","),
    [AotAnnotation.target]: joined((b) => b.target),
    [AotAnnotation.cpu]: joined((b) => `${b.target}=${b.cpu}`),
    [AotAnnotation.flags]: joined((b) => `${b.target}: ${b.flags.join(" ")}`, "; "),
    [AotAnnotation.wasmDigest]: joined((b) => b.moduleDigest),
    [AotAnnotation.layout]: "referrer",
    [AotAnnotation.runtimes]: formats.map((f) => compatibleRuntimes(f).text).join("; ")
  }, subject = { mediaType: spec.subject.mediaType, digest: spec.subject.digest, size: spec.subject.size }, document = imageManifest(
    config.descriptor,
    layers.map((l) => l.descriptor),
    annotations,
    { artifactType: MediaType.wamrAot, subject }
  );
  return manifestNode(MediaType.ociManifest, document, [config, ...layers]);
}
__name(aotReferrer, "aotReferrer");
async function buildAotImages(spec) {
  let ship = spec.ship?.length ? [...new Set(spec.ship)] : ["sibling"], moduleDigest = spec.module.digest;
  for (let result of spec.results)
    if (result.moduleDigest !== moduleDigest)
      throw new WasmpackError(
        "AOT_MODULE_MISMATCH",
        `the AOT build for ${result.target} was compiled from ${result.moduleDigest}, but the portable module is ${moduleDigest}`,
        "rebuild with --aot so the AOT code is compiled from the module being published"
      );
  let seen = /* @__PURE__ */ new Set();
  for (let result of spec.results) {
    if (seen.has(result.target)) throw new WasmpackError("AOT_DUPLICATE_TARGET", `two AOT builds for ${result.target}`, "list each --aot-target once");
    seen.add(result.target);
  }
  let extraTagged = [], referrers = [];
  for (let result of spec.results) {
    let common = { name: spec.module.name, build: result, timestamp: spec.timestamp, compression: spec.compression, annotations: spec.annotations };
    if (ship.includes("sibling")) {
      let image = await siblingAotImage({ ...common, layerSink: spec.scratch(`aot-sibling-${result.target}.layer`) });
      for (let tag of spec.tags) extraTagged.push({ tag: aotTag(tag, result.target), node: image.manifest, layout: "sibling", target: result.target });
    }
    if (ship.includes("embed")) {
      let image = await embeddedImage({ ...common, module: spec.module, layerSink: spec.scratch(`aot-embedded-${result.target}.layer`) });
      for (let tag of spec.tags) extraTagged.push({ tag: embeddedTag(tag, result.target), node: image.manifest, layout: "embedded", target: result.target });
    }
  }
  return ship.includes("referrer") && spec.results.length > 0 && referrers.push(await aotReferrer({ subject: spec.portable.manifest.descriptor, name: spec.module.name, builds: spec.results, timestamp: spec.timestamp, annotations: spec.annotations })), { extraTagged, referrers };
}
__name(buildAotImages, "buildAotImages");
function describeAotImage(manifest) {
  let doc = typeof manifest == "string" || Buffer.isBuffer(manifest) ? JSON.parse(manifest.toString()) : manifest, annotations = doc.annotations ?? {}, isReferrer = doc.artifactType === MediaType.wamrAot;
  if (!isReferrer && annotations[AotAnnotation.formatVersion] === void 0) return;
  let formatVersions = (annotations[AotAnnotation.formatVersion] ?? "").split(",").filter(Boolean).map(Number).filter((n) => Number.isInteger(n)), targets = isReferrer ? (doc.layers ?? []).filter((l) => l.mediaType === MediaType.wamrAot).map((l) => {
    let a = l.annotations ?? {}, format = a[AotAnnotation.formatVersion];
    return { target: a[AotAnnotation.target] ?? "unknown", cpu: a[AotAnnotation.cpu], flags: a[AotAnnotation.flags], formatVersion: format === void 0 ? void 0 : Number(format), title: a[Annotation.title] };
  }) : [{ target: annotations[AotAnnotation.target] ?? "unknown", cpu: annotations[AotAnnotation.cpu], flags: annotations[AotAnnotation.flags], formatVersion: formatVersions[0] }], allFormats = [.../* @__PURE__ */ new Set([...formatVersions, ...targets.map((t) => t.formatVersion).filter((f) => f !== void 0)])], layoutText = annotations[AotAnnotation.layout], description = {
    layout: isReferrer ? "referrer" : layoutText === "embedded" ? "embedded" : "sibling",
    wamrcVersion: annotations[AotAnnotation.wamrcVersion] ?? "unknown",
    formatVersions: allFormats,
    targets,
    runtimes: allFormats.length ? allFormats.map((f) => compatibleRuntimes(f).text) : ["AOT format not recorded: cannot tell which WAMR loads it"]
  };
  return annotations[AotAnnotation.wasmDigest] && (description.wasmDigest = annotations[AotAnnotation.wasmDigest]), doc.subject?.digest && (description.subject = doc.subject.digest), description;
}
__name(describeAotImage, "describeAotImage");

// src/pipeline/state.ts
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var STATE_DIR = ".wasmpack";
function layoutDir(projectDir) {
  return join(projectDir, STATE_DIR, "oci");
}
__name(layoutDir, "layoutDir");
async function saveLastBuild(projectDir, build) {
  await mkdir(join(projectDir, STATE_DIR), { recursive: !0 }), await writeAtomic(join(projectDir, STATE_DIR, "last-build.json"), `${JSON.stringify(build, null, 2)}
`);
}
__name(saveLastBuild, "saveLastBuild");
async function loadLastBuild(projectDir) {
  try {
    return JSON.parse(await readFile(join(projectDir, STATE_DIR, "last-build.json"), "utf8"));
  } catch {
    throw new WasmpackError("NO_BUILD", `no image built in ${projectDir} yet (no ${STATE_DIR}/last-build.json)`, "run `wasmpack build` first, or name the image: wasmpack push oci:DIR:TAG DEST");
  }
}
__name(loadLastBuild, "loadLastBuild");

export {
  isManifestNode,
  walk,
  isoTime,
  buildCompatImage,
  buildWasmArtifact,
  compatibleRuntimes,
  referrersFallbackTag,
  buildAotImages,
  describeAotImage,
  layoutDir,
  saveLastBuild,
  loadLastBuild
};
