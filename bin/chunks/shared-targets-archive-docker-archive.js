import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  LayoutTarget,
  placementTag
} from "./shared-targets-layout.js";
import {
  MediaType,
  canonicalJson,
  digestHex,
  hashingTap,
  isIndexType,
  layerDecompressor,
  require_tar_stream
} from "./shared-streamx.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/targets/archive/docker-archive.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir as mkdir2, readFile, rename as rename2, rm as rm2, stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/targets/archive/staging.ts
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

// src/targets/archive/tar.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { pipeline } from "node:stream/promises";
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

// src/targets/archive/staging.ts
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
};

// src/targets/archive/docker-archive.ts
var DockerArchiveTarget = class {
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
  /** Every root copied in, by digest: one transaction writes them all (a tagged push names it). */
  images = /* @__PURE__ */ new Map();
  async blobFile(digest) {
    return join2(await this.archive.stagingDir(), "blobs", digestHex(digest));
  }
  async exists(descriptor) {
    if (!this.archive.started) return !1;
    try {
      return (await stat2(await this.blobFile(descriptor.digest))).size === descriptor.size;
    } catch {
      return !1;
    }
  }
  async pushBlob(blob) {
    let dest = await this.blobFile(blob.descriptor.digest);
    await mkdir2(dirname2(dest), { recursive: !0 });
    let temp = `${dest}.${randomBytes2(4).toString("hex")}.tmp`, hashing = hashingTap();
    await pipeline2(blob.open(), hashing.tap, createWriteStream2(temp));
    let { digest, size } = hashing.result();
    if (digest !== blob.descriptor.digest || size !== blob.descriptor.size)
      throw await rm2(temp, { force: !0 }), new WasmpackError("DIGEST_MISMATCH", `content of ${blob.descriptor.digest} has digest ${digest} (${size} bytes)`, "the source changed while it was being copied; build again");
    return await rename2(temp, dest), "pushed";
  }
  async pushManifest(node, placement) {
    if (isIndexType(node.descriptor.mediaType))
      throw new WasmpackError(
        "ARCHIVE_NEEDS_IMAGE",
        `${this.name} holds single-platform images, and this is an image index`,
        "write the index with oci-archive:FILE[:TAG] or oci:DIR[:TAG], or build one platform"
      );
    if ("child" in placement) return "pushed";
    let known = this.images.get(node.descriptor.digest), entry = known ?? { node, tags: /* @__PURE__ */ new Set() }, tag = placementTag(placement);
    return tag !== void 0 && entry.tags.add(normalizeRepoTag(tag)), this.images.set(node.descriptor.digest, entry), known ? "skipped" : "pushed";
  }
  async commit() {
    let tagged = [...this.images.values()].filter((i) => i.tags.size > 0), roots = tagged.length ? tagged : [...this.images.values()];
    if (roots.length === 0) throw new WasmpackError("NOTHING_TO_WRITE", `no image was copied to ${this.name}`, "this is a bug in wasmpack: please report it");
    let entries = [], index = [], written = /* @__PURE__ */ new Set();
    for (let [i, root] of roots.entries()) index.push(await this.stageImage(root.node, i === 0 && this.repoTags.length ? this.repoTags : [...root.tags], entries, written));
    entries.push({ name: "manifest.json", type: "file", bytes: Buffer.from(JSON.stringify(index), "utf8") }), await this.archive.publish(entries), await this.archive.cleanUp();
  }
  /** Adds one image's config and uncompressed layers to `entries` and returns its manifest.json entry. */
  async stageImage(image, repoTags, entries, written) {
    let manifest = JSON.parse(image.bytes.toString("utf8"));
    if (manifest.config.mediaType !== MediaType.ociConfig && manifest.config.mediaType !== MediaType.dockerConfig)
      throw new WasmpackError(
        "ARCHIVE_UNSUPPORTED",
        `${this.name} holds container images only, and this image's config is ${manifest.config.mediaType}`,
        "write a Wasm OCI artifact (--format artifact) with oci-archive:FILE[:TAG], or use the default compat format"
      );
    let configPath = await this.blobFile(manifest.config.digest), diffIds = JSON.parse(await readFile(configPath, "utf8")).rootfs?.diff_ids ?? [];
    if (diffIds.length !== manifest.layers.length)
      throw new WasmpackError("DIFF_ID_MISMATCH", `the config lists ${diffIds.length} diff_ids for ${manifest.layers.length} layers`, "rebuild the image");
    let layerNames = [];
    for (let [i, layer] of manifest.layers.entries()) {
      let diffId = diffIds[i], name = `${digestHex(diffId)}/layer.tar`;
      if (layerNames.push(name), written.has(name)) continue;
      written.add(name);
      let tarPath = join2(await this.archive.stagingDir(), "layers", `${digestHex(diffId)}.tar`);
      await mkdir2(dirname2(tarPath), { recursive: !0 }), await decompressLayer(layer, await this.blobFile(layer.digest), tarPath, diffId), entries.push({ name: digestHex(diffId), type: "directory" }, { name, type: "file", source: tarPath });
    }
    let configName = `${digestHex(manifest.config.digest)}.json`;
    return written.has(configName) || (written.add(configName), entries.push({ name: configName, type: "file", source: configPath })), { Config: configName, RepoTags: repoTags, Layers: layerNames };
  }
  async abort() {
    await this.archive.cleanUp();
  }
  async close() {
  }
};
function dockerArchiveRunNote(file, repoTag) {
  return `${file} has no manifest annotations (docker-archive cannot hold them): after \`podman load -i ${file}\`, run it with \`podman run --annotation module.wasm.image/variant=compat ${normalizeRepoTag(repoTag)}\`, or crun tries to exec the .wasm ("Exec format error"); loading it also drops the annotations of an already pulled image with the same config`;
}
__name(dockerArchiveRunNote, "dockerArchiveRunNote");
function normalizeRepoTag(reference) {
  if (reference.includes("@"))
    throw new WasmpackError("BAD_REFERENCE", `docker-archive RepoTags are name:tag, not a digest reference ("${reference}")`, "write docker-archive:FILE:NAME:TAG");
  return reference.slice(reference.lastIndexOf("/") + 1).includes(":") ? reference : `${reference}:latest`;
}
__name(normalizeRepoTag, "normalizeRepoTag");
async function decompressLayer(layer, source, dest, diffId) {
  let decompress = await layerDecompressor(layer.mediaType);
  if (!decompress) throw new WasmpackError("ARCHIVE_UNSUPPORTED", `docker-archive cannot hold a layer of type ${layer.mediaType}`, "use oci-archive:FILE[:TAG] for non-container content");
  let hashing = hashingTap();
  await pipeline2(createReadStream2(source), decompress, hashing.tap, createWriteStream2(dest));
  let actual = hashing.result().digest;
  if (actual !== diffId)
    throw new WasmpackError("DIFF_ID_MISMATCH", `layer ${layer.digest} uncompresses to ${actual}, but the config's diff_id is ${diffId}`, "the image is inconsistent; rebuild it");
}
__name(decompressLayer, "decompressLayer");

