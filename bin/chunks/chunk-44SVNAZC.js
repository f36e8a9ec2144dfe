import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  parseTransport
} from "./chunk-MT5UJLIN.js";
import {
  LayoutTarget,
  canonicalJson,
  require_tar_stream
} from "./chunk-ILJH7UAS.js";
import {
  DEFAULT_RETRY_POLICY,
  RegistryClient,
  pushScopes,
  withRetry
} from "./chunk-2OI3AXD3.js";
import {
  MediaType,
  digestHex,
  isIndexType,
  isManifestType
} from "./chunk-SUST7DXY.js";
import {
  parseReference
} from "./chunk-RSNUBP26.js";
import {
  WasmpackError
} from "./chunk-YN4AXX5Z.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/targets/open.ts
import { resolve } from "node:path";

// src/targets/archive.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var EPOCH = /* @__PURE__ */ new Date(0);
async function writeDeterministicTar(entries, dest) {
  let sorted = [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0), pack = import_tar_stream.default.pack(), done = pipeline(pack, createWriteStream(dest));
  try {
    for (let entry of sorted) {
      let common = { name: entry.name, mtime: EPOCH, uid: 0, gid: 0, uname: "", gname: "" };
      if (entry.type === "directory")
        await addBytes(pack, { ...common, type: "directory", mode: 493 }, Buffer.alloc(0));
      else if ("bytes" in entry)
        await addBytes(pack, { ...common, type: "file", mode: 420, size: entry.bytes.length }, entry.bytes);
      else {
        let { size } = await stat(entry.source);
        await pipeline(createReadStream(entry.source), pack.entry({ ...common, type: "file", mode: 420, size }));
      }
    }
    pack.finalize(), await done;
  } catch (err) {
    throw pack.destroy(err), await done.catch(() => {
    }), err;
  }
}
__name(writeDeterministicTar, "writeDeterministicTar");
function addBytes(pack, header, bytes) {
  return new Promise((resolve2, reject) => {
    pack.entry(header, bytes, (err) => err ? reject(err) : resolve2());
  });
}
__name(addBytes, "addBytes");
async function treeEntries(root) {
  let entries = [], visit = /* @__PURE__ */ __name(async (dir) => {
    for (let dirent of await readdir(dir, { withFileTypes: !0 })) {
      let path = join(dir, dirent.name), name = relative(root, path).split(sep).join("/");
      dirent.isDirectory() ? (entries.push({ name, type: "directory" }), await visit(path)) : dirent.isFile() && entries.push({ name, type: "file", source: path });
    }
  }, "visit");
  return await visit(root), entries;
}
__name(treeEntries, "treeEntries");
var ArchiveFile = class {
  constructor(file) {
    this.file = file;
  }
  file;
  static {
    __name(this, "ArchiveFile");
  }
  staging;
  tarTemp;
  /** The staging directory, created on first use. */
  stagingDir() {
    return this.staging ??= mkdir(dirname(this.file), { recursive: !0 }).then(() => mkdtemp(`${this.file}.tmp-`)), this.staging;
  }
  get started() {
    return this.staging !== void 0;
  }
  async publish(entries) {
    this.tarTemp = `${this.file}.tmp-${randomBytes(6).toString("hex")}.tar`, await writeDeterministicTar(entries, this.tarTemp), await rename(this.tarTemp, this.file), this.tarTemp = void 0;
  }
  async cleanUp() {
    let staging = this.staging ? await this.staging.catch(() => {
    }) : void 0;
    this.staging = void 0, await Promise.all([staging && rm(staging, { recursive: !0, force: !0 }), this.tarTemp && rm(this.tarTemp, { force: !0 })]), this.tarTemp = void 0;
  }
}, OciArchiveTarget = class {
  constructor(file, tag) {
    this.file = file;
    this.tag = tag;
    this.name = `oci-archive:${file}${tag ? `:${tag}` : ""}`, this.archive = new ArchiveFile(file);
  }
  file;
  tag;
  static {
    __name(this, "OciArchiveTarget");
  }
  name;
  archive;
  layout;
  prepared;
  untaggedRoot;
  tagged = !1;
  async stagedLayout() {
    return this.prepared ??= this.archive.stagingDir().then(async (dir) => (await mkdir(join(dir, "blobs", "sha256"), { recursive: !0 }), await writeFile(join(dir, "oci-layout"), canonicalJson({ imageLayoutVersion: "1.0.0" })), new LayoutTarget(dir))), this.layout = await this.prepared, this.layout;
  }
  async exists(descriptor) {
    return this.layout ? this.layout.exists(descriptor) : !1;
  }
  async pushBlob(blob) {
    return (await this.stagedLayout()).pushBlob(blob);
  }
  async pushManifest(node, reference) {
    let layout = await this.stagedLayout();
    reference !== void 0 ? this.tagged = !0 : this.untaggedRoot = node, await layout.pushManifest(node, reference === void 0 ? void 0 : this.tag ?? reference);
  }
  async commit() {
    let layout = await this.stagedLayout();
    this.tag && !this.tagged && this.untaggedRoot && await layout.pushManifest(this.untaggedRoot, this.tag), await layout.commit(), await this.archive.publish(await treeEntries(layout.dir)), await this.archive.cleanUp();
  }
  async abort() {
    await this.layout?.abort().catch(() => {
    }), this.prepared = void 0, this.layout = void 0, await this.archive.cleanUp();
  }
}, DOCKER_LAYER_TAR = "application/vnd.docker.image.rootfs.diff.tar", DockerArchiveTarget = class {
  constructor(file, repoTags = []) {
    this.file = file;
    this.repoTags = repoTags.map(normalizeRepoTag), this.name = `docker-archive:${file}${this.repoTags[0] ? `:${this.repoTags[0]}` : ""}`, this.archive = new ArchiveFile(file);
  }
  file;
  static {
    __name(this, "DockerArchiveTarget");
  }
  name;
  archive;
  repoTags;
  image;
  async blobFile(digest) {
    return join(await this.archive.stagingDir(), "blobs", digestHex(digest));
  }
  async exists(descriptor) {
    if (!this.archive.started) return !1;
    try {
      return (await stat(await this.blobFile(descriptor.digest))).size === descriptor.size;
    } catch {
      return !1;
    }
  }
  async pushBlob(blob) {
    let dest = await this.blobFile(blob.descriptor.digest);
    await mkdir(dirname(dest), { recursive: !0 });
    let temp = `${dest}.${randomBytes(4).toString("hex")}.tmp`, hash = createHash("sha256"), size = 0;
    await pipeline(blob.open(), tap((chunk) => (hash.update(chunk), size += chunk.length)), createWriteStream(temp));
    let digest = `sha256:${hash.digest("hex")}`;
    if (digest !== blob.descriptor.digest || size !== blob.descriptor.size)
      throw await rm(temp, { force: !0 }), new WasmpackError("DIGEST_MISMATCH", `content of ${blob.descriptor.digest} has digest ${digest} (${size} bytes)`, "the source changed while it was being copied; build again");
    return await rename(temp, dest), "pushed";
  }
  async pushManifest(node) {
    if (isIndexType(node.descriptor.mediaType))
      throw new WasmpackError(
        "ARCHIVE_NEEDS_IMAGE",
        `${this.name} holds single-platform images, and this is an image index`,
        "write the index with oci-archive:FILE[:TAG] or oci:DIR[:TAG], or build one platform"
      );
    this.image = node;
  }
  async commit() {
    if (!this.image) throw new WasmpackError("NOTHING_TO_WRITE", `no image was copied to ${this.name}`, "this is a bug in wasmpack: please report it");
    let manifest = JSON.parse(this.image.bytes.toString("utf8"));
    if (manifest.config.mediaType !== MediaType.ociConfig && manifest.config.mediaType !== MediaType.dockerConfig)
      throw new WasmpackError(
        "ARCHIVE_UNSUPPORTED",
        `${this.name} holds container images only, and this image's config is ${manifest.config.mediaType}`,
        "write a Wasm OCI artifact (--format artifact) with oci-archive:FILE[:TAG], or use the default compat format"
      );
    let configPath = await this.blobFile(manifest.config.digest), diffIds = JSON.parse(await readFile(configPath, "utf8")).rootfs?.diff_ids ?? [];
    if (diffIds.length !== manifest.layers.length)
      throw new WasmpackError("DIFF_ID_MISMATCH", `the config lists ${diffIds.length} diff_ids for ${manifest.layers.length} layers`, "rebuild the image");
    let entries = [], layerNames = [], written = /* @__PURE__ */ new Set();
    for (let [i, layer] of manifest.layers.entries()) {
      let diffId = diffIds[i], name = `${digestHex(diffId)}/layer.tar`;
      if (layerNames.push(name), written.has(name)) continue;
      written.add(name);
      let tarPath = join(await this.archive.stagingDir(), "layers", `${digestHex(diffId)}.tar`);
      await mkdir(dirname(tarPath), { recursive: !0 }), await decompressLayer(layer, await this.blobFile(layer.digest), tarPath, diffId), entries.push({ name: digestHex(diffId), type: "directory" }, { name, type: "file", source: tarPath });
    }
    let configName = `${digestHex(manifest.config.digest)}.json`, index = [{ Config: configName, RepoTags: this.repoTags, Layers: layerNames }];
    entries.push({ name: "manifest.json", type: "file", bytes: Buffer.from(JSON.stringify(index), "utf8") }), entries.push({ name: configName, type: "file", source: configPath }), await this.archive.publish(entries), await this.archive.cleanUp();
  }
  async abort() {
    await this.archive.cleanUp();
  }
};
function normalizeRepoTag(reference) {
  if (reference.includes("@"))
    throw new WasmpackError("BAD_REFERENCE", `docker-archive RepoTags are name:tag, not a digest reference ("${reference}")`, "write docker-archive:FILE:NAME:TAG");
  return reference.slice(reference.lastIndexOf("/") + 1).includes(":") ? reference : `${reference}:latest`;
}
__name(normalizeRepoTag, "normalizeRepoTag");
async function decompressLayer(layer, source, dest, diffId) {
  let hash = createHash("sha256");
  await pipeline(createReadStream(source), await decompressor(layer.mediaType), tap((chunk) => hash.update(chunk)), createWriteStream(dest));
  let actual = `sha256:${hash.digest("hex")}`;
  if (actual !== diffId)
    throw new WasmpackError("DIFF_ID_MISMATCH", `layer ${layer.digest} uncompresses to ${actual}, but the config's diff_id is ${diffId}`, "the image is inconsistent; rebuild it");
}
__name(decompressLayer, "decompressLayer");
async function decompressor(mediaType) {
  switch (mediaType) {
    case MediaType.ociLayerGzip:
    case MediaType.dockerLayerGzip:
      return createGunzip();
    case MediaType.ociLayerTar:
    case DOCKER_LAYER_TAR:
      return new PassThrough();
    case MediaType.ociLayerZstd: {
      let zstd = await import("zstd-napi").catch((err) => {
        throw new WasmpackError("ZSTD_UNAVAILABLE", `reading a zstd layer needs the zstd-napi native module, which failed to load (${err.message})`, "reinstall with build tools present (python3, make, g++), or build with --compression gzip");
      }), mod = zstd.default ?? zstd;
      return new mod.DecompressStream();
    }
    default:
      throw new WasmpackError("ARCHIVE_UNSUPPORTED", `docker-archive cannot hold a layer of type ${mediaType}`, "use oci-archive:FILE[:TAG] for non-container content");
  }
}
__name(decompressor, "decompressor");
function tap(onChunk) {
  return new Transform({
    transform(chunk, _enc, callback) {
      onChunk(chunk), callback(null, chunk);
    }
  });
}
__name(tap, "tap");

