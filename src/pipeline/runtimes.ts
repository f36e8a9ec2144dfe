import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WasmpackError } from '../errors.js';
import { headerKind } from '../wasm/binary.js';
import { AOT_MAGIC } from '../wasm/aot-header.js';
import { findOnPath } from '../process/exec.js';

/*
 * The wasm runtimes `wasmpack run` can start, and the command line each one needs for the same
 * invocation: arguments, environment, directories (guest path -> host path). Each runtime spells
 * these differently, and each guest gets only what is listed here: no runtime is asked to
 * inherit wasmpack's environment.
 */

export const RUNTIMES = ['node', 'iwasm', 'wasmtime', 'wasmedge', 'wasmer', 'jco'] as const;
export type RuntimeName = (typeof RUNTIMES)[number];

export type ModuleKind = 'module' | 'component' | 'aot';

/** What the guest sees, whichever runtime runs it. */
export interface Invocation {
  /** Host path of the file to run. */
  module: string;
  /** argv[0] as a container engine sets it: the entrypoint path in the image. Runtimes that cannot set it pass the file's own path. */
  argv0: string;
  args: string[];
  env: Record<string, string>;
  /** Guest path -> host directory, in order (the image root "/" first). */
  preopens: Array<{ guest: string; host: string }>;
  /** The image's WorkingDir, for runtimes with a notion of it (WASI 0.2's initial-cwd). */
  workingDir: string;
}

export interface RuntimeCommand {
  command: string;
  args: string[];
  /** A file the runtime needs beside the module (jco's setup module): path -> text. */
  files?: Record<string, string>;
}

/** Which modules each runtime loads. */
const LOADS: Record<RuntimeName, readonly ModuleKind[]> = {
  node: ['module'],
  iwasm: ['module', 'aot'],
  wasmtime: ['module', 'component'],
  wasmedge: ['module'],
  wasmer: ['module'],
  jco: ['component'],
};

const INSTALL: Record<RuntimeName, string> = {
  node: 'node is the runtime wasmpack itself runs on',
  iwasm: "build iwasm from WAMR (product-mini/platforms/linux) or take it from a WAMR release, then put it on PATH or set IWASM; for an .aot it must be the same WAMR release as the wamrc that compiled it",
  wasmtime: 'install wasmtime (https://wasmtime.dev) and put it on PATH, or set WASMTIME',
  wasmedge: 'install WasmEdge (https://wasmedge.org) and put it on PATH, or set WASMEDGE',
  wasmer: 'install wasmer (https://wasmer.io) and put it on PATH, or set WASMER',
  jco: 'install jco: `npm install -g @bytecodealliance/jco` (or set JCO to its jco.js), or run the component with --runtime wasmtime',
};

/** The runtime for a module: the one asked for, else node (core modules), iwasm (.aot) or jco (components). */
export function chooseRuntime(kind: ModuleKind, requested: RuntimeName | undefined): RuntimeName {
  const runtime = requested ?? (kind === 'aot' ? 'iwasm' : kind === 'component' ? 'jco' : 'node');
  if (!LOADS[runtime].includes(kind)) {
    const able = RUNTIMES.filter((r) => LOADS[r].includes(kind));
    const what = kind === 'aot' ? 'a WAMR AOT file (native code only WAMR loads)' : kind === 'component' ? 'a WASI 0.2 component' : 'a WASI preview1 core module';
    throw new WasmpackError('RUNTIME_CANNOT_RUN', `${runtime} cannot run ${what}`, `use --runtime ${able.join(' or --runtime ')}`);
  }
  return runtime;
}

/** Where a runtime is: its env var (IWASM, WASMTIME, ...), then PATH; jco also from wasmpack's own node_modules. */
export async function findRuntime(runtime: RuntimeName, env: NodeJS.ProcessEnv): Promise<string> {
  if (runtime === 'node') return process.execPath;
  const variable = runtime.toUpperCase();
  const explicit = env[variable];
  if (explicit) {
    const found = await findOnPath(explicit, env);
    if (found) return found;
    throw new WasmpackError('RUNTIME_NOT_FOUND', `${variable}=${explicit} is not an executable`, INSTALL[runtime]);
  }
  const onPath = await findOnPath(runtime, env);
  if (onPath) return onPath;
  if (runtime === 'jco') {
    const bundled = jcoFromPackage();
    if (bundled) return bundled;
  }
  throw new WasmpackError('RUNTIME_NOT_FOUND', `${runtime} was not found (${variable} is not set and there is no ${runtime} on PATH)`, INSTALL[runtime]);
}

