import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  referrersFallbackTag
} from "./shared-oci-aot-image.js";
import {
  DEFAULT_SOURCE_LIMITS,
  LayoutSource,
  chooseEntry,
  graph,
  parseManifestJson,
  verifiedStream
} from "./shared-targets-layout-source.js";
import {
  normalizeRepoTag,
  openLocalTarget
} from "./shared-targets-archive-docker-archive.js";
import {
  READ_CHUNK,
  placementTag
} from "./shared-targets-layout.js";
import {
  Annotation,
  MANIFEST_ACCEPT,
  MediaType,
  canonicalJson,
  digestHex,
  isDigest,
  isManifestType,
  openBytes,
  sha256
} from "./shared-streamx.js";
import {
  providerHint
} from "./shared-auth-provider-hints.js";
import {
  collect
} from "./shared-streams.js";
import {
  isDockerHub,
  manifestReference
} from "./shared-oci-reference.js";
import {
  WasmpackError,
  redact,
  redactUrl,
  registerSecret
} from "./shared-errors.js";
import {
  userAgent
} from "./shared-package-info.js";
import {
  __name
} from "./shared-runtime.js";

// src/targets/connect.ts
import { resolve } from "node:path";

// src/targets/archive/tar-index.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
var BLOCK = 512, MAX_ENTRIES = 1e5, TarIndex = class _TarIndex {
  constructor(file, entries) {
    this.file = file;
    this.entries = entries;
  }
  file;
  entries;
  static {
    __name(this, "TarIndex");
  }
  /** Reads the headers of `file`; NO_LAYOUT when it is not a readable tar. */
  static async read(file, what) {
    let handle;
    try {
      handle = await open(file, "r");
    } catch {
      throw new WasmpackError("NO_LAYOUT", `${file} is not a readable file`, `name ${what} written by wasmpack, skopeo or docker save`);
    }
    try {
      return new _TarIndex(file, await scan(handle, file));
    } finally {
      await handle.close();
    }
  }
  has(name) {
    return this.entries.has(name);
  }
  place(name) {
    return this.entries.get(name);
  }
  /** The entry's bytes as a stream read from the file. */
  open(name) {
    let at = this.entries.get(name);
    return at.size === 0 ? Readable.from([]) : createReadStream(this.file, { start: at.offset, end: at.offset + at.size - 1, highWaterMark: READ_CHUNK });
  }
  /** A small entry (index.json, manifest.json, a manifest) into memory, at most `cap` bytes. */
  async read(name, cap) {
    let at = this.entries.get(name);
    if (!at) throw new WasmpackError("NO_LAYOUT", `${this.file} has no ${name}`, "the archive is incomplete or not of the kind its transport names");
    if (at.size > cap) throw new WasmpackError("PULL_TOO_BIG", `${this.file}: ${name} is ${at.size} bytes, over the ${cap} byte cap`, "this is not an archive wasmpack reads");
    let handle = await open(this.file, "r");
    try {
      let bytes = Buffer.alloc(at.size);
      return await handle.read(bytes, 0, at.size, at.offset), bytes;
    } finally {
      await handle.close();
    }
  }
};
async function scan(handle, file) {
  let entries = /* @__PURE__ */ new Map(), header2 = Buffer.alloc(BLOCK), offset = 0, longName;
  for (let count = 0; ; count++) {
    if (count > MAX_ENTRIES) throw new WasmpackError("PULL_TOO_BIG", `${file} has more than ${MAX_ENTRIES} entries`, "this is not an archive wasmpack reads");
    let { bytesRead } = await handle.read(header2, 0, BLOCK, offset);
    if (bytesRead === 0 || header2.every((b) => b === 0)) break;
    if (bytesRead < BLOCK || !checksumOk(header2)) throw new WasmpackError("NO_LAYOUT", `${file} is not a tar archive (bad header at byte ${offset})`, "name an archive written by wasmpack, skopeo or docker save");
    let size = octal(header2.subarray(124, 136)), type = String.fromCharCode(header2[156]), data = offset + BLOCK;
    if (type === "x" || type === "L") {
      let body = Buffer.alloc(Math.min(size, 1048576));
      await handle.read(body, 0, body.length, data), longName = type === "L" ? cString(body) : paxPath(body.toString("latin1")) ?? longName;
    } else {
      let name = longName ?? headerName(header2);
      longName = void 0, (type === "0" || type === "\0") && entries.set(name.replace(/^(\.\/)+/, ""), { offset: data, size });
    }
    offset = data + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
__name(scan, "scan");
function headerName(header2) {
  let name = cString(header2.subarray(0, 100)), prefix = header2.subarray(257, 262).toString("latin1") === "ustar" ? cString(header2.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}
__name(headerName, "headerName");
function cString(bytes) {
  let end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString("utf8");
}
__name(cString, "cString");
function octal(field) {
  if (field[0] & 128) {
    let value = field[0] & 127;
    for (let byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  let text = cString(field).trim();
  return text ? parseInt(text, 8) : 0;
}
__name(octal, "octal");
function checksumOk(header2) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header2[i];
  return sum === octal(header2.subarray(148, 156));
}
__name(checksumOk, "checksumOk");
function paxPath(text) {
  let at = 0, path;
  for (; at < text.length; ) {
    let space = text.indexOf(" ", at), length = parseInt(text.slice(at, space), 10);
    if (!(length > 0) || space < 0) break;
    let record = text.slice(space + 1, at + length - 1), eq = record.indexOf("=");
    record.slice(0, eq) === "path" && (path = Buffer.from(record.slice(eq + 1), "latin1").toString("utf8")), at += length;
  }
  return path;
}
__name(paxPath, "paxPath");

// src/targets/archive/docker-archive-source.ts
var DockerArchiveSource = class {
  constructor(file, reference, limits = DEFAULT_SOURCE_LIMITS) {
    this.file = file;
    this.reference = reference;
    this.limits = limits;
    this.name = `docker-archive:${file}`;
  }
  file;
  reference;
  limits;
  static {
    __name(this, "DockerArchiveSource");
  }
  name;
  indexing;
  tar() {
    return this.indexing ??= TarIndex.read(this.file, "a docker-archive");
  }
  async resolve(reference = this.reference) {
    let tar = await this.tar();
    if (!tar.has("manifest.json")) throw new WasmpackError("NO_LAYOUT", `${this.file} holds no manifest.json`, "name an archive written by `docker save`, `podman save` or `wasmpack build -o docker-archive:FILE`");
    let entries = JSON.parse((await tar.read("manifest.json", this.limits.manifestBytes)).toString("utf8")), wanted = reference ? normalizeRepoTag(reference) : void 0, candidates = Array.isArray(entries) ? entries.filter((e) => !wanted || (e.RepoTags ?? []).includes(wanted)) : [];
    if (candidates.length !== 1) {
      let tags = (Array.isArray(entries) ? entries : []).flatMap((e) => e.RepoTags ?? []);
      throw new WasmpackError("NO_SUCH_IMAGE", wanted ? `${this.file} has no image tagged "${wanted}"` : `${this.file} holds ${candidates.length} images; say which`, tags.length ? `tags in this archive: ${tags.join(", ")}` : "the archive is empty");
    }
    let image = candidates[0], configBytes = await tar.read(image.Config, this.limits.manifestBytes), diffIds = parseManifestJson(configBytes, `the config of ${this.file}`).rootfs?.diff_ids ?? [];
    if (diffIds.length !== image.Layers.length)
      throw new WasmpackError("DIFF_ID_MISMATCH", `${this.file}: the config lists ${diffIds.length} diff_ids for ${image.Layers.length} layers`, "the archive is inconsistent; write it again");
    let names = /* @__PURE__ */ new Map(), configDescriptor = { mediaType: MediaType.ociConfig, digest: sha256(configBytes), size: configBytes.length };
    names.set(configDescriptor.digest, image.Config);
    let layers = image.Layers.map((name, i) => {
      let place = tar.place(name);
      if (!place) throw new WasmpackError("MISSING_BLOB", `${this.file} has no layer ${name}`, "the archive is incomplete; write it again");
      return names.set(diffIds[i], name), { mediaType: MediaType.ociLayerTar, digest: diffIds[i], size: place.size };
    }), bytes = canonicalJson({ schemaVersion: 2, mediaType: MediaType.ociManifest, config: configDescriptor, layers }), store = {
      where: this.name,
      manifest: /* @__PURE__ */ __name(async () => ({ bytes }), "manifest"),
      openBlob: /* @__PURE__ */ __name((d) => verifiedStream(() => tar.open(names.get(d.digest)), d, this.name), "openBlob")
    }, digest = sha256(bytes);
    return graph(store, { mediaType: MediaType.ociManifest, digest, size: bytes.length }, this.limits, { bytes, digest });
  }
  /** The format has no place for referrers. */
  async referrers() {
    return [];
  }
  async close() {
  }
};

// src/targets/archive/oci-archive-source.ts
var OciArchiveSource = class {
  constructor(file, tag, limits = DEFAULT_SOURCE_LIMITS) {
    this.file = file;
    this.tag = tag;
    this.limits = limits;
    this.name = `oci-archive:${file}`;
  }
  file;
  tag;
  limits;
  static {
    __name(this, "OciArchiveSource");
  }
  name;
  indexing;
  tar() {
    return this.indexing ??= TarIndex.read(this.file, "an oci-archive");
  }
  store(tar) {
    let blob = /* @__PURE__ */ __name((d) => {
      let name = `blobs/sha256/${digestHex(d.digest)}`;
      if (!tar.has(name)) throw new WasmpackError("MISSING_BLOB", `${this.file} has no blob ${d.digest}`, "the archive is incomplete; write it again");
      return name;
    }, "blob");
    return {
      where: this.name,
      manifest: /* @__PURE__ */ __name(async (d) => ({ bytes: await tar.read(blob(d), this.limits.manifestBytes) }), "manifest"),
      openBlob: /* @__PURE__ */ __name((d) => verifiedStream(() => tar.open(blob(d)), d, this.name), "openBlob"),
      checkBlob: /* @__PURE__ */ __name(async (d) => {
        blob(d);
      }, "checkBlob")
    };
  }
  async index(tar) {
    if (!tar.has("index.json")) throw new WasmpackError("NO_LAYOUT", `${this.file} holds no index.json`, "name an archive written by `wasmpack build -o oci-archive:FILE` or `skopeo copy ... oci-archive:FILE`");
    let doc = parseManifestJson(await tar.read("index.json", this.limits.manifestBytes), `index.json of ${this.file}`);
    if (!Array.isArray(doc.manifests)) throw new WasmpackError("LAYOUT_CORRUPT", `index.json of ${this.file} has no "manifests" list`, "write the archive again");
    return doc.manifests;
  }
  async resolve(reference = this.tag) {
    let tar = await this.tar(), store = this.store(tar), entry = chooseEntry(await this.index(tar), reference, this.file);
    if (entry) return graph(store, entry, this.limits);
    let size = tar.place(`blobs/sha256/${digestHex(reference)}`)?.size;
    if (size === void 0) throw new WasmpackError("MISSING_BLOB", `${this.file} has no manifest ${reference}`, "name a digest the archive holds");
    let bytes = await tar.read(`blobs/sha256/${digestHex(reference)}`, this.limits.manifestBytes), mediaType = parseManifestJson(bytes, `manifest ${reference} of ${this.file}`).mediaType ?? "";
    return graph(store, { mediaType, digest: reference, size }, this.limits, { bytes });
  }
  async referrers(digest) {
    let tar = await this.tar(), found = [];
    for (let entry of await this.index(tar)) {
      if (entry.annotations?.[Annotation.refName] !== void 0 || !isManifestType(entry.mediaType)) continue;
      let node = await graph(this.store(tar), entry, this.limits);
      parseManifestJson(node.bytes, this.name).subject?.digest === digest && found.push(node);
    }
    return found;
  }
  async close() {
  }
};

// src/targets/registry/retries.ts
import { AsyncLocalStorage } from "node:async_hooks";
var DEFAULT_RETRY_POLICY = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5e3, maxRetryAfterMs: 3e4 }, realRetryEnvironment = {
  sleep: /* @__PURE__ */ __name((ms, signal) => new Promise((resolve2, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort), resolve2();
    }, ms), onAbort = /* @__PURE__ */ __name(() => {
      clearTimeout(timer), reject(signal.reason);
    }, "onAbort");
    signal?.addEventListener("abort", onAbort, { once: !0 });
  }), "sleep"),
  random: Math.random,
  now: Date.now
}, RETRYABLE_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]), NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN"
]), spent = /* @__PURE__ */ new WeakSet();
function isRetryable(err) {
  if (typeof err == "object" && err !== null && spent.has(err)) return !1;
  for (let e = err, depth = 0; e && depth < 5 && typeof e == "object"; e = e.cause, depth++) {
    let marked = e.retryable;
    if (marked !== void 0) return marked;
    let code = e.code;
    if (typeof code == "string" && NETWORK_CODES.has(code)) return !0;
  }
  return !1;
}
__name(isRetryable, "isRetryable");
function parseRetryAfter(value, now) {
  if (value === void 0) return;
  let trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  let date = Date.parse(trimmed);
  if (!Number.isNaN(date))
    return Math.max(0, date - now);
}
__name(parseRetryAfter, "parseRetryAfter");
function backoffDelay(attempt, policy, random, retryAfterMs) {
  if (retryAfterMs !== void 0) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  let ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
__name(backoffDelay, "backoffDelay");
var retryContext = new AsyncLocalStorage();
function currentRetry() {
  return retryContext.getStore() ?? 0;
}
__name(currentRetry, "currentRetry");
async function withRetry(step, options = {}) {
  let policy = options.policy ?? DEFAULT_RETRY_POLICY, env = options.env ?? realRetryEnvironment;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await retryContext.run(currentRetry() + attempt - 1, () => step(attempt));
    } catch (err) {
      if (!isRetryable(err) || options.signal?.aborted || options.retryIf && !options.retryIf(err)) throw err;
      if (attempt >= policy.maxAttempts)
        throw typeof err == "object" && err !== null && spent.add(err), err;
      let delay = backoffDelay(attempt, policy, env.random, err.retryAfterMs);
      options.onRetry?.(attempt, delay, err), await env.sleep(delay, options.signal);
    }
  }
}
__name(withRetry, "withRetry");

