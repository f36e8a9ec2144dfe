import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { WasmpackError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import type { ProjectConfig } from '../config/config.js';
import { detectLanguage } from '../toolchains/detect.js';
import type { Language } from '../toolchains/driver.js';
import { wasmOptLevel, type WasmOptLevel } from '../toolchains/wasm-opt.js';
import type { ImageFormat } from '../oci/image.js';
import type { Compression } from '../oci/media-types.js';
import { parseReference, type Reference } from '../oci/reference.js';

export interface BuildRequest {
  dir: string;
  /** What relative paths on the command line (dir, --wasm, --config) are relative to; default process.cwd(). */
  cwd?: string;
  configFile?: string;
  /** A prebuilt module: relative to `cwd` (a "wasm" in wasmpack.json is relative to that file). */
  wasm?: string;
  language?: Language;
  release?: boolean;
  strip?: boolean;
  /** --wasm-opt: true for the default level, or a level ("Oz"). */
  wasmOpt?: boolean | string;
  tags?: string[];
  format?: ImageFormat;
  compression?: Compression;
  variant?: 'compat' | 'compat-smart';
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  env?: Record<string, string>;
  cmd?: string[];
  timestamp?: number;
  rust?: ProjectConfig['rust'];
  go?: ProjectConfig['go'];
  /** AOT settings from flags; `enabled` turns it on. */
  aot?: ProjectConfig['aot'];
  /** false: compile even when nothing changed since the last build (--no-cache). */
  cache?: boolean;
}

/** A request with its config read and merged, its paths resolved and its references parsed: what every step reads. */
export interface BuildPlan {
  /** The project directory (absolute). */
  dir: string;
  config: ProjectConfig;
  language: Language;
  /** The prebuilt module as the user named it, resolved (for --wasm builds). */
  wasm?: string;
  /** The -t references (or the config's "tags"), parsed here, once, in order, each once. */
  tags: Reference[];
  release: boolean;
  wasmOpt?: WasmOptLevel;
  timestamp?: number;
}

/** Reads the config, merges the flags over it, and fails on a bad tag before anything is compiled. */
export async function planBuild(request: BuildRequest): Promise<BuildPlan> {
  const cwd = request.cwd ?? process.cwd();
  const dir = resolve(cwd, request.dir);
  const dirInfo = await stat(dir).catch(() => undefined);
  if (!dirInfo?.isDirectory()) {
    throw new WasmpackError('NO_PROJECT', `project directory ${dir} does not exist`, 'pass an existing directory: wasmpack build DIR');
  }
  const { config: fileConfig, source } = await loadConfig(dir, request.configFile && resolve(cwd, request.configFile));
  // Flags name paths from where the user stands; the config file from where it is.
  const configDir = source?.endsWith('.json') ? dirname(source) : dir;
  const wasm = request.wasm !== undefined ? resolve(cwd, request.wasm) : fileConfig.wasm !== undefined ? resolve(configDir, fileConfig.wasm) : undefined;
  const config = mergeConfig(fileConfig, { ...request, ...(wasm ? { wasm } : {}) });
  const texts = [...new Set(config.tags ?? [])];
  const tags = texts.map(parseReference);
  const language = await detectLanguage(dir, config, wasm);
  const wasmOpt = wasmOptLevel(config.wasmOpt);
  return {
    dir,
    config,
    language,
    ...(wasm ? { wasm } : {}),
    tags,
    release: request.release ?? true,
    ...(wasmOpt ? { wasmOpt } : {}),
    ...(request.timestamp !== undefined ? { timestamp: request.timestamp } : {}),
  };
}

/** CLI flags win over the config file, field by field; maps merge. */
export function mergeConfig(file: ProjectConfig, request: BuildRequest): ProjectConfig {
  const pick = <K extends keyof ProjectConfig>(key: K, value: ProjectConfig[K] | undefined): ProjectConfig[K] | undefined => value ?? file[key];
  return {
    ...file,
    language: pick('language', request.language),
    wasm: pick('wasm', request.wasm),
    strip: pick('strip', request.strip),
    wasmOpt: pick('wasmOpt', request.wasmOpt),
    tags: request.tags?.length ? request.tags : file.tags,
    format: pick('format', request.format),
    compression: pick('compression', request.compression),
    variant: pick('variant', request.variant),
    cmd: request.cmd?.length ? request.cmd : file.cmd,
    annotations: { ...file.annotations, ...request.annotations },
    labels: { ...file.labels, ...request.labels },
    env: { ...file.env, ...request.env },
    rust: { ...file.rust, ...request.rust },
    go: { ...file.go, ...request.go },
    aot: { ...file.aot, ...request.aot },
  };
}
