/**
 * The oldest node wasmpack runs on, checked by the entries (src/cli/bin.ts, src/action/entry.ts)
 * before the rest of the bundle loads: on an older node the bundle's chunks would fail with a
 * syntax or missing-API error instead of saying what is wrong. 22.15 is where node:zlib gained
 * zstd. package.json's `engines` says the same (test/unit/node-floor.test.ts).
 *
 * This module and the entries are loaded by any node, so they stay plain: no syntax or API newer
 * than what node 12 parses, and nothing of ours imported (a leaf, like errors.ts).
 */
import { mkdirSync } from 'node:fs';
import module from 'node:module';

export const NODE_FLOOR = '22.15.0';

/** The error (error[NODE_TOO_OLD] and a hint, the CLI's wording) when `version` is below the floor. */
export function nodeTooOld(version: string, executable: string): string | undefined {
  const found = version.split('.').map(Number);
  const needed = NODE_FLOOR.split('.').map(Number);
  for (let i = 0; i < needed.length; i++) {
    const have = found[i] || 0;
    if (have > needed[i]!) return undefined;
    if (have < needed[i]!) {
      return (
        `error[NODE_TOO_OLD]: wasmpack needs node >= ${NODE_FLOOR}; this is node ${version} (${executable})\n` +
        `hint: install node 24 (or 22.15 or later) and run wasmpack with it: https://nodejs.org/en/download`
      );
    }
  }
  return undefined;
}

/**
 * Turns on node's on-disk cache of compiled code (node >= 22.1) for the chunks loaded after this:
 * a warm start skips compiling them. The cache lives in the user's cache dir
 * ($XDG_CACHE_HOME or ~/.cache, then wasmpack/compile-cache), not node's default under the temp
 * dir, because it is meant to outlive the run and a run leaves nothing in TMPDIR. Never fails the
 * CLI; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  try {
    const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
    const base = env.XDG_CACHE_HOME || (env.HOME ? env.HOME + '/.cache' : '');
    if (typeof enable !== 'function' || !base) return;
    // One level at a time, never recursive: node's own recursive mkdir spins forever under /proc
    // (XDG_CACHE_HOME=/proc/x hung --version), and a cache dir that is not there is not made.
    const dir = base + '/wasmpack/compile-cache';
    for (const level of [base, base + '/wasmpack', dir]) {
      try {
        mkdirSync(level);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return;
      }
    }
    enable(dir);
  } catch {
    // a read-only or full cache dir: run uncached
  }
}
