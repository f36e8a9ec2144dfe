import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { WasmpackError } from '../errors.js';

export interface AttachedOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Aborting (wasmpack got Ctrl-C or SIGTERM) interrupts the child with SIGINT, as Ctrl-C on a
   * terminal does, which reaches the child directly too (it is in the foreground process group).
   */
  signal?: AbortSignal;
}

export interface AttachedResult {
  /** The child's exit code, or 128 + the signal number when a signal ended it (as a shell reports it). */
  code: number;
  signal?: NodeJS.Signals;
}

/**
 * Runs a program in the foreground with wasmpack's own stdin, stdout and stderr, the way a
 * container engine attaches a container: its output is the user's, its exit code is returned.
 * Never through a shell. Injectable, so unit tests can check the command without running it.
 */
export type AttachedRunner = (command: string, args: readonly string[], options?: AttachedOptions) => Promise<AttachedResult>;

export const runAttached: AttachedRunner = (command, args, options = {}) =>
  new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'inherit', shell: false });
    const onAbort = (): void => {
      child.kill('SIGINT');
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err: NodeJS.ErrnoException) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (err.code === 'ENOENT') reject(new WasmpackError('TOOL_NOT_FOUND', `${command} was not found`, `install ${command} or put it on PATH`));
      else reject(err);
    });
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (signal) resolvePromise({ code: 128 + (constants.signals[signal] ?? 0), signal });
      else resolvePromise({ code: code ?? 1 });
    });
  });
