import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WasmpackError, wrap } from '../errors.js';
import type { ManifestNode } from '../oci/content.js';
import { shortDigest } from '../oci/digest.js';
import { copyImage, type CopyResult } from '../targets/copy.js';
import { readLayoutImage, readLayoutManifest } from '../targets/layout.js';
import { RegistryTarget } from '../targets/registry/index.js';
import { recordReferrer } from './referrers.js';
import { describeDestination, openTarget, type OpenedTarget, type RegistryAccess } from '../targets/open.js';
import type { CopyHooks, Target } from '../targets/target.js';
import { parseTransport } from '../targets/transport-spec.js';
import type { Reporter } from '../report/reporter.js';
import { loadLastBuild } from './state.js';

export interface PushRequest {
  /** oci:DIR[:TAG], a project directory, or undefined for the last build in `dir`. */
  source?: string;
  /** References or transports; default: the tags the image was built with. */
  destinations: string[];
  /** Project directory whose last build is the default source. */
  dir: string;
  /** Repository on the same registry to mount blobs from. */
  mountFrom?: string;
  concurrency?: number;
}

export interface PushedImage {
  destination: string;
  digest: string;
  tags: string[];
  result: CopyResult;
  /** AOT sibling/embedded tags written beside `tags`. */
  extraTags?: string[];
  /** HTTP requests and blob bytes, for registries. */
  stats?: { requests: number; blobBytesUploaded: number; tokenFetches: number; retries: number };
}

export interface PushResult {
  digest: string;
  pushed: PushedImage[];
}

export interface PushDeps {
  access: RegistryAccess;
  reporter: Reporter;
}

interface Source {
  image: ManifestNode;
  name: string;
  defaultDestinations: string[];
  /** The reference an archive is tagged with when its destination names none. */
  defaultReference: string;
  /** AOT images pushed beside each destination tag, under tag + suffix. */
  extras: Array<{ suffix: string; image: ManifestNode }>;
  /** Manifests whose subject is the image (AOT referrers), pushed by digest. */
  referrers: ManifestNode[];
}

/**
 * Sends one image to every destination with the one copy routine. Destinations that name the
 * same repository share one copy (blobs once, then each tag); later repositories on the same
 * registry mount blobs from the first instead of uploading them again.
 */
export async function pushImage(request: PushRequest, deps: PushDeps): Promise<PushResult> {
  const source = await openSource(request);
  const destinations = request.destinations.length ? request.destinations : source.defaultDestinations;
  if (destinations.length === 0) {
    throw new WasmpackError('NO_DESTINATION', `the image ${source.name} was built without a tag, so there is nowhere to push it by default`, 'name a destination (wasmpack push localhost:5000/app:1.0), or build with -t REF / "tags" in wasmpack.json');
  }
  const digest = source.image.descriptor.digest;
  const pushed: PushedImage[] = [];
  const firstRepoOnRegistry = new Map<string, string>();
  for (const group of groupDestinations(destinations, source.defaultReference)) {
    const opened = openTarget(group.destinations[0]!, deps.access, {
      defaultReference: source.defaultReference,
      mountFrom: request.mountFrom ?? (group.registry ? firstRepoOnRegistry.get(group.registry) : undefined),
    });
    const tags = [...new Set(group.destinations.flatMap((d) => describeDestination(d, source.defaultReference).tags))];
    deps.reporter.step(`pushing ${source.name} to ${opened.target.name}`);
    let result: CopyResult;
    let extraTags: string[];
    try {
      result = await copyImage(source.image, opened.target, { tags, hooks: progressHooks(deps.reporter), concurrency: request.concurrency ?? 3, ...(deps.access.signal ? { signal: deps.access.signal } : {}) });
      extraTags = await pushCompanions(source, opened, tags, group.repository, deps);
    } catch (err) {
      wrap(err, `pushing ${source.name} to ${opened.target.name}`);
    } finally {
      await opened.target.close?.();
    }
    if (group.registry && group.repository && !firstRepoOnRegistry.has(group.registry)) firstRepoOnRegistry.set(group.registry, group.repository);
    const stats = 'stats' in opened.target ? { ...(opened.target as { stats: PushedImage['stats'] }).stats! } : undefined;
    deps.reporter.succeed(`${opened.target.name}: ${result.pushed} pushed, ${result.skipped} already there, ${result.mounted} mounted`);
    pushed.push({ destination: opened.display, digest, tags, result, ...(extraTags.length ? { extraTags } : {}), ...(stats ? { stats } : {}) });
  }
  return { digest, pushed };
}