// src/targets/registry/target.ts
var RegistryTarget = class {
  constructor(options) {
    this.options = options;
    this.name = `${options.registry}/${options.repository}`, this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }, this.client = new RegistryClient({
      registry: options.registry,
      credentials: options.credentials,
      ...options.insecure !== void 0 ? { insecure: options.insecure } : {},
      ...options.tlsVerify !== void 0 ? { tlsVerify: options.tlsVerify } : {},
      ...options.certDir !== void 0 ? { certDir: options.certDir } : {},
      ...options.userAgent !== void 0 ? { userAgent: options.userAgent } : {},
      ...options.signal !== void 0 ? { signal: options.signal } : {},
      ...options.concurrency !== void 0 ? { connections: options.concurrency } : {},
      ...options.scheme !== void 0 ? { scheme: options.scheme } : {},
      ...options.systemCertDirs !== void 0 ? { systemCertDirs: options.systemCertDirs } : {},
      ...options.send !== void 0 ? { send: options.send } : {}
    });
  }
  options;
  static {
    __name(this, "RegistryTarget");
  }
  name;
  client;
  policy;
  /** Results of manifest PUTs by reference, for referrers (OCI-Subject) and reporting. */
  manifestResults = /* @__PURE__ */ new Map();
  get stats() {
    return this.client.stats;
  }
  retry(step) {
    return withRetry(step, {
      policy: this.policy,
      ...this.options.retryEnvironment ? { env: this.options.retryEnvironment } : {},
      ...this.options.signal ? { signal: this.options.signal } : {},
      onRetry: /* @__PURE__ */ __name(() => {
        this.client.stats.retries++;
      }, "onRetry")
    });
  }
  /** The push scope is asked for up front, so one token serves HEADs and uploads alike. */
  get scopes() {
    return pushScopes(this.options.repository, this.options.mountFrom);
  }
  async exists(descriptor) {
    let repo = this.options.repository;
    return isManifestType(descriptor.mediaType) ? this.retry(async () => await this.client.headManifest(repo, descriptor.digest, this.scopes) !== void 0) : this.retry(() => this.client.headBlob(repo, descriptor.digest, this.scopes));
  }
  async pushBlob(blob, hooks) {
    let repo = this.options.repository;
    return this.retry(async (attempt) => attempt > 1 && await this.client.headBlob(repo, blob.descriptor.digest, this.scopes) ? "pushed" : this.client.pushBlob(repo, blob, {
      ...this.options.mountFrom ? { mountFrom: this.options.mountFrom } : {},
      onProgress: /* @__PURE__ */ __name((sent) => hooks?.onProgress?.(blob.descriptor, sent), "onProgress")
    }));
  }
  async pushManifest(node, reference) {
    let ref = reference ?? node.descriptor.digest, result = await this.retry(() => this.client.putManifest(this.options.repository, ref, node.bytes, node.descriptor.mediaType));
    this.manifestResults.set(ref, result);
  }
  /** A registry makes each write visible as it lands; tags were pushed last by copyImage. */
  async commit() {
  }
  /** Cancels upload sessions still open; pushed blobs are harmless (unreferenced, garbage-collected). */
  async abort() {
    for (let session of this.client.pendingUploads()) await this.client.cancelUpload(this.options.repository, session);
  }
  async close() {
    await this.client.close();
  }
};

