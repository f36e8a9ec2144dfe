import { WasmpackError, redact } from '../errors.js';

/**
 * An image reference, parsed with the distribution reference grammar:
 * https://github.com/distribution/reference/blob/main/reference.go
 *
 *   reference  := name [ ":" tag ] [ "@" digest ]
 *   name       := [domain "/"] path-component ["/" path-component]*
 *   domain     := host [":" port]
 *
 * Values are immutable.
 */
export interface Reference {
  /** The registry as written ("ghcr.io", "localhost:5000"); "docker.io" for Docker Hub. */
  readonly registry: string;
  /** The host the HTTP API lives on: registry-1.docker.io for Docker Hub, else `registry`. */
  readonly apiHost: string;
  /** Path inside the registry; single-component Docker Hub names get "library/". */
  readonly repository: string;
  readonly tag?: string;
  /** When both are present the digest is what gets fetched; the tag is kept for display. */
  readonly digest?: string;
  /**
   * The reference as the user wrote it ("app:1.0", "localhost:5000/app:1.0"): what names the
   * image in a local layout (skopeo reads oci:DIR:<text>) and in results.
   */
  readonly text: string;
  /** Canonical form: registry/repository[:tag][@digest]. */
  toString(): string;
}

export const DOCKER_HUB = 'docker.io';
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The tag a reference without tag or digest means (docker and podman agree). */
export const DEFAULT_TAG = 'latest';

// Limits from the grammar: name (domain + path) at most 255 characters, tag at most 128.
const NAME_MAX = 255;
const TAG_MAX = 128;

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
/** The one tag grammar (distribution-spec "pulling manifests"): 1-128 of [A-Za-z0-9_.-], not starting with "." or "-". */
export const TAG_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const TAG = TAG_PATTERN;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
// A domain label may contain uppercase (hostnames are case-insensitive), digits and inner hyphens.
const DOMAIN_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6_HOST = /^\[[0-9a-fA-F:.]+\]$/;

const HINT = 'an image reference looks like ghcr.io/acme/app:1.0, localhost:5000/app, alpine, or docker.io/library/alpine@sha256:<64 hex digits>';

export function parseReference(input: string): Reference {
  const fail = (what: string, hint = HINT): never => {
    throw new WasmpackError('BAD_REFERENCE', `invalid image reference "${redact(input)}": ${what}`, hint);
  };

  if (input.length === 0) fail('it is empty');
  if (input.trim() !== input) fail('it has leading or trailing whitespace');

  let rest = input.startsWith('docker://') ? input.slice('docker://'.length) : input;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (scheme) fail(`"${scheme[1]}://" is not part of an image reference`, 'drop the scheme: write ghcr.io/acme/app:1.0, not https://ghcr.io/acme/app:1.0');
  if (rest.length === 0) fail('it is empty after "docker://"');

  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest.length === 0) fail('the digest after "@" is empty', 'a digest looks like sha256:<64 lowercase hex digits>');
    if (digest.includes('@')) fail('it contains more than one "@"');
    if (!DIGEST.test(digest)) fail(describeBadDigest(digest), 'a digest looks like sha256:<64 lowercase hex digits>, e.g. ghcr.io/acme/app@sha256:' + '0'.repeat(64));
  }
  if (rest.length === 0) fail('the name before "@" is empty');

  // A ":" after the last "/" starts the tag; an earlier one belongs to the registry's port.
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    checkTag(tag, fail);
  }
  const name = rest;
  if (name.length === 0) fail('the repository name is empty');
  if (name.startsWith('/')) fail('it starts with "/"');
  if (name.endsWith('/')) fail('it ends with "/" (trailing slash)');
  if (name.includes('//')) fail('it contains "//" (double slash)');

  const components = name.split('/');
  // By the grammar "localhost:5000" is docker.io/library/localhost tagged 5000 and "ghcr.io" is
  // docker.io/library/ghcr.io; nobody means that, so say what is missing instead.
  if (components.length === 1 && (name === 'localhost' || name.includes('.'))) {
    const registryText = tag !== undefined && /^[0-9]+$/.test(tag) ? `${name}:${tag}` : name;
    fail(`"${registryText}" names a registry but no repository`, `add the repository: ${registryText}/my-app:1.0`);
  }
  let registry = DOCKER_HUB;
  let pathComponents = components;
  const first = components[0]!;
  // https://github.com/distribution/reference/blob/main/normalize.go (splitDockerDomain)
  if (components.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
    registry = first;
    pathComponents = components.slice(1);
    checkRegistry(registry, fail);
    if (registry === 'index.docker.io') registry = DOCKER_HUB;
  }
  for (const component of pathComponents) checkPathComponent(component, fail);

  if (registry === DOCKER_HUB && pathComponents.length === 1) pathComponents = ['library', ...pathComponents];
  // The limit applies to the normalised name, as distribution checks it after adding docker.io/library/.
  const fullName = `${registry}/${pathComponents.join('/')}`;
  if (fullName.length > NAME_MAX) fail(`the name ${registry === first ? '' : `(as ${registry}/...) `}is ${fullName.length} characters long; at most ${NAME_MAX} are allowed`);
  return makeReference(registry, pathComponents.join('/'), tag, digest, input.startsWith('docker://') ? input.slice('docker://'.length) : input);
}

