import { isWasmpackError, WasmpackError } from '../errors.js';
import type { ProjectConfig } from '../config/config.js';
import { findOnPath, type Runner } from '../process/exec.js';
import { DEBIAN_CLANG_VERSIONS, findCToolchain, type CToolchain } from '../toolchains/c/toolchain.js';
import { realFiles } from '../toolchains/files.js';
import { chooseGoToolchain, compareVersions, findTinyGo, goCandidates, GO_MIN_VERSION, parseGoVersion, parseTinyGoVersion, TINYGO_WASIP1_VERSION } from '../toolchains/go/toolchain.js';
import { DEBIAN_RUST, findRustToolchain } from '../toolchains/rust/toolchain.js';
import { INSTALL, type InstallHint } from './doctor-install.js';

/*
 * What each language's toolchain search (src/toolchains) finds on this machine. The searches are
 * the ones `build` runs, asked once as `build` asks them (which toolchain it would pick, and
 * why) and once per candidate (is this one usable, and if not, what it lacks).
 */

export interface ToolchainEntry {
  name: string;
  path: string;
  version?: string;
  /** The wasm target this toolchain builds for (wasm32-wasip1, wasm32-wasi, wasip1). */
  target?: string;
  /** Its wasm target (standard library, wasi-libc and builtins, GOOS=wasip1) is installed; null: not checked. */
  targetPresent: boolean | null;
  /** `build` would use this one. */
  selected: boolean;
  note?: string;
}

export interface LanguageReport {
  language: 'rust' | 'c' | 'go';
  toolchains: ToolchainEntry[];
  /** What `build` picks, and why; absent when nothing usable was found. */
  selected?: { path: string; description: string; why: string };
  /** Why nothing is selected: the error `build` would print. */
  problem?: { code: string; message: string };
  /** Present when this language cannot be built here. */
  install?: InstallHint;
}

export interface ProbeDeps {
  env: NodeJS.ProcessEnv;
  runner: Runner;
  /** The project's config, which can steer a search (c.cc, rust.target, go.toolchain). */
  config?: ProjectConfig;
  cwd?: string;
}

/** The first line a tool prints for `--version` (or `version`); undefined when it cannot say. */
export async function toolVersion(runner: Runner, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const result = await runner(command, args, { env, timeoutMs: 15_000 });
    const line = `${result.stdout}\n${result.stderr}`.trim().split('\n')[0]?.trim();
    return result.code === 0 && line ? line : undefined;
  } catch (err) {
    if (isWasmpackError(err) && err.code === 'INTERRUPTED') throw err;
    return undefined;
  }
}

function problemOf(err: unknown): { code: string; message: string } {
  // Anything but a WasmpackError is a bug: let it through.
  if (err instanceof WasmpackError) return { code: err.code, message: err.message };
  throw err;
}

export async function rustReport(deps: ProbeDeps): Promise<LanguageReport> {
  const { env, runner } = deps;
  const search = { runner, files: realFiles, ...(deps.config?.rust?.target ? { target: deps.config.rust.target } : {}), ...(deps.cwd ? { cwd: deps.cwd } : {}) };
  const report: LanguageReport = { language: 'rust', toolchains: [] };
  // Each rustc alone (RUSTC=it, no fallbacks): the same search says whether it has a wasm std.
  // The candidates are asked side by side with the search `build` makes (each ask is a few processes).
  const paths = [...new Set([env.RUSTC, await findOnPath('rustc', env), (await realFiles.exists(DEBIAN_RUST.rustc)) ? DEBIAN_RUST.rustc : undefined].filter((p): p is string => p !== undefined))];
  const [chosen, ...alone] = await Promise.all([
    findRustToolchain({ ...search, env }).catch((err: unknown) => problemOf(err)),
    ...paths.map(async (path) => ({
      path,
      version: await toolVersion(runner, path, ['--version'], env),
      found: await findRustToolchain({ ...search, env: { ...env, RUSTC: path }, fallbacks: [] }).catch((err: unknown) => problemOf(err)),
    })),
  ]);
  const selectedSysroot = 'sysroot' in chosen! ? chosen.sysroot : undefined;
  if ('sysroot' in chosen!) {
    report.selected = {
      path: chosen.rustc,
      description: chosen.description,
      why: env.RUSTC ? 'RUSTC is set' : `the first rustc (PATH, then ${DEBIAN_RUST.rustc}) whose sysroot has the ${chosen.target} standard library`,
    };
  } else report.problem = chosen!;
  for (const { path, version, found } of alone) {
    if (!version) continue;
    if ('sysroot' in found) {
      report.toolchains.push({ name: 'rustc', path, version, target: found.target, targetPresent: true, selected: found.sysroot === selectedSysroot });
      continue;
    }
    const viaRustup = path.includes('.cargo') || path.includes('rustup');
    report.toolchains.push({
      name: 'rustc',
      path,
      version,
      target: 'wasm32-wasip1',
      targetPresent: false,
      selected: false,
      note: found.code === 'RUST_TARGET_MISSING' ? (viaRustup ? 'no wasm32-wasip1 standard library: rustup target add wasm32-wasip1' : 'no wasm32-wasi standard library: apt-get install libstd-rust-dev-wasm32') : found.code,
    });
  }
  if (!report.selected) report.install = INSTALL.rust;
  return report;
}

