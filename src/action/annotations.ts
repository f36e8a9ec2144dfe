import { Annotation } from '../oci/media-types.js';
import type { RunContext } from './context.js';
import { refVersion } from './tags.js';

/**
 * The OCI annotations a workflow run knows for free
 * (https://github.com/opencontainers/image-spec/blob/main/annotations.md):
 * source = $GITHUB_SERVER_URL/$GITHUB_REPOSITORY (GHCR links the package to that repository),
 * revision = $GITHUB_SHA, and version on a version tag push (refs/tags/v1.2.3 -> 1.2.3).
 * `org.opencontainers.image.created` is not set here: the build writes it from the image
 * timestamp (see `imageTimestamp`), so it can never disagree with the config's `created`.
 * The user's `annotations` input is merged over these by the caller.
 */
export function repositoryAnnotations(context: RunContext): Record<string, string> {
  const out: Record<string, string> = {};
  if (context.repository) out[Annotation.source] = `${context.serverUrl}/${context.repository}`;
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(context.sha)) out[Annotation.revision] = context.sha;
  const version = refVersion(context.ref);
  if (version) out[Annotation.version] = version.text;
  return out;
}

/**
 * The image's one clock, so a rebuild of the same commit gives the same digest:
 * - SOURCE_DATE_EPOCH set: undefined, the build reads (and checks) it itself;
 * - else the commit time git gives for the checked-out commit (actions/checkout leaves .git);
 * - else the push event's head_commit.timestamp (a checkout without history, or a source archive);
 * - else undefined: the build falls back to its own git lookup, then 0.
 * git comes first so a push and a later workflow_dispatch of the same commit agree: the event's
 * timestamp is only in push payloads.
 */
export function imageTimestamp(options: { env: NodeJS.ProcessEnv; gitCommitTime?: number; context: RunContext }): number | undefined {
  if (options.env.SOURCE_DATE_EPOCH !== undefined && options.env.SOURCE_DATE_EPOCH !== '') return undefined;
  return options.gitCommitTime ?? options.context.headCommitTime;
}
