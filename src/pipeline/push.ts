import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WasmpackError } from '../errors.js';
import type { Reporter } from '../report/reporter.js';
import type { RegistryAccess } from '../targets/connect.js';
import { parseTransport, type TransportSpec } from '../targets/transport-spec.js';
import type { ImageGraph } from './graph.js';
import { openLastBuild, openLayoutGraph } from './last-build.js';
import { parseDestinations } from './destinations.js';
import { publish, type PublishResult } from './publish.js';

export { parseDestinations };

export type { Published as PushedImage, PublishResult as PushResult } from './publish.js';

export interface PushRequest {
  /** oci:DIR[:TAG], a project directory, or undefined for the last build in `dir`. */
  source?: string;
  /** References or transports; default: the tags the image was built with. */
  destinations: readonly string[];
  /** Project directory whose last build is the default source. */
  dir: string;
  /** Repository on the same registry to mount blobs from. */
  mountFrom?: string;
  concurrency?: number;
}

export interface PushDeps {
  access: RegistryAccess;
  reporter: Reporter;
}

/** `wasmpack push`: a built image (the last build, a project, a layout entry) -> every destination. */
export async function pushImage(request: PushRequest, deps: PushDeps): Promise<PublishResult> {
  // Destinations are parsed before the source is opened: a typo reads nothing.
  const named = parseDestinations(request.destinations);
  const source = await openSource(request);
  const destinations = named.length ? named : source.defaults;
  if (destinations.length === 0) {
    throw new WasmpackError('NO_DESTINATION', `the image ${source.graph.name} was built without a tag, so there is nowhere to push it by default`, 'name a destination (wasmpack push localhost:5000/app:1.0), or build with -t REF / "tags" in wasmpack.json');
  }
  return publish(source.graph, destinations, { ...deps, ...(request.mountFrom ? { mountFrom: request.mountFrom } : {}), ...(request.concurrency ? { concurrency: request.concurrency } : {}) });
}


async function openSource(request: PushRequest): Promise<{ graph: ImageGraph; defaults: TransportSpec[] }> {
  if (request.source === undefined) return fromProject(resolve(request.dir));
  const info = await stat(request.source).catch(() => undefined);
  if (info?.isDirectory() && !request.source.startsWith('oci:')) return fromProject(resolve(request.source));
  const spec = parseTransport(request.source);
  if (spec.transport !== 'oci') {
    throw new WasmpackError('UNSUPPORTED_SOURCE', `wasmpack push reads images from an OCI layout, not from ${request.source}`, 'push the last build (wasmpack push DEST), a project directory, or oci:DIR[:TAG]; skopeo copy moves images between other transports');
  }
  return { graph: await openLayoutGraph(resolve(spec.dir), spec.tag), defaults: [] };
}

async function fromProject(dir: string): Promise<{ graph: ImageGraph; defaults: TransportSpec[] }> {
  const build = await openLastBuild(dir);
  return { graph: build.graph, defaults: build.tags.map((reference) => ({ transport: 'registry', reference })) };
}
