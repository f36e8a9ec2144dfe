import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Runner } from './exec.js';

export interface GitInfo {
  /** Seconds since the epoch of the last commit. */
  commitTime?: number;
  revision?: string;
  /** A public URL of the origin remote; local paths are left out (they differ between clones). */
  source?: string;
}

/**
 * What git says about the project, for the timestamp and the source/revision annotations.
 * Two git processes at most (their start-up is most of a small build's cost), none when no
 * directory from `dir` up has a .git (git would find no repository either; GIT_DIR overrides).
 */
export async function gitInfo(runner: Runner, dir: string, env: NodeJS.ProcessEnv): Promise<GitInfo> {
  if (!env.GIT_DIR && !(await insideGitTree(dir))) return {};
  const git = async (...args: string[]): Promise<string | undefined> => {
    try {
      const result = await runner('git', ['-C', dir, ...args], { env: { ...env, GIT_TERMINAL_PROMPT: '0' } });
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    } catch {
      return undefined; // no git: not an error, just less metadata
    }
  };
  const [head, remote] = await Promise.all([git('log', '-1', '--format=%ct%n%H'), git('config', '--get', 'remote.origin.url')]);
  const [time, revision] = (head ?? '').split('\n');
  const info: GitInfo = {};
  if (time && /^\d+$/.test(time)) info.commitTime = Number(time);
  if (revision && /^[0-9a-f]{40,64}$/.test(revision)) info.revision = revision;
  const source = remote ? publicSourceUrl(remote) : undefined;
  if (source) info.source = source;
  return info;
}

/** A .git (directory, or file for worktrees and submodules) in `dir` or any parent. */
async function insideGitTree(dir: string): Promise<boolean> {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (await stat(`${at}/.git`).then(() => true, () => false)) return true;
    if (dirname(at) === at) return false;
  }
}

/** git@github.com:a/b.git -> https://github.com/a/b; credentials are dropped; local paths give undefined. */
export function publicSourceUrl(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote);
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
    const path = url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '');
    return `https://${url.hostname}${path}`;
  } catch {
    return undefined;
  }
}
