import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  READ_CHUNK,
  blobPath,
  fileRange,
  readIndex
} from "./shared-targets-layout.js";
import {
  Annotation,
  isDigest,
  isIndexType,
  isManifestType,
  sha256,
  shortDigest
} from "./shared-streamx.js";
import {
  WasmpackError,
  wrap
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/targets/source.ts
import { Readable as Readable2 } from "node:stream";

// src/targets/verify.ts
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
function digestMismatch(descriptor, got, where, code = "PULL_DIGEST_MISMATCH") {
  return new WasmpackError(
    code,
    `${where}: content named ${descriptor.digest} (${descriptor.size} bytes) arrived as ${got.digest} (${got.size} bytes)`,
    "the image was altered after it was written, or the source is corrupt; do not run it. Push or copy it again from a source you trust"
  );
}
__name(digestMismatch, "digestMismatch");
function verifiedStream(open, descriptor, where, code) {
  async function* checked() {
    let hash = createHash("sha256"), size = 0;
    for await (let chunk of await open()) {
      if (size += chunk.length, size > descriptor.size) throw digestMismatch(descriptor, { digest: `more than ${descriptor.size} bytes of ${shortDigest(descriptor.digest)}`, size }, where, code);
      hash.update(chunk), yield chunk;
    }
    let digest = `sha256:${hash.digest("hex")}`;
    if (size !== descriptor.size || digest !== descriptor.digest) throw digestMismatch(descriptor, { digest, size }, where, code);
  }
  return __name(checked, "checked"), Readable.from(checked(), { objectMode: !1 });
}
__name(verifiedStream, "verifiedStream");
function checkBytes(descriptor, bytes, digest, where) {
  if (bytes.length !== descriptor.size || digest !== descriptor.digest) throw digestMismatch(descriptor, { digest, size: bytes.length }, where);
}
__name(checkBytes, "checkBytes");

// src/targets/source.ts
var DEFAULT_SOURCE_LIMITS = { manifestBytes: 4 * 1024 * 1024, children: 64 };
async function graph(store, descriptor, limits = DEFAULT_SOURCE_LIMITS, known, depth = 0) {
  if (descriptor.size > limits.manifestBytes) throw tooBig(store.where, `manifest ${shortDigest(descriptor.digest)} is ${descriptor.size} bytes, over the ${limits.manifestBytes} byte cap`);
  let stored = known ?? await store.manifest(descriptor).catch((err) => wrap(err, `${store.where}: reading manifest ${shortDigest(descriptor.digest)}`)), bytes = stored.bytes;
  checkBytes(descriptor, bytes, stored.digest ?? sha256(bytes), store.where);
  let doc = parseManifestJson(bytes, `the manifest ${shortDigest(descriptor.digest)} of ${store.where}`), mediaType = doc.mediaType ?? descriptor.mediaType, children = [];
  if (isIndexType(mediaType) || doc.manifests) {
    if (depth > 0) throw new WasmpackError("PULL_UNSUPPORTED", `${store.where}: an index inside an index`, "wasmpack reads an image or an index of images");
    for (let child of checkedDescriptors(doc.manifests ?? [], limits, store.where))
      isManifestType(child.mediaType) && children.push(await graph(store, child, limits, void 0, depth + 1));
  } else {
    if (!doc.config) throw new WasmpackError("BAD_MANIFEST", `${store.where}: manifest ${shortDigest(descriptor.digest)} has no config`, "the image is corrupt or not an OCI image");
    for (let child of checkedDescriptors([doc.config, ...doc.layers ?? []], limits, store.where))
      await store.checkBlob?.(child), children.push({ descriptor: child, open: /* @__PURE__ */ __name(() => store.openBlob(child), "open"), ...store.blobExtras?.(child) });
  }
  return { descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }, bytes, children, open: /* @__PURE__ */ __name(() => Readable2.from([bytes]), "open") };
}
__name(graph, "graph");
function checkedDescriptors(list, limits, where) {
  if (list.length > limits.children) throw tooBig(where, `lists ${list.length} entries, over the cap of ${limits.children}`);
  return list.map((d) => {
    let desc = d;
    if (typeof desc?.digest != "string" || typeof desc.size != "number" || typeof desc.mediaType != "string" || !Number.isSafeInteger(desc.size) || desc.size < 0)
      throw new WasmpackError("BAD_MANIFEST", `${where}: a descriptor without a valid mediaType, digest and size`, "the image is corrupt or not an OCI image");
    return desc;
  });
}
__name(checkedDescriptors, "checkedDescriptors");
function tooBig(where, what) {
  return new WasmpackError("PULL_TOO_BIG", `${where}: ${what}`, "this is not a wasm image wasmpack reads");
}
__name(tooBig, "tooBig");
function parseManifestJson(bytes, what) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    if (typeof doc == "object" && doc !== null && !Array.isArray(doc)) return doc;
  } catch {
  }
  throw new WasmpackError("BAD_MANIFEST", `${what} is not a JSON object`, "the image is corrupt or not an OCI image");
}
__name(parseManifestJson, "parseManifestJson");

