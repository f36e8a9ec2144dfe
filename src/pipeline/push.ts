import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WasmpackError, wrap } from '../errors.js';
import type { ManifestNode } from '../oci/content.js';
import { shortDigest } from '../oci/digest.js';
import { copyImage, type CopyResult } from '../targets/copy.js';
import { readLayoutImage } from '../targets/layout.js';
import { describeDestination, openTarget, type RegistryAccess } from '../targets/open.js';
import type { CopyHooks } from '../targets/target.js';
import { parseTransport } from '../targets/transport-spec.js';
import type { Reporter } from '../report/reporter.js';
import { loadLastBuild, type LastBuild } from './state.js';

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
  build?: LastBuild;
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
  for (const group of groupDestinations(destinations, source.name)) {
    const opened = openTarget(group.destinations[0]!, deps.access, {
      name: source.name,
      mountFrom: request.mountFrom ?? (group.registry ? firstRepoOnRegistry.get(group.registry) : undefined),
    });
    const tags = [...new Set(group.destinations.flatMap((d) => describeDestination(d, source.name).tags))];
    deps.reporter.step(`pushing ${source.name} to ${opened.target.name}`);
    let result: CopyResult;
    try {
      result = await copyImage(source.image, opened.target, { tags, hooks: progressHooks(deps.reporter), concurrency: request.concurrency ?? 3, ...(deps.access.signal ? { signal: deps.access.signal } : {}) });
    } catch (err) {
      wrap(err, `pushing ${source.name} to ${opened.target.name}`);
    }
    if (group.registry && group.repository && !firstRepoOnRegistry.has(group.registry)) firstRepoOnRegistry.set(group.registry, group.repository);
    const stats = 'stats' in opened.target ? { ...(opened.target as { stats: PushedImage['stats'] }).stats! } : undefined;
    deps.reporter.succeed(`${opened.target.name}: ${result.pushed} pushed, ${result.skipped} already there, ${result.mounted} mounted`);
    pushed.push({ destination: opened.display, digest, tags, result, ...(stats ? { stats } : {}) });
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
  return { image, name: spec.tag ?? 'image', defaultDestinations: [] };
}

async function fromLastBuild(dir: string): Promise<Source> {
  const build = await loadLastBuild(dir);
  const image = await readLayoutImage(build.layout, build.localTag);
  if (image.descriptor.digest !== build.digest) {
    throw new WasmpackError('STALE_BUILD', `the local image ${build.localTag} changed since the last build recorded it`, 'run `wasmpack build` again');
  }
  return { image, name: build.name, defaultDestinations: build.tags, build };
}

interface DestinationGroup {
  registry?: string;
  repository?: string;
  destinations: string[];
}

/** Registry destinations of one repository are one group (one copy, several tags); others stand alone. */
function groupDestinations(destinations: string[], name: string): DestinationGroup[] {
  const groups = new Map<string, DestinationGroup>();
  for (const destination of destinations) {
    const { reference } = describeDestination(destination, name);
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