// src/targets/registry/errors.ts
var MAX_ERROR_BODY = 64 * 1024, RegistryError = class extends WasmpackError {
  constructor(code, message, hint, status, registryCode, retryable, retryAfterMs, options) {
    super(code, message, hint, options);
    this.status = status;
    this.registryCode = registryCode;
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
  }
  status;
  registryCode;
  retryable;
  retryAfterMs;
  static {
    __name(this, "RegistryError");
  }
};
async function readCappedBody(body, limit = MAX_ERROR_BODY) {
  let chunks = [], size = 0;
  try {
    for await (let chunk of body) {
      let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      if (chunks.push(buf.subarray(0, Math.max(0, limit - size))), size += buf.length, size >= limit) break;
    }
  } catch {
  } finally {
    body.destroy?.();
  }
  return Buffer.concat(chunks).toString("utf8");
}
__name(readCappedBody, "readCappedBody");
function parseSpecErrors(body) {
  try {
    let doc = JSON.parse(body);
    if (Array.isArray(doc.errors)) return doc.errors.filter((e) => typeof e == "object" && e !== null);
  } catch {
  }
  return [];
}
__name(parseSpecErrors, "parseSpecErrors");
function header(headers, name) {
  let v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}
__name(header, "header");
function registryError(ctx) {
  let errors = parseSpecErrors(ctx.body), specCode = errors[0]?.code?.toUpperCase(), specText = errors.map((e) => [e.code, e.message, e.detail !== void 0 ? JSON.stringify(e.detail) : void 0].filter(Boolean).join(": ")).join("; "), fallbackText = specText || ctx.body.replace(/\s+/g, " ").trim().slice(0, 200), where = `${ctx.step}: ${ctx.method} ${redactUrl(ctx.url)} returned ${ctx.status}`, message = redact(fallbackText ? `${where} (${fallbackText})` : where), retryAfterMs = parseRetryAfter(header(ctx.headers, "retry-after"), ctx.now ?? Date.now()), retryable = RETRYABLE_STATUSES.has(ctx.status) || specCode === "TOOMANYREQUESTS", make = /* @__PURE__ */ __name((code, hint, extra = "") => new RegistryError(code, message + extra, hint, ctx.status, specCode, retryable, retryAfterMs), "make"), allText = `${specText} ${ctx.body}`.toLowerCase();
  if (ctx.status === 429 || specCode === "TOOMANYREQUESTS") {
    let limit = header(ctx.headers, "ratelimit-limit"), remaining = header(ctx.headers, "ratelimit-remaining"), reset = header(ctx.headers, "ratelimit-reset"), parts = [limit && `limit ${limit}`, remaining && `remaining ${remaining}`, reset && `reset ${reset}`].filter(Boolean);
    return make(
      "REGISTRY_RATE_LIMITED",
      "the registry is rate limiting this client: wait and retry, or log in (Docker Hub gives authenticated users a higher pull limit)",
      parts.length ? ` [rate limit: ${parts.join(", ")}]` : ""
    );
  }
  if (ctx.status === 401 || specCode === "UNAUTHORIZED")
    return make("REGISTRY_UNAUTHORIZED", unauthorizedHint(ctx.registry ?? hostOf(ctx.url), ctx.searched, ctx.credentialSource));
  if (allText.includes("write_package"))
    return make(
      "REGISTRY_DENIED",
      "GHCR refused write_package: the package is usually not linked to this repository. Link it in the package settings (Manage Actions access) or add the org.opencontainers.image.source annotation naming the repository, and make sure the token has the write:packages scope (GITHUB_TOKEN needs `permissions: packages: write`)."
    );
  if (ctx.status === 403 || specCode === "DENIED")
    return make("REGISTRY_DENIED", "the credentials are valid but lack permission for this repository: check the account has push access to it");
  if (specCode === "MANIFEST_INVALID" || specCode === "UNSUPPORTED" || ctx.status === 415) {
    let mt = ctx.mediaType ? ` The registry refused media type ${ctx.mediaType}.` : "";
    return make(
      "REGISTRY_MANIFEST_INVALID",
      `the registry does not accept this manifest.${mt} Some registries (Quay, Artifactory, ECR) only accept known media types: try --format compat or a plain OCI image manifest.`
    );
  }
  return specCode === "NAME_UNKNOWN" ? make("REGISTRY_NAME_UNKNOWN", "the repository does not exist: check the reference, or create the repository first (ECR and some registries do not create repositories on push)") : specCode === "NAME_INVALID" ? make("REGISTRY_NAME_INVALID", "repository names are lowercase letters, digits and separators (. _ __ -), path components separated by /") : specCode === "MANIFEST_UNKNOWN" || ctx.status === 404 && ctx.method !== "DELETE" && /\/manifests\//.test(ctx.url) ? make("REGISTRY_MANIFEST_UNKNOWN", "no such tag or digest in this repository: check the reference") : specCode === "BLOB_UNKNOWN" || specCode === "MANIFEST_BLOB_UNKNOWN" ? make("REGISTRY_BLOB_UNKNOWN", "a referenced blob is missing in the registry: push blobs before the manifest (this is a bug if wasmpack did the push)") : specCode === "DIGEST_INVALID" || specCode === "SIZE_INVALID" ? make("REGISTRY_DIGEST_INVALID", "the uploaded content did not match its digest or size: the local file may have changed during the push; rebuild and retry") : ctx.status >= 500 ? make("REGISTRY_SERVER_ERROR", "the registry failed; retrying later usually helps") : ctx.status === 411 ? make("REGISTRY_HTTP_ERROR", "the registry wants a Content-Length; this is a bug in wasmpack") : make("REGISTRY_HTTP_ERROR", "unexpected registry answer: see the status and error above");
}
__name(registryError, "registryError");
function loginHost(registry) {
  return isDockerHub(registry) ? "docker.io" : registry;
}
__name(loginHost, "loginHost");
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return "REGISTRY";
  }
}
__name(hostOf, "hostOf");
function unauthorizedHint(registry, searched, credentialSource) {
  let host = loginHost(registry), where = searched?.length ? ` Looked for credentials in: ${searched.join(", ")}.` : "", used = credentialSource ? ` Credentials used came from ${credentialSource}; check they are current.` : " No credentials were found for this registry.", provider = providerHint(host);
  return `log in with \`wasmpack login ${host}\` (podman and docker logins work too) or pass --creds user:password.${used}${where}${provider ? ` ${provider}` : ""}`;
}
__name(unauthorizedHint, "unauthorizedHint");
function withUnauthorizedHint(err, registry, searched, credentialSource) {
  return !(err instanceof RegistryError) || err.code !== "REGISTRY_UNAUTHORIZED" ? err : new RegistryError(err.code, err.message, unauthorizedHint(registry, searched, credentialSource), err.status, err.registryCode, err.retryable, err.retryAfterMs, { cause: err.cause ?? err });
}
__name(withUnauthorizedHint, "withUnauthorizedHint");
var TLS_CODES = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "EPROTO"
]), PLAIN_HTTP_ANSWER = "PLAIN_HTTP";
function networkError(err, ctx) {
  let chain = [];
  for (let e = err, d = 0; e && typeof e == "object" && d < 5; e = e.cause, d++) chain.push(e);
  let tls = chain.find((e) => e.code && (TLS_CODES.has(e.code) || e.code.startsWith("ERR_SSL") || e.code.startsWith("CERT_"))), detail = chain.map((e) => e.message ?? e.code).filter(Boolean).slice(-1)[0] ?? String(err), message = redact(`${ctx.step}: ${ctx.method} ${redactUrl(ctx.url)} failed: ${detail}`);
  if (tls) {
    let wrongVersion = /wrong version number|ERR_SSL_WRONG_VERSION_NUMBER/i.test(`${tls.code} ${tls.message}`), hint = wrongVersion ? `${ctx.host} does not speak TLS: if it is a plain-HTTP registry you trust, mark it insecure (--insecure-registry HOST:PORT, or --tls-verify=false)` : `trust the registry's CA with --cert-dir DIR (*.crt), /etc/containers/certs.d/${ctx.host}/ca.crt, /etc/docker/certs.d/${ctx.host}/ca.crt or NODE_EXTRA_CA_CERTS; --tls-verify=false skips verification`;
    return new RegistryError("REGISTRY_TLS", message, hint, void 0, wrongVersion ? PLAIN_HTTP_ANSWER : void 0, !1, void 0, { cause: err });
  }
  let code = chain.find((e) => e.code)?.code, aborted = code === "ABORT_ERR" || err instanceof Error && err.name === "AbortError", retryable = code !== "ENOTFOUND" && !aborted;
  return ctx.answered && !aborted ? new RegistryError("REGISTRY_CONNECTION_LOST", message, connectionLostHint(ctx.host), void 0, code, !0, void 0, { cause: err }) : new RegistryError(
    "REGISTRY_UNREACHABLE",
    message,
    `check that ${ctx.host} is reachable from here (DNS, firewall, HTTPS_PROXY/NO_PROXY) and that the registry is running`,
    void 0,
    code,
    retryable,
    void 0,
    { cause: err }
  );
}
__name(networkError, "networkError");
function connectionLostHint(host) {
  return `${host} answered earlier in this run, then the connection broke and wasmpack's retries did not get through: a proxy or load balancer in between may be cutting connections or long uploads (check its timeouts and body-size limits); run the same command again (blobs already uploaded are skipped), or lower --jobs`;
}
__name(connectionLostHint, "connectionLostHint");
function cutOffError(err, ctx) {
  let detail = err instanceof Error ? err.message : String(err), code = err?.code;
  return new RegistryError(
    "REGISTRY_CONNECTION_LOST",
    redact(`${ctx.step}: the answer to ${ctx.method} ${redactUrl(ctx.url)} was cut off: ${detail}`),
    connectionLostHint(ctx.host),
    void 0,
    typeof code == "string" ? code : void 0,
    !0,
    void 0,
    { cause: err }
  );
}
__name(cutOffError, "cutOffError");

