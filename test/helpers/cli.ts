import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dirs.js';

/** The repository root, from dist/test/helpers/ or test/helpers/. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), fileURLToPath(import.meta.url).includes('/dist/') ? '../../..' : '../..');
export const WASMPACK_BIN = join(REPO_ROOT, 'bin', 'wasmpack.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (a child process), never through a shell; `node` is the test's node unless given. */
/** Runs the bundle; `timeoutMs` kills a run that hangs (it then fails with code 1) instead of hanging the test. */
export function wasmpack(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; node?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(options.node ?? process.execPath, [WASMPACK_BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, CI: 'true', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      ...(options.timeoutMs ? { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    if (options.input !== undefined) child.stdin!.end(options.input);
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

/** Copies an example into a fresh temp directory (removed when the test process exits), so tests never share or dirty the checkout. */
export async function copyExample(name: string): Promise<string> {
  const dir = join(await tempDir(`wasmpack-e2e-${basename(name)}-`), name);
  await cp(join(REPO_ROOT, 'examples', name), dir, { recursive: true, filter: (src) => !/\/(target|\.wasmpack)(\/|$)/.test(src) });
  return dir;
}

/** A CLI error must be one paragraph with a code and a hint, and never a stack trace. */
export function assertCleanError(result: CliResult, code: string): void {
  if (result.code === 0) throw new Error(`expected failure ${code}, but exit code was 0\n${result.stderr}`);
  if (!result.stderr.includes(`error[${code}]:`)) throw new Error(`expected error[${code}] in stderr:\n${result.stderr}`);
  if (!/^hint: /m.test(result.stderr)) throw new Error(`expected a hint in stderr:\n${result.stderr}`);
  if (/^\s+at .+:\d+:\d+\)?$/m.test(result.stderr)) throw new Error(`stack trace in stderr:\n${result.stderr}`);
}
