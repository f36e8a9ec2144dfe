import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError,
  redact
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/streams.ts
async function collect(stream, options = {}) {
  let limit = options.limit ?? 1 / 0, chunks = [], size = 0;
  for await (let chunk of stream) {
    let buf = typeof chunk == "string" ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (size += buf.length, size > limit)
      throw stream.destroy?.(), options.tooLarge?.(limit) ?? new Error(`more than ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
__name(collect, "collect");

// src/oci/reference.ts
var DOCKER_HUB = "docker.io", DOCKER_HUB_API_HOST = "registry-1.docker.io", DEFAULT_TAG = "latest", NAME_MAX = 255, TAG_MAX = 128, PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/, TAG_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/, TAG = TAG_PATTERN, DIGEST = /^sha256:[a-f0-9]{64}$/, DOMAIN_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/, IPV6_HOST = /^\[[0-9a-fA-F:.]+\]$/, HINT = "an image reference looks like ghcr.io/acme/app:1.0, localhost:5000/app, alpine, or docker.io/library/alpine@sha256:<64 hex digits>";
function parseReference(input) {
  let fail = /* @__PURE__ */ __name((what, hint = HINT) => {
    throw new WasmpackError("BAD_REFERENCE", `invalid image reference "${redact(input)}": ${what}`, hint);
  }, "fail");
  input.length === 0 && fail("it is empty"), input.trim() !== input && fail("it has leading or trailing whitespace");
  let rest = input.startsWith("docker://") ? input.slice(9) : input, scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  scheme && fail(`"${scheme[1]}://" is not part of an image reference`, "drop the scheme: write ghcr.io/acme/app:1.0, not https://ghcr.io/acme/app:1.0"), rest.length === 0 && fail('it is empty after "docker://"');
  let digest, at = rest.indexOf("@");
  at !== -1 && (digest = rest.slice(at + 1), rest = rest.slice(0, at), digest.length === 0 && fail('the digest after "@" is empty', "a digest looks like sha256:<64 lowercase hex digits>"), digest.includes("@") && fail('it contains more than one "@"'), DIGEST.test(digest) || fail(describeBadDigest(digest), "a digest looks like sha256:<64 lowercase hex digits>, e.g. ghcr.io/acme/app@sha256:" + "0".repeat(64))), rest.length === 0 && fail('the name before "@" is empty');
  let tag, colon = rest.lastIndexOf(":");
  colon > rest.lastIndexOf("/") && (tag = rest.slice(colon + 1), rest = rest.slice(0, colon), checkTag(tag, fail));
  let name = rest;
  name.length === 0 && fail("the repository name is empty"), name.startsWith("/") && fail('it starts with "/"'), name.endsWith("/") && fail('it ends with "/" (trailing slash)'), name.includes("//") && fail('it contains "//" (double slash)');
  let components = name.split("/");
  if (components.length === 1 && (name === "localhost" || name.includes("."))) {
    let registryText = tag !== void 0 && /^[0-9]+$/.test(tag) ? `${name}:${tag}` : name;
    fail(`"${registryText}" names a registry but no repository`, `add the repository: ${registryText}/my-app:1.0`);
  }
  let registry = DOCKER_HUB, pathComponents = components, first = components[0];
  components.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) && (registry = first, pathComponents = components.slice(1), checkRegistry(registry, fail), registry === "index.docker.io" && (registry = DOCKER_HUB));
  for (let component of pathComponents) checkPathComponent(component, fail);
  registry === DOCKER_HUB && pathComponents.length === 1 && (pathComponents = ["library", ...pathComponents]);
  let fullName = `${registry}/${pathComponents.join("/")}`;
  return fullName.length > NAME_MAX && fail(`the name ${registry === first ? "" : `(as ${registry}/...) `}is ${fullName.length} characters long; at most ${NAME_MAX} are allowed`), makeReference(registry, pathComponents.join("/"), tag, digest, input.startsWith("docker://") ? input.slice(9) : input);
}
__name(parseReference, "parseReference");
function assertTag(tag, what, code = "BAD_TAG") {
  checkTag(tag, (why) => {
    throw new WasmpackError(code, `${what} is not a valid tag: ${why}`, 'a tag is 1-128 of [A-Za-z0-9_.-] and does not start with "." or "-": use a shorter base tag');
  });
}
__name(assertTag, "assertTag");
function tagWithSuffix(tag, suffix, code = "BAD_TAG") {
  let full = `${tag}${suffix}`;
  return assertTag(full, `the tag "${full}" made from "${tag}"`, code), full;
}
__name(tagWithSuffix, "tagWithSuffix");
function withTagSuffix(ref, suffix, code = "BAD_TAG") {
  let tag = tagWithSuffix(ref.tag ?? DEFAULT_TAG, suffix, code), written = ref.text.replace(/@.*$/, ""), name = ref.tag !== void 0 ? written.slice(0, written.length - ref.tag.length - 1) : written;
  return makeReference(ref.registry, ref.repository, tag, void 0, `${name}:${tag}`);
}
__name(withTagSuffix, "withTagSuffix");
function manifestReference(ref) {
  return ref.digest ?? ref.tag ?? DEFAULT_TAG;
}
__name(manifestReference, "manifestReference");
function isDockerHub(host) {
  return host === DOCKER_HUB || host === "index.docker.io" || host === DOCKER_HUB_API_HOST;
}
__name(isDockerHub, "isDockerHub");
function makeReference(registry, repository, tag, digest, written) {
  let apiHost = registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry, text = `${registry}/${repository}${tag !== void 0 ? `:${tag}` : ""}${digest !== void 0 ? `@${digest}` : ""}`, ref = {
    registry,
    apiHost,
    repository,
    ...tag !== void 0 ? { tag } : {},
    ...digest !== void 0 ? { digest } : {},
    text: written,
    toString: /* @__PURE__ */ __name(() => text, "toString")
  };
  return Object.freeze(ref);
}
__name(makeReference, "makeReference");
function checkTag(tag, fail) {
  let tagHint = 'a tag is 1-128 of [A-Za-z0-9_.-] and does not start with "." or "-", e.g. ghcr.io/acme/app:1.0.0';
  if (tag.length === 0 && fail('the tag after ":" is empty', tagHint), tag.length > TAG_MAX && fail(`the tag is ${tag.length} characters long; at most ${TAG_MAX} are allowed`, tagHint), TAG.test(tag)) return;
  (tag.startsWith(".") || tag.startsWith("-")) && fail(`the tag "${tag}" must not start with "${tag[0]}"`, tagHint);
  let bad = [...tag].find((c) => !/[a-zA-Z0-9._-]/.test(c));
  fail(`the tag "${tag}" contains the invalid character ${JSON.stringify(bad)}`, tagHint);
}
__name(checkTag, "checkTag");
function checkRegistry(registry, fail) {
  let registryHint = "a registry is a host name with an optional port, e.g. ghcr.io or localhost:5000", host = registry, port;
  if (registry.startsWith("[")) {
    let close = registry.indexOf("]");
    host = close === -1 ? registry : registry.slice(0, close + 1);
    let after = close === -1 ? "" : registry.slice(close + 1);
    after.length > 0 && (after.startsWith(":") || fail(`the registry "${registry}" is not a valid host`, registryHint), port = after.slice(1)), IPV6_HOST.test(host) || fail(`the registry "${registry}" is not a valid IPv6 address in brackets`, registryHint);
  } else {
    let parts = registry.split(":");
    parts.length > 2 && fail(`the registry "${registry}" contains more than one ":"`, registryHint), host = parts[0], port = parts[1], host.length === 0 && fail(`the registry "${registry}" has no host name`, registryHint);
    for (let label of host.split("."))
      DOMAIN_LABEL.test(label) || fail(`the registry host "${host}" is not a valid host name`, registryHint);
  }
  if (port !== void 0) {
    /^[0-9]+$/.test(port) || fail(`the registry port "${port}" is not a number`, registryHint);
    let n = Number(port);
    (n < 1 || n > 65535) && fail(`the registry port ${port} is outside 1-65535`, registryHint);
  }
}
__name(checkRegistry, "checkRegistry");
function checkPathComponent(component, fail) {
  if (PATH_COMPONENT.test(component)) return;
  let repoHint = 'repository path components are lowercase letters and digits, separated inside by ".", "_", "__" or "-", e.g. ghcr.io/acme/my-app';
  component !== component.toLowerCase() && PATH_COMPONENT.test(component.toLowerCase()) && fail(`repository must be lowercase ("${component}" has uppercase letters)`, `use "${component.toLowerCase()}"`);
  let bad = [...component].find((c) => !/[a-z0-9._-]/.test(c));
  bad !== void 0 && (bad !== bad.toLowerCase() && fail(`repository must be lowercase ("${component}" has uppercase letters)`, repoHint), fail(`the repository component "${component}" contains the invalid character ${JSON.stringify(bad)}`, repoHint)), (/^[._-]/.test(component) || /[._-]$/.test(component)) && fail(`the repository component "${component}" must start and end with a lowercase letter or digit`, repoHint), fail(`the repository component "${component}" has an invalid separator (only ".", "_", "__" or runs of "-" may join letters and digits)`, repoHint);
}
__name(checkPathComponent, "checkPathComponent");
function describeBadDigest(digest) {
  let colon = digest.indexOf(":");
  if (colon === -1) return `the digest "${digest}" has no algorithm (expected sha256:<hex>)`;
  let algorithm = digest.slice(0, colon), hex = digest.slice(colon + 1);
  return algorithm !== "sha256" ? `the digest algorithm "${algorithm}" is not supported (only sha256)` : /^[a-fA-F0-9]*$/.test(hex) ? hex.length !== 64 ? `the sha256 digest has ${hex.length} hex digits; it needs 64` : `the digest "${digest}" must use lowercase hex` : `the digest "${digest}" contains characters that are not hex`;
}
__name(describeBadDigest, "describeBadDigest");

export {
  collect,
  DOCKER_HUB,
  DOCKER_HUB_API_HOST,
  DEFAULT_TAG,
  TAG_PATTERN,
  parseReference,
  tagWithSuffix,
  withTagSuffix,
  manifestReference,
  isDockerHub
};
