import { WasmpackError } from '../errors.js';
import { parseReference } from '../oci/reference.js';
import { isPullRequest, type RunContext } from './context.js';
import { HINT } from './inputs.js';

/** The distribution grammar's tag: https://github.com/distribution/reference/blob/main/reference.go */
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;

/** Semantic Versioning 2.0.0 (https://semver.org/#backusnaur-form-grammar-for-valid-semver-versions), optional leading "v". */
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface Version {
  major: string;
  minor: string;
  patch: string;
  prerelease?: string;
  build?: string;
  /** The version without the "v": what the version annotation records. */
  text: string;
}

/** A git tag name as a semantic version, or undefined. */
export function parseVersion(name: string): Version | undefined {
  const m = SEMVER.exec(name);
  if (!m) return undefined;
  const version: Version = { major: m[1]!, minor: m[2]!, patch: m[3]!, text: name.replace(/^v/, '') };
  if (m[4]) version.prerelease = m[4];
  if (m[5]) version.build = m[5];
  return version;
}

/** The version a ref names (refs/tags/v1.2.3 -> 1.2.3), if it is a version tag. */
export function refVersion(ref: string): Version | undefined {
  return ref.startsWith('refs/tags/') ? parseVersion(ref.slice('refs/tags/'.length)) : undefined;
}

/**
 * Any text as a valid tag: characters outside [A-Za-z0-9_.-] become "-" (feature/x -> feature-x),
 * a leading "." or "-" is dropped (a tag must start with [A-Za-z0-9_]), at most 128 characters.
 */
export function sanitizeTag(text: string): string | undefined {
  const tag = text
    .replace(/[^a-zA-Z0-9_.-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  return TAG.test(tag) ? tag : undefined;
}

/**
 * Tags from the event, as docker/metadata-action's defaults give them:
 * - a version tag push v1.2.3: 1.2.3, 1.2, 1 (not for major 0) and latest; a prerelease or build
 *   (v1.2.3-rc.1, v1.2.3+b1) only its own version (1.2.3-rc.1, 1.2.3_b1: "+" is not allowed in a tag),
 *   so floating tags never move to one;
 * - another tag push: the tag name, sanitised;
 * - a branch: the branch name, sanitised, and sha-<7 hex>;
 * - a pull request: pr-<number> (the merge commit's sha is not worth a tag).
 */
export function eventTags(context: RunContext): string[] {
  if (isPullRequest(context)) return context.pullRequest !== undefined ? [`pr-${context.pullRequest}`] : [];
  const short = /^[0-9a-f]{7,}$/.test(context.sha) ? [`sha-${context.sha.slice(0, 7)}`] : [];
  if (context.ref.startsWith('refs/tags/')) {
    const name = context.ref.slice('refs/tags/'.length);
    const version = parseVersion(name);
    if (!version) return unique([sanitizeTag(name)]);
    if (version.prerelease || version.build) return unique([sanitizeTag(version.text.replace(/\+/g, '_'))]);
    const { major, minor, patch } = version;
    return unique([`${major}.${minor}.${patch}`, `${major}.${minor}`, major === '0' ? undefined : major, 'latest']);
  }
  if (context.ref.startsWith('refs/heads/')) return unique([sanitizeTag(context.ref.slice('refs/heads/'.length)), ...short]);
  return short;
}

/** An `images` entry must be a repository: a tag or digest there would be ambiguous. */
export function checkImage(image: string): string {
  const ref = parseReference(image);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new WasmpackError('ACTION_BAD_INPUT', `input "images" takes repositories without a tag or digest, got "${image}"`, `write the repository (${ref.registry}/${ref.repository}) in images, and extra tags in the "tags" input; ${HINT}`);
  }
  return image;
}

/**
 * Every reference to build and push: each image with each event tag and each bare extra tag, then
 * the extra full references. A bare tag is a word without "/", ":" or "@" ("edge", "nightly").
 */
export function imageReferences(images: string[], tags: string[], extra: string[]): string[] {
  const bare: string[] = [];
  const full: string[] = [];
  for (const item of extra) {
    if (/[/:@]/.test(item)) {
      parseReference(item);
      full.push(item);
    } else if (TAG.test(item)) {
      bare.push(item);
    } else {
      throw new WasmpackError('ACTION_BAD_INPUT', `input "tags": "${item}" is neither a tag nor an image reference`, `a tag is up to 128 of [A-Za-z0-9_.-] (not starting with "." or "-"); a reference looks like ghcr.io/acme/app:1.0; ${HINT}`);
    }
  }
  if (bare.length > 0 && images.length === 0) {
    throw new WasmpackError('ACTION_BAD_INPUT', `input "tags" has the bare tag "${bare[0]}" but "images" is empty, so there is no repository to apply it to`, `list repositories in "images" (ghcr.io/acme/app), or write full references in "tags"; ${HINT}`);
  }
  const refs = images.map(checkImage).flatMap((image) => unique([...tags, ...bare]).map((tag) => `${image}:${tag}`));
  return unique([...refs, ...full]);
}

function unique(items: Array<string | undefined>): string[] {
  return [...new Set(items.filter((s): s is string => s !== undefined && s !== ''))];
}
