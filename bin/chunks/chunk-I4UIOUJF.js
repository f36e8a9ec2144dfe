import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  hostAotTarget
} from "./chunk-IBN34QGX.js";
import {
  copyAndCommit
} from "./chunk-ZLSGZ2ZV.js";
import {
  parseTransport
} from "./chunk-DRTS4ARN.js";
import {
  registryClient
} from "./chunk-47DSPDML.js";
import {
  Annotation,
  AotAnnotation,
  LayoutTarget,
  MediaType,
  isIndexType,
  isManifestNode,
  isManifestType,
  layerDecompressor,
  readLayoutImage,
  require_tar_stream,
  sha256,
  shortDigest,
  walk
} from "./chunk-NOBNVSZI.js";
import {
  collect,
  manifestReference
} from "./chunk-222AH7NZ.js";
import {
  WasmpackError,
  wrap
} from "./chunk-U4FSHFBH.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/pipeline/pull.ts
import { createReadStream } from "node:fs";
import { chmod, mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
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

// src/pipeline/image-contents.ts
import { basename } from "node:path";
var WASM_LAYERS = /* @__PURE__ */ new Set([MediaType.wasmLayer, MediaType.wasmComponentLayer, MediaType.wasmToOciLayer]);
async function readContents(pulled, limits = DEFAULT_TAR_LIMITS) {
  let { image, reference } = pulled, manifest = parseJson(image.bytes, reference), annotations = manifest.annotations ?? {}, [configBlob, ...layerBlobs] = image.children, base = { reference, digest: image.descriptor.digest, annotations };
  if (manifest.artifactType === MediaType.wamrAot) {
    let arch = hostAotTarget().name, layer2 = layerBlobs.find((l) => l.descriptor.annotations?.[AotAnnotation.target] === arch);
    if (!layer2) throw new WasmpackError("NO_ENTRYPOINT", `${reference} has no .aot for ${arch}`, `it has: ${layerBlobs.map((l) => l.descriptor.annotations?.[AotAnnotation.target]).join(", ") || "none"}`);
    let path = layer2.descriptor.annotations?.[Annotation.title] ?? `${arch}.aot`, file2 = { path: safeName(path, reference), mode: 493, bytes: layer2.bytes };
    return { ...base, config: {}, files: /* @__PURE__ */ new Map([[file2.path, file2]]), entrypoint: { path: `/${file2.path}`, file: file2 }, aot: { path: `/${file2.path}`, file: file2 }, kind: "aot-referrer" };
  }
  let configType = configBlob?.descriptor.mediaType;
  if (configType === MediaType.ociConfig || configType === MediaType.dockerConfig) {
    let config = parseJson(configBlob.bytes, `the config of ${reference}`), diffIds = config.rootfs?.diff_ids ?? [];
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
function findFile(files, program, workingDir, where) {
  let key = (program.startsWith("/") ? program : `${(workingDir ?? "/").replace(/\/*$/, "")}/${program}`).split("/").filter((s) => s && s !== ".").join("/"), file = files.get(key);
  if (!file) throw new WasmpackError("NO_ENTRYPOINT", `${where}: the entrypoint ${program} is not a file in the image`, `the image holds: ${[...files.keys()].slice(0, 10).join(", ") || "no files"}`);
  return { path: `/${key}`, file };
}
__name(findFile, "findFile");
function parseJson(bytes, what) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    if (typeof doc == "object" && doc !== null && !Array.isArray(doc)) return doc;
  } catch {
  }
  throw new WasmpackError("BAD_MANIFEST", `${what} is not a JSON object`, "the image is corrupt or not an OCI image");
}
__name(parseJson, "parseJson");

// src/pipeline/pull.ts
var DEFAULT_PULL_LIMITS = {
  manifestBytes: 4 * 1024 * 1024,
  configBytes: 4 * 1024 * 1024,
  blobBytes: 512 * 1024 * 1024,
  children: 64,
  tar: DEFAULT_TAR_LIMITS
};
async function fetchImage(image, deps) {
  let limits = deps.limits ?? DEFAULT_PULL_LIMITS, spec = parseTransport(image);
  switch (spec.transport) {
    case "registry":
      return fromRegistry(spec.reference, deps, limits);
    case "oci":
      return fromLayout(resolve(spec.dir), spec.tag, image, limits);
    case "oci-archive":
      return fromOciArchive(resolve(spec.file), spec.tag, image, limits);
    case "docker-archive":
      throw new WasmpackError("UNSUPPORTED_SOURCE", `wasmpack reads images from registries, oci: and oci-archive:, not ${image}`, "load it with `podman load -i FILE`, or write the image with -o oci-archive:FILE instead");
  }
}
__name(fetchImage, "fetchImage");
function connectRegistry(ref, access) {
  return registryClient(ref, access);
}
__name(connectRegistry, "connectRegistry");
async function fromRegistry(ref, deps, limits) {
  let client = connectRegistry(ref, deps.access);
  try {
    deps.reporter.step(`pulling ${ref.toString()}`);
    let found = await client.getManifest(ref.repository, manifestReference(ref)), fetcher = {
      manifest: /* @__PURE__ */ __name(async (d) => (await client.getManifest(ref.repository, d.digest)).bytes, "manifest"),
      blob: /* @__PURE__ */ __name((d, cap) => client.getBlob(ref.repository, d.digest, cap), "blob")
    }, rootDescriptor = { mediaType: found.mediaType, digest: found.digest, size: found.bytes.length }, root = await fetchGraph(rootDescriptor, found.bytes, fetcher, limits, ref.toString());
    return deps.reporter.succeed(`pulled ${ref.toString()}@${shortDigest(root.descriptor.digest)}`), { reference: ref.toString(), root, image: selectImage(root, ref.toString()), ...ref.tag ? { tag: ref.tag } : {} };
  } finally {
    await client.close();
  }
}
__name(fromRegistry, "fromRegistry");
async function fromLayout(dir, tag, reference, limits) {
  let stored = await readLayoutImage(dir, tag), byDigest = new Map(walk(stored).map((c) => [c.descriptor.digest, c])), fetcher = {
    manifest: /* @__PURE__ */ __name(async (d) => readStream(requireContent(byDigest, d, reference).open(), limits.manifestBytes, d, reference), "manifest"),
    blob: /* @__PURE__ */ __name(async (d, cap) => readStream(requireContent(byDigest, d, reference).open(), cap, d, reference), "blob")
  }, root = await fetchGraph(stored.descriptor, stored.bytes, fetcher, limits, reference);
  return { reference, root, image: selectImage(root, reference), ...tag ? { tag } : {} };
}
__name(fromLayout, "fromLayout");
function requireContent(byDigest, d, where) {
  let blob = byDigest.get(d.digest);
  if (!blob) throw new WasmpackError("MISSING_BLOB", `${where} has no blob ${d.digest}`, "the layout is incomplete; copy the image again");
  return blob;
}
__name(requireContent, "requireContent");
async function fromOciArchive(file, tag, reference, limits) {
  if (!(await stat(file).catch(() => {
  }))?.isFile()) throw new WasmpackError("NO_LAYOUT", `${file} is not a file`, "name an archive written by `wasmpack build -o oci-archive:FILE` or `skopeo copy ... oci-archive:FILE`");
  let { files } = await readTar(createReadStream(file), `archive ${file}`, limits.tar), dir = await mkdtemp(join(tmpdir(), "wasmpack-oci-archive-"));
  try {
    for (let entry of files) {
      let path = join(dir, ...entry.path.split("/"));
      await mkdir(dirname(path), { recursive: !0 }), await writeFile(path, entry.bytes, { mode: 384 });
    }
    return await fromLayout(dir, tag, reference, limits);
  } finally {
    await rm(dir, { recursive: !0, force: !0 });
  }
}
__name(fromOciArchive, "fromOciArchive");
async function fetchGraph(descriptor, bytes, fetcher, limits, where, depth = 0) {
  if (checkContent(descriptor, bytes, where), bytes.length > limits.manifestBytes) throw new WasmpackError("PULL_TOO_BIG", `${where}: manifest ${shortDigest(descriptor.digest)} is ${bytes.length} bytes, over the ${limits.manifestBytes} byte cap`, "this is not a wasm image wasmpack pulls");
  let doc = parseJson(bytes, `the manifest ${shortDigest(descriptor.digest)} of ${where}`), mediaType = doc.mediaType ?? descriptor.mediaType, children = [];
  if (isIndexType(mediaType) || doc.manifests) {
    if (depth > 0) throw new WasmpackError("PULL_UNSUPPORTED", `${where}: an index inside an index`, "wasmpack pulls an image or an index of images");
    let entries = checkedDescriptors(doc.manifests ?? [], limits, where);
    for (let child of entries) {
      if (!isManifestType(child.mediaType)) continue;
      let childBytes = await fetcher.manifest(child).catch((err) => wrap(err, `${where}: fetching manifest ${shortDigest(child.digest)}`));
      children.push(await fetchGraph(child, childBytes, fetcher, limits, where, depth + 1));
    }
  } else {
    if (!doc.config) throw new WasmpackError("BAD_MANIFEST", `${where}: manifest ${shortDigest(descriptor.digest)} has no config`, "the image is corrupt or not an OCI image");
    let [config, ...layers] = checkedDescriptors([doc.config, ...doc.layers ?? []], limits, where), configBytes = await fetchBlob(fetcher, config, limits.configBytes, where);
    children.push(memoryBlob(config, configBytes));
    for (let layer of layers) children.push(memoryBlob(layer, await fetchBlob(fetcher, layer, limits.blobBytes, where)));
  }
  return { descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }, bytes, children, open: /* @__PURE__ */ __name(() => Readable2.from([bytes]), "open") };
}
__name(fetchGraph, "fetchGraph");
function checkedDescriptors(list, limits, where) {
  if (list.length > limits.children) throw new WasmpackError("PULL_TOO_BIG", `${where} lists ${list.length} entries, over the cap of ${limits.children}`, "this is not a wasm image wasmpack pulls");
  return list.map((d) => {
    let desc = d;
    if (typeof desc?.digest != "string" || typeof desc.size != "number" || typeof desc.mediaType != "string" || !Number.isSafeInteger(desc.size) || desc.size < 0)
      throw new WasmpackError("BAD_MANIFEST", `${where}: a descriptor without a valid mediaType, digest and size`, "the image is corrupt or not an OCI image");
    return desc;
  });
}
__name(checkedDescriptors, "checkedDescriptors");
async function fetchBlob(fetcher, descriptor, cap, where) {
  if (descriptor.size > cap)
    throw new WasmpackError("PULL_TOO_BIG", `${where}: blob ${shortDigest(descriptor.digest)} is ${descriptor.size} bytes, over the ${cap} byte cap`, "wasmpack pulls wasm images into memory; use `skopeo copy` for larger content");
  let bytes = await fetcher.blob(descriptor, cap).catch((err) => wrap(err, `${where}: fetching blob ${shortDigest(descriptor.digest)}`));
  return checkContent(descriptor, bytes, where), bytes;
}
__name(fetchBlob, "fetchBlob");
function checkContent(descriptor, bytes, where) {
  let digest = sha256(bytes);
  if (bytes.length !== descriptor.size || digest !== descriptor.digest)
    throw new WasmpackError(
      "PULL_DIGEST_MISMATCH",
      `${where}: content named ${descriptor.digest} (${descriptor.size} bytes) arrived as ${digest} (${bytes.length} bytes)`,
      "the image was altered after it was written, or the source is corrupt; do not run it. Push or copy it again from a source you trust"
    );
}
__name(checkContent, "checkContent");
function readStream(stream, cap, d, where) {
  return collect(stream, {
    limit: cap,
    tooLarge: /* @__PURE__ */ __name((max) => new WasmpackError("PULL_TOO_BIG", `${where}: blob ${shortDigest(d.digest)} is larger than the ${max} byte cap`, "wasmpack pulls wasm images into memory; use `skopeo copy` for larger content"), "tooLarge")
  });
}
__name(readStream, "readStream");
function memoryBlob(descriptor, bytes) {
  return { descriptor, bytes, open: /* @__PURE__ */ __name(() => Readable2.from([bytes]), "open") };
}
__name(memoryBlob, "memoryBlob");
function selectImage(root, where) {
  if (!isIndexType(root.descriptor.mediaType) && !root.children.some(isManifestNode)) return root;
  let images = root.children.filter(isManifestNode), entries = parseJson(root.bytes, where).manifests ?? [], wasm = images.filter((m) => {
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
  let limits = deps.limits ?? DEFAULT_PULL_LIMITS, pulled = await fetchImage(request.image, deps), result = { reference: pulled.reference, digest: pulled.root.descriptor.digest }, contents = request.output ? await readContents(pulled, limits.tar) : void 0;
  if (request.oci) {
    let spec = parseTransport(`oci:${request.oci}`), tag = spec.transport === "oci" && spec.tag || pulled.tag || "latest", dir = spec.transport === "oci" ? spec.dir : request.oci;
    deps.reporter.step(`writing oci:${dir}:${tag}`), await copyAndCommit(pulled.root, new LayoutTarget(resolve(dir)), { tags: [tag], ...deps.access.signal ? { signal: deps.access.signal } : {} }), deps.reporter.succeed(`wrote oci:${dir}:${tag}`), result.layout = { dir: resolve(dir), tag };
  }
  if (request.output && contents) {
    let { file, path } = contents.entrypoint;
    await writeFileAtomic(resolve(request.output), file.bytes, file.mode & 493 ? 493 : 420), result.output = { path: resolve(request.output), digest: sha256(file.bytes), size: file.bytes.length, from: path };
  }
  return result;
}
__name(pullImage, "pullImage");
async function writeFileAtomic(path, bytes, mode) {
  await mkdir(dirname(path), { recursive: !0 });
  let temp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, bytes, { mode }), await chmod(temp, mode), await rename(temp, path);
  } catch (err) {
    throw await rm(temp, { force: !0 }), err;
  }
}
__name(writeFileAtomic, "writeFileAtomic");

export {
  readContents,
  DEFAULT_PULL_LIMITS,
  fetchImage,
  connectRegistry,
  pullImage
};
