import { homedir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readAuthConfigFile, parseAuthConfig, type AuthConfigFile } from '../auth/auth-file.js';
import { credentialSources } from '../auth/sources.js';
import type { ProjectConfig } from '../config/config.js';
import { loadConfig } from '../config/load.js';
import { isWasmpackError, WasmpackError } from '../errors.js';
import { packageRoot, packageVersion } from '../package-info.js';
import { runProcess, type Runner } from '../process/exec.js';
import { detectLanguage } from '../toolchains/detect.js';
import { aotTargetNames, findWamrc, hostAotTarget, wamrcVersion } from '../toolchains/wamrc.js';
import { INSTALL, type InstallHint } from './doctor-install.js';
import { cReport, goReport, rustReport, toolVersion, type LanguageReport } from './doctor-toolchains.js';
import { chooseRuntime, findRuntime, RUNTIMES, type ModuleKind, type RuntimeName } from './runtimes.js';

export type { InstallHint } from './doctor-install.js';
export type { LanguageReport, ToolchainEntry } from './doctor-toolchains.js';

/**
 * `wasmpack doctor`: what this machine can build and run, found by the same searches `build`,
 * `build --aot`, `run` and `push` use. Data only; the CLI renders it (schemas/doctor-output.schema.json).
 */
export interface DoctorReport {
  wasmpack: string;
  node: { version: string; path: string; supported: boolean; engines: string };
  languages: LanguageReport[];
  wamrc: WamrcReport;
  runtimes: RuntimeReport[];
  credentials: CredentialReport[];
  project: ProjectReport;
}

export interface WamrcReport {
  found: boolean;
  path?: string;
  version?: string;
  /** The AOT format version its release writes (the runtime must match it exactly). */
  formatVersion?: number;
  /** What `--aot-target` accepts, and this machine's default. */
  targets: string[];
  hostTarget?: string;
  problem?: { code: string; message: string };
  install?: InstallHint;
}

export interface RuntimeReport {
  name: RuntimeName;
  found: boolean;
  path?: string;
  version?: string;
  /** What it can run: core modules, WASI 0.2 components, WAMR AOT files. */
  runs: ModuleKind[];
  /** What `run` starts it for when no --runtime is given. */
  defaultFor: ModuleKind[];
  install?: InstallHint;
}

export interface CredentialReport {
  /** A file path, or DOCKER_AUTH_CONFIG. */
  source: string;
  /** Registries it holds credentials for (names only, never the secrets). */
  registries: string[];
  /** Registries a credential helper answers for, and the helper. */
  helpers: Array<{ registry: string; helper: string }>;
  credsStore?: string;
  problem?: string;
}

export interface ProjectReport {
  dir: string;
  language?: string;
  /** `wasmpack build` here would find a toolchain (or a prebuilt module). */
  buildable: boolean;
  toolchain?: string;
  problem?: { code: string; message: string; hint?: string };
}

export interface DoctorDeps {
  env: NodeJS.ProcessEnv;
  runner?: Runner;
  /** The project directory to judge (default: the current directory). */
  dir?: string;
  homedir?: string;
}

const KINDS: ModuleKind[] = ['module', 'component', 'aot'];

export async function doctor(deps: DoctorDeps): Promise<DoctorReport> {
  const runner = deps.runner ?? runProcess;
  const env = deps.env;
  const dir = resolve(deps.dir ?? '.');
  const { config, problem: configProblem } = await projectConfig(dir);
  const probe = { env, runner, config, cwd: dir };
  const [rust, c, go, wamrc, runtimes, credentials] = await Promise.all([rustReport(probe), cReport(probe), goReport(probe), wamrcReport(runner, env), runtimeReports(runner, env), credentialReports(env, deps.homedir ?? homedir())]);
  const languages = [rust, c, go];
  return {
    wasmpack: packageVersion(),
    node: await nodeReport(),
    languages,
    wamrc,
    runtimes,
    credentials,
    project: await projectReport(dir, config, configProblem, languages),
  };
}

/** This node against package.json's engines.node (a `>=X.Y.Z` range, the form wasmpack uses). */
async function nodeReport(): Promise<DoctorReport['node']> {
  const manifest = JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as { engines?: { node?: string } };
  const engines = manifest.engines?.node ?? '*';
  const minimum = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(engines.trim());
  const have = process.versions.node.split('.').map(Number);
  const want = minimum ? [1, 2, 3].map((i) => Number(minimum[i] ?? 0)) : [0, 0, 0];
  const difference = have.map((v, i) => v - want[i]!).find((d) => d !== 0) ?? 0;
  return { version: process.version, path: process.execPath, supported: difference >= 0, engines };
}