// src/targets/registry/scope.ts
var SCOPE_RE = /^([a-z0-9]+(?:\([a-z0-9]+\))?):(.+):([a-z*]+(?:,[a-z*]+)*)$/;
function repositoryScope(repository, actions) {
  return `repository:${repository}:${[...actions].sort().join(",")}`;
}
__name(repositoryScope, "repositoryScope");
function pushScopes(repository, mountFrom) {
  let scopes = [repositoryScope(repository, ["pull", "push"])];
  return mountFrom && mountFrom !== repository && scopes.push(repositoryScope(mountFrom, ["pull"])), mergeScopes(scopes);
}
__name(pushScopes, "pushScopes");
function mergeScopes(scopes) {
  let byResource = /* @__PURE__ */ new Map();
  for (let raw of scopes)
    for (let scope of raw.split(" ")) {
      let m = SCOPE_RE.exec(scope);
      if (!m) continue;
      let key = `${m[1]}:${m[2]}`, actions = byResource.get(key) ?? /* @__PURE__ */ new Set();
      for (let action of m[3].split(",")) actions.add(action);
      byResource.set(key, actions);
    }
  return [...byResource.entries()].map(([resource, actions]) => `${resource}:${[...actions].sort().join(",")}`).sort();
}
__name(mergeScopes, "mergeScopes");

// src/targets/registry/blobs.ts
var DEFAULT_MAX_BLOB_FETCH = 16 * 1024 * 1024, RegistryBlobs = class {
  constructor(x) {
    this.x = x;
  }
  x;
  static {
    __name(this, "RegistryBlobs");
  }
  /** GET a blob into memory, at most `maxBytes`, verifying its digest. */
  async getBlob(repository, digest, maxBytes = DEFAULT_MAX_BLOB_FETCH) {
    return this.x.retrying(async () => {
      let { req, res } = await this.request(repository, digest), tooBig = /* @__PURE__ */ __name(() => new WasmpackError("REGISTRY_BLOB_TOO_BIG", `${req.step}: the blob is larger than ${maxBytes} bytes`, "this blob is too large to read into memory here; fetch it with `skopeo copy` instead"), "tooBig");
      if (Number(header(res.headers, "content-length") ?? NaN) > maxBytes)
        throw res.body.destroy(), tooBig();
      let bytes = await this.x.readBody(req, res, maxBytes, tooBig), actual = sha256(bytes);
      if (actual !== digest)
        throw new WasmpackError("REGISTRY_DIGEST_MISMATCH", `${req.step}: received content with digest ${actual}`, "the registry or a proxy altered the blob; do not trust this content");
      return bytes;
    });
  }
  /**
   * A blob as a stream, checked against `descriptor` (size and digest) as it arrives: memory stays
   * flat whatever its size. The request (not a half-read body) is retried; each call is a new GET.
   */
  openBlob(repository, descriptor, where) {
    return verifiedStream(async () => (await this.x.retrying(() => this.request(repository, descriptor.digest))).res.body, descriptor, where, "REGISTRY_DIGEST_MISMATCH");
  }
  async request(repository, digest) {
    if (!isDigest(digest))
      throw new WasmpackError("BAD_DIGEST", `cannot fetch blob "${digest}": not a sha256 digest`, "a digest looks like sha256:<64 lowercase hex digits>");
    await this.x.ping();
    let req = {
      step: `fetching blob ${digest} from ${this.x.registry}/${repository}`,
      method: "GET",
      url: this.x.url(repository, `blobs/${digest}`),
      scopes: [repositoryScope(repository, ["pull"])]
    }, res = await this.x.exchange(req);
    return res.status !== 200 ? this.x.fail(req, res, "GET", res.url) : { req, res };
  }
};

// src/targets/registry/exchange.ts
import { Readable as Readable3 } from "node:stream";

// src/targets/registry/challenge.ts
var TCHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/, TOKEN68_CHAR = /[A-Za-z0-9._~+/-]/;
function parseChallenges(headers) {
  return headers === void 0 ? [] : (typeof headers == "string" ? [headers] : headers).flatMap(parseOne);
}
__name(parseChallenges, "parseChallenges");
function pickChallenge(challenges) {
  return challenges.find((c) => c.scheme === "bearer") ?? challenges.find((c) => c.scheme === "basic");
}
__name(pickChallenge, "pickChallenge");
function parseOne(header2) {
  let out = [], i = 0, n = header2.length, skipSpace = /* @__PURE__ */ __name(() => {
    for (; i < n && (header2[i] === " " || header2[i] === "	"); ) i++;
  }, "skipSpace"), readToken = /* @__PURE__ */ __name(() => {
    let start = i;
    for (; i < n && TCHAR.test(header2[i]); ) i++;
    return header2.slice(start, i);
  }, "readToken"), readQuoted = /* @__PURE__ */ __name(() => {
    i++;
    let value = "";
    for (; i < n && header2[i] !== '"'; )
      header2[i] === "\\" && i + 1 < n && i++, value += header2[i], i++;
    return i++, value;
  }, "readQuoted");
  for (; i < n; ) {
    for (; i < n && (header2[i] === "," || header2[i] === " " || header2[i] === "	"); ) i++;
    if (i >= n) break;
    let scheme = readToken();
    if (scheme === "") {
      i++;
      continue;
    }
    let challenge = { scheme: scheme.toLowerCase(), params: {} };
    for (out.push(challenge), skipSpace(); i < n; ) {
      for (; i < n && (header2[i] === "," || header2[i] === " " || header2[i] === "	"); ) i++;
      if (i >= n) break;
      let start = i, name = readToken();
      if (name === "") {
        i++;
        continue;
      }
      if (skipSpace(), header2[i] !== "=") {
        i = start;
        break;
      }
      let afterEq = header2[i + 1];
      if ((afterEq === "=" || afterEq === void 0 || afterEq === ",") && [...name].every((c) => TOKEN68_CHAR.test(c))) {
        for (; i < n && header2[i] === "="; ) i++;
        challenge.token68 = header2.slice(start, i);
        continue;
      }
      i++, skipSpace();
      let value = header2[i] === '"' ? readQuoted() : readToken();
      Object.defineProperty(challenge.params, name.toLowerCase(), { value, enumerable: !0, writable: !0, configurable: !0 });
    }
  }
  return out;
}
__name(parseOne, "parseOne");

// src/targets/registry/http.ts
async function drain(body) {
  try {
    for await (let _ of body)
      ;
  } catch {
    body.destroy();
  }
}
__name(drain, "drain");
var BodyTooLargeError = class extends Error {
  constructor(limit) {
    super(`response larger than ${limit} bytes`);
    this.limit = limit;
  }
  limit;
  static {
    __name(this, "BodyTooLargeError");
  }
  name = "BodyTooLargeError";
};
function readAll(body, limit) {
  return collect(body, { limit, tooLarge: /* @__PURE__ */ __name((max) => new BodyTooLargeError(max), "tooLarge") });
}
__name(readAll, "readAll");

// src/targets/registry/transport.ts
import { readdir, readFile } from "node:fs/promises";
import { createRequire as createRequire2 } from "node:module";
import { join } from "node:path";

// src/targets/registry/node-transport.ts
import { createRequire } from "node:module";
import { Readable as Readable2 } from "node:stream";
var require2 = createRequire(import.meta.url);
function nodeTransport(options) {
  let http = require2("node:http"), agentOptions = { keepAlive: !0, maxSockets: options.connections, scheduling: "lifo" }, httpAgent, httpsAgent, clientFor = /* @__PURE__ */ __name((url) => {
    if (url.protocol === "http:") return { request: http.request, agent: httpAgent ??= new http.Agent(agentOptions) };
    let https = require2("node:https");
    return httpsAgent ??= new https.Agent({ ...agentOptions, ...options.ca ? { ca: options.ca } : {}, ...options.rejectUnauthorized === !1 ? { rejectUnauthorized: !1 } : {} }), { request: https.request, agent: httpsAgent };
  }, "clientFor");
  return {
    send: /* @__PURE__ */ __name((req) => new Promise((resolve2, reject) => {
      let url = new URL(req.url), client = clientFor(url), requestOptions = { method: req.method, headers: withLength(req), agent: client.agent, ...req.signal ? { signal: req.signal } : {} }, request = client.request(url, requestOptions);
      request.on("response", (res) => resolve2({ status: res.statusCode ?? 0, headers: headersOf(res), body: res })), request.on("error", (err) => {
        reject(err), req.body instanceof Readable2 && req.body.destroy();
      }), guardTimeouts(request, options), writeBody(request, req.body);
    }), "send"),
    async close() {
      httpAgent?.destroy(), httpsAgent?.destroy();
    }
  };
}
__name(nodeTransport, "nodeTransport");
function withLength(req) {
  return req.body === void 0 || req.body instanceof Readable2 || "content-length" in req.headers ? req.headers : { ...req.headers, "content-length": String(Buffer.byteLength(req.body)) };
}
__name(withLength, "withLength");
function writeBody(request, body) {
  if (!(body instanceof Readable2)) {
    request.end(body);
    return;
  }
  body.on("error", (err) => request.destroy(err)), request.on("close", () => body.destroy()), body.pipe(request);
}
__name(writeBody, "writeBody");
function guardTimeouts(request, options) {
  let timedOut = /* @__PURE__ */ __name((what, ms) => Object.assign(new Error(`${what} for ${Math.round(ms / 1e3)} s`), { code: "ETIMEDOUT" }), "timedOut");
  request.setTimeout(options.idleTimeoutMs, () => request.destroy(timedOut("no data from the registry", options.idleTimeoutMs))), request.on("socket", (socket) => {
    if (!socket.connecting) return;
    let timer = setTimeout(() => request.destroy(timedOut("could not connect", options.connectTimeoutMs)), options.connectTimeoutMs);
    timer.unref();
    let open3 = /* @__PURE__ */ __name(() => clearTimeout(timer), "open");
    socket.once(typeof socket.encrypted == "boolean" ? "secureConnect" : "connect", open3), socket.once("close", open3);
  });
}
__name(guardTimeouts, "guardTimeouts");
function headersOf(res) {
  let headers = {};
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    let name = res.rawHeaders[i].toLowerCase(), value = res.rawHeaders[i + 1], had = headers[name];
    headers[name] = had === void 0 ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return headers;
}
__name(headersOf, "headersOf");