// src/targets/archive/oci-archive.ts
import { mkdir as mkdir3, writeFile } from "node:fs/promises";
import { join as join3 } from "node:path";
var OciArchiveTarget = class {
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
  firstRoot;
  tagged = !1;
  async stagedLayout() {
    return this.prepared ??= this.archive.stagingDir().then(async (dir) => (await mkdir3(join3(dir, "blobs", "sha256"), { recursive: !0 }), await writeFile(join3(dir, "oci-layout"), canonicalJson({ imageLayoutVersion: "1.0.0" })), new LayoutTarget(dir))), this.layout = await this.prepared, this.layout;
  }
  async exists(descriptor) {
    return this.layout ? this.layout.exists(descriptor) : !1;
  }
  async pushBlob(blob) {
    return (await this.stagedLayout()).pushBlob(blob);
  }
  async pushManifest(node, placement) {
    let layout = await this.stagedLayout(), tag = placementTag(placement);
    return tag !== void 0 ? this.tagged = !0 : "root" in placement && (this.firstRoot ??= node), layout.pushManifest(node, tag === void 0 ? placement : { tag: this.tag ?? tag });
  }
  async commit() {
    let layout = await this.stagedLayout();
    this.tag && !this.tagged && this.firstRoot && await layout.pushManifest(this.firstRoot, { tag: this.tag }), await layout.commit(), await this.archive.publish(await treeEntries(layout.dir)), await this.archive.cleanUp();
  }
  async abort() {
    await this.layout?.abort().catch(() => {
    }), this.prepared = void 0, this.layout = void 0, await this.archive.cleanUp();
  }
  async close() {
  }
};

// src/targets/local.ts
import { resolve } from "node:path";
function openLocalTarget(spec, repoTags = []) {
  switch (spec.transport) {
    case "oci":
      return new LayoutTarget(resolve(spec.dir));
    case "oci-archive":
      return new OciArchiveTarget(resolve(spec.file), spec.tag);
    case "docker-archive":
      return new DockerArchiveTarget(resolve(spec.file), repoTags);
  }
}
__name(openLocalTarget, "openLocalTarget");

export {
  dockerArchiveRunNote,
  normalizeRepoTag,
  openLocalTarget
};
