import { join } from 'node:path';
import { WasmpackError } from '../errors.js';
import { findOnPath, runChecked, type Runner } from '../process/exec.js';

/*
 * Binaryen's wasm-opt as an explicit, recorded build step (--wasm-opt[=LEVEL] or "wasmOpt" in
 * wasmpack.json): it runs only when asked, its version goes into the up-to-date fingerprint and
 * the image's annotations, so an image says what shaped its module. clang is kept from running
 * one on its own (src/toolchains/c/no-implicit-wasm-opt.ts).
 */

/** wasm-opt's optimisation levels, as its -O flags spell them. */
export const WASM_OPT_LEVELS = ['O1', 'O2', 'O3', 'O4', 'Os', 'Oz'] as const;
export type WasmOptLevel = (typeof WASM_OPT_LEVELS)[number];
/** What clang ran silently after an -O2 link: the level `--wasm-opt` alone means. */
export const DEFAULT_WASM_OPT_LEVEL: WasmOptLevel = 'O2';

/** `true` (the flag alone), a level ("Oz", "-Oz", "z"), or false/undefined: off. */
export function wasmOptLevel(setting: boolean | string | undefined): WasmOptLevel | undefined {
  if (setting === undefined || setting === false) return undefined;
  if (setting === true) return DEFAULT_WASM_OPT_LEVEL;
  const spelled = setting.replace(/^-/, '');
  const level = (spelled.startsWith('O') ? spelled : `O${spelled}`) as WasmOptLevel;
  if (!WASM_OPT_LEVELS.includes(level)) {
    throw new WasmpackError('BAD_WASM_OPT_LEVEL', `"${setting}" is not a wasm-opt level`, `use --wasm-opt (means ${DEFAULT_WASM_OPT_LEVEL}) or --wasm-opt=LEVEL with one of ${WASM_OPT_LEVELS.join(', ')}`);
  }
  return level;
}

export interface WasmOpt {
  path: string;
  /** "wasm-opt version 108": what the image and the fingerprint record. */
  version: string;
  level: WasmOptLevel;
}

/** The wasm-opt to run (WASM_OPT, else PATH) and its version. */
export async function findWasmOpt(level: WasmOptLevel, runner: Runner, env: NodeJS.ProcessEnv): Promise<WasmOpt> {
  const path = env.WASM_OPT || (await findOnPath('wasm-opt', env));
  if (!path) {
    throw new WasmpackError('WASM_OPT_NOT_FOUND', 'wasm-opt was asked for (--wasm-opt or "wasmOpt"), but none is on PATH', "install binaryen (apt-get install binaryen), or set WASM_OPT to a wasm-opt binary, or drop --wasm-opt");
  }
  const result = await runChecked(runner, path, ['--version'], { env, errorCode: 'WASM_OPT_FAILED', what: `asking ${path} for its version`, hint: 'check that WASM_OPT (or the wasm-opt on PATH) is binaryen\'s wasm-opt' });
  return { path, version: result.stdout.trim().split('\n')[0] || 'wasm-opt (unknown version)', level };
}

/** What the image says about the step: "wasm-opt version 108 -O2". */
export function wasmOptRecord(tool: WasmOpt): string {
  return `${tool.version} -${tool.level}`;
}

/** Optimises `module` into a new file in `workDir`; returns its path. */
export async function runWasmOpt(tool: WasmOpt, module: string, options: { name: string; workDir: string; runner: Runner; env: NodeJS.ProcessEnv; signal?: AbortSignal }): Promise<string> {
  const output = join(options.workDir, `${options.name}.opt.wasm`);
  await runChecked(options.runner, tool.path, [module, `-${tool.level}`, '-o', output], {
    env: options.env,
    ...(options.signal ? { signal: options.signal } : {}),
    errorCode: 'WASM_OPT_FAILED',
    what: `optimising ${options.name}.wasm with ${tool.version} -${tool.level}`,
    hint: 'see wasm-opt\'s message above; build without --wasm-opt to package the module as compiled',
  });
  return output;
}
