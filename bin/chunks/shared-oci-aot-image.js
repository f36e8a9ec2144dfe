import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  Annotation,
  MediaType,
  bytesBlob,
  digestHex,
  jsonBlob,
  manifestNode,
  openerBlob,
  sha256Stream,
  writeLayer
} from "./shared-streamx.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

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

// src/oci/aot-formats.ts
var WAMR_AOT_FORMATS = [
  { format: 3, releases: "WAMR 1.x through 2.2.x", short: "1.x-2.2.x", last: "2.2.99" },
  { format: 4, releases: "WAMR 2.3.0 through 2.4.0", short: "2.3.0-2.4.0", first: "2.3.0", last: "2.4.0" },
  { format: 5, releases: "WAMR 2.4.1 and later 2.4.x releases (2.4.1-2.4.5 checked)", short: "2.4.1+", first: "2.4.1", last: "2.4.99" },
  // No release writes 6; a wamrc built from main still reports 2.4.3 (core/version.h).
  { format: 6, releases: "WAMR built from the main branch after 2.4.x (from March 2026; no release yet)", short: "newer main", mainReports: "2.4.3" }
];
function aotFormatSummary() {
  return `WAMR ${WAMR_AOT_FORMATS.map((r) => `${r.short} = ${r.format}`).join(", ")}`;
}
__name(aotFormatSummary, "aotFormatSummary");
function formatForWamrVersion(major, minor, patch) {
  let version = `${major}.${minor}.${patch}`, row = WAMR_AOT_FORMATS.find((r) => (r.first === void 0 || compareVersions(version, r.first) >= 0) && r.last !== void 0 && compareVersions(version, r.last) <= 0);
  if (!row) return { acceptedFormats: [], note: `wamrc ${version} is newer than the WAMR releases wasmpack knows; the AOT format version is taken from the .aot header` };
  let fromMain = WAMR_AOT_FORMATS.find((r) => r.mainReports === version);
  return fromMain ? { formatVersion: row.format, acceptedFormats: [row.format, fromMain.format], note: `wamrc ${version} writes format ${row.format} as a release and ${fromMain.format} when built from WAMR main after March 2026` } : { formatVersion: row.format, acceptedFormats: [row.format] };
}
__name(formatForWamrVersion, "formatForWamrVersion");
function compareVersions(a, b) {
  let [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
__name(compareVersions, "compareVersions");
function compatibleRuntimes(formatVersion) {
  let row = WAMR_AOT_FORMATS.find((r) => r.format === formatVersion);
  return row ? { formatVersion, known: !0, text: `AOT format ${formatVersion}: loads only in ${row.releases} (iwasm, libiwasm, crun built with that WAMR)` } : {
    formatVersion,
    known: !1,
    text: `AOT format ${formatVersion}: no WAMR release wasmpack knows writes it; run it only with iwasm/libiwasm from the same WAMR build as the wamrc that made it`
  };
}
__name(compatibleRuntimes, "compatibleRuntimes");

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
}, aotSuffix = /* @__PURE__ */ __name((arch) => `-aot-${arch}`, "aotSuffix"), embeddedSuffix = /* @__PURE__ */ __name((arch) => `-wasm-aot-${arch}`, "embeddedSuffix");
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
function runSettingsOf(config) {
  let c = JSON.parse(config.toString("utf8")).config ?? {};
  return { ...c.Env?.length ? { env: c.Env } : {}, ...c.Cmd?.length ? { cmd: c.Cmd } : {}, ...c.Labels && Object.keys(c.Labels).length ? { labels: c.Labels } : {} };
}
__name(runSettingsOf, "runSettingsOf");
async function siblingAotImage(spec) {
  let path = `/${spec.name}.aot`;
  return buildCompatImage({
    files: [{ path, size: spec.build.size, open: spec.build.open }],
    entrypoint: path,
    ...spec.run,
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
    ...spec.run,
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
    let common = { name: spec.module.name, build: result, timestamp: spec.timestamp, compression: spec.compression, annotations: spec.annotations, run: runSettingsOf(spec.portable.config.bytes) };
    if (ship.includes("sibling")) {
      let image = await siblingAotImage({ ...common, layerSink: spec.scratch(`aot-sibling-${result.target}.layer`) });
      extraTagged.push({ suffix: aotSuffix(result.target), node: image.manifest, layout: "sibling", target: result.target });
    }
    if (ship.includes("embed")) {
      let image = await embeddedImage({ ...common, module: spec.module, layerSink: spec.scratch(`aot-embedded-${result.target}.layer`) });
      extraTagged.push({ suffix: embeddedSuffix(result.target), node: image.manifest, layout: "embedded", target: result.target });
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

export {
  isoTime,
  buildCompatImage,
  buildWasmArtifact,
  imageManifest,
  aotFormatSummary,
  formatForWamrVersion,
  compatibleRuntimes,
  AotAnnotation,
  referrersFallbackTag,
  buildAotImages,
  describeAotImage
};