// src/targets/registry/transport.ts
var DEFAULT_SYSTEM_CERT_DIRS = ["/etc/containers/certs.d", "/etc/docker/certs.d"], LOCAL_HOSTS = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
function hostname(registry) {
  if (registry.startsWith("[")) return registry.slice(1, registry.indexOf("]"));
  let colon = registry.lastIndexOf(":");
  return colon >= 0 && registry.indexOf(":") === colon ? registry.slice(0, colon) : registry;
}
__name(hostname, "hostname");
function isLocalHost(registry) {
  let host = hostname(registry).toLowerCase();
  return LOCAL_HOSTS.has(host) || host.endsWith(".localhost");
}
__name(isLocalHost, "isLocalHost");
async function loadCaCertificates(registry, certDir, systemDirs = DEFAULT_SYSTEM_CERT_DIRS) {
  let dirs = [...certDir ? [certDir] : [], ...systemDirs.map((d) => join(d, registry))], certs = [];
  for (let dir of dirs) {
    let names;
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (let name of names.filter((n) => n.endsWith(".crt")).sort()) certs.push(await readFile(join(dir, name), "utf8"));
  }
  return certs;
}
__name(loadCaCertificates, "loadCaCertificates");
function hasProxyEnv() {
  return ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"].some((k) => (process.env[k] ?? "") !== "");
}
__name(hasProxyEnv, "hasProxyEnv");
async function createTransport(options) {
  let extra = await loadCaCertificates(options.registry, options.certDir, options.systemCertDirs), settings = {
    connections: options.connections ?? 6,
    connectTimeoutMs: options.connectTimeoutMs ?? 3e4,
    idleTimeoutMs: Math.max(options.headersTimeoutMs ?? 12e4, options.bodyTimeoutMs ?? 12e4)
  };
  if (extra.length > 0) {
    let { rootCertificates } = createRequire2(import.meta.url)("node:tls"), nodeExtra = process.env.NODE_EXTRA_CA_CERTS ? await readFile(process.env.NODE_EXTRA_CA_CERTS, "utf8").catch(() => {
    }) : void 0;
    settings.ca = [...rootCertificates, ...nodeExtra ? [nodeExtra] : [], ...extra];
  }
  return options.tlsVerify === !1 && (settings.rejectUnauthorized = !1), hasProxyEnv() ? (await import("./targets-registry-proxy-transport.js")).proxyTransport(settings) : nodeTransport(settings);
}
__name(createTransport, "createTransport");
function refuseCleartextCredentials(url) {
  if (url.protocol === "http:" && !isLocalHost(url.host))
    throw new WasmpackError(
      "REGISTRY_INSECURE_CREDENTIALS",
      `refusing to send credentials over plain HTTP to ${url.host}`,
      "serve the registry (and its token service) over HTTPS; --tls-verify=false skips certificate checks but plain HTTP with a password is only acceptable on localhost"
    );
}
__name(refuseCleartextCredentials, "refuseCleartextCredentials");

// src/targets/registry/token.ts
var MIN_TOKEN_LIFETIME_S = 60, CLIENT_ID = "wasmpack";
function resolveRealm(realm, registryBase) {
  let url;
  try {
    url = new URL(realm, registryBase);
  } catch {
    throw new WasmpackError("REGISTRY_BAD_CHALLENGE", `the registry's token realm "${redact(realm)}" is not a URL`, "the registry is misconfigured; report it to its operator");
  }
  if (!(new URL(registryBase).protocol === "https:" ? ["https:"] : ["https:", "http:"]).includes(url.protocol))
    throw new WasmpackError(
      "REGISTRY_BAD_CHALLENGE",
      `the registry ${registryBase} sent token realm ${redact(url.href)}, which would ${url.protocol === "http:" ? "downgrade HTTPS to plain HTTP" : `use ${url.protocol}`}; refusing to send credentials there`,
      "the registry or a proxy in between is misconfigured; the token endpoint must be HTTPS"
    );
  return url;
}
__name(resolveRealm, "resolveRealm");
function basicHeader(username, password) {
  return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
}
__name(basicHeader, "basicHeader");
async function fetchToken(challenge, scopes, ctx) {
  let realm = resolveRealm(challenge.realm, ctx.registryBase), credential = ctx.credential;
  if (credential?.kind === "identity-token") {
    let viaPost = await postRefreshToken(realm, challenge, scopes, credential.token, ctx);
    return viaPost || getToken(realm, challenge, scopes, { username: credential.username ?? "<token>", password: credential.token }, ctx);
  }
  let basic = credential?.kind === "basic" ? { username: credential.username, password: credential.password } : void 0;
  return getToken(realm, challenge, scopes, basic, ctx);
}
__name(fetchToken, "fetchToken");
async function getToken(realm, challenge, scopes, basic, ctx) {
  let url = new URL(realm.href);
  challenge.service && url.searchParams.set("service", challenge.service);
  for (let scope of scopes) url.searchParams.append("scope", scope);
  let headers = { "user-agent": ctx.userAgent, accept: "application/json" };
  return basic && (refuseCleartextCredentials(url), url.searchParams.set("account", basic.username), headers.authorization = basicHeader(basic.username, basic.password)), await exchange("GET", url, headers, void 0, ctx, !1);
}
__name(getToken, "getToken");
async function postRefreshToken(realm, challenge, scopes, refreshToken, ctx) {
  refuseCleartextCredentials(realm);
  let form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: CLIENT_ID });
  challenge.service && form.set("service", challenge.service), scopes.length && form.set("scope", scopes.join(" "));
  let headers = { "user-agent": ctx.userAgent, "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  return exchange("POST", realm, headers, form.toString(), ctx, !0);
}
__name(postRefreshToken, "postRefreshToken");
async function exchange(method, url, headers, body, ctx, undefinedOn404) {
  let step = `fetching a token from ${url.host}`, res;
  try {
    res = await ctx.send({ method, url: url.href, headers, ...body !== void 0 ? { body } : {}, ...ctx.signal ? { signal: ctx.signal } : {} });
  } catch (err) {
    throw networkError(err, { step, method, url: url.href, host: url.host });
  }
  if (res.status === 404 && undefinedOn404) {
    await readCappedBody(res.body);
    return;
  }
  if (res.status !== 200) {
    let text = await readCappedBody(res.body);
    throw registryError({
      step,
      method,
      url: url.href,
      status: res.status,
      headers: res.headers,
      body: text,
      ...ctx.searched ? { searched: ctx.searched } : {},
      ...ctx.credentialSource ? { credentialSource: ctx.credentialSource } : {}
    });
  }
  let raw;
  try {
    raw = await readAll(res.body, 1024 * 1024);
  } catch (err) {
    throw err instanceof BodyTooLargeError ? new WasmpackError("REGISTRY_BAD_TOKEN", `${step}: the answer is larger than 1 MiB`, "the token service is misconfigured or a proxy answered instead") : (ctx.signal?.throwIfAborted(), cutOffError(err, { step, method, url: url.href, host: url.host }));
  }
  let doc;
  try {
    doc = JSON.parse(raw.toString("utf8"));
  } catch {
    throw new WasmpackError("REGISTRY_BAD_TOKEN", `${step}: the answer is not JSON (content-type ${header(res.headers, "content-type") ?? "none"})`, "the token service is misconfigured or a proxy answered instead");
  }
  let value = typeof doc.token == "string" && doc.token ? doc.token : typeof doc.access_token == "string" ? doc.access_token : "";
  if (!value) throw new WasmpackError("REGISTRY_BAD_TOKEN", `${step}: the answer has neither "token" nor "access_token"`, "the token service is misconfigured");
  registerSecret(value);
  let lifetime = typeof doc.expires_in == "number" && doc.expires_in >= MIN_TOKEN_LIFETIME_S ? doc.expires_in : MIN_TOKEN_LIFETIME_S, now = ctx.now(), issued = typeof doc.issued_at == "string" ? Date.parse(doc.issued_at) : NaN, base = Number.isNaN(issued) ? now : Math.min(issued, now);
  return { value, expiresAt: base + lifetime * 1e3 };
}
__name(exchange, "exchange");
var TokenCache = class {
  static {
    __name(this, "TokenCache");
  }
  tokens = /* @__PURE__ */ new Map();
  inflight = /* @__PURE__ */ new Map();
  static key(host, scheme, challenge, scopes) {
    return [host, scheme, challenge.realm, challenge.service ?? "", [...scopes].sort().join(" ")].join("|");
  }
  async get(key, now, minValidityMs, fetch) {
    let cached = this.tokens.get(key);
    if (cached && cached.expiresAt - now > minValidityMs) return cached;
    let pending = this.inflight.get(key);
    return pending || (pending = fetch().finally(() => this.inflight.delete(key)), this.inflight.set(key, pending), pending.then(
      (t) => this.tokens.set(key, t),
      () => {
      }
    )), pending;
  }
  invalidate(key) {
    this.tokens.delete(key);
  }
};

// src/targets/registry/auth.ts
var TOKEN_REFRESH_MARGIN_MS = 3e4, Authenticator = class {
  constructor(options) {
    this.options = options;
  }
  options;
  static {
    __name(this, "Authenticator");
  }
  /** undefined: not known yet; null: the registry wants no auth. */
  challenge;
  credentialLookup;
  cache = new TokenCache();
  tokenFetches = 0;
  get known() {
    return this.challenge !== void 0;
  }
  /** From the ping: a 200 means no auth, a 401 carries the challenge. */
  learn(wwwAuthenticate, status) {
    if (status !== 401)
      return this.challenge = null, [];
    let challenges = parseChallenges(wwwAuthenticate), picked = pickChallenge(challenges);
    if (!picked) {
      let offered = challenges.map((c) => c.scheme).join(", ") || "none";
      throw new WasmpackError("REGISTRY_UNSUPPORTED_AUTH", `${this.options.registry} asks for authentication schemes wasmpack cannot use (${offered})`, "wasmpack speaks Basic and Bearer token auth; check the registry URL");
    }
    return this.challenge = picked, picked.params.scope ? mergeScopes([picked.params.scope]) : [];
  }
  async credentialInfo() {
    return this.credentialLookup ??= this.options.credentials.get(this.options.registry).then((found) => (found?.credential.kind === "basic" ? registerSecret(found.credential.password, found.credential.username) : found && registerSecret(found.credential.token, found.credential.kind === "identity-token" ? found.credential.username : void 0), found)), this.credentialLookup;
  }
  searched() {
    return this.options.credentials.searched();
  }
  cacheKey(scopes) {
    let c = this.challenge;
    if (!(!c || c.scheme !== "bearer"))
      return TokenCache.key(this.options.registry, "bearer", bearer(c, this.options.registry), mergeScopes(scopes));
  }
  /** Forget the token for these scopes (after a 401 with it). */
  invalidate(scopes) {
    let key = this.cacheKey(scopes);
    key && this.cache.invalidate(key);
  }
  async authorization(scopes, minValidityMs = TOKEN_REFRESH_MARGIN_MS) {
    let c = this.challenge;
    if (!c) return;
    let found = await this.credentialInfo(), credential = found?.credential;
    if (credential?.kind === "registry-token") return `Bearer ${credential.token}`;
    if (c.scheme === "basic") {
      if (credential?.kind !== "basic") return;
      if (new URL(this.options.registryBase).protocol === "http:" && !isLocalHost(this.options.registry))
        throw new WasmpackError(
          "REGISTRY_INSECURE_CREDENTIALS",
          `refusing to send Basic credentials over plain HTTP to ${this.options.registry}`,
          "serve the registry over HTTPS (use --tls-verify=false only to skip verification, not to drop TLS); plain HTTP with credentials is only acceptable on localhost"
        );
      return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
    }
    let merged = mergeScopes(scopes), challenge = bearer(c, this.options.registry), key = TokenCache.key(this.options.registry, "bearer", challenge, merged);
    return `Bearer ${(await this.cache.get(key, this.options.now(), minValidityMs, () => (this.tokenFetches++, fetchToken(challenge, merged, {
      send: this.options.send,
      registryBase: this.options.registryBase,
      ...credential ? { credential } : {},
      userAgent: this.options.userAgent,
      now: this.options.now,
      ...this.options.signal ? { signal: this.options.signal } : {},
      searched: this.searched(),
      ...found ? { credentialSource: found.source } : {}
    })))).value}`;
  }
};
function bearer(c, registry) {
  let realm = c.params.realm;
  if (!realm)
    throw new WasmpackError("REGISTRY_BAD_CHALLENGE", `${registry} sent a Bearer challenge without a realm`, "the registry is misconfigured; report it to its operator");
  return c.params.service ? { realm, service: c.params.service } : { realm };
}
__name(bearer, "bearer");

