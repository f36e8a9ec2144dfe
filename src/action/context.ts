import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * What the runner tells a step about the run, from its default environment variables and the
 * event payload at GITHUB_EVENT_PATH.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables
 */
export interface RunContext {
  eventName: string;
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge; "" when unknown. */
  ref: string;
  sha: string;
  workspace: string;
  /** https://github.com */
  serverUrl: string;
  /** owner/name */
  repository: string;
  actor: string;
  /** The pull request's number, on pull_request events. */
  pullRequest?: number;
  /** The pushed head commit's time (seconds), on push events: used when git cannot answer. */
  headCommitTime?: number;
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export function isPullRequest(context: RunContext): boolean {
  return PULL_REQUEST_EVENTS.includes(context.eventName);
}

/** The context from the environment and an already-parsed event payload (pure, for tests). */
export function contextFrom(env: NodeJS.ProcessEnv, payload: unknown, cwd: string): RunContext {
  const event = (payload && typeof payload === 'object' ? payload : {}) as {
    number?: unknown;
    pull_request?: { number?: unknown };
    head_commit?: { timestamp?: unknown };
  };
  const ref = env.GITHUB_REF ?? '';
  const context: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref,
    sha: env.GITHUB_SHA ?? '',
    workspace: resolve(cwd, env.GITHUB_WORKSPACE || '.'),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY ?? '',
    actor: env.GITHUB_ACTOR ?? '',
  };
  const number = event.pull_request?.number ?? event.number ?? /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
  if (number !== undefined && /^\d+$/.test(String(number))) context.pullRequest = Number(number);
  const time = typeof event.head_commit?.timestamp === 'string' ? Date.parse(event.head_commit.timestamp) : NaN;
  if (Number.isFinite(time)) context.headCommitTime = Math.floor(time / 1000);
  return context;
}

/** Reads GITHUB_EVENT_PATH; a missing or unreadable payload is an empty one (local runs have none). */
export async function readContext(env: NodeJS.ProcessEnv, cwd: string): Promise<RunContext> {
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  return contextFrom(env, payload, cwd);
}
