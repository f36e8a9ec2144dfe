import { access, constants } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { WasmpackError } from '../errors.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The one way wasmpack runs an external tool: never through a shell, output captured so a
 * failure can show the tool's own stderr, Ctrl-C (the signal) kills the child. Injectable, so
 * unit tests run with no toolchain installed.
 */
export type Runner = (command: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;

// node:child_process (with net, dgram and their streams) loads on the first run: a push or a
// prebuilt module's build outside a git work tree runs no tool and does not pay for it.
export const runProcess: Runner = async (command, args, options = {}) => {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      signal: options.signal,
      timeout: options.timeoutMs,
      shell: false,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    if (options.input !== undefined) child.stdin!.end(options.input);
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') reject(new WasmpackError('TOOL_NOT_FOUND', `${command} was not found`, `install ${command} or put it on PATH`));
      else if (e.name === 'AbortError') reject(new WasmpackError('INTERRUPTED', `${command} was interrupted`));
      else reject(e);
    });
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
};

/** Runs a tool and throws `code` with the tool's own stderr when it fails. */
export async function runChecked(runner: Runner, command: string, args: readonly string[], options: RunOptions & { errorCode: string; what: string; hint?: string }): Promise<RunResult> {
  const result = await runner(command, args, options);
  if (result.code !== 0) {
    const output = tail((result.stderr || result.stdout).trim(), 40);
    throw new WasmpackError(options.errorCode, `${options.what} failed (${command} exited with ${result.code})${output ? `:\n${output}` : ''}`, options.hint);
  }
  return result;
}

/** The last `lines` lines of a tool's output, marked when cut: what an error shows of a long log. */
export function tail(text: string, lines: number): string {
  const all = text.split('\n');
  return all.length > lines ? ['...', ...all.slice(-lines)].join('\n') : text;
}

/** Finds an executable on PATH (no shell, no `which`). */
export async function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (isAbsolute(name) || name.includes('/')) {
    return access(name, constants.X_OK).then(() => name, () => undefined);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}