// src/targets/registry/exchange-log.ts
function formatExchange(record) {
  let outcome = record.status !== void 0 ? String(record.status) : `failed (${redact(record.error ?? "no answer")})`, received = record.received !== void 0 ? ` received ${record.received} B` : "";
  return `http: ${record.method} ${redactUrl(record.url)} ${outcome} sent ${record.sent} B${received} ${Math.round(record.ms)} ms retry ${record.retry}`;
}
__name(formatExchange, "formatExchange");
function requestBytes(headers, body) {
  let declared = Number(headers["content-length"]);
  return Number.isFinite(declared) ? declared : typeof body == "string" ? Buffer.byteLength(body) : Buffer.isBuffer(body) ? body.length : 0;
}
__name(requestBytes, "requestBytes");

// src/targets/registry/location.ts
function resolveLocation(requestUrl, location) {
  let hashAt = location.indexOf("#"), withoutFragment = hashAt >= 0 ? location.slice(0, hashAt) : location, queryAt = withoutFragment.indexOf("?"), pathPart = queryAt >= 0 ? withoutFragment.slice(0, queryAt) : withoutFragment, query = queryAt >= 0 ? withoutFragment.slice(queryAt) : "", resolved = new URL(pathPart, requestUrl);
  return `${resolved.origin}${resolved.pathname}${query}`;
}
__name(resolveLocation, "resolveLocation");
function appendQuery(url, key, value) {
  let pair = `${key}=${encodeURIComponent(value)}`;
  return url.includes("?") ? url.endsWith("?") || url.endsWith("&") ? `${url}${pair}` : `${url}&${pair}` : `${url}?${pair}`;
}
__name(appendQuery, "appendQuery");
function appendDigest(url, digest) {
  return appendQuery(url, "digest", digest);
}
__name(appendDigest, "appendDigest");
function sameOrigin(a, b) {
  return new URL(a).origin === new URL(b).origin;
}
__name(sameOrigin, "sameOrigin");

// src/targets/registry/exchange.ts
var MAX_REDIRECTS = 10, REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function defaultUserAgent() {
  return userAgent();
}
__name(defaultUserAgent, "defaultUserAgent");
var RegistryExchange = class {
  constructor(options) {
    this.options = options;
    this.registry = options.registry, this.userAgent = options.userAgent ?? defaultUserAgent(), this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }
  options;
  static {
    __name(this, "RegistryExchange");
  }
  registry;
  userAgent;
  stats = { requests: 0, blobBytesUploaded: 0, tokenFetches: 0, retries: 0 };
  base;
  pinging;
  send;
  connections;
  auth;
  answer;
  policy;
  /** http(s)://host[:port], known after the ping. */
  get baseUrl() {
    return this.base;
  }
  /** The ping's answer (after ping()). */
  get pingAnswer() {
    return this.answer;
  }
  now() {
    return this.options.now?.() ?? Date.now();
  }
  async transport() {
    if (this.send) return this.send;
    this.options.send ? this.send = this.options.send : (this.connections = await createTransport({ ...this.options, registry: this.registry }), this.send = this.connections.send);
    let inner = this.send, log = this.options.log;
    return this.send = async (req) => {
      if (this.stats.requests++, !log) return inner(req);
      let started = this.now(), record = { method: req.method, url: req.url, sent: requestBytes(req.headers, req.body), retry: currentRetry() };
      try {
        let res = await inner(req), length = Number(header(res.headers, "content-length"));
        return log(formatExchange({ ...record, status: res.status, ...Number.isFinite(length) ? { received: length } : {}, ms: this.now() - started })), res;
      } catch (err) {
        let code = err.code;
        throw log(formatExchange({ ...record, error: typeof code == "string" ? code : err.message, ms: this.now() - started })), err;
      }
    }, this.send;
  }
  /**
   * Runs a step with this client's retry policy; every retry is counted. The step must be safe to
   * repeat from its start (a request that may be repeated, or a whole upload from POST).
   */
  retrying(step, retryIf) {
    return withRetry(step, {
      policy: this.policy,
      env: this.options.retryEnvironment ?? realRetryEnvironment,
      ...this.signalOpt(),
      ...retryIf ? { retryIf } : {},
      onRetry: /* @__PURE__ */ __name(() => {
        this.stats.retries++;
      }, "onRetry")
    });
  }
  async close() {
    await this.connections?.close();
  }
  /**
   * GET /v2/ without credentials: 200 means no auth, 401 carries the challenge.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#determining-support
   */
  async ping() {
    return this.pinging ??= this.doPing().catch((err) => {
      throw this.pinging = void 0, err;
    }), this.pinging;
  }
  async doPing() {
    let mayUseHttp = this.options.insecure === !0 || isLocalHost(this.registry);
    if (this.options.scheme === "http" && !mayUseHttp)
      throw new WasmpackError("REGISTRY_INSECURE", `plain HTTP to ${this.registry} was not allowed`, "mark the registry insecure (--tls-verify=false) to allow plain HTTP; loopback hosts are allowed by default");
    if (this.options.scheme) return this.pingSchemes([this.options.scheme]);
    if (!mayUseHttp) return this.pingSchemes(["https"]);
    let memory = isLocalHost(this.registry) ? this.options.schemeMemory : void 0, remembered = await memory?.recall(this.registry);
    if (remembered)
      try {
        return await this.pingSchemes([remembered]);
      } catch (err) {
        if (this.signalOpt().signal?.throwIfAborted(), await memory.forget(this.registry), !(err instanceof WasmpackError)) throw err;
      }
    await this.pingSchemes(["https", "http"]), memory && this.base && await memory.remember(this.registry, this.base.startsWith("https:") ? "https" : "http");
  }
  async pingSchemes(schemes) {
    let send = await this.transport();
    for (let i = 0; i < schemes.length; i++) {
      let base = `${schemes[i]}://${this.registry}`, url = `${base}/v2/`, res;
      try {
        res = await send({ method: "GET", url, headers: { "user-agent": this.userAgent }, ...this.signalOpt() });
      } catch (err) {
        let error = networkError(err, { step: `checking ${this.registry}`, method: "GET", url, host: this.registry }), spokeHttp = error.code === "REGISTRY_TLS" && error.registryCode === PLAIN_HTTP_ANSWER, reset = error.registryCode === "ECONNRESET" || error.registryCode === "UND_ERR_SOCKET";
        if (i + 1 < schemes.length && (spokeHttp || reset)) continue;
        throw error;
      }
      if (res.status === 200 || res.status === 401) {
        await drain(res.body), this.base = base, this.answer = { status: res.status, wwwAuthenticate: res.headers["www-authenticate"] }, this.auth = new Authenticator({
          registry: this.registry,
          registryBase: base,
          credentials: this.options.credentials,
          send,
          userAgent: this.userAgent,
          now: /* @__PURE__ */ __name(() => this.now(), "now"),
          ...this.signalOpt()
        }), this.auth.learn(res.headers["www-authenticate"], res.status);
        return;
      }
      throw registryError({ step: `checking ${this.registry}`, method: "GET", url, status: res.status, headers: res.headers, body: await readCappedBody(res.body), now: this.now() });
    }
  }
  signalOpt() {
    return this.options.signal ? { signal: this.options.signal } : {};
  }
  /** One API request with credentials, 401 replay and redirects (not retried: callers wrap it in `retrying`). */
  async exchange(req) {
    await this.ping();
    let send = await this.transport(), auth = this.auth, signal = req.signal ? { signal: req.signal } : this.signalOpt(), url = req.url, method = req.method, body = req.body, scopes = mergeScopes(req.scopes), replayed = !1, redirects = 0;
    for (; ; ) {
      let own = sameOrigin(url, this.base), headers = { "user-agent": this.userAgent, ...req.headers };
      if (own) {
        let authorization;
        try {
          authorization = await auth.authorization(scopes, req.minTokenValidityMs);
        } catch (err) {
          let found = await auth.credentialInfo().catch(() => {
          });
          throw withUnauthorizedHint(err, this.registry, auth.searched(), found?.source);
        }
        authorization && (headers.authorization = authorization);
      }
      let payload = body?.(), res;
      try {
        res = await send({ method, url, headers, ...payload !== void 0 ? { body: payload } : {}, ...signal });
      } catch (err) {
        throw payload instanceof Readable3 && payload.destroy(), networkError(err, { step: req.step, method, url, host: new URL(url).host, answered: own });
      }
      if (this.stats.tokenFetches = auth.tokenFetches, res.status === 401 && own && !replayed) {
        await drain(res.body), payload instanceof Readable3 && payload.destroy(), replayed = !0, auth.invalidate(scopes);
        let wanted = auth.learn(res.headers["www-authenticate"], 401);
        if (scopes = mergeScopes([...scopes, ...wanted]), !await auth.credentialInfo() && auth.cacheKey(scopes) === void 0)
          return this.fail(req, { ...res, body: Readable3.from([]) }, method, url);
        continue;
      }
      let location = header(res.headers, "location");
      if (REDIRECT_STATUSES.has(res.status) && location) {
        if (await drain(res.body), payload instanceof Readable3 && payload.destroy(), ++redirects > MAX_REDIRECTS)
          throw new WasmpackError("REGISTRY_TOO_MANY_REDIRECTS", `${req.step}: more than ${MAX_REDIRECTS} redirects from ${redact(req.url)}`, "the registry or a proxy in front of it loops; report it to its operator");
        let next = resolveLocation(url, location);
        if (new URL(url).protocol === "https:" && new URL(next).protocol !== "https:")
          throw new WasmpackError("REGISTRY_INSECURE_REDIRECT", `${req.step}: ${method} ${redact(url)} redirected to plain HTTP ${redact(next)}`, "refusing an https->http downgrade; the registry is misconfigured");
        res.status === 303 && (method = method === "HEAD" ? "HEAD" : "GET", body = void 0), url = next;
        continue;
      }
      return { ...res, url };
    }
  }
  /** Turns an unexpected answer into the registry's error (method, redacted URL, status, spec code, hint). */
  async fail(req, res, method, url, mediaType) {
    let text = method === "HEAD" ? (await drain(res.body), "") : await readCappedBody(res.body), found = await this.auth?.credentialInfo();
    throw registryError({
      step: req.step,
      method,
      url,
      status: res.status,
      headers: res.headers,
      body: text,
      searched: this.auth?.searched() ?? [],
      registry: this.registry,
      ...found ? { credentialSource: found.source } : {},
      ...mediaType ? { mediaType } : {},
      now: this.now()
    });
  }
  /** <base>/v2/<repository>/<path> (after the ping). */
  url(repository, path) {
    return `${this.base}/v2/${repository}/${path}`;
  }
  /** A whole answer body: over `limit` is the caller's error, cut off is a retryable lost connection. */
  async readBody(req, res, limit, tooBig) {
    try {
      return await readAll(res.body, limit);
    } catch (err) {
      throw err instanceof BodyTooLargeError ? tooBig() : (this.options.signal?.throwIfAborted(), cutOffError(err, { step: req.step, method: req.method, url: res.url, host: new URL(res.url).host }));
    }
  }
  /** One request without the registry's credentials (login's own token and /v2/ checks). */
  async sendOnce(step, req) {
    let send = await this.transport();
    try {
      return await send({ ...req, ...this.signalOpt() });
    } catch (err) {
      let host = new URL(req.url).host;
      throw networkError(err, { step, method: req.method, url: req.url, host, answered: this.base !== void 0 && sameOrigin(req.url, this.base) });
    }
  }
};

