import { WasmpackError } from '../errors.js';
import { runProcess, type Runner } from '../process/exec.js';
import { gitInfo } from '../process/git.js';

/**
 * The one clock an image sees, in seconds: --timestamp, else SOURCE_DATE_EPOCH
 * (https://reproducible-builds.org/specs/source-date-epoch/), else the last commit, else 0.
 */
export function imageTimestamp(flag: number | undefined, env: NodeJS.ProcessEnv, commitTime: number | undefined): number {
  if (flag !== undefined) return checkEpoch(String(flag), '--timestamp');
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined && fromEnv !== '') return checkEpoch(fromEnv, 'SOURCE_DATE_EPOCH');
  return commitTime ?? 0;
}

function checkEpoch(value: string, what: string): number {
  if (!/^\d{1,11}$/.test(value.trim())) {
    throw new WasmpackError('BAD_TIMESTAMP', `${what} must be whole seconds since 1970-01-01 UTC, got "${value}"`, 'for example --timestamp 0 or SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)');
  }
  return Number(value);
}

/** The commit time of what is checked out in `dir`, when git can say (what a build without --timestamp uses). */
export async function commitTime(dir: string, env: NodeJS.ProcessEnv, runner: Runner = runProcess): Promise<number | undefined> {
  return (await gitInfo(runner, dir, env)).commitTime;
}