/** Checks a tag made by wasmpack (a suffix added to the user's tag) against the grammar. */
export function assertTag(tag: string, what: string, code = 'BAD_TAG'): void {
  checkTag(tag, (why) => {
    throw new WasmpackError(code, `${what} is not a valid tag: ${why}`, 'a tag is 1-128 of [A-Za-z0-9_.-] and does not start with "." or "-": use a shorter base tag');
  });
}

/** tag + suffix, checked against the tag grammar before anything is named by it. */
export function tagWithSuffix(tag: string, suffix: string, code = 'BAD_TAG'): string {
  const full = `${tag}${suffix}`;
  assertTag(full, `the tag "${full}" made from "${tag}"`, code);
  return full;
}

/**
 * The same repository under the tag + suffix: withTagSuffix(app:1.0, "-aot-x86_64") is
 * app:1.0-aot-x86_64, and a reference without a tag means latest (app -> app:latest-aot-x86_64).
 * A digest is dropped: the suffixed tag names another manifest. `text` follows the tag.
 */
export function withTagSuffix(ref: Reference, suffix: string, code = 'BAD_TAG'): Reference {
  const tag = tagWithSuffix(ref.tag ?? DEFAULT_TAG, suffix, code);
  const written = ref.text.replace(/@.*$/, '');
  const name = ref.tag !== undefined ? written.slice(0, written.length - ref.tag.length - 1) : written;
  return makeReference(ref.registry, ref.repository, tag, undefined, `${name}:${tag}`);
}

/** The same repository pinned to a digest (the tag is kept for display). */
export function referenceWithDigest(ref: Reference, digest: string): Reference {
  if (!DIGEST.test(digest)) {
    throw new WasmpackError('BAD_REFERENCE', `invalid digest for ${ref.registry}/${ref.repository}: ${describeBadDigest(digest)}`, 'a digest looks like sha256:<64 lowercase hex digits>');
  }
  return makeReference(ref.registry, ref.repository, ref.tag, digest, `${ref.text.replace(/@.*$/, '')}@${digest}`);
}

/** What goes after /manifests/ in the API: the digest when there is one, else the tag, else "latest". */
export function manifestReference(ref: Reference): string {
  return ref.digest ?? ref.tag ?? DEFAULT_TAG;
}

export function isDockerHub(host: string): boolean {
  return host === DOCKER_HUB || host === 'index.docker.io' || host === DOCKER_HUB_API_HOST;
}

