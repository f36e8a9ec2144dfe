import { WasmpackError } from '../errors.js';

/**
 * The action's inputs, read from the environment the way the runner passes them: input `name`
 * arrives as INPUT_<NAME> with spaces turned into "_" and the rest upper-cased, hyphens kept
 * (`aot-targets` -> INPUT_AOT-TARGETS), exactly as @actions/core's getInput reads them.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax#inputs
 */
export interface ActionInputs {
  /** Project directory, relative to GITHUB_WORKSPACE. */
  path: string;
  /** Repositories to tag for (ghcr.io/acme/app), lower-cased. */
  images: string[];
  /** Extra full references, or bare tags applied to every image. */
  tags: string[];
  /** undefined: push unless the event is a pull request. */
  push: boolean | undefined;
  username: string;
  password: string;
  /** The workflow token (`${{ github.token }}`), used as the ghcr.io password by default. */
  githubToken: string;
  format: 'compat' | 'artifact' | undefined;
  aot: boolean;
  aotTargets: string[];
  annotations: Record<string, string>;
  labels: Record<string, string>;
  /** Extra `wasmpack build` flags, split like a shell would (quotes, backslashes; no expansion). */
  args: string[];
  /** The SBOM the build makes (`--sbom`): a bare referrer, or a signed attestation when signing. */
  sbom: SbomChoice;
  /** Whether signing also attests the SLSA provenance (never attached unsigned). */
  provenance: boolean;
}

/** `wasmpack build --sbom`'s choices; spdx is the default, as on the command line. */
export type SbomChoice = 'spdx' | 'cyclonedx' | 'none';
const isSbomChoice = (value: string): value is SbomChoice => value === 'spdx' || value === 'cyclonedx' || value === 'none';

export const HINT = 'see README#action-inputs';

/** The raw value of one input; absent and blank are the same (the runner passes "" for unset inputs). */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Newline- or comma-separated items, trimmed, blanks dropped (as docker/metadata-action reads lists). */
export function listInput(env: NodeJS.ProcessEnv, name: string): string[] {
  return input(env, name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** One item per line: for K=V values, which may contain commas. */
export function linesInput(env: NodeJS.ProcessEnv, name: string): string[] {
  return input(env, name)
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// YAML 1.2 core schema booleans, the ones @actions/core's getBooleanInput accepts.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw badInput(name, `must be true or false, got "${value}"`);
}

/** true, false, or `auto` (or empty): undefined, for the caller to decide from the event. */
export function autoBooleanInput(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const value = input(env, name);
  if (value === '' || value.toLowerCase() === 'auto') return undefined;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw badInput(name, `must be true, false or auto, got "${value}"`);
}

export function keyValueInput(env: NodeJS.ProcessEnv, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of linesInput(env, name)) {
    const at = line.indexOf('=');
    if (at <= 0) throw badInput(name, `expects one KEY=VALUE per line, got "${line}"`);
    out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const format = input(env, 'format');
  if (format !== '' && format !== 'compat' && format !== 'artifact') throw badInput('format', `must be compat or artifact, got "${format}"`);
  const sbom = (input(env, 'sbom') || 'spdx').toLowerCase();
  if (!isSbomChoice(sbom)) throw badInput('sbom', `must be spdx, cyclonedx or none, got "${sbom}"`);
  return {
    path: input(env, 'path') || '.',
    images: listInput(env, 'images').map((image) => image.toLowerCase()),
    tags: listInput(env, 'tags'),
    push: autoBooleanInput(env, 'push'),
    username: input(env, 'username'),
    password: input(env, 'password'),
    githubToken: input(env, 'github-token'),
    format: format === '' ? undefined : format,
    aot: booleanInput(env, 'aot', false),
    aotTargets: listInput(env, 'aot-targets'),
    annotations: keyValueInput(env, 'annotations'),
    labels: keyValueInput(env, 'labels'),
    args: splitArgs(input(env, 'args')),
    sbom,
    provenance: booleanInput(env, 'provenance', true),
  };
}

/**
 * Splits a command line into words as a POSIX shell would for quoting only: '...' is literal,
 * "..." allows \" \\ \$ \`, a backslash outside quotes escapes the next character. Nothing is
 * expanded, so `args` means the same on every runner shell.
 */
export function splitArgs(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) throw badInput('args', 'has an unterminated single quote');
      word += text.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length && '"\\$`'.includes(text[j + 1]!)) j++;
        word += text[j];
      }
      if (j >= text.length) throw badInput('args', 'has an unterminated double quote');
      i = j;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      i++;
      if (text[i] !== '\n') word += text[i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

export function badInput(name: string, problem: string): WasmpackError {
  return new WasmpackError('ACTION_BAD_INPUT', `input "${name}" ${problem}`, HINT);
}
