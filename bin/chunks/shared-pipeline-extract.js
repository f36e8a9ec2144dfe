import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  scavengeWhileStreaming
} from "./shared-pipeline-scavenge.js";
import {
  hostAotTarget
} from "./shared-toolchains-wamrc.js";
import {
  copyAndCommit
} from "./shared-targets-copy.js";
import {
  parseTransport
} from "./shared-targets-transport-spec.js";
import {
  tempPathFor
} from "./shared-files-atomic.js";
import {
  openSource
} from "./shared-targets-registry-uploads.js";
import {
  AotAnnotation
} from "./shared-oci-aot-image.js";
import {
  parseManifestJson
} from "./shared-targets-layout-source.js";
import {
  LayoutTarget
} from "./shared-targets-layout.js";
import {
  Annotation,
  MediaType,
  isIndexType,
  isManifestNode,
  layerDecompressor,
  require_tar_stream,
  shortDigest
} from "./shared-streamx.js";
import {
  collect
} from "./shared-streams.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/pipeline/pull.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import { dirname as dirname2, resolve } from "node:path";
import { Readable as Readable2 } from "node:stream";

// src/oci/tar-reader.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var DEFAULT_TAR_LIMITS = { maxBytes: 1024 * 1024 * 1024, maxEntries: 1e4 }, LAYER_TYPES = /* @__PURE__ */ new Set([MediaType.ociLayerTar, MediaType.ociLayerGzip, MediaType.ociLayerZstd, MediaType.dockerLayerGzip, MediaType.dockerLayerTar]);
function isLayerMediaType(mediaType) {
  return LAYER_TYPES.has(mediaType);
}
__name(isLayerMediaType, "isLayerMediaType");
async function unpackLayer(bytes, mediaType, what, limits = DEFAULT_TAR_LIMITS) {
  let diff = createHash("sha256"), tapped = new Transform({
    transform(chunk, _enc, callback) {
      diff.update(chunk), callback(null, chunk);
    }
  }), decompress = await decompressor(mediaType, what), [piped, read] = await Promise.allSettled([pipeline(Readable.from([bytes]), decompress, tapped), readTar(tapped, what, limits)]);
  if (read.status === "rejected" && (piped.status === "fulfilled" || read.reason.code !== "LAYER_INVALID")) throw read.reason;
  if (piped.status === "rejected") {
    let err = piped.reason;
    throw new WasmpackError("LAYER_INVALID", `${what}: the layer does not decompress as ${mediaType} (${err.message})`, "the blob is corrupt or its media type is wrong; rebuild or re-push the image", { cause: err });
  }
  let { files, directories } = read.value;
  return { diffId: `sha256:${diff.digest("hex")}`, files, directories };
}
__name(unpackLayer, "unpackLayer");
function readTar(stream, what, limits = DEFAULT_TAR_LIMITS) {
  let extract = import_tar_stream.default.extract(), files = [], directories = [], entries = 0, total = 0;
  return new Promise((resolvePromise, reject) => {
    let failed = !1, fail = /* @__PURE__ */ __name((err) => {
      failed || (failed = !0, stream.unpipe(extract), stream.resume(), extract.destroy(), reject(err instanceof WasmpackError ? err : new WasmpackError("LAYER_INVALID", `${what}: not a valid tar archive (${err.message})`, "the blob is corrupt; rebuild or re-push the image", { cause: err })));
    }, "fail");
    extract.on("entry", (header, body, next) => {
      try {
        if (++entries > limits.maxEntries) throw new WasmpackError("LAYER_TOO_BIG", `${what} has more than ${limits.maxEntries} entries`, "a wasm image holds a few files; this is not one wasmpack will unpack");
        let path = safeEntryPath(header.name, what), type = header.type ?? "unknown";
        if (type === "directory") {
          path && directories.push(path), body.resume(), body.on("end", () => next());
          return;
        }
        if (type !== "file" && type !== "contiguous-file") {
          let target = header.linkname ? ` -> ${header.linkname}` : "";
          throw new WasmpackError("LAYER_UNSAFE_ENTRY", `${what}: refusing the ${type} entry "${header.name}"${target}`, "wasmpack unpacks regular files and directories only (no links, devices or FIFOs); nothing was run or written");
        }
        if (!path) throw new WasmpackError("LAYER_UNSAFE_PATH", `${what}: a file entry with an empty name`, "the layer is malformed; rebuild the image");
        let chunks = [];
        body.on("data", (data) => {
          let chunk = data;
          if (total += chunk.length, total > limits.maxBytes) {
            fail(new WasmpackError("LAYER_TOO_BIG", `${what} unpacks to more than ${limits.maxBytes} bytes`, "the layer is larger than wasmpack unpacks in memory; use `skopeo copy` and a container engine"));
            return;
          }
          chunks.push(chunk);
        }), body.on("end", () => {
          failed || (files.push({ path, mode: (header.mode ?? 420) & 511, bytes: Buffer.concat(chunks) }), next());
        }), body.on("error", fail);
      } catch (err) {
        fail(err);
      }
    }), extract.on("finish", () => {
      failed || resolvePromise({ files, directories });
    }), extract.on("error", fail), stream.on("error", fail), stream.pipe(extract);
  });
}
__name(readTar, "readTar");
function safeEntryPath(name, what) {
  if (name.includes("\0")) throw new WasmpackError("LAYER_UNSAFE_PATH", `${what}: an entry name contains a NUL byte`, "the layer is malformed; nothing was run or written");
  if (name.startsWith("/"))
    throw new WasmpackError("LAYER_UNSAFE_PATH", `${what}: refusing the absolute path "${name}"`, "layer entries must be relative to the image root; nothing was run or written");
  let segments = name.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes(".."))
    throw new WasmpackError("LAYER_UNSAFE_PATH", `${what}: refusing "${name}", which points outside the image root`, 'entries with ".." are never unpacked; nothing was run or written');
  return segments.join("/");
}
__name(safeEntryPath, "safeEntryPath");
async function decompressor(mediaType, what) {
  let decompress = await layerDecompressor(mediaType);
  if (!decompress) throw new WasmpackError("LAYER_UNSUPPORTED", `${what} has media type ${mediaType}, which is not a tar layer`, "wasmpack unpacks tar, tar+gzip and tar+zstd layers");
  return decompress;
}
__name(decompressor, "decompressor");
var WHITEOUT = ".wh.", OPAQUE = ".wh..wh..opq";
function applyLayers(layers) {
  let tree = /* @__PURE__ */ new Map();
  for (let layer of layers) {
    let added = /* @__PURE__ */ new Map();
    for (let file of layer.files) {
      let slash = file.path.lastIndexOf("/"), dir = slash < 0 ? "" : file.path.slice(0, slash), base = file.path.slice(slash + 1), under = /* @__PURE__ */ __name((prefix) => (path) => prefix === "" || path === prefix || path.startsWith(`${prefix}/`), "under");
      if (base === OPAQUE)
        for (let path of [...tree.keys()].filter((p) => p !== dir && under(dir)(p))) tree.delete(path);
      else if (base.startsWith(WHITEOUT)) {
        let victim = (dir ? `${dir}/` : "") + base.slice(WHITEOUT.length);
        for (let path of [...tree.keys()].filter(under(victim))) tree.delete(path);
      } else
        added.set(file.path, file);
    }
    for (let [path, file] of added) tree.set(path, file);
  }
  return tree;
}
__name(applyLayers, "applyLayers");

