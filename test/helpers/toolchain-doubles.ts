import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunOptions, RunResult, Runner } from '../../src/process/exec.js';
import type { FileProbe } from '../../src/toolchains/files.js';
import { WasmpackError } from '../../src/errors.js';
import { tempDir } from './temp-dirs.js';

export interface Call {
  command: string;
  args: readonly string[];
  options: RunOptions | undefined;
}

export type Answer = Partial<RunResult> | ((args: readonly string[], options?: RunOptions) => Partial<RunResult>);

/**
 * runnerDouble: a test double for exec.ts's Runner, for unit tests of toolchain discovery.
 * Answers from a table keyed by "command arg1 arg2 ..." (or by command alone), records every
 * call, and throws TOOL_NOT_FOUND for anything else, as the real runner does for a missing
 * binary. No process is started.
 */
export function runnerDouble(table: Record<string, Answer>): Runner & { calls: Call[] } {
  const calls: Call[] = [];
  const runner = (async (command: string, args: readonly string[], options?: RunOptions) => {
    calls.push({ command, args, options });
    const answer = table[`${command} ${args.join(' ')}`] ?? table[command];
    if (answer === undefined) throw new WasmpackError('TOOL_NOT_FOUND', `${command} was not found`);
    const partial = typeof answer === 'function' ? answer(args, options) : answer;
    return { code: 0, stdout: '', stderr: '', ...partial };
  }) as Runner & { calls: Call[] };
  runner.calls = calls;
  return runner;
}

/** fakeFiles: a FileProbe double describing a machine layout as a list of existing paths. */
export function fakeFiles(paths: string[]): FileProbe {
  const set = new Set(paths);
  return {
    exists: async (p) => set.has(p) || paths.some((q) => q.startsWith(`${p}/`)),
    isDirectory: async (p) => paths.some((q) => q.startsWith(`${p}/`)),
  };
}

/** A PATH directory holding empty executables, so findOnPath finds them; they are never run. */
export async function fakePathDir(names: string[]): Promise<string> {
  const dir = await tempDir('wasmpack-path-');
  for (const name of names) {
    await writeFile(join(dir, name), '');
    await chmod(join(dir, name), 0o755);
  }
  return dir;
}
