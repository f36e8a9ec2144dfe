import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { WasmpackError } from '../errors.js';
import type { ProjectConfig } from '../config/config.js';
import type { Language } from './driver.js';
import { isSkippedDir } from './sources.js';


/**
 * Says which language a project is. Manifests (Cargo.toml, go.mod) are strong signals; loose C
 * files only count when no manifest is present (a Rust crate often carries C for build.rs).
 * Two manifests, or nothing at all, is an error that lists what was looked for: never a guess.
 */
export async function detectLanguage(dir: string, config: ProjectConfig, wasmFlag?: string): Promise<Language> {
  if (wasmFlag || config.wasm) return 'wasm';
  if (config.language) return config.language;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new WasmpackError('NO_PROJECT', `cannot read project directory ${dir} (${code})`, 'pass the project directory: wasmpack build DIR');
  }
  const manifests: Array<[Language, string]> = [];
  if (names.includes('Cargo.toml')) manifests.push(['rust', 'Cargo.toml']);
  if (names.includes('go.mod')) manifests.push(['go', 'go.mod']);
  if (manifests.length > 1) {
    throw new WasmpackError(
      'AMBIGUOUS_PROJECT',
      `${dir} has both ${manifests.map(([, f]) => f).join(' and ')}; wasmpack will not guess which to build`,
      'set "language" in wasmpack.json or pass --language rust|c|go',
    );
  }
  if (manifests.length === 1) return manifests[0]![0];
  if (config.c || (await hasCSources(dir))) return 'c';
  throw new WasmpackError(
    'NO_PROJECT',
    `nothing to build in ${dir}: looked for Cargo.toml (Rust), go.mod (Go), *.c files or a "c" section in wasmpack.json (C), and "wasm" in wasmpack.json`,
    'run wasmpack in a project directory, pass one (wasmpack build DIR), package a prebuilt module with --wasm FILE, or start one with `wasmpack init`',
  );
}

async function hasCSources(dir: string, depth = 0): Promise<boolean> {
  if (depth > 3) return false;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.c')) return true;
  }
  for (const entry of entries) {
    if (entry.isDirectory() && !isSkippedDir(entry.name)) {
      if (await hasCSources(join(dir, entry.name), depth + 1)) return true;
    }
  }
  return false;
}
