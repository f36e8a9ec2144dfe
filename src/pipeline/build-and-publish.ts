import { WasmpackError } from '../errors.js';
import type { Runner } from '../process/exec.js';
import type { Reporter } from '../report/reporter.js';
import type { RegistryAccess } from '../targets/connect.js';
import { buildProject, type BuildRequest, type BuildResult } from './build.js';
import { parseDestinations } from './destinations.js';
import type { PublishResult } from './publish.js';

export interface BuildAndPublishRequest extends BuildRequest {
  /** -o destinations (oci:, oci-archive:, docker-archive:, or a registry). */
  outputs?: readonly string[];
  /** Push to the build's tags afterwards. */
  push?: boolean;
}

export interface BuildAndPublishDeps {
  reporter: Reporter;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  runner?: Runner;
  /** Asked only when something leaves the machine (credentials may come from stdin). */
  access(): Promise<RegistryAccess>;
}

export interface BuildAndPublishResult {
  build: BuildResult;
  outputs?: PublishResult;
  pushed?: PublishResult;
}

/**
 * `wasmpack build [-o DEST]... [--push]`: one build, then the graph it returned goes to every
 * destination. `-o` takes a registry reference as well as a file transport: a destination is a
 * destination, and `build -o REF` is `build` then `push REF`, as `push` takes the same specs
 * (skopeo's syntax, where a bare reference means a registry). `--push` is the short form for
 * "to the -t tags".
 */
export async function buildAndPublish(request: BuildAndPublishRequest, deps: BuildAndPublishDeps): Promise<BuildAndPublishResult> {
  // Destinations are checked before anything is built, so a typo writes nothing.
  const outputs = parseDestinations(request.outputs ?? []);
  const build = await buildProject(request, { ...(deps.runner ? { runner: deps.runner } : {}), reporter: deps.reporter, env: deps.env, ...(deps.signal ? { signal: deps.signal } : {}) });
  if (request.push && build.tags.length === 0) {
    throw new WasmpackError('NO_DESTINATION', `the image ${build.name} was built without a tag, so --push has nowhere to go`, 'build with -t REF (or "tags" in wasmpack.json), or write it somewhere with -o');
  }
  if (!outputs.length && !request.push) return { build };
  // The registry client loads only when something leaves the machine.
  const [{ publish }, access] = await Promise.all([import('./publish.js'), deps.access()]);
  const publishDeps = { access, reporter: deps.reporter };
  const published = outputs.length ? await publish(build.graph, outputs, publishDeps) : undefined;
  const pushed = request.push ? await publish(build.graph, build.tags.map((reference) => ({ transport: 'registry' as const, reference })), publishDeps) : undefined;
  return { build, ...(published ? { outputs: published } : {}), ...(pushed ? { pushed: pushed } : {}) };
}
