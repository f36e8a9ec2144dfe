import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  Annotation,
  MediaType,
  canonicalJson,
  digestHex,
  hashingTap,
  sha256Stream
} from "./shared-streamx.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/targets/layout.ts
import { randomBytes } from "node:crypto";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { access, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

// src/targets/files.ts
import { createReadStream, createWriteStream } from "node:fs";
import { Readable } from "node:stream";
var READ_CHUNK = 1 << 20;
function fileOpener(path) {
  return () => createReadStream(path, { highWaterMark: READ_CHUNK });
}
__name(fileOpener, "fileOpener");
function fileRange(path) {
  return (range) => range.end > range.start ? createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: READ_CHUNK }) : Readable.from([]);
}
__name(fileRange, "fileRange");
function fileBlob(descriptor, path) {
  return { descriptor, open: fileOpener(path), openRange: fileRange(path), location: path };
}
__name(fileBlob, "fileBlob");
function scratchSink(path) {
  return { create: /* @__PURE__ */ __name(() => createWriteStream(path), "create"), open: fileOpener(path), openRange: fileRange(path), location: path };
}
__name(scratchSink, "scratchSink");
function sha256File(path) {
  return sha256Stream(fileOpener(path)());
}
__name(sha256File, "sha256File");

// src/targets/target.ts
var ROOT = { root: !0 }, CHILD = { child: !0 };
function placementTag(placement) {
  return "tag" in placement ? placement.tag : void 0;
}
__name(placementTag, "placementTag");