// src/targets/open.ts
function describeDestination(destination, defaultReference) {
  let spec = parseTransport(destination);
  switch (spec.transport) {
    case "oci":
    case "oci-archive":
      return { spec, tags: spec.tag ? [spec.tag] : [], display: destination };
    case "docker-archive":
      return { spec, tags: [spec.reference ?? defaultReference], display: destination };
    case "registry": {
      let reference = parseReference(spec.reference), tags = reference.digest && !reference.tag ? [] : [reference.tag ?? "latest"];
      return { spec, tags, display: reference.toString(), reference };
    }
  }
}
__name(describeDestination, "describeDestination");
function openTarget(destination, access, options) {
  let described = describeDestination(destination, options.defaultReference), { spec, tags, display, reference } = described;
  switch (spec.transport) {
    case "oci":
      return { target: new LayoutTarget(resolve(spec.dir)), tags, display };
    case "oci-archive":
      return { target: new OciArchiveTarget(resolve(spec.file), spec.tag), tags, display };
    case "docker-archive":
      return { target: new DockerArchiveTarget(resolve(spec.file), tags), tags, display };
    case "registry": {
      let ref = reference, insecure = access.tlsVerify === !1 || (access.insecureRegistries ?? []).includes(ref.registry);
      return { target: new RegistryTarget({
        registry: ref.apiHost,
        repository: ref.repository,
        credentials: access.credentials,
        insecure,
        ...access.tlsVerify === !1 ? { tlsVerify: !1 } : {},
        ...access.certDir ? { certDir: access.certDir } : {},
        ...options.mountFrom && options.mountFrom !== ref.repository ? { mountFrom: options.mountFrom } : {},
        ...access.signal ? { signal: access.signal } : {}
      }), tags, display, reference: ref };
    }
  }
}
__name(openTarget, "openTarget");

export {
  RegistryTarget,
  describeDestination,
  openTarget
};