// src/targets/layout-source.ts
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
var LayoutSource = class {
  constructor(dir, options = {}) {
    this.dir = dir;
    this.options = options;
    this.name = `oci:${dir}`;
    let verify = options.verify !== !1;
    this.store = {
      where: this.name,
      manifest: /* @__PURE__ */ __name(async (d) => ({ bytes: await readBlobFile(dir, d, this.limits.manifestBytes) }), "manifest"),
      openBlob: /* @__PURE__ */ __name((d) => {
        let path = blobPath(dir, d.digest);
        return verify ? verifiedStream(() => createReadStream(path, { highWaterMark: READ_CHUNK }), d, this.name) : createReadStream(path, { highWaterMark: READ_CHUNK });
      }, "openBlob"),
      checkBlob: /* @__PURE__ */ __name(async (d) => {
        if (!await stat(blobPath(dir, d.digest)).catch(() => {
        })) throw new WasmpackError("MISSING_BLOB", `${dir} is missing blob ${d.digest}`, "the layout is incomplete; build or copy the image again");
      }, "checkBlob"),
      // A target on the same file system may hard-link the blob; it hashes a linked file itself.
      blobExtras: /* @__PURE__ */ __name((d) => ({ location: blobPath(dir, d.digest), openRange: fileRange(blobPath(dir, d.digest)) }), "blobExtras")
    };
  }
  dir;
  options;
  static {
    __name(this, "LayoutSource");
  }
  name;
  store;
  get limits() {
    return this.options.limits ?? DEFAULT_SOURCE_LIMITS;
  }
  async resolve(reference = this.options.reference) {
    let index = await this.index(), entry = chooseEntry(index.manifests, reference, this.dir);
    return this.node(entry ?? await this.describeStored(reference));
  }
  async referrers(digest) {
    let found = [];
    for (let entry of (await this.index()).manifests) {
      if (entry.annotations?.[Annotation.refName] !== void 0 || !isManifestType(entry.mediaType)) continue;
      let node = await this.node(entry);
      parseManifestJson(node.bytes, `manifest ${entry.digest} of ${this.name}`).subject?.digest === digest && found.push(node);
    }
    return found;
  }
  async close() {
  }
  node(descriptor) {
    return graph(this.store, descriptor, this.limits).catch((err) => {
      throw err.cause?.code === "ENOENT" || err.code === "ENOENT" ? new WasmpackError("MISSING_BLOB", `${this.dir} is missing manifest ${descriptor.digest}`, "the layout is incomplete; build or copy the image again") : err;
    });
  }
  /** A manifest stored by digest with no index entry (a referrer copied by digest only). */
  async describeStored(digest) {
    let info = await stat(blobPath(this.dir, digest)).catch(() => {
    });
    if (!info) throw new WasmpackError("MISSING_BLOB", `${this.dir} has no manifest ${digest}`, "name a digest the layout holds");
    let bytes = await readBlobFile(this.dir, { mediaType: "", digest, size: info.size }, this.limits.manifestBytes);
    return { mediaType: parseManifestJson(bytes, `manifest ${digest} of ${this.name}`).mediaType ?? "", digest, size: info.size };
  }
  async index() {
    try {
      return await readIndex(this.dir);
    } catch (err) {
      throw err instanceof WasmpackError ? err : new WasmpackError("NO_LAYOUT", `${this.dir} is not an OCI image layout (no readable index.json)`, "run `wasmpack build` first, or name a layout with oci:DIR[:TAG]");
    }
  }
};
function chooseEntry(manifests, reference, where) {
  if (reference && isDigest(reference)) return manifests.find((d) => d.digest === reference);
  let candidates = reference ? manifests.filter((d) => d.annotations?.[Annotation.refName] === reference) : manifests.filter((d) => d.annotations?.[Annotation.refName] !== void 0 || d.artifactType === void 0);
  if (candidates.length !== 1) {
    let tags = manifests.map((d) => d.annotations?.[Annotation.refName]).filter(Boolean);
    throw new WasmpackError(
      "NO_SUCH_IMAGE",
      reference ? `${where} has no image tagged "${reference}"` : `${where} holds ${candidates.length} images; say which`,
      tags.length ? `tags in this layout: ${tags.join(", ")}` : "the layout is empty; run `wasmpack build`"
    );
  }
  return candidates[0];
}
__name(chooseEntry, "chooseEntry");
async function readBlobFile(dir, descriptor, cap) {
  if (descriptor.size > cap) throw new WasmpackError("PULL_TOO_BIG", `manifest ${descriptor.digest} in ${dir} is ${descriptor.size} bytes, over the ${cap} byte cap`, "this is not a wasm image wasmpack reads");
  return readFile(blobPath(dir, descriptor.digest));
}
__name(readBlobFile, "readBlobFile");
function readLayoutImage(dir, tag) {
  return new LayoutSource(dir, tag ? { reference: tag } : {}).resolve();
}
__name(readLayoutImage, "readLayoutImage");
function readLayoutReferrers(dir, digest) {
  return new LayoutSource(dir).referrers(digest);
}
__name(readLayoutReferrers, "readLayoutReferrers");

export {
  verifiedStream,
  DEFAULT_SOURCE_LIMITS,
  graph,
  parseManifestJson,
  LayoutSource,
  chooseEntry,
  readLayoutImage,
  readLayoutReferrers
};