// src/targets/layout.ts
var LAYOUT_FILE = "oci-layout", LAYOUT_VERSION = { imageLayoutVersion: "1.0.0" };
function blobPath(dir, digest) {
  return join(dir, "blobs", "sha256", digestHex(digest));
}
__name(blobPath, "blobPath");
var LayoutTarget = class {
  constructor(dir, options = {}) {
    this.dir = dir;
    this.options = options;
    this.name = `oci:${dir}`;
  }
  dir;
  options;
  static {
    __name(this, "LayoutTarget");
  }
  name;
  pendingTags = /* @__PURE__ */ new Map();
  /** Untagged roots, in the order they were copied: each gets its own index.json entry. */
  roots = /* @__PURE__ */ new Map();
  /** Referrers (roots with a subject), listed with their artifactType: each gets its own index.json entry. */
  referrers = /* @__PURE__ */ new Map();
  created = !1;
  ensuring;
  temps = /* @__PURE__ */ new Set();
  /** Once per target: concurrent blob writes must not each decide whether the directory is ours. */
  ensure() {
    return this.ensuring ??= this.prepare();
  }
  async prepare() {
    if (!await exists(join(this.dir, LAYOUT_FILE))) {
      if (await exists(this.dir) && (await readdir(this.dir)).length > 0)
        throw new WasmpackError("LAYOUT_NOT_EMPTY", `${this.dir} exists and is not an OCI layout`, "choose an empty or new directory for oci:DIR");
      await mkdir(join(this.dir, "blobs", "sha256"), { recursive: !0 }), this.created = !0;
    }
  }
  async exists(descriptor) {
    try {
      return (await stat(blobPath(this.dir, descriptor.digest))).size === descriptor.size;
    } catch {
      return !1;
    }
  }
  async pushBlob(blob) {
    await this.ensure();
    let dest = blobPath(this.dir, blob.descriptor.digest), temp = `${dest}.${randomBytes(4).toString("hex")}.tmp`;
    this.temps.add(temp);
    try {
      let written = await this.linkVerified(blob, temp) ?? await writeHashing(blob, temp);
      if (written.digest !== blob.descriptor.digest || written.size !== blob.descriptor.size)
        throw new WasmpackError("DIGEST_MISMATCH", `content of ${blob.descriptor.digest} has digest ${written.digest} (${written.size} bytes)`, "the source changed while it was being copied; build again");
      await rename(temp, dest);
    } finally {
      await rm(temp, { force: !0 }), this.temps.delete(temp);
    }
    return "pushed";
  }
  /**
   * A blob that rests in a file wasmpack owns (a scratch layer, another layout's blob) on the same
   * file system is hard-linked instead of copied: no bytes written. A file this process hashed
   * as it wrote it (hashedAsWritten: writeLayer's scratch sink) has been checked exactly as a copy
   * hashed on its way in would be, so only its size is checked; any other linked file is read and
   * hashed once. undefined when linking is not possible (another file system, no location), and
   * the caller copies.
   */
  async linkVerified(blob, temp) {
    if (blob.location) {
      try {
        await link(blob.location, temp);
      } catch {
        return;
      }
      return blob.hashedAsWritten ? { digest: blob.descriptor.digest, size: (await stat(temp)).size } : sha256File(temp);
    }
  }
  async pushManifest(node, placement) {
    await this.ensure();
    let present = await this.exists(node.descriptor);
    present || await this.pushBlob(node);
    let tag = placementTag(placement), artifactType = tag === void 0 ? referrerArtifactType(node) : void 0;
    return tag !== void 0 ? this.pendingTags.set(tag, node.descriptor) : artifactType !== void 0 ? this.referrers.set(node.descriptor.digest, { ...node.descriptor, artifactType }) : "root" in placement && this.roots.set(node.descriptor.digest, node.descriptor), present ? "skipped" : "pushed";
  }
  async commit() {
    await this.ensure();
    let index = await readIndex(this.dir).catch((err) => {
      if (err.code === "ENOENT") return emptyIndex();
      throw err;
    }), manifests = index.manifests;
    for (let [tag, descriptor] of this.pendingTags)
      manifests = manifests.filter((d) => d.annotations?.[Annotation.refName] !== tag), manifests.push({ mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size, annotations: { [Annotation.refName]: tag } });
    for (let { mediaType, digest, size } of this.roots.values())
      manifests.some((d) => d.digest === digest) || manifests.push({ mediaType, digest, size });
    if (this.options.exactReferrers) {
      for (let node of this.options.exactReferrers) this.referrers.set(node.descriptor.digest, { ...node.descriptor, artifactType: referrerArtifactType(node) ?? "" });
      manifests = await this.withoutStaleReferrers(manifests);
    }
    for (let { mediaType, digest, size, artifactType } of this.referrers.values())
      manifests.some((d) => d.digest === digest) || manifests.push({ mediaType, digest, size, ...artifactType ? { artifactType } : {} });
    await writeAtomic(join(this.dir, LAYOUT_FILE), canonicalJson(LAYOUT_VERSION)), await writeAtomic(join(this.dir, "index.json"), canonicalJson({ ...index, manifests }));
  }
  /** Drops listed referrers of an image this copy tags that are not among this copy's referrers. */
  async withoutStaleReferrers(manifests) {
    let subjects = new Set([...this.pendingTags.values()].map((d) => d.digest)), keep = [];
    for (let d of manifests) {
      let subject = d.artifactType !== void 0 && d.annotations?.[Annotation.refName] === void 0 && !this.referrers.has(d.digest) ? await readFile(blobPath(this.dir, d.digest), "utf8").then((t) => JSON.parse(t).subject?.digest, () => {
      }) : void 0;
      subject && subjects.has(subject) || keep.push(d);
    }
    return keep;
  }
  async abort() {
    await Promise.all([...this.temps].map((t) => rm(t, { force: !0 }))), this.created && await rm(this.dir, { recursive: !0, force: !0 });
  }
  async close() {
  }
};
async function writeHashing(blob, temp) {
  let hashing = hashingTap();
  return await pipeline(blob.open(), hashing.tap, createWriteStream2(temp)), hashing.result();
}
__name(writeHashing, "writeHashing");
function referrerArtifactType(node) {
  try {
    let doc = JSON.parse(node.bytes.toString("utf8"));
    return doc.subject ? doc.artifactType ?? doc.config?.mediaType ?? "" : void 0;
  } catch {
    return;
  }
}
__name(referrerArtifactType, "referrerArtifactType");
function emptyIndex() {
  return { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
}
__name(emptyIndex, "emptyIndex");
async function readIndex(dir) {
  let path = join(dir, "index.json"), text = await readFile(path, "utf8"), doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw corruptIndex(path, `it is not JSON (${err.message})`);
  }
  let manifests = doc?.manifests;
  if (typeof doc != "object" || doc === null || !Array.isArray(manifests)) throw corruptIndex(path, 'it has no "manifests" list');
  return doc;
}
__name(readIndex, "readIndex");
function corruptIndex(path, why) {
  return new WasmpackError("LAYOUT_CORRUPT", `${path} is not a valid OCI index: ${why}; it was left untouched`, "repair or remove the file (wasmpack build rewrites .wasmpack/oci from scratch when it is gone), or restore it from a copy");
}
__name(corruptIndex, "corruptIndex");
async function writeAtomic(path, bytes) {
  let temp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, bytes), await rename(temp, path);
}
__name(writeAtomic, "writeAtomic");
async function exists(path) {
  return access(path).then(
    () => !0,
    () => !1
  );
}
__name(exists, "exists");

export {
  ROOT,
  CHILD,
  placementTag,
  READ_CHUNK,
  fileOpener,
  fileRange,
  fileBlob,
  scratchSink,
  blobPath,
  LayoutTarget,
  readIndex,
  writeAtomic
};