// src/targets/registry/manifests.ts
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024, RegistryManifests = class {
  constructor(x) {
    this.x = x;
  }
  x;
  static {
    __name(this, "RegistryManifests");
  }
  /**
   * PUT a manifest by tag or digest with Content-Type = its media type; checks the echoed
   * Docker-Content-Digest when present and returns OCI-Subject for referrers. Repeating it is safe.
   * `described` is the manifest's descriptor (its digest is trusted: it was computed from these
   * bytes) or just its media type (then the bytes are hashed here).
   */
  async putManifest(repository, reference, bytes, described, options = {}) {
    let { mediaType, digest } = typeof described == "string" ? { mediaType: described, digest: sha256(bytes) } : described;
    if (typeof described != "string" && described.size !== bytes.length)
      throw new WasmpackError("DIGEST_MISMATCH", `manifest ${digest} is described as ${described.size} bytes and has ${bytes.length}`, "this is a bug in wasmpack: please report it");
    if (bytes.length > MAX_MANIFEST_BYTES)
      throw new WasmpackError("REGISTRY_MANIFEST_TOO_BIG", `manifest ${digest} is ${bytes.length} bytes; registries accept at most ${MAX_MANIFEST_BYTES}`, "reduce the number of layers or annotations");
    return this.x.retrying(async () => {
      await this.x.ping();
      let req = {
        step: `pushing manifest ${digest}${isDigest(reference) ? "" : ` as ${reference}`} to ${this.x.registry}/${repository}`,
        method: "PUT",
        url: this.x.url(repository, `manifests/${reference}`),
        headers: { "content-type": mediaType, "content-length": String(bytes.length) },
        body: /* @__PURE__ */ __name(() => bytes, "body"),
        scopes: pushScopes(repository),
        ...options.signal ? { signal: options.signal } : {}
      }, res = await this.x.exchange(req);
      if (res.status !== 201 && res.status !== 200 && res.status !== 204) return this.x.fail(req, res, "PUT", res.url, mediaType);
      await drain(res.body);
      let echoed = header(res.headers, "docker-content-digest");
      if (echoed && echoed !== digest)
        throw new WasmpackError("REGISTRY_DIGEST_MISMATCH", `${req.step}: the registry computed ${echoed} for the manifest, expected ${digest}`, "the registry rewrote the manifest (schema conversion?); push to a registry that stores manifests as sent");
      let result = { digest, headers: res.headers }, subject = header(res.headers, "oci-subject");
      subject && (result.subject = subject);
      let location = header(res.headers, "location");
      return location && (result.location = location), result;
    });
  }
  /** GET a manifest (or undefined on 404), verifying its digest. */
  async findManifest(repository, reference, scopes = [repositoryScope(repository, ["pull"])]) {
    return this.x.retrying(() => this.findManifestOnce(repository, reference, scopes));
  }
  async findManifestOnce(repository, reference, scopes) {
    await this.x.ping();
    let req = {
      step: `fetching manifest ${reference} from ${this.x.registry}/${repository}`,
      method: "GET",
      url: this.x.url(repository, `manifests/${reference}`),
      headers: { accept: MANIFEST_ACCEPT.join(", ") },
      scopes
    }, found = await this.getOrNothing(req, "registries cap manifests at 4 MiB; this is not a manifest wasmpack can read");
    if (!found) return;
    let { bytes, headers } = found, digest = sha256(bytes), expected = isDigest(reference) ? reference : header(headers, "docker-content-digest");
    if (expected && expected !== digest)
      throw new WasmpackError("REGISTRY_DIGEST_MISMATCH", `${req.step}: received content with digest ${digest}, expected ${expected}`, "the registry or a proxy altered the manifest; do not trust this content");
    return { bytes, digest, mediaType: manifestMediaType(bytes, header(headers, "content-type")) };
  }
  /**
   * The referrers of `digest`: the registry's referrers API, or, where it has none (a 404, which a
   * registry with the API never answers there), the index under the sha256-<hex> fallback tag.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers
   */
  async referrers(repository, digest, scopes = [repositoryScope(repository, ["pull"])]) {
    let index = await this.x.retrying(() => this.referrersOnce(repository, digest, scopes)) ?? (await this.findManifest(repository, referrersFallbackTag(digest), scopes))?.bytes;
    return index ? referrerEntries(index) : [];
  }
  async referrersOnce(repository, digest, scopes) {
    await this.x.ping();
    let req = {
      step: `listing the referrers of ${digest} in ${this.x.registry}/${repository}`,
      method: "GET",
      url: this.x.url(repository, `referrers/${digest}`),
      headers: { accept: MediaType.ociIndex },
      scopes
    };
    return (await this.getOrNothing(req, "this is not a referrers list wasmpack can read"))?.bytes;
  }
  /** A GET whose 404 means "none" (drained); any other status but 200 fails; the body is capped at MAX_MANIFEST_BYTES. */
  async getOrNothing(req, tooBigHint) {
    let res = await this.x.exchange(req);
    if (res.status === 404) {
      await readCappedBody(res.body);
      return;
    }
    return res.status !== 200 ? this.x.fail(req, res, "GET", res.url) : { bytes: await this.x.readBody(req, res, MAX_MANIFEST_BYTES, () => new WasmpackError("REGISTRY_MANIFEST_TOO_BIG", `${req.step}: response larger than ${MAX_MANIFEST_BYTES} bytes`, tooBigHint)), headers: res.headers };
  }
  /** GET a manifest; 404 is REGISTRY_MANIFEST_UNKNOWN. */
  async getManifest(repository, reference) {
    let found = await this.findManifest(repository, reference);
    if (!found)
      throw new RegistryError(
        "REGISTRY_MANIFEST_UNKNOWN",
        `fetching manifest ${reference} from ${this.x.registry}/${repository}: not found`,
        "check the tag or digest; `skopeo list-tags docker://REGISTRY/REPO` lists the tags",
        404,
        "MANIFEST_UNKNOWN",
        !1
      );
    return found;
  }
  /** HEAD a manifest: its descriptor, or undefined on 404. A tag without Docker-Content-Digest costs a GET. */
  async headManifest(repository, reference, scopes = [repositoryScope(repository, ["pull"])]) {
    return this.x.retrying(async () => {
      await this.x.ping();
      let req = {
        step: `checking manifest ${reference} in ${this.x.registry}/${repository}`,
        method: "HEAD",
        url: this.x.url(repository, `manifests/${reference}`),
        headers: { accept: MANIFEST_ACCEPT.join(", ") },
        scopes
      }, res = await this.x.exchange(req);
      if (res.status === 404) {
        await drain(res.body);
        return;
      }
      if (res.status !== 200) return this.x.fail(req, res, "HEAD", res.url);
      await drain(res.body);
      let digest = header(res.headers, "docker-content-digest") ?? (isDigest(reference) ? reference : void 0), size = Number(header(res.headers, "content-length") ?? NaN), mediaType = (header(res.headers, "content-type") ?? "").split(";")[0].trim();
      if (!digest || Number.isNaN(size) || !mediaType) {
        let full = await this.findManifestOnce(repository, reference, scopes);
        return full && { digest: full.digest, mediaType: full.mediaType, size: full.bytes.length };
      }
      return { digest, mediaType, size };
    });
  }
};
function manifestMediaType(bytes, contentType) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    if (typeof doc.mediaType == "string" && doc.mediaType) return doc.mediaType;
  } catch {
  }
  return (contentType ?? "").split(";")[0].trim();
}
__name(manifestMediaType, "manifestMediaType");
function referrerEntries(bytes) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    return Array.isArray(doc.manifests) ? doc.manifests.filter((d) => typeof d?.digest == "string" && typeof d?.mediaType == "string") : [];
  } catch {
    return [];
  }
}
__name(referrerEntries, "referrerEntries");

// src/targets/registry/uploads.ts
import { Transform } from "node:stream";

// src/targets/registry/upload-range.ts
function contentRange(start, end) {
  return `${start}-${end - 1}`;
}
__name(contentRange, "contentRange");
function confirmedOffset(range) {
  if (range === void 0) return;
  let m = /^\s*(?:bytes=)?0-(\d+)\s*$/.exec(range);
  if (!m) return;
  let last = Number(m[1]);
  if (Number.isSafeInteger(last))
    return last === 0 ? 0 : last + 1;
}
__name(confirmedOffset, "confirmedOffset");

// src/targets/registry/upload-body.ts
import { open as open2 } from "node:fs/promises";
import { Readable as Readable4 } from "node:stream";
var RING = 8;
function uploadRing(blobSize) {
  let chunk = Math.max(1, Math.min(READ_CHUNK, blobSize));
  return { buffers: Array.from({ length: Math.min(RING, Math.ceil(blobSize / chunk)) || 1 }, () => Buffer.allocUnsafeSlow(chunk)), lent: !1 };
}
__name(uploadRing, "uploadRing");
function uploadBody(path, range, shared, onRead) {
  let own = shared.lent ? uploadRing(shared.buffers[0].length * shared.buffers.length) : shared;
  own.lent = !0;
  let ring = own.buffers, chunk = ring[0].length, reading = Promise.resolve(), handle, at = range.start, turn = 0;
  return new Readable4({
    highWaterMark: 0,
    read() {
      if (at >= range.end) {
        this.push(null);
        return;
      }
      let buffer = ring[turn++ % ring.length];
      handle ??= open2(path, "r"), reading = handle.then((h) => h.read(buffer, 0, Math.min(chunk, range.end - at), at)).then(({ bytesRead }) => {
        if (bytesRead === 0) {
          this.destroy(new Error(`${path} ended at byte ${at}, before the ${range.end} bytes of the blob`));
          return;
        }
        at += bytesRead, onRead(bytesRead), this.push(buffer.subarray(0, bytesRead));
      }, (err) => this.destroy(err));
    },
    destroy(err, callback) {
      let opened = handle, release = /* @__PURE__ */ __name(() => {
        own.lent = !1, callback(err);
      }, "release");
      reading.then(() => opened?.then((h) => h.close())).then(release, release);
    }
  });
}
__name(uploadBody, "uploadBody");

