import { WasmpackError, wrap } from '../errors.js';
import { shortDigest } from '../oci/digest.js';
import { DEFAULT_TAG } from '../oci/reference.js';
import type { Reporter } from '../report/reporter.js';
import { dockerArchiveRunNote } from '../targets/archive/index.js';
import type { RegistryAccess } from '../targets/connect.js';
import { openLocalTarget } from '../targets/local.js';
import { transaction, type CopyResult } from '../targets/copy.js';
import type { CopyHooks, TransferStats } from '../targets/target.js';
import { transportName, type TransportSpec } from '../targets/transport-spec.js';
import { companionTag, copyGraph } from './copy-graph.js';
import { kubernetesIndexWarning } from './kubernetes.js';
import type { ImageGraph } from './graph.js';

export interface PublishDeps {
  access: RegistryAccess;
  reporter: Reporter;
  /** Repository on the same registry to mount blobs from. */
  mountFrom?: string;
  /** Blobs uploaded at once. */
  concurrency?: number;
}

export interface Published {
  /** How the destination is named in results: the reference, or the transport spec. */
  destination: string;
  digest: string;
  tags: string[];
  result: CopyResult;
  /** AOT companion tags written beside `tags`. */
  extraTags?: string[];
  /** HTTP requests and blob bytes, for registries. */
  stats?: TransferStats;
}

export interface PublishResult {
  digest: string;
  pushed: Published[];
}

/** One place images go, with every tag it gets there. */
interface Placement {
  spec: TransportSpec;
  tags: string[];
}

/**
 * Takes one image graph to every destination with the one copy routine. Destinations that name
 * the same repository share one target (one ping, one token; blobs once, then each tag); later
 * repositories on the same registry mount blobs from the first instead of uploading them again.
 * Each target is one transaction: the image, its companions and referrers commit together.
 */
export async function publish(graph: ImageGraph, destinations: readonly TransportSpec[], deps: PublishDeps): Promise<PublishResult> {
  const digest = graph.image.descriptor.digest;
  const pushed: Published[] = [];
  const firstRepoOnRegistry = new Map<string, string>();
  const all = placements(destinations, graph.reference);
  // Tags that landed, for the message of an interrupt: the user learns what is already public.
  const tagged: string[] = [];
  // Every companion tag is checked before the first byte is sent.
  for (const placement of all) for (const companion of graph.companions) placement.tags.forEach((t) => companionTag(t, companion.suffix));
  for (const placement of all) {
    const reference = placement.spec.transport === 'registry' ? placement.spec.reference : undefined;
    const mountFrom = deps.mountFrom ?? (reference ? firstRepoOnRegistry.get(reference.apiHost) : undefined);
    let stats: TransferStats | undefined;
    const hooks: CopyHooks = { ...progressHooks(deps.reporter), onStats: (s) => (stats = s), onTagged: (tag) => tagged.push(taggedName(placement.spec, tag)) };
    // The registry client (and node:http, tls) is loaded only for a registry destination.
    const target =
      placement.spec.transport === 'registry'
        ? (await import('../targets/connect.js')).openTarget(placement.spec, deps.access, { hooks, ...(mountFrom ? { mountFrom } : {}) })
        : openLocalTarget(placement.spec, placement.tags);
    const kubernetes = reference && placement.tags.length ? kubernetesIndexWarning(graph.image, transportName(placement.spec)) : undefined;
    if (kubernetes) deps.reporter.warn(kubernetes);
    deps.reporter.step(`pushing ${graph.name} to ${target.name}`);
    const copy = { hooks, concurrency: deps.concurrency ?? 3, ...(deps.access.signal ? { signal: deps.access.signal } : {}) };
    // A docker-archive holds the one image it is named for; layouts, OCI archives and registries take the whole graph.
    const whole = placement.spec.transport !== 'docker-archive';
    const { result, extraTags } = await transaction(target, () => copyGraph(whole ? graph : { ...graph, companions: [], referrers: [] }, target, placement.tags, copy))
      .catch((err: unknown) => {
        if (deps.access.signal?.aborted) throw interrupted(tagged);
        return wrap(err, `pushing ${graph.name} to ${target.name}`);
      })
      .finally(() => target.close());
    if (reference && !firstRepoOnRegistry.has(reference.apiHost)) firstRepoOnRegistry.set(reference.apiHost, reference.repository);
    deps.reporter.succeed(`${target.name}: ${result.pushed} pushed, ${result.skipped} already there, ${result.mounted} mounted`);
    if (placement.spec.transport === 'docker-archive') deps.reporter.info(dockerArchiveRunNote(placement.spec.file, placement.tags[0] ?? graph.reference));
    pushed.push({ destination: transportName(placement.spec), digest, tags: placement.tags, result, ...(extraTags.length ? { extraTags } : {}), ...(stats ? { stats } : {}) });
  }
  return { digest, pushed };
}

/** How a tag that landed is named to the user: the reference, or the file/layout and its tag. */
function taggedName(spec: TransportSpec, tag: string): string {
  return spec.transport === 'registry' ? `${spec.reference.registry}/${spec.reference.repository}:${tag}` : `${transportName(spec)} (${tag})`;
}

/** An interrupt during a push: manifest PUTs on the wire were let finish; say which tags landed. */
function interrupted(tagged: readonly string[]): WasmpackError {
  return new WasmpackError(
    'INTERRUPTED',
    tagged.length ? `interrupted; tags completed before stopping: ${tagged.join(', ')}` : 'interrupted before any tag was written; nothing half-written was kept',
    'run the same command again to finish: blobs already uploaded are skipped',
  );
}

/**
 * Registry destinations of one repository become one placement with all their tags; other
 * destinations stand alone. A digest-only reference stores the manifest by digest and tags nothing.
 */
function placements(destinations: readonly TransportSpec[], defaultReference: string): Placement[] {
  const byRepository = new Map<string, Placement>();
  const out: Placement[] = [];
  for (const spec of destinations) {
    if (spec.transport !== 'registry') {
      out.push({ spec, tags: fileTags(spec, defaultReference) });
      continue;
    }
    const ref = spec.reference;
    const key = `${ref.apiHost}/${ref.repository}`;
    let placement = byRepository.get(key);
    if (!placement) {
      placement = { spec, tags: [] };
      byRepository.set(key, placement);
      out.push(placement);
    }
    const tag = ref.digest && !ref.tag ? undefined : (ref.tag ?? DEFAULT_TAG);
    if (tag && !placement.tags.includes(tag)) placement.tags.push(tag);
  }
  return out;
}

function fileTags(spec: Exclude<TransportSpec, { transport: 'registry' }>, defaultReference: string): string[] {
  switch (spec.transport) {
    case 'oci':
    case 'oci-archive':
      return spec.tag ? [spec.tag] : [];
    case 'docker-archive':
      return [spec.reference ?? defaultReference];
  }
}

function progressHooks(reporter: Reporter): CopyHooks {
  return {
    onSkipped: (d) => reporter.info(`${shortDigest(d.digest)} already there`),
    onProgress: (d, sent) => reporter.progress(shortDigest(d.digest), sent, d.size),
    onDone: (d, outcome) => {
      if (outcome === 'mounted') reporter.info(`${shortDigest(d.digest)} mounted`);
    },
    onReferrer: (d, how) => reporter.info(`referrer ${shortDigest(d.digest)}${d.artifactType ? ` (${d.artifactType})` : ''} attached (${how === 'api' ? 'referrers API' : 'fallback tag'})`),
  };
}
