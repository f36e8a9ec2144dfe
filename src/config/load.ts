import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { WasmpackError } from '../errors.js';
import type { ProjectConfig } from './config.js';

export const CONFIG_FILE = 'wasmpack.json';

export interface LoadedConfig {
  config: ProjectConfig;
  /** The file it came from, or undefined when the project has none. */
  source?: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; params: Record<string, unknown> }> | null };

/**
 * ajv's standalone code for schemas/wasmpack.schema.json, generated ahead of time
 * (scripts/gen-validators.mjs): no ajv and no schema compile at start-up. Loaded on first use,
 * as only commands that read a config need it.
 */
async function schemaValidator(): Promise<Validator> {
  return (await import('./generated/wasmpack-schema.validator.js')).validate as Validator;
}

/** Checks a config document against schemas/wasmpack.schema.json; errors name the file and field. */
export async function validateConfig(data: unknown, file: string): Promise<ProjectConfig> {
  const validate = await schemaValidator();
  if (validate(data)) return data as ProjectConfig;
  const problems = (validate.errors ?? []).map((e) => {
    const field = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
    if (e.params.additionalProperty) return `unknown field "${[field === '(top level)' ? '' : `${field}.`, e.params.additionalProperty].join('')}"`;
    if (e.params.allowedValues) return `${field}: must be one of ${(e.params.allowedValues as string[]).map((v) => JSON.stringify(v)).join(', ')}`;
    return `${field}: ${e.message ?? 'is invalid'}`;
  });
  throw new WasmpackError('CONFIG_INVALID', `${file} is not a valid wasmpack config: ${[...new Set(problems)].join('; ')}`, 'see schemas/wasmpack.schema.json for every field and its type');
}

/**
 * Finds the project's config: an explicit --config file, else wasmpack.json, else the
 * [package.metadata.wasmpack] table of Cargo.toml (where Rust users keep tool settings).
 */
export async function loadConfig(dir: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit) return loadJsonConfig(explicit, true);
  const json = await loadJsonConfig(join(dir, CONFIG_FILE), false);
  if (json.source) return json;
  return loadCargoMetadata(dir);
}

async function loadJsonConfig(file: string, required: boolean): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return { config: {} };
    throw new WasmpackError('CONFIG_UNREADABLE', `cannot read config file ${file}: ${(err as Error).message}`, 'check the path given to --config');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new WasmpackError('CONFIG_INVALID', `${file} is not valid JSON: ${(err as Error).message}`, 'fix the JSON syntax (trailing commas and comments are not allowed)');
  }
  return { config: await validateConfig(data, file), source: file };
}

async function loadCargoMetadata(dir: string): Promise<LoadedConfig> {
  const file = join(dir, 'Cargo.toml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { config: {} };
  }
  let manifest: Record<string, unknown>;
  try {
    manifest = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new WasmpackError('CARGO_MANIFEST_INVALID', `${relative(process.cwd(), file) || file} is not valid TOML: ${(err as Error).message.split('\n')[0]}`, 'fix the Cargo.toml syntax; `cargo metadata` shows the same error');
  }
  const table = ((manifest.package as Record<string, unknown> | undefined)?.metadata as Record<string, unknown> | undefined)?.wasmpack;
  if (table === undefined) return { config: {} };
  const where = `${file} [package.metadata.wasmpack]`;
  // TOML tables come back with null prototypes: make them plain data like JSON's.
  return { config: await validateConfig(JSON.parse(JSON.stringify(table)), where), source: where };
}