// src/targets/registry/uploads.ts
var DEFAULT_CHUNK_THRESHOLD = 64 * 1024 * 1024, DEFAULT_CHUNK_SIZE = 64 * 1024 * 1024, BlobUploads = class {
  constructor(x) {
    this.x = x;
  }
  x;
  static {
    __name(this, "BlobUploads");
  }
  openUploads = /* @__PURE__ */ new Set();
  /** OCI-Chunk-Min-Length of each open upload session. */
  chunkMinimum = /* @__PURE__ */ new Map();
  get registry() {
    return this.x.registry;
  }
  /**
   * Blob push: mount when asked (falling back), else POST and one PUT, or PATCH chunks above the
   * chunk threshold. A failed upload cancels its session and starts again from POST (after a HEAD:
   * a PUT whose answer was lost may have stored the blob), within the retry policy.
   */
  async pushBlob(repository, blob, options = {}) {
    let { digest, size } = blob.descriptor, scopes = pushScopes(repository, options.mountFrom);
    return this.x.retrying(async (attempt) => {
      if (attempt > 1 && await this.headBlob(repository, digest, scopes)) return "pushed";
      let session;
      if (options.mountFrom && options.mountFrom !== repository) {
        let mounted = await this.mountBlob(repository, digest, options.mountFrom);
        if (mounted === !0) return "mounted";
        typeof mounted == "string" && (session = mounted);
      }
      session ??= await this.startUpload(repository, scopes);
      try {
        size > (this.x.options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD) ? await this.putBlobChunked(repository, session, blob, options.onProgress, scopes) : await this.putBlob(repository, session, blob, options.onProgress, scopes);
      } catch (err) {
        throw await this.cancelUpload(repository, session), err;
      }
      return "pushed";
    });
  }
  /**
   * HEAD a blob: 200 = present, 404 = missing; 401/403 and the rest are errors, never "missing".
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#checking-if-content-exists-in-the-registry
   */
  async headBlob(repository, digest, scopes = [repositoryScope(repository, ["pull"])]) {
    return this.x.retrying(async () => {
      await this.x.ping();
      let req = { step: `checking blob ${digest} in ${this.registry}/${repository}`, method: "HEAD", url: this.x.url(repository, `blobs/${digest}`), scopes }, res = await this.x.exchange(req);
      return res.status === 200 || res.status === 404 ? (await drain(res.body), res.status === 200) : this.x.fail(req, res, "HEAD", res.url);
    });
  }
  /**
   * Cross-repository mount: 201 = mounted, 202 = an upload session to continue (Location).
   * Returns the session URL on 202, true on 201, false when the mount was refused.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#mounting-a-blob-from-another-repository
   */
  async mountBlob(repository, digest, from) {
    await this.x.ping();
    let url = appendQuery(this.x.url(repository, "blobs/uploads/"), "mount", digest);
    url = appendQuery(url, "from", from);
    let req = {
      step: `mounting blob ${digest} from ${from} into ${this.registry}/${repository}`,
      method: "POST",
      url,
      headers: { "content-length": "0" },
      body: /* @__PURE__ */ __name(() => Buffer.alloc(0), "body"),
      scopes: pushScopes(repository, from)
    }, res;
    try {
      res = await this.x.exchange(req);
    } catch (err) {
      if (err instanceof WasmpackError && err.code === "REGISTRY_UNREACHABLE") throw err;
      return !1;
    }
    if (res.status === 201)
      return await drain(res.body), !0;
    let location = header(res.headers, "location");
    if (await drain(res.body), res.status === 202 && location) {
      let session = resolveLocation(res.url, location);
      return this.openSession(session, res.headers), session;
    }
    return !1;
  }
  openSession(session, headers) {
    this.openUploads.add(session);
    let minimum = Number(header(headers, "oci-chunk-min-length"));
    Number.isSafeInteger(minimum) && minimum > 0 && this.chunkMinimum.set(session, minimum);
  }
  closeSession(session) {
    this.openUploads.delete(session), this.chunkMinimum.delete(session);
  }
  /**
   * POST an upload session: 202 + Location (Content-Length: 0, Artifact Registry answers 411
   * otherwise). Retried on its own: a POST whose answer was lost opened at most a session nobody
   * uses, which the registry expires.
   */
  async startUpload(repository, scopes = pushScopes(repository)) {
    return this.x.retrying(async () => {
      await this.x.ping();
      let req = {
        step: `starting an upload to ${this.registry}/${repository}`,
        method: "POST",
        url: this.x.url(repository, "blobs/uploads/"),
        headers: { "content-length": "0" },
        body: /* @__PURE__ */ __name(() => Buffer.alloc(0), "body"),
        scopes
      }, res = await this.x.exchange(req), location = header(res.headers, "location");
      if (res.status !== 202 || !location) {
        if (res.status === 202)
          throw await drain(res.body), new WasmpackError("REGISTRY_PROTOCOL", `${req.step}: 202 without a Location header`, "the registry (or a proxy) dropped the Location header of the upload session");
        return this.x.fail(req, res, "POST", res.url);
      }
      await drain(res.body);
      let session = resolveLocation(res.url, location);
      return this.openSession(session, res.headers), session;
    });
  }
  /**
   * Monolithic upload: PUT <Location>&digest=... with a fixed Content-Length (never chunked),
   * application/octet-stream; 201 (204 tolerated). The body streams from the blob's opener.
   * Not retried on its own: a half-sent body may have spoilt the session (see pushBlob).
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-monolithically
   */
  async putBlob(repository, session, blob, onProgress, scopes = pushScopes(repository)) {
    let { digest, size } = blob.descriptor, ring = blob.location ? uploadRing(size) : void 0, req = {
      step: `uploading blob ${digest} (${size} bytes) to ${this.registry}/${repository}`,
      method: "PUT",
      url: appendDigest(session, digest),
      headers: { "content-type": "application/octet-stream", "content-length": String(size) },
      body: /* @__PURE__ */ __name(() => this.countingStream(blob, ring, onProgress), "body"),
      scopes,
      // A streamed body cannot be replayed cheaply after a 401: start with a token that will last.
      minTokenValidityMs: 12e4
    }, res = await this.x.exchange(req);
    if (res.status === 404) return uploadLost(req.step, res);
    if (res.status !== 201 && res.status !== 204) return this.x.fail(req, res, "PUT", res.url);
    this.closeSession(session), await checkEchoedDigest(req.step, res, digest);
  }
  /**
   * Chunked upload that survives resets: PATCH <session> with `Content-Range: start-end` for each
   * chunk, following the Location of every answer (its `_state` changes), then PUT ?digest= with
   * no body. A chunk that fails is retried from the offset the registry confirms (GET <session>:
   * 204 + Range), so a reset costs at most the chunk in flight, not the blob. A session the
   * registry no longer knows (distribution drops one that received a partial chunk) is a
   * retryable REGISTRY_UPLOAD_LOST: pushBlob then starts again from POST.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks
   */
  async putBlobChunked(repository, session, blob, onProgress, scopes = pushScopes(repository)) {
    let { digest, size } = blob.descriptor, chunkSize = Math.max(this.x.options.chunkSize ?? DEFAULT_CHUNK_SIZE, this.chunkMinimum.get(session) ?? 0), step = `uploading blob ${digest} (${size} bytes, in chunks of ${chunkSize}) to ${this.registry}/${repository}`, ring = blob.location ? uploadRing(Math.min(size, chunkSize)) : void 0, url = session, offset = 0, sameSession = /* @__PURE__ */ __name((err) => !(err instanceof WasmpackError && err.code === "REGISTRY_UPLOAD_LOST"), "sameSession");
    for (; offset < size; )
      await this.x.retrying(async (attempt) => {
        if (attempt > 1 && ({ url, offset } = await this.x.retrying(() => this.uploadStatus(step, url, scopes, size), sameSession)), offset >= size) return;
        let end = Math.min(size, offset + chunkSize), start = offset, req = {
          step,
          method: "PATCH",
          url,
          headers: { "content-type": "application/octet-stream", "content-range": contentRange(start, end), "content-length": String(end - start) },
          body: /* @__PURE__ */ __name(() => this.countingStream(blob, ring, onProgress, start, end), "body"),
          scopes,
          minTokenValidityMs: 12e4
        }, res = await this.x.exchange(req);
        if (res.status === 404) return uploadLost(step, res);
        if (res.status === 416)
          throw await drain(res.body), new RegistryError("REGISTRY_PROTOCOL", `${step}: the registry refused bytes ${contentRange(start, end)} (416)`, "the registry does not track upload offsets as the distribution spec says; report it to its operator", 416, void 0, !0);
        if (res.status !== 202) return this.x.fail(req, res, "PATCH", res.url);
        await drain(res.body);
        let location = header(res.headers, "location");
        location && (url = resolveLocation(res.url, location)), offset = confirmedOffset(header(res.headers, "range")) ?? end;
      }, sameSession);
    await this.x.retrying(async (attempt) => {
      if (attempt > 1 && await this.headBlob(repository, digest, scopes)) return;
      let req = { step, method: "PUT", url: appendDigest(url, digest), headers: { "content-length": "0" }, body: /* @__PURE__ */ __name(() => Buffer.alloc(0), "body"), scopes }, res = await this.x.exchange(req);
      if (res.status === 404) return uploadLost(step, res);
      if (res.status !== 201 && res.status !== 204) return this.x.fail(req, res, "PUT", res.url);
      await checkEchoedDigest(step, res, digest);
    }, sameSession), this.closeSession(session);
  }
  /** Where an upload stands: GET <session> -> 204, Range: 0-<last byte>, Location (the next URL). */
  async uploadStatus(step, url, scopes, size) {
    let req = { step: `${step}: asking how much arrived`, method: "GET", url, scopes }, res = await this.x.exchange(req);
    if (res.status === 404) return uploadLost(step, res);
    if (res.status !== 204 && res.status !== 200) return this.x.fail(req, res, "GET", res.url);
    await drain(res.body);
    let offset = confirmedOffset(header(res.headers, "range"));
    if (offset === void 0 || offset > size)
      throw new WasmpackError("REGISTRY_PROTOCOL", `${req.step}: the registry answered Range "${header(res.headers, "range") ?? ""}"`, "the registry does not report upload progress as the distribution spec says; report it to its operator");
    let location = header(res.headers, "location");
    return { url: location ? resolveLocation(res.url, location) : url, offset };
  }
  /**
   * The blob's bytes [start, end) (all of it by default), counted into stats and progress: from its
   * file through the upload's `ring` of reused buffers when it rests in one (see upload-body.ts),
   * else from its opener.
   */
  countingStream(blob, ring, onProgress, start = 0, end = blob.descriptor.size) {
    let sent = start, count = /* @__PURE__ */ __name((bytes) => {
      sent += bytes, this.x.stats.blobBytesUploaded += bytes, onProgress?.(sent);
    }, "count");
    if (blob.location && ring) return uploadBody(blob.location, { start, end }, ring, count);
    let source = openBytes(blob, { start, end }), counter = new Transform({
      transform: /* @__PURE__ */ __name((chunk, _enc, callback) => {
        count(chunk.length), callback(null, chunk);
      }, "transform")
    });
    return source.on("error", (err) => counter.destroy(err)), counter.on("close", () => source.destroy()), source.pipe(counter);
  }
  /** Best effort: cancel an upload session so the registry can drop the partial data. */
  async cancelUpload(repository, session) {
    this.closeSession(session);
    try {
      let res = await this.x.exchange({ step: `cancelling an upload to ${this.registry}/${repository}`, method: "DELETE", url: session, scopes: pushScopes(repository) });
      await drain(res.body);
    } catch {
    }
  }
  /** Upload sessions started and not finished (for abort). */
  pendingUploads() {
    return [...this.openUploads];
  }
};
async function uploadLost(step, res) {
  throw await readCappedBody(res.body), new RegistryError(
    "REGISTRY_UPLOAD_LOST",
    `${step}: the registry no longer knows the upload session (sessions expire, and distribution drops one that received part of a chunk)`,
    "the upload starts again from its beginning by itself; if this error ends the push, a proxy in between keeps cutting long requests: check its timeouts and body-size limits",
    404,
    "BLOB_UPLOAD_UNKNOWN",
    !0
  );
}
__name(uploadLost, "uploadLost");
async function checkEchoedDigest(step, res, digest) {
  let echoed = header(res.headers, "docker-content-digest");
  if (await drain(res.body), echoed && echoed !== digest)
    throw new WasmpackError("REGISTRY_DIGEST_MISMATCH", `${step}: the registry stored ${echoed}, expected ${digest}`, "the content changed in transit or the registry is broken; retry the push");
}
__name(checkEchoedDigest, "checkEchoedDigest");

