import { canonicalJson } from '../oci/canonical-json.js';
import { provenanceAttachment, type Attachment } from './documents.js';
import { contentHash, isoSeconds } from './identity.js';

// SLSA Build Provenance v1, the predicate only: it is signed into an in-toto statement (subject:
// the image) by the signing step and never attached bare.
// https://slsa.dev/spec/v1.0/provenance

/** Our build type; README's "Provenance" section documents its parameters. */
export const BUILD_TYPE = 'https://wasmpack.dev/buildtypes/build/v1';
/** The builder outside GitHub Actions: whoever ran wasmpack on their own machine. */
export const LOCAL_BUILDER = 'https://wasmpack.dev/builders/local/v1';
/** actions/attest-build-provenance's builder for GitHub-hosted runners. */
export const GITHUB_HOSTED_BUILDER = 'https://github.com/actions/runner/github-hosted';

export interface ResourceDescriptor {
  uri?: string;
  name?: string;
  digest?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface ProvenanceInput {
  /** The build's user-facing inputs: flags and config values, never credentials. */
  parameters: Record<string, unknown>;
  /** What wasmpack decided on its own (format, toolchain found, wasmpack's version). */
  internal: Record<string, unknown>;
  /** The source: a public git URL and the commit, when git knows them. */
  source?: { uri?: string; revision?: string };
  /** Toolchains and tools, as "rustc 1.63.0 wasm32-wasi" and the like. */
  toolchains: Array<{ name: string; version?: string; description?: string }>;
  /** The image clock (seconds): startedOn and finishedOn, so a rebuild gives the same bytes. */
  timestamp: number;
  /** The environment: GITHUB_* variables turn the run into a GitHub Actions one. */
  env: NodeJS.ProcessEnv;
}

/** Variables of a GitHub Actions run that provenance records (all public: no tokens). */
const GITHUB_VARIABLES = ['GITHUB_REPOSITORY', 'GITHUB_REF', 'GITHUB_SHA', 'GITHUB_WORKFLOW_REF', 'GITHUB_EVENT_NAME', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_REPOSITORY_ID', 'GITHUB_REPOSITORY_OWNER_ID', 'RUNNER_ENVIRONMENT'] as const;

export function provenancePredicate(input: ProvenanceInput): Record<string, unknown> {
  const github = githubRun(input.env);
  const resolvedDependencies: ResourceDescriptor[] = [];
  const source = github ? { uri: `git+${github.server}/${github.repository}@${github.ref}`, revision: github.sha } : input.source?.uri ? { uri: `git+${input.source.uri}`, revision: input.source.revision } : undefined;
  if (source) resolvedDependencies.push({ uri: source.uri, ...(source.revision ? { digest: { gitCommit: source.revision } } : {}) });
  const toolchains = [...new Map(input.toolchains.map((t) => [`${t.name}@${t.version ?? ''}`, t])).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
  for (const t of toolchains) {
    resolvedDependencies.push({ name: t.name, ...(t.version ? { uri: `pkg:generic/${encodeURIComponent(t.name)}@${encodeURIComponent(t.version)}` } : {}), ...(t.description ? { annotations: { description: t.description } } : {}) });
  }
  const externalParameters: Record<string, unknown> = { build: input.parameters };
  if (github) {
    const path = github.workflowRef.replace(`${github.repository}/`, '').replace(/@.*$/, '');
    externalParameters.workflow = { ref: github.ref, repository: `${github.server}/${github.repository}`, path };
  }
  const internalParameters: Record<string, unknown> = { ...input.internal };
  if (github) internalParameters.github = { event_name: github.eventName, repository_id: github.repositoryId, repository_owner_id: github.ownerId, runner_environment: github.runnerEnvironment };
  const buildDefinition = { buildType: BUILD_TYPE, externalParameters, internalParameters, resolvedDependencies };
  const time = isoSeconds(input.timestamp);
  // Outside Actions the invocation is named by what it did, so the same build gives the same id.
  const invocationId = github ? `${github.server}/${github.repository}/actions/runs/${github.runId}/attempts/${github.runAttempt}` : `urn:wasmpack:build:${contentHash(buildDefinition)}`;
  return {
    buildDefinition,
    runDetails: {
      builder: { id: github ? GITHUB_HOSTED_BUILDER : LOCAL_BUILDER },
      metadata: { invocationId, startedOn: time, finishedOn: time },
    },
  };
}

export function buildProvenance(input: ProvenanceInput): Attachment {
  return provenanceAttachment(canonicalJson(provenancePredicate(input)));
}

interface GithubRun {
  server: string;
  repository: string;
  ref: string;
  sha: string;
  workflowRef: string;
  eventName: string;
  runId: string;
  runAttempt: string;
  repositoryId?: string;
  ownerId?: string;
  runnerEnvironment?: string;
}

/** A GitHub Actions run, when the runner's default variables say so (GITHUB_ACTIONS=true). */
function githubRun(env: NodeJS.ProcessEnv): GithubRun | undefined {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const v = Object.fromEntries(GITHUB_VARIABLES.map((k) => [k, env[k] ?? ''])) as Record<(typeof GITHUB_VARIABLES)[number], string>;
  return {
    server: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    repository: v.GITHUB_REPOSITORY,
    ref: v.GITHUB_REF,
    sha: v.GITHUB_SHA,
    workflowRef: v.GITHUB_WORKFLOW_REF,
    eventName: v.GITHUB_EVENT_NAME,
    runId: v.GITHUB_RUN_ID,
    runAttempt: v.GITHUB_RUN_ATTEMPT || '1',
    ...(v.GITHUB_REPOSITORY_ID ? { repositoryId: v.GITHUB_REPOSITORY_ID } : {}),
    ...(v.GITHUB_REPOSITORY_OWNER_ID ? { ownerId: v.GITHUB_REPOSITORY_OWNER_ID } : {}),
    ...(v.RUNNER_ENVIRONMENT ? { runnerEnvironment: v.RUNNER_ENVIRONMENT } : {}),
  };
}
