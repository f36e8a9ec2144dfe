import { spawn } from 'node:child_process';
import { basename, resolve } from 'node:path';

export interface RunWasiOptions {
  /** Arguments after argv[0] (argv[0] is the module's base name, as runtimes do). */
  args?: string[];
  env?: Record<string, string>;
  /** Guest path -> host directory, e.g. { '/': dir }. None by default. */
  preopens?: Record<string, string>;
  /** Kills the child after this long (a guard against a hung module, not a timing assertion). */
  timeoutMs?: number;
}

export interface RunWasiResult {
  /** The module's exit code (proc_exit or 0 when _start returns). */
  code: number;
  stdout: string;
  stderr: string;
}

/*
 * Runs the module in a separate node process so its fd 1 and 2 are real pipes we can capture;
 * node:wasi writes straight to the process's file descriptors, which an in-process test cannot
 * intercept. --no-warnings hides node:wasi's ExperimentalWarning so stderr is the module's own.
 */
const CHILD_SCRIPT = `
const { readFileSync } = require('node:fs');
const { WASI } = require('node:wasi');
const [modulePath, argsJson, envJson, preopensJson] = process.argv.slice(1);
const wasi = new WASI({
  version: 'preview1',
  args: JSON.parse(argsJson),
  env: JSON.parse(envJson),
  preopens: JSON.parse(preopensJson),
  returnOnExit: true,
});
WebAssembly.compile(readFileSync(modulePath)).then(async (module) => {
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  process.exitCode = wasi.start(instance);
}).catch((err) => { console.error('run-wasm: ' + (err && err.stack || err)); process.exitCode = 70; });
`;

/** Runs a wasip1 command module under node:wasi in a child process and captures its output. */
export function runWasi(modulePath: string, options: RunWasiOptions = {}): Promise<RunWasiResult> {
  const absolute = resolve(modulePath);
  const argv = [basename(absolute), ...(options.args ?? [])];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--no-warnings', '-e', CHILD_SCRIPT, absolute, JSON.stringify(argv), JSON.stringify(options.env ?? {}), JSON.stringify(options.preopens ?? {})],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 60_000, env: { PATH: process.env.PATH ?? '' } },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal) {
        reject(new Error(`runWasi: ${absolute} was killed by ${signal}\n${Buffer.concat(err).toString('utf8')}`));
        return;
      }
      resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** The first 8 bytes of a file in hex: "0061736d01000000" is a core module (\0asm, version 1). */
export async function wasmMagic(path: string): Promise<string> {
  const { open } = await import('node:fs/promises');
  const file = await open(path, 'r');
  try {
    const { buffer } = await file.read(Buffer.alloc(8), 0, 8, 0);
    return buffer.toString('hex');
  } finally {
    await file.close();
  }
}