function makeReference(registry: string, repository: string, tag: string | undefined, digest: string | undefined, written: string): Reference {
  const apiHost = registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
  const text = `${registry}/${repository}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
  const ref: Reference = {
    registry,
    apiHost,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    text: written,
    toString: () => text,
  };
  return Object.freeze(ref);
}

function checkTag(tag: string, fail: (what: string, hint?: string) => never): void {
  const tagHint = 'a tag is 1-128 of [A-Za-z0-9_.-] and does not start with "." or "-", e.g. ghcr.io/acme/app:1.0.0';
  if (tag.length === 0) fail('the tag after ":" is empty', tagHint);
  if (tag.length > TAG_MAX) fail(`the tag is ${tag.length} characters long; at most ${TAG_MAX} are allowed`, tagHint);
  if (TAG.test(tag)) return;
  if (tag.startsWith('.') || tag.startsWith('-')) fail(`the tag "${tag}" must not start with "${tag[0]}"`, tagHint);
  const bad = [...tag].find((c) => !/[a-zA-Z0-9._-]/.test(c));
  fail(`the tag "${tag}" contains the invalid character ${JSON.stringify(bad)}`, tagHint);
}

function checkRegistry(registry: string, fail: (what: string, hint?: string) => never): void {
  const registryHint = 'a registry is a host name with an optional port, e.g. ghcr.io or localhost:5000';
  let host = registry;
  let port: string | undefined;
  if (registry.startsWith('[')) {
    const close = registry.indexOf(']');
    host = close === -1 ? registry : registry.slice(0, close + 1);
    const after = close === -1 ? '' : registry.slice(close + 1);
    if (after.length > 0) {
      if (!after.startsWith(':')) fail(`the registry "${registry}" is not a valid host`, registryHint);
      port = after.slice(1);
    }
    if (!IPV6_HOST.test(host)) fail(`the registry "${registry}" is not a valid IPv6 address in brackets`, registryHint);
  } else {
    const parts = registry.split(':');
    if (parts.length > 2) fail(`the registry "${registry}" contains more than one ":"`, registryHint);
    host = parts[0]!;
    port = parts[1];
    if (host.length === 0) fail(`the registry "${registry}" has no host name`, registryHint);
    for (const label of host.split('.')) {
      if (!DOMAIN_LABEL.test(label)) fail(`the registry host "${host}" is not a valid host name`, registryHint);
    }
  }
  if (port !== undefined) {
    if (!/^[0-9]+$/.test(port)) fail(`the registry port "${port}" is not a number`, registryHint);
    const n = Number(port);
    if (n < 1 || n > 65535) fail(`the registry port ${port} is outside 1-65535`, registryHint);
  }
}

function checkPathComponent(component: string, fail: (what: string, hint?: string) => never): void {
  if (PATH_COMPONENT.test(component)) return;
  const repoHint = 'repository path components are lowercase letters and digits, separated inside by ".", "_", "__" or "-", e.g. ghcr.io/acme/my-app';
  if (component !== component.toLowerCase() && PATH_COMPONENT.test(component.toLowerCase())) {
    fail(`repository must be lowercase ("${component}" has uppercase letters)`, `use "${component.toLowerCase()}"`);
  }
  const bad = [...component].find((c) => !/[a-z0-9._-]/.test(c));
  if (bad !== undefined) {
    if (bad !== bad.toLowerCase()) fail(`repository must be lowercase ("${component}" has uppercase letters)`, repoHint);
    fail(`the repository component "${component}" contains the invalid character ${JSON.stringify(bad)}`, repoHint);
  }
  if (/^[._-]/.test(component) || /[._-]$/.test(component)) {
    fail(`the repository component "${component}" must start and end with a lowercase letter or digit`, repoHint);
  }
  fail(`the repository component "${component}" has an invalid separator (only ".", "_", "__" or runs of "-" may join letters and digits)`, repoHint);
}

function describeBadDigest(digest: string): string {
  const colon = digest.indexOf(':');
  if (colon === -1) return `the digest "${digest}" has no algorithm (expected sha256:<hex>)`;
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  if (algorithm !== 'sha256') return `the digest algorithm "${algorithm}" is not supported (only sha256)`;
  if (!/^[a-fA-F0-9]*$/.test(hex)) return `the digest "${digest}" contains characters that are not hex`;
  if (hex.length !== 64) return `the sha256 digest has ${hex.length} hex digits; it needs 64`;
  return `the digest "${digest}" must use lowercase hex`;
}