const C_WHY: Record<CToolchain['kind'], string> = {
  config: 'c.cc is set in wasmpack.json',
  'wasi-sdk': 'WASI_SDK_PATH is set',
  debian: 'the newest clang-NN on PATH with wasi-libc, wasm-ld and the wasm32 builtins',
  'cc-env': 'CC is set and no complete clang-NN was found',
};

export async function cReport(deps: ProbeDeps): Promise<LanguageReport> {
  const { env, runner } = deps;
  const report: LanguageReport = { language: 'c', toolchains: [] };
  let chosen: CToolchain | undefined;
  try {
    chosen = await findCToolchain({ config: deps.config?.c, env, runner, files: realFiles });
    report.selected = { path: chosen.cc, description: chosen.description, why: C_WHY[chosen.kind] };
  } catch (err) {
    report.problem = problemOf(err);
  }
  if (chosen && (chosen.kind === 'wasi-sdk' || chosen.kind === 'config' || chosen.kind === 'cc-env')) {
    report.toolchains.push({ name: chosen.kind, path: chosen.cc, version: await toolVersion(runner, chosen.cc, ['--version'], env), target: 'wasm32-wasi', targetPresent: true, selected: true });
  }
  // The search tries clang-NN newest first and stops at the first complete one: those before it
  // were found incomplete, those after it were not looked at.
  let passedSelected = chosen !== undefined && chosen.kind !== 'debian';
  const names = [...DEBIAN_CLANG_VERSIONS.map((v) => `clang-${v}`), 'clang'];
  const found = await Promise.all(names.map(async (name) => ({ name, path: await findOnPath(name, env) })));
  const clangs = await Promise.all(found.filter((c): c is { name: string; path: string } => c.path !== undefined).map(async (c) => ({ ...c, version: await toolVersion(runner, c.path, ['--version'], env) })));
  for (const { name, path, version } of clangs) {
    const selected = chosen?.kind === 'debian' && chosen.cc === path;
    const targetPresent = selected ? true : passedSelected ? null : false;
    report.toolchains.push({
      name,
      path,
      ...withVersion(version),
      target: 'wasm32-wasi',
      targetPresent,
      selected,
      ...(targetPresent === false ? { note: 'lacks wasi-libc, lld or its wasm32 builtins (libclang-rt-NN-dev-wasm32)' } : targetPresent === null ? { note: 'not checked: a newer clang was picked first' } : {}),
    });
    if (selected) passedSelected = true;
  }
  if (!report.selected) report.install = INSTALL.c;
  return report;
}

function withVersion(version: string | undefined): { version?: string } {
  return version ? { version } : {};
}

export async function goReport(deps: ProbeDeps): Promise<LanguageReport> {
  const { env, runner } = deps;
  const report: LanguageReport = { language: 'go', toolchains: [] };
  const preference = deps.config?.go?.toolchain ?? 'auto';
  let selectedCommand: string | undefined;
  try {
    const choice = await chooseGoToolchain(preference, runner, env);
    selectedCommand = choice.toolchain.command;
    report.selected = {
      path: choice.toolchain.command,
      description: choice.toolchain.versionText,
      why:
        choice.toolchain.kind === 'tinygo'
          ? `TinyGo was found, and go.toolchain is ${preference} (TinyGo's modules are 10-50x smaller)`
          : choice.fellBackToGo
            ? `TinyGo was not found; the first Go >= ${GO_MIN_VERSION.slice(0, 2).join('.')} (PATH, GOROOT, /usr/lib/go-1.NN, /usr/local/go)`
            : 'go.toolchain is go',
    };
  } catch (err) {
    report.problem = problemOf(err);
  }
  const tinygo = await findTinyGo(env);
  if (tinygo) {
    const text = await toolVersion(runner, tinygo, ['version'], env);
    const version = text ? parseTinyGoVersion(text) : undefined;
    const wasip1 = version ? compareVersions(version, TINYGO_WASIP1_VERSION) >= 0 : null;
    report.toolchains.push({ name: 'tinygo', path: tinygo, ...withVersion(text), target: wasip1 === false ? 'wasi' : 'wasip1', targetPresent: text ? true : null, selected: selectedCommand === tinygo });
  }
  for (const path of await goCandidates(env)) {
    const text = await toolVersion(runner, path, ['version'], env);
    if (!text) continue;
    const version = parseGoVersion(text);
    const usable = version !== undefined && compareVersions(version, GO_MIN_VERSION) >= 0;
    report.toolchains.push({
      name: 'go',
      path,
      version: text,
      target: 'wasip1',
      targetPresent: usable,
      selected: selectedCommand === path,
      ...(usable ? {} : { note: `GOOS=wasip1 needs Go ${GO_MIN_VERSION.slice(0, 2).join('.')} or newer` }),
    });
  }
  if (!report.selected) report.install = INSTALL.go;
  return report;
}