async function openSource(request: PushRequest): Promise<Source> {
  if (request.source === undefined) return fromLastBuild(resolve(request.dir));
  const info = await stat(request.source).catch(() => undefined);
  if (info?.isDirectory() && !request.source.startsWith('oci:')) return fromLastBuild(resolve(request.source));
  const spec = parseTransport(request.source);
  if (spec.transport !== 'oci') {
    throw new WasmpackError('UNSUPPORTED_SOURCE', `wasmpack push reads images from an OCI layout, not from ${request.source}`, 'push the last build (wasmpack push DEST), a project directory, or oci:DIR[:TAG]; skopeo copy moves images between other transports');
  }
  const image = await readLayoutImage(resolve(spec.dir), spec.tag);
  return { image, name: spec.tag ?? 'image', defaultDestinations: [], defaultReference: spec.tag ?? 'image:latest', extras: [], referrers: [] };
}

async function fromLastBuild(dir: string): Promise<Source> {
  const build = await loadLastBuild(dir);
  const image = await readLayoutImage(build.layout, build.localTag);
  if (image.descriptor.digest !== build.digest) {
    throw new WasmpackError('STALE_BUILD', `the local image ${build.localTag} changed since the last build recorded it`, 'run `wasmpack build` again');
  }
  const extras = await Promise.all((build.extra ?? []).map(async (e) => ({ suffix: e.suffix, image: await readLayoutImage(build.layout, e.localTag) })));
  const referrers = await Promise.all((build.referrers ?? []).map((digest) => readLayoutManifest(build.layout, digest)));
  return { image, name: build.name, defaultDestinations: build.tags, defaultReference: build.localTag, extras, referrers };
}

/**
 * AOT companions of a pushed image: sibling/embedded images under each tag + suffix (copied with
 * mounts from the same repository, so shared blobs are not sent twice), and referrers by digest
 * with the fallback tag where the registry has no referrers API. Archives hold one image only.
 */
async function pushCompanions(source: Source, opened: OpenedTarget, tags: string[], repository: string | undefined, deps: PushDeps): Promise<string[]> {
  const written: string[] = [];
  const layoutOrRegistry = opened.reference !== undefined || parseTransport(opened.display).transport === 'oci';
  if (!layoutOrRegistry) return written;
  for (const extra of source.extras) {
    const extraTags = tags.map((t) => `${t}${extra.suffix}`);
    const target = reopen(opened, deps);
    try {
      await copyImage(extra.image, target, { tags: extraTags }).catch((err: unknown) => wrap(err, `pushing AOT image ${extraTags.join(', ')}`));
    } finally {
      await target.close?.();
    }
    written.push(...extraTags);
  }
  for (const referrer of source.referrers) {
    const target = reopen(opened, deps);
    try {
      await copyImage(referrer, target, { tags: [] }).catch((err: unknown) => wrap(err, `pushing AOT referrer ${referrer.descriptor.digest}`));
      if (target instanceof RegistryTarget && repository) {
        const how = await recordReferrer(target, repository, referrer);
        deps.reporter.info(`AOT referrer ${shortDigest(referrer.descriptor.digest)} attached (${how === 'api' ? 'referrers API' : 'fallback tag'})`);
      }
    } finally {
      await target.close?.();
    }
  }
  return written;
}

/** A fresh target for the same destination (a target commits once). */
function reopen(opened: OpenedTarget, deps: PushDeps): Target {
  return openTarget(opened.display, deps.access, { defaultReference: opened.tags[0] ?? 'image:latest' }).target;
}

interface DestinationGroup {
  registry?: string;
  repository?: string;
  destinations: string[];
}

/** Registry destinations of one repository are one group (one copy, several tags); others stand alone. */
function groupDestinations(destinations: string[], defaultReference: string): DestinationGroup[] {
  const groups = new Map<string, DestinationGroup>();
  for (const destination of destinations) {
    const { reference } = describeDestination(destination, defaultReference);
    if (!reference) {
      groups.set(`${groups.size}:${destination}`, { destinations: [destination] });
      continue;
    }
    const key = `${reference.apiHost}/${reference.repository}`;
    const group = groups.get(key) ?? { registry: reference.apiHost, repository: reference.repository, destinations: [] };
    group.destinations.push(destination);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function progressHooks(reporter: Reporter): CopyHooks {
  return {
    onSkipped: (d) => reporter.info(`${shortDigest(d.digest)} already there`),
    onProgress: (d, sent) => reporter.progress(shortDigest(d.digest), sent, d.size),
    onDone: (d, outcome) => {
      if (outcome === 'mounted') reporter.info(`${shortDigest(d.digest)} mounted`);
    },
  };
}