// src/pipeline/extract.ts
var import_tar_stream2 = __toESM(require_tar_stream(), 1);
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Transform as Transform2 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/pipeline/image-contents.ts
import { basename } from "node:path";
var WASM_LAYERS = /* @__PURE__ */ new Set([MediaType.wasmLayer, MediaType.wasmComponentLayer, MediaType.wasmToOciLayer]);
async function readContents(pulled, limits = DEFAULT_TAR_LIMITS) {
  let { image, reference } = pulled, manifest = parseManifestJson(image.bytes, reference), annotations = manifest.annotations ?? {}, [configBlob, ...layerBlobs] = image.children, base = { reference, digest: image.descriptor.digest, annotations };
  if (manifest.artifactType === MediaType.wamrAot) {
    let arch = hostAotTarget().name, layer2 = layerBlobs.find((l) => l.descriptor.annotations?.[AotAnnotation.target] === arch);
    if (!layer2) throw new WasmpackError("NO_ENTRYPOINT", `${reference} has no .aot for ${arch}`, `it has: ${layerBlobs.map((l) => l.descriptor.annotations?.[AotAnnotation.target]).join(", ") || "none"}`);
    let path = layer2.descriptor.annotations?.[Annotation.title] ?? `${arch}.aot`, file2 = { path: safeName(path, reference), mode: 493, bytes: layer2.bytes };
    return { ...base, config: {}, files: /* @__PURE__ */ new Map([[file2.path, file2]]), entrypoint: { path: `/${file2.path}`, file: file2 }, aot: { path: `/${file2.path}`, file: file2 }, kind: "aot-referrer" };
  }
  let configType = configBlob?.descriptor.mediaType;
  if (configType === MediaType.ociConfig || configType === MediaType.dockerConfig) {
    let config = parseManifestJson(configBlob.bytes, `the config of ${reference}`), diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== layerBlobs.length) throw new WasmpackError("DIFF_ID_MISMATCH", `${reference}: the config lists ${diffIds.length} diff_ids for ${layerBlobs.length} layers`, "the image is inconsistent; do not run it");
    let layers = [];
    for (let [i, layer2] of layerBlobs.entries()) {
      let what = `layer ${shortDigest(layer2.descriptor.digest)} of ${reference}`;
      if (!isLayerMediaType(layer2.descriptor.mediaType)) throw new WasmpackError("LAYER_UNSUPPORTED", `${what} has media type ${layer2.descriptor.mediaType}, which is not a tar layer`, "wasmpack unpacks tar, tar+gzip and tar+zstd layers");
      let unpacked = await unpackLayer(layer2.bytes, layer2.descriptor.mediaType, what, limits);
      if (unpacked.diffId !== diffIds[i])
        throw new WasmpackError("DIFF_ID_MISMATCH", `${what} uncompresses to ${unpacked.diffId}, but the config's diff_id is ${diffIds[i]}`, "the image is inconsistent; do not run it");
      layers.push(unpacked);
    }
    let files = applyLayers(layers), run = config.config ?? {}, program = run.Entrypoint?.[0] ?? run.Cmd?.[0];
    if (!program) throw new WasmpackError("NO_ENTRYPOINT", `${reference} has neither an Entrypoint nor a Cmd`, "build it with wasmpack, or give the module: wasmpack run FILE.wasm");
    let entrypoint = findFile(files, program, run.WorkingDir, reference), aotPath = annotations[AotAnnotation.path], aot = aotPath ? findFile(files, aotPath, "/", reference) : void 0;
    return { ...base, config: run, files, entrypoint, ...aot ? { aot } : {}, kind: "compat" };
  }
  let modules = layerBlobs.filter((l) => WASM_LAYERS.has(l.descriptor.mediaType));
  if (modules.length !== 1)
    throw new WasmpackError("NO_ENTRYPOINT", `${reference} is neither a container image nor a Wasm artifact with one module (config ${configType ?? "none"})`, "wasmpack runs compat images and CNCF Wasm artifacts");
  let layer = modules[0], name = safeName(layer.descriptor.annotations?.[Annotation.title] ?? "module.wasm", reference), file = { path: name, mode: 493, bytes: layer.bytes };
  return { ...base, config: {}, files: /* @__PURE__ */ new Map([[name, file]]), entrypoint: { path: `/${name}`, file }, kind: "artifact" };
}
__name(readContents, "readContents");
function safeName(title, where) {
  let name = basename(title);
  if (!name || name === "." || name === "..") throw new WasmpackError("LAYER_UNSAFE_PATH", `${where}: the layer title "${title}" is not a file name`, "the image is malformed; do not run it");
  return name;
}
__name(safeName, "safeName");
function entrypointKey(program, workingDir) {
  return (program.startsWith("/") ? program : `${(workingDir ?? "/").replace(/\/*$/, "")}/${program}`).split("/").filter((s) => s && s !== ".").join("/");
}
__name(entrypointKey, "entrypointKey");
function findFile(files, program, workingDir, where) {
  let key = entrypointKey(program, workingDir), file = files.get(key);
  if (!file) throw new WasmpackError("NO_ENTRYPOINT", `${where}: the entrypoint ${program} is not a file in the image`, `the image holds: ${[...files.keys()].slice(0, 10).join(", ") || "no files"}`);
  return { path: `/${key}`, file };
}
__name(findFile, "findFile");