async function projectConfig(dir: string): Promise<{ config: ProjectConfig; problem?: WasmpackError }> {
  try {
    return { config: (await loadConfig(dir)).config };
  } catch (err) {
    if (isWasmpackError(err)) return { config: {}, problem: err };
    throw err;
  }
}

async function projectReport(dir: string, config: ProjectConfig, configProblem: WasmpackError | undefined, languages: LanguageReport[]): Promise<ProjectReport> {
  const fail = (err: WasmpackError, language?: string): ProjectReport => ({ dir, ...(language ? { language } : {}), buildable: false, problem: { code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}) } });
  if (configProblem) return fail(configProblem);
  let language: string;
  try {
    language = await detectLanguage(dir, config);
  } catch (err) {
    if (isWasmpackError(err)) return fail(err);
    throw err;
  }
  if (language === 'wasm') return { dir, language, buildable: true, toolchain: 'a prebuilt module (no compiler needed)' };
  const report = languages.find((l) => l.language === language)!;
  if (report.selected) return { dir, language, buildable: true, toolchain: report.selected.description };
  return fail(new WasmpackError(report.problem?.code ?? 'TOOL_NOT_FOUND', report.problem?.message ?? `no ${language} toolchain was found`), language);
}

async function wamrcReport(runner: Runner, env: NodeJS.ProcessEnv): Promise<WamrcReport> {
  const targets = aotTargetNames();
  const hostTarget = (() => {
    try {
      return hostAotTarget().name;
    } catch {
      return undefined;
    }
  })();
  try {
    const path = await findWamrc({ env });
    const version = await wamrcVersion(runner, path, { env });
    return { found: true, path, version: version.version, ...(version.formatVersion !== undefined ? { formatVersion: version.formatVersion } : {}), targets, ...(hostTarget ? { hostTarget } : {}) };
  } catch (err) {
    if (!isWasmpackError(err)) throw err;
    return { found: false, targets, ...(hostTarget ? { hostTarget } : {}), problem: { code: err.code, message: err.message }, install: INSTALL.wamrc };
  }
}

async function runtimeReports(runner: Runner, env: NodeJS.ProcessEnv): Promise<RuntimeReport[]> {
  return Promise.all(
    RUNTIMES.map(async (name): Promise<RuntimeReport> => {
      const runs = KINDS.filter((kind) => canRun(kind, name));
      const defaultFor = KINDS.filter((kind) => chooseRuntime(kind, undefined) === name);
      try {
        const path = await findRuntime(name, env);
        const version = name === 'node' ? process.version : path.endsWith('.js') ? await toolVersion(runner, process.execPath, [path, '--version'], env) : await toolVersion(runner, path, ['--version'], env);
        return { name, found: true, path, ...(version ? { version } : {}), runs, defaultFor };
      } catch (err) {
        if (!isWasmpackError(err)) throw err;
        return { name, found: false, runs, defaultFor, ...(name !== 'node' ? { install: INSTALL[name] } : {}) };
      }
    }),
  );
}

function canRun(kind: ModuleKind, runtime: RuntimeName): boolean {
  try {
    chooseRuntime(kind, runtime);
    return true;
  } catch {
    return false;
  }
}

/** Where credentials would come from (the lookup `push` makes), by registry name only. */
async function credentialReports(env: NodeJS.ProcessEnv, home: string): Promise<CredentialReport[]> {
  const out: CredentialReport[] = [];
  for (const source of credentialSources({ env, homedir: home })) {
    if (source.kind === 'creds') continue;
    let file: AuthConfigFile | undefined;
    try {
      file = source.kind === 'file' ? await readAuthConfigFile(source.path) : parseAuthConfig(source.text, source.label);
    } catch (err) {
      if (!isWasmpackError(err)) throw err;
      out.push({ source: source.label, registries: [], helpers: [], problem: `${err.code}: ${err.message}` });
      continue;
    }
    if (!file) continue;
    out.push({
      source: source.label,
      registries: Object.keys(file.auths ?? {}).sort(),
      helpers: Object.entries(file.credHelpers ?? {}).map(([registry, helper]) => ({ registry, helper })),
      ...(file.credsStore ? { credsStore: file.credsStore } : {}),
    });
  }
  return out;
}