/** @bytecodealliance/jco resolved from wasmpack's own dependencies (a development checkout has it). */
function jcoFromPackage(): string | undefined {
  try {
    // jco's "exports" does not list package.json, so look in the node_modules dirs node would search.
    const dirs = createRequire(import.meta.url).resolve.paths('@bytecodealliance/jco') ?? [];
    const manifestPath = dirs.map((d) => join(d, '@bytecodealliance', 'jco', 'package.json')).find((p) => existsSync(p));
    if (!manifestPath) return undefined;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.jco;
    return bin ? join(dirname(manifestPath), bin) : undefined;
  } catch {
    return undefined;
  }
}

export interface CommandContext {
  /** The runtime's executable (from findRuntime). */
  executable: string;
  /** node:wasi's host program (src/cli/wasi-host.ts compiled). */
  nodeHost: string;
  /** A private scratch directory for the runtime (jco's transpiled output). */
  scratch: string;
}

/** The command line that runs `invocation` under `runtime`. */
export function runtimeCommand(runtime: RuntimeName, invocation: Invocation, context: CommandContext): RuntimeCommand {
  const { module, args, env, preopens } = invocation;
  const envPairs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  switch (runtime) {
    case 'node':
      // --no-warnings: node:wasi's ExperimentalWarning is not the module's output.
      return {
        command: context.executable,
        args: ['--no-warnings', context.nodeHost, JSON.stringify({ module, args: [invocation.argv0, ...args], env, preopens: Object.fromEntries(preopens.map((p) => [p.guest, p.host])) })],
      };
    case 'iwasm':
      // iwasm passes the file's path as argv[0]; --map-dir=GUEST::HOST (WAMR >= 1.2).
      return { command: context.executable, args: [...envPairs.map((e) => `--env=${e}`), ...preopens.map((p) => `--map-dir=${p.guest}::${p.host}`), module, ...args] };
    case 'wasmtime':
      // wasmtime >= 14: --dir HOST::GUEST, --env K=V (nothing inherited), --argv0.
      return {
        command: context.executable,
        args: ['run', '--argv0', invocation.argv0, ...envPairs.flatMap((e) => ['--env', e]), ...preopens.flatMap((p) => ['--dir', `${p.host}::${p.guest}`]), module, ...args],
      };
    case 'wasmedge':
      // WasmEdge spells a mapping GUEST:HOST.
      return { command: context.executable, args: [...envPairs.flatMap((e) => ['--env', e]), ...preopens.flatMap((p) => ['--dir', `${p.guest}:${p.host}`]), module, ...args] };
    case 'wasmer':
      return { command: context.executable, args: ['run', ...envPairs.flatMap((e) => ['--env', e]), ...preopens.flatMap((p) => ['--mapdir', `${p.guest}:${p.host}`]), module, '--', ...args] };
    case 'jco': {
      // `jco run` transpiles the component and starts it on preview2-shim, which by default hands
      // the guest wasmpack's whole environment and file system; the setup module it imports first
      // replaces those with exactly the invocation's.
      const setup = join(context.scratch, 'wasmpack-setup.mjs');
      const text = [
        "import { _setArgs, _setEnv, _setCwd } from '@bytecodealliance/preview2-shim/cli';",
        "import { _setPreopens, _addPreopen } from '@bytecodealliance/preview2-shim/filesystem';",
        `_setArgs(${JSON.stringify([invocation.argv0, ...args])});`,
        `_setEnv(${JSON.stringify(env)});`,
        `_setCwd(${JSON.stringify(invocation.workingDir)});`,
        '_setPreopens({});',
        ...preopens.map((p) => `_addPreopen(${JSON.stringify(p.guest)}, ${JSON.stringify(p.host)});`),
        '',
      ].join('\n');
      const jcoArgs = ['run', '--jco-dir', context.scratch, '--jco-import', setup, module, ...args];
      // A jco.js from node_modules is a script: run it with this node.
      const viaNode = context.executable.endsWith('.js');
      return { command: viaNode ? process.execPath : context.executable, args: viaNode ? [context.executable, ...jcoArgs] : jcoArgs, files: { [setup]: text } };
    }
  }
}

/** What the first bytes say: \0asm version 1 (module), \0asm 0x0d layer 1 (component), \0aot (WAMR AOT). */
export function moduleKind(bytes: Buffer): ModuleKind | undefined {
  if (bytes.length >= AOT_MAGIC.length && bytes.subarray(0, AOT_MAGIC.length).equals(AOT_MAGIC)) return 'aot';
  return headerKind(bytes);
}