// src/pipeline/extract.ts
async function extractEntrypoint(image, reference, dest, limits) {
  let manifest = parseManifestJson(image.bytes, reference), [config, ...layers] = image.children, out = new TempFile(dest);
  try {
    if (manifest.artifactType === MediaType.wamrAot) {
      let arch = hostAotTarget().name, layer2 = layers.find((l) => l.descriptor.annotations?.[AotAnnotation.target] === arch);
      if (!layer2) throw new WasmpackError("NO_ENTRYPOINT", `${reference} has no .aot for ${arch}`, `it has: ${layers.map((l) => l.descriptor.annotations?.[AotAnnotation.target]).join(", ") || "none"}`);
      return await out.write(layer2.open(), 493), out.done(`/${safeName(layer2.descriptor.annotations?.[Annotation.title] ?? `${arch}.aot`, reference)}`);
    }
    let configType = config?.descriptor.mediaType;
    if (configType === MediaType.ociConfig || configType === MediaType.dockerConfig) {
      let bytes = await collect(config.open(), { limit: limits.configBytes, tooLarge: /* @__PURE__ */ __name((max) => new WasmpackError("PULL_TOO_BIG", `${reference}: the config is larger than ${max} bytes`, "this is not a wasm image wasmpack pulls"), "tooLarge") }), doc = parseManifestJson(bytes, `the config of ${reference}`), diffIds = doc.rootfs?.diff_ids ?? [];
      if (diffIds.length !== layers.length) throw new WasmpackError("DIFF_ID_MISMATCH", `${reference}: the config lists ${diffIds.length} diff_ids for ${layers.length} layers`, "the image is inconsistent; do not run it");
      let program = doc.config?.Entrypoint?.[0] ?? doc.config?.Cmd?.[0];
      if (!program) throw new WasmpackError("NO_ENTRYPOINT", `${reference} has neither an Entrypoint nor a Cmd`, "build it with wasmpack, or give the module: wasmpack run FILE.wasm");
      let key = entrypointKey(program, doc.config?.WorkingDir), present = !1;
      for (let [i, layer2] of layers.entries()) present = await extractFromLayer(layer2, diffIds[i], key, out, present, `layer ${shortDigest(layer2.descriptor.digest)} of ${reference}`, limits);
      if (!present) throw new WasmpackError("NO_ENTRYPOINT", `${reference}: the entrypoint ${program} is not a file in the image`, "the image config names a file its layers do not hold");
      return out.done(`/${key}`);
    }
    let modules = layers.filter((l) => WASM_LAYERS.has(l.descriptor.mediaType));
    if (modules.length !== 1)
      throw new WasmpackError("NO_ENTRYPOINT", `${reference} is neither a container image nor a Wasm artifact with one module (config ${configType ?? "none"})`, "wasmpack runs compat images and CNCF Wasm artifacts");
    let layer = modules[0];
    return await out.write(layer.open(), 493), out.done(`/${safeName(layer.descriptor.annotations?.[Annotation.title] ?? "module.wasm", reference)}`);
  } catch (err) {
    throw await out.discard(), err;
  }
}
__name(extractEntrypoint, "extractEntrypoint");
async function extractFromLayer(layer, diffId, key, out, below, what, limits) {
  let type = layer.descriptor.mediaType;
  if (!isLayerMediaType(type)) throw new WasmpackError("LAYER_UNSUPPORTED", `${what} has media type ${type}, which is not a tar layer`, "wasmpack unpacks tar, tar+gzip and tar+zstd layers");
  let decompress = await layerDecompressor(type), diff = createHash2("sha256"), total = 0, tap = new Transform2({
    transform(chunk, _enc, callback) {
      if (total += chunk.length, total > limits.layerBytes) return callback(new WasmpackError("LAYER_TOO_BIG", `${what} unpacks to more than ${limits.layerBytes} bytes`, "this is not a wasm image wasmpack unpacks"));
      diff.update(chunk), callback(null, chunk);
    }
  }), wrote = !1, whitedOut = !1, entries = 0, extract = import_tar_stream2.default.extract();
  extract.on("entry", (header, body, next) => {
    body.on("error", () => {
    }), (/* @__PURE__ */ __name(async () => {
      if (++entries > limits.entries) throw new WasmpackError("LAYER_TOO_BIG", `${what} has more than ${limits.entries} entries`, "a wasm image holds a few files; this is not one wasmpack will unpack");
      let path = safeEntryPath(header.name, what), kind = header.type ?? "unknown";
      if (kind === "directory") return void await drainStream(body);
      if (kind !== "file" && kind !== "contiguous-file")
        throw new WasmpackError("LAYER_UNSAFE_ENTRY", `${what}: refusing the ${kind} entry "${header.name}"${header.linkname ? ` -> ${header.linkname}` : ""}`, "wasmpack unpacks regular files and directories only (no links, devices or FIFOs); nothing was run or written");
      let slash = path.lastIndexOf("/"), dir = slash < 0 ? "" : path.slice(0, slash), base = path.slice(slash + 1);
      if (base === ".wh..wh..opq") whitedOut ||= dir === "" || key.startsWith(`${dir}/`);
      else if (base.startsWith(".wh.")) {
        let victim = (dir ? `${dir}/` : "") + base.slice(4);
        whitedOut ||= key === victim || key.startsWith(`${victim}/`);
      }
      if (path !== key) return void await drainStream(body);
      await out.write(body, (header.mode ?? 420) & 493 ? 493 : 420), wrote = !0;
    }, "step"))().then(() => next(), (err) => next(err));
  });
  try {
    await pipeline2(layer.open(), decompress, tap, extract);
  } catch (err) {
    throw err instanceof WasmpackError ? err : (await drainStream(layer.open()), new WasmpackError("LAYER_INVALID", `${what}: not a valid ${type} layer (${err.message})`, "the blob is corrupt or its media type is wrong; rebuild or re-push the image", { cause: err }));
  }
  let actual = `sha256:${diff.digest("hex")}`;
  if (actual !== diffId) throw new WasmpackError("DIFF_ID_MISMATCH", `${what} uncompresses to ${actual}, but the config's diff_id is ${diffId}`, "the image is inconsistent; do not run it");
  return wrote ? !0 : (whitedOut && below && await out.discard(), below && !whitedOut);
}
__name(extractFromLayer, "extractFromLayer");
async function drainStream(stream) {
  for await (let _ of stream) ;
}
__name(drainStream, "drainStream");
var TempFile = class {
  constructor(dest) {
    this.dest = dest;
    this.temp = tempPathFor(dest);
  }
  dest;
  static {
    __name(this, "TempFile");
  }
  temp;
  digest = "";
  size = 0;
  mode = 420;
  async write(source, mode) {
    await mkdir(dirname(this.dest), { recursive: !0 });
    let hash = createHash2("sha256"), size = 0, tap = new Transform2({
      transform(chunk, _enc, callback) {
        size += chunk.length, hash.update(chunk), callback(null, chunk);
      }
    }), sink = createWriteStream(this.temp, { mode: 384 });
    await pipeline2(source, tap, sink), this.digest = `sha256:${hash.digest("hex")}`, this.size = size, this.mode = mode;
  }
  done(from) {
    return {
      from,
      digest: this.digest,
      size: this.size,
      commit: /* @__PURE__ */ __name(async () => {
        await chmod(this.temp, this.mode), await rename(this.temp, this.dest);
      }, "commit"),
      discard: /* @__PURE__ */ __name(() => this.discard(), "discard")
    };
  }
  async discard() {
    await rm(this.temp, { force: !0 });
  }
};

