import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { packageVersion } from '../package-info.js';
import { findOnPath } from '../process/exec.js';
import type { GitInfo } from '../process/git.js';
import { isSkippedDir } from '../toolchains/sources.js';

/**
 * Whether a build would make what the last one made, as make decides it: the same sources (path,
 * size and mtime of every file a driver could read), the same config and flags, the same
 * toolchain (the compilers on PATH and the variables that steer them, by path and mtime), the
 * same commit and the same wasmpack. The answer is a digest kept in last-build.json.
 */
export interface FingerprintInput {
  dir: string;
  /** The merged config, language and flags: anything that shapes the image. */
  settings: unknown;
  /**
   * A prebuilt module: then it (with the config and flags) is the whole input, so neither the
   * directory is walked nor the compilers looked at. Otherwise every project file counts.
   */
  prebuilt?: string;
  /** Tools the build runs whatever the language, by the version they report ("wasm-opt version 108 -O2"). */
  tools?: readonly string[];
  env: NodeJS.ProcessEnv;
  git: GitInfo;
}

/** What a fingerprint was made of: the files (project-relative, or the prebuilt module's path) and the tools. */
export interface FingerprintInputs {
  files: string[];
  tools: string[];
}

export interface Fingerprint {
  digest: string;
  inputs: FingerprintInputs;
}

/** The compilers drivers may pick, looked up on PATH, and Debian's fixed locations. */
const TOOLS = ['clang', 'clang-14', 'clang-15', 'clang-16', 'clang-17', 'clang-18', 'clang-19', 'wasm-ld', 'rustc', 'cargo', 'go', 'tinygo'];
const FIXED_TOOLS = ['/usr/bin/rustc', '/usr/bin/cargo', '/usr/lib/go-1.21/bin/go', '/usr/lib/go-1.22/bin/go', '/usr/lib/go-1.23/bin/go'];
/** Variables a toolchain reads (CC, RUSTFLAGS, GOFLAGS, WASI_SDK_PATH, ...). */
const TOOL_ENV = /^(PATH|SOURCE_DATE_EPOCH|CC|CFLAGS|LDFLAGS|RUST\w*|CARGO\w*|GO\w*|TINYGO\w*|WASI_SDK_PATH|WAMRC)$/;

export async function buildFingerprint(input: FingerprintInput): Promise<Fingerprint> {
  const hash = createHash('sha256');
  const add = (...parts: unknown[]) => hash.update(`${JSON.stringify(parts)}\n`);
  const inputs: FingerprintInputs = { files: [], tools: [...(input.tools ?? [])] };
  add('wasmpack', packageVersion());
  add('settings', input.settings);
  add('git', input.git.revision ?? null, input.git.commitTime ?? null);
  for (const tool of inputs.tools) add('step', tool);
  // The image's times come from it, whatever built the module.
  add('epoch', input.env.SOURCE_DATE_EPOCH ?? null);
  if (input.prebuilt !== undefined) {
    inputs.files.push(input.prebuilt);
    add('module', input.prebuilt, ...(await sizeAndMtime(input.prebuilt)));
    return { digest: `sha256:${hash.digest('hex')}`, inputs };
  }
  for (const key of Object.keys(input.env).filter((k) => TOOL_ENV.test(k)).sort()) add('env', key, input.env[key]);
  const compilers = [...(await Promise.all(TOOLS.map((t) => findOnPath(t, input.env)))), ...FIXED_TOOLS];
  for (const tool of compilers) {
    if (!tool) continue;
    const at = await mtime(tool);
    if (at !== null) inputs.tools.push(tool);
    add('tool', tool, at);
  }
  for (const file of await projectFiles(input.dir)) {
    const path = relative(input.dir, file);
    inputs.files.push(path);
    add('file', path, ...(await sizeAndMtime(file)));
  }
  return { digest: `sha256:${hash.digest('hex')}`, inputs };
}

/** Every file below dir a build could read, in a stable order; output and hidden directories left out. */
async function projectFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (at: string): Promise<void> => {
    const entries = await readdir(at, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDir(entry.name)) await walk(path);
      } else if (entry.isFile()) out.push(path);
    }
  };
  await walk(dir);
  return out;
}

async function sizeAndMtime(path: string): Promise<[number, number] | [null]> {
  const info = await stat(path).catch(() => undefined);
  return info ? [info.size, info.mtimeMs] : [null];
}

async function mtime(path: string): Promise<number | null> {
  return (await stat(path).catch(() => undefined))?.mtimeMs ?? null;
}
