import type { Runner } from './exec.js';

export interface GitInfo {
  /** Seconds since the epoch of the last commit. */
  commitTime?: number;
  revision?: string;
  /** A public URL of the origin remote; local paths are left out (they differ between clones). */
  source?: string;
}

/** What git says about the project, for the timestamp and the source/revision annotations. */
export async function gitInfo(runner: Runner, dir: string, env: NodeJS.ProcessEnv): Promise<GitInfo> {
  const git = async (...args: string[]): Promise<string | undefined> => {
    try {
      const result = await runner('git', ['-C', dir, ...args], { env: { ...env, GIT_TERMINAL_PROMPT: '0' } });
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    } catch {
      return undefined; // no git: not an error, just less metadata
    }
  };
  const [time, revision, remote] = await Promise.all([git('log', '-1', '--format=%ct'), git('rev-parse', 'HEAD'), git('config', '--get', 'remote.origin.url')]);
  const info: GitInfo = {};
  if (time && /^\d+$/.test(time)) info.commitTime = Number(time);
  if (revision && /^[0-9a-f]{40,64}$/.test(revision)) info.revision = revision;
  const source = remote ? publicSourceUrl(remote) : undefined;
  if (source) info.source = source;
  return info;
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