// src/pipeline/pull.ts
var DEFAULT_PULL_LIMITS = {
  manifestBytes: 4 * 1024 * 1024,
  configBytes: 4 * 1024 * 1024,
  blobBytes: 512 * 1024 * 1024,
  children: 64,
  tar: DEFAULT_TAR_LIMITS,
  extractBytes: 16 * 1024 * 1024 * 1024
};
async function openImage(image, deps) {
  let limits = deps.limits ?? DEFAULT_PULL_LIMITS, spec = parseTransport(image), source = openSource(spec, deps.access, { limits: { manifestBytes: limits.manifestBytes, children: limits.children } });
  try {
    let remote = spec.transport === "registry";
    remote && deps.reporter.step(`pulling ${spec.reference.toString()}`);
    let root = await source.resolve(), reference = remote ? spec.reference.toString() : image;
    remote && deps.reporter.succeed(`pulled ${reference}@${shortDigest(root.descriptor.digest)}`);
    let tag = remote ? spec.reference.tag : spec.transport === "docker-archive" ? void 0 : spec.tag;
    return { reference, root, image: selectImage(root, reference), ...tag ? { tag } : {}, close: /* @__PURE__ */ __name(() => source.close(), "close") };
  } catch (err) {
    throw await source.close(), err;
  }
}
__name(openImage, "openImage");
async function fetchImage(image, deps) {
  let limits = deps.limits ?? DEFAULT_PULL_LIMITS, opened = await openImage(image, deps);
  try {
    let [config, ...layers] = opened.image.children, children = [];
    config && children.push(await inMemory(config, limits.configBytes, opened.reference));
    for (let layer of layers) children.push(await inMemory(layer, limits.blobBytes, opened.reference));
    let image2 = { ...opened.image, children };
    return { reference: opened.reference, root: opened.root === opened.image ? image2 : opened.root, image: image2, ...opened.tag ? { tag: opened.tag } : {} };
  } finally {
    await opened.close();
  }
}
__name(fetchImage, "fetchImage");
async function inMemory(blob, cap, where) {
  let tooBig = /* @__PURE__ */ __name((max) => new WasmpackError("PULL_TOO_BIG", `${where}: blob ${shortDigest(blob.descriptor.digest)} is larger than the ${max} byte cap`, "wasmpack runs wasm images from memory; `wasmpack pull -o FILE` streams any size, then run the file"), "tooBig");
  if (blob.descriptor.size > cap) throw tooBig(cap);
  let bytes = await collect(blob.open(), { limit: cap, tooLarge: tooBig });
  return { descriptor: blob.descriptor, bytes, open: /* @__PURE__ */ __name(() => Readable2.from([bytes]), "open") };
}
__name(inMemory, "inMemory");
function selectImage(root, where) {
  if (!isIndexType(root.descriptor.mediaType) && !root.children.some(isManifestNode)) return root;
  let images = root.children.filter(isManifestNode), entries = parseManifestJson(root.bytes, where).manifests ?? [], wasm = images.filter((m) => {
    let entry = entries.find((d) => d.digest === m.descriptor.digest);
    return entry?.platform?.architecture === "wasm" && /^wasi/.test(entry.platform.os);
  }), chosen = wasm.length === 1 ? wasm : images.length === 1 ? images : [];
  if (chosen.length !== 1)
    throw new WasmpackError("NO_WASM_IMAGE", `${where} is an index of ${images.length} images, and not exactly one is for wasi/wasm`, "name the image by its digest (REPO@sha256:...)");
  return chosen[0];
}
__name(selectImage, "selectImage");
async function pullImage(request, deps) {
  if (!request.output && !request.oci) throw new WasmpackError("BAD_FLAG", "pull needs -o FILE or --oci DIR[:TAG]", "for example: wasmpack pull ghcr.io/acme/app:1.0 -o app.wasm");
  let limits = deps.limits ?? DEFAULT_PULL_LIMITS, pulled = await openImage(request.image, deps), extracted, stopScavenging = scavengeWhileStreaming();
  try {
    let result = { reference: pulled.reference, digest: pulled.root.descriptor.digest };
    if (request.output) {
      let dest = resolve(request.output);
      await mkdir2(dirname2(dest), { recursive: !0 }), extracted = await extractEntrypoint(pulled.image, pulled.reference, dest, { configBytes: limits.configBytes, layerBytes: limits.extractBytes, entries: limits.tar.maxEntries });
    }
    if (request.oci) {
      let spec = parseTransport(`oci:${request.oci}`), tag = spec.transport === "oci" && spec.tag || pulled.tag || "latest", dir = spec.transport === "oci" ? spec.dir : request.oci;
      deps.reporter.step(`writing oci:${dir}:${tag}`), await copyAndCommit(pulled.root, new LayoutTarget(resolve(dir)), { tags: [tag], ...deps.access.signal ? { signal: deps.access.signal } : {} }), deps.reporter.succeed(`wrote oci:${dir}:${tag}`), result.layout = { dir: resolve(dir), tag };
    }
    return request.output && extracted && (await extracted.commit(), result.output = { path: resolve(request.output), digest: extracted.digest, size: extracted.size, from: extracted.from }), result;
  } catch (err) {
    throw await extracted?.discard(), err;
  } finally {
    stopScavenging(), await pulled.close();
  }
}
__name(pullImage, "pullImage");

export {
  readContents,
  DEFAULT_PULL_LIMITS,
  openImage,
  fetchImage,
  pullImage
};