// src/targets/registry/client.ts
var RegistryClient = class {
  static {
    __name(this, "RegistryClient");
  }
  exchange;
  uploads;
  manifests;
  blobs;
  constructor(options) {
    this.exchange = new RegistryExchange(options), this.uploads = new BlobUploads(this.exchange), this.manifests = new RegistryManifests(this.exchange), this.blobs = new RegistryBlobs(this.exchange);
  }
  get registry() {
    return this.exchange.registry;
  }
  get stats() {
    return this.exchange.stats;
  }
  /** http(s)://host[:port], known after the ping. */
  get baseUrl() {
    return this.exchange.baseUrl;
  }
  ping() {
    return this.exchange.ping();
  }
  close() {
    return this.exchange.close();
  }
  headBlob(repository, digest, scopes) {
    return this.uploads.headBlob(repository, digest, scopes);
  }
  pushBlob(repository, blob, options) {
    return this.uploads.pushBlob(repository, blob, options);
  }
  mountBlob(repository, digest, from) {
    return this.uploads.mountBlob(repository, digest, from);
  }
  startUpload(repository, scopes) {
    return this.uploads.startUpload(repository, scopes);
  }
  putBlob(repository, session, blob, onProgress) {
    return this.uploads.putBlob(repository, session, blob, onProgress);
  }
  putBlobChunked(repository, session, blob, onProgress) {
    return this.uploads.putBlobChunked(repository, session, blob, onProgress);
  }
  cancelUpload(repository, session) {
    return this.uploads.cancelUpload(repository, session);
  }
  pendingUploads() {
    return this.uploads.pendingUploads();
  }
  putManifest(repository, reference, bytes, described, options) {
    return this.manifests.putManifest(repository, reference, bytes, described, options);
  }
  findManifest(repository, reference, scopes) {
    return this.manifests.findManifest(repository, reference, scopes);
  }
  /** The referrers of `digest`, from the referrers API or its sha256-<hex> fallback tag. */
  referrers(repository, digest) {
    return this.manifests.referrers(repository, digest);
  }
  getManifest(repository, reference) {
    return this.manifests.getManifest(repository, reference);
  }
  headManifest(repository, reference, scopes) {
    return this.manifests.headManifest(repository, reference, scopes);
  }
  getBlob(repository, digest, maxBytes) {
    return this.blobs.getBlob(repository, digest, maxBytes);
  }
  /** A blob streamed and checked against its descriptor as it arrives. */
  openBlob(repository, descriptor, where) {
    return this.blobs.openBlob(repository, descriptor, where);
  }
};

// src/targets/registry/source.ts
var RegistrySource = class {
  constructor(client, repository, defaultReference, limits = DEFAULT_SOURCE_LIMITS) {
    this.client = client;
    this.repository = repository;
    this.defaultReference = defaultReference;
    this.limits = limits;
    this.name = `${client.registry}/${repository}`, this.store = {
      where: this.name,
      manifest: /* @__PURE__ */ __name((d) => client.getManifest(repository, d.digest), "manifest"),
      openBlob: /* @__PURE__ */ __name((d) => client.openBlob(repository, d, this.name), "openBlob")
    };
  }
  client;
  repository;
  defaultReference;
  limits;
  static {
    __name(this, "RegistrySource");
  }
  name;
  store;
  async resolve(reference = this.defaultReference) {
    let found = await this.client.getManifest(this.repository, reference);
    return graph(this.store, { mediaType: found.mediaType, digest: found.digest, size: found.bytes.length }, this.limits, found);
  }
  /** The referrers the registry lists: its referrers API, or the sha256-<hex> fallback tag where it has none. */
  async referrers(digest) {
    let entries = await this.client.referrers(this.repository, digest);
    if (entries.length > this.limits.children) throw new WasmpackError("PULL_TOO_BIG", `${this.name}: ${digest} has ${entries.length} referrers, over the cap of ${this.limits.children}`, "this is not a wasm image wasmpack reads");
    return Promise.all(entries.filter((d) => isManifestType(d.mediaType)).map((d) => graph(this.store, d, this.limits)));
  }
  close() {
    return this.client.close();
  }
};

// src/targets/grace.ts
function graceSignal(outer, ms = 1e4) {
  if (!outer) return { signal: void 0, done: /* @__PURE__ */ __name(() => {
  }, "done") };
  let controller = new AbortController(), timer, onAbort = /* @__PURE__ */ __name(() => {
    timer = setTimeout(() => controller.abort(outer.reason), ms), timer.unref();
  }, "onAbort");
  return outer.aborted ? onAbort() : outer.addEventListener("abort", onAbort, { once: !0 }), {
    signal: controller.signal,
    done: /* @__PURE__ */ __name(() => {
      outer.removeEventListener("abort", onAbort), timer && clearTimeout(timer);
    }, "done")
  };
}
__name(graceSignal, "graceSignal");

// src/targets/registry/referrers.ts
function subjectOf(node) {
  try {
    return JSON.parse(node.bytes.toString("utf8")).subject;
  } catch {
    return;
  }
}
__name(subjectOf, "subjectOf");
async function listInFallbackTag(client, repository, referrer, subject, scopes, putSignal) {
  let doc = JSON.parse(referrer.bytes.toString("utf8")), tag = referrersFallbackTag(subject.digest), existing = await client.findManifest(repository, tag, ...scopes ? [scopes] : []), index = existing ? JSON.parse(existing.bytes.toString("utf8")) : {}, artifactType = doc.artifactType ?? doc.config?.mediaType, entry = {
    mediaType: referrer.descriptor.mediaType,
    digest: referrer.descriptor.digest,
    size: referrer.descriptor.size,
    ...artifactType ? { artifactType } : {},
    ...doc.annotations ? { annotations: doc.annotations } : {}
  }, manifests = (index.manifests ?? []).filter((d) => d.digest !== entry.digest);
  manifests.push(entry);
  let bytes = canonicalJson({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests });
  await client.putManifest(repository, tag, bytes, MediaType.ociIndex, putSignal ? { signal: putSignal } : {});
}
__name(listInFallbackTag, "listInFallbackTag");

// src/targets/registry/target.ts
var RegistryTarget = class {
  constructor(options) {
    this.options = options;
    this.name = `${options.registry}/${options.repository}`;
    let { repository: _repository, mountFrom: _mountFrom, hooks: _hooks, concurrency, ...client } = options;
    this.client = new RegistryClient({ ...client, ...concurrency !== void 0 ? { connections: concurrency } : {} });
  }
  options;
  static {
    __name(this, "RegistryTarget");
  }
  name;
  client;
  closed = !1;
  /**
   * Whether the repository holds a manifest, as this target last learnt it (a HEAD, or its own PUT):
   * copyImage asks about a root before its blobs, and an untagged root is not asked again when it
   * is written after them.
   */
  manifestsKnown = /* @__PURE__ */ new Map();
  /** The push scope is asked for up front, so one token serves HEADs and uploads alike. */
  get scopes() {
    return pushScopes(this.options.repository, this.options.mountFrom);
  }
  async exists(descriptor) {
    let repo = this.options.repository;
    if (isManifestType(descriptor.mediaType)) {
      let known = this.manifestsKnown.get(descriptor.digest);
      if (known !== void 0) return known;
      let there = await this.client.headManifest(repo, descriptor.digest, this.scopes) !== void 0;
      return this.manifestsKnown.set(descriptor.digest, there), there;
    }
    return this.client.headBlob(repo, descriptor.digest, this.scopes);
  }
  async pushBlob(blob, hooks) {
    let repo = this.options.repository;
    return this.client.pushBlob(repo, blob, {
      ...this.options.mountFrom ? { mountFrom: this.options.mountFrom } : {},
      onProgress: /* @__PURE__ */ __name((sent) => hooks?.onProgress?.(blob.descriptor, sent), "onProgress")
    });
  }
  /** A referrer (a manifest with a subject) is also listed in the fallback tag where the registry has no referrers API. */
  async pushManifest(node, placement, hooks) {
    let repo = this.options.repository, tag = placementTag(placement);
    if (tag === void 0 && "root" in placement && await this.exists(node.descriptor)) return "skipped";
    let grace = graceSignal(this.options.signal);
    try {
      let put = await this.client.putManifest(repo, tag ?? node.descriptor.digest, node.bytes, node.descriptor, grace.signal ? { signal: grace.signal } : {});
      this.manifestsKnown.set(node.descriptor.digest, !0);
      let subject = subjectOf(node);
      return subject ? put.subject ? (hooks?.onReferrer?.(node.descriptor, "api"), "pushed") : (await listInFallbackTag(this.client, repo, node, subject, this.scopes, grace.signal), hooks?.onReferrer?.(node.descriptor, "fallback-tag"), "pushed") : "pushed";
    } finally {
      grace.done();
    }
  }
  /** A registry makes each write visible as it lands; tags were pushed last by copyImage. */
  async commit() {
  }
  /** Cancels upload sessions still open; pushed blobs are harmless (unreferenced, garbage-collected). */
  async abort() {
    for (let session of this.client.pendingUploads()) await this.client.cancelUpload(this.options.repository, session);
  }
  async close() {
    this.closed || (this.closed = !0, this.options.hooks?.onStats?.({ ...this.client.stats }), await this.client.close());
  }
};

// src/targets/connect.ts
function clientOptions(host, access) {
  return {
    registry: host.apiHost,
    credentials: access.credentials,
    // --insecure-registry names the registry as the user writes it.
    insecure: access.tlsVerify === !1 || (access.insecureRegistries ?? []).includes(host.registry),
    ...access.tlsVerify === !1 ? { tlsVerify: !1 } : {},
    ...access.certDir ? { certDir: access.certDir } : {},
    ...access.signal ? { signal: access.signal } : {},
    ...access.send ? { send: access.send } : {},
    ...access.now ? { now: access.now } : {},
    ...access.log ? { log: access.log } : {},
    ...access.retryEnvironment ? { retryEnvironment: access.retryEnvironment } : {},
    ...access.schemeMemory ? { schemeMemory: access.schemeMemory } : {}
  };
}
__name(clientOptions, "clientOptions");
function registryClient(host, access) {
  return new RegistryClient(clientOptions(host, access));
}
__name(registryClient, "registryClient");
function connect(reference, access, options = {}) {
  return new RegistryTarget({
    ...clientOptions(reference, access),
    repository: reference.repository,
    ...options.mountFrom && options.mountFrom !== reference.repository ? { mountFrom: options.mountFrom } : {},
    ...options.hooks ? { hooks: options.hooks } : {}
  });
}
__name(connect, "connect");
function openSource(spec, access, options = {}) {
  switch (spec.transport) {
    case "oci":
      return new LayoutSource(resolve(spec.dir), { ...options, ...spec.tag ? { reference: spec.tag } : {} });
    case "oci-archive":
      return new OciArchiveSource(resolve(spec.file), spec.tag, options.limits);
    case "docker-archive":
      return new DockerArchiveSource(resolve(spec.file), spec.reference, options.limits);
    case "registry":
      return new RegistrySource(registryClient(spec.reference, access), spec.reference.repository, manifestReference(spec.reference), options.limits);
  }
}
__name(openSource, "openSource");
function openTarget(spec, access, options = {}) {
  return spec.transport === "registry" ? connect(spec.reference, access, options) : openLocalTarget(spec, options.repoTags);
}
__name(openTarget, "openTarget");

export {
  readCappedBody,
  registryError,
  parseChallenges,
  pickChallenge,
  drain,
  refuseCleartextCredentials,
  resolveRealm,
  registryClient,
  connect,
  openSource,
  openTarget
};
