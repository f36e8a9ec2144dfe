import { readFile } from 'node:fs/promises';
import { WasmpackError } from '../errors.js';
import type { Credential } from './credentials.js';
import { configKeysFor, hasScheme, normaliseAuthKey } from './hosts.js';

/**
 * The shape shared by containers-auth.json(5) and docker's config.json: both are read the same way.
 * https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md
 * https://docs.docker.com/reference/cli/docker/login/#credential-stores
 */
export interface AuthConfigFile {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
  [other: string]: unknown;
}

export interface AuthEntry {
  /** base64("user:password") */
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
  [other: string]: unknown;
}

/** Reads a config file; undefined when it does not exist. Parse errors never quote the content. */
export async function readAuthConfigFile(path: string): Promise<AuthConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new WasmpackError('AUTH_FILE_UNREADABLE', `cannot read the credentials file ${path} (${code ?? 'error'})`, 'check the file permissions, or point --authfile / REGISTRY_AUTH_FILE at another file');
  }
  return parseAuthConfig(text, path);
}

/** Parses config JSON. `where` names the file or env var; the text itself never reaches a message (it holds secrets). */
export function parseAuthConfig(text: string, where: string): AuthConfigFile {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new WasmpackError('AUTH_FILE_INVALID', `${where} is not valid JSON`, `fix or remove ${where}; it should look like {"auths": {"ghcr.io": {"auth": "<base64 of user:password>"}}}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WasmpackError('AUTH_FILE_INVALID', `${where} is not a JSON object`, `it should look like {"auths": {"ghcr.io": {"auth": "<base64 of user:password>"}}}`);
  }
  const config = value as AuthConfigFile;
  for (const field of ['auths', 'credHelpers'] as const) {
    const v = config[field];
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) {
      throw new WasmpackError('AUTH_FILE_INVALID', `"${field}" in ${where} is not a JSON object`, `fix or remove ${where}`);
    }
  }
  if (config.credsStore !== undefined && typeof config.credsStore !== 'string') {
    throw new WasmpackError('AUTH_FILE_INVALID', `"credsStore" in ${where} is not a string`, `fix or remove ${where}`);
  }
  return config;
}

/** The credential helper a file names for `host`: credHelpers first, then credsStore. */
export function helpersFor(config: AuthConfigFile, host: string, where: string): Array<{ helper: string; via: string }> {
  const out: Array<{ helper: string; via: string }> = [];
  const helperKey = findKey(config.credHelpers ?? {}, host, undefined, (v) => typeof v === 'string' && v.length > 0);
  if (helperKey !== undefined) out.push({ helper: config.credHelpers![helperKey]!, via: `credHelpers[${JSON.stringify(helperKey)}]` });
  if (config.credsStore) out.push({ helper: config.credsStore, via: 'credsStore' });
  for (const { helper, via } of out) {
    // The name becomes part of a command (docker-credential-<name>): no paths, no surprises.
    if (!HELPER_NAME.test(helper)) {
      throw new WasmpackError('AUTH_FILE_INVALID', `${via} in ${where} names the credential helper ${JSON.stringify(helper)}, which is not a valid helper name`, 'a helper name is letters, digits, ".", "_" or "-", e.g. "pass", "secretservice", "ecr-login"');
    }
  }
  return out;
}

const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Finds the `auths` entry for host (and repository namespace) and decodes it.
 * Order: namespace keys, most specific first ("quay.io/acme/app", "quay.io/acme"); the exact
 * host keys; then URL-shaped keys whose host part matches. Never substring matching: "ghcr.io"
 * must not pick up "ghcr.io.evil.example". Empty entries ({}) are placeholders and skipped.
 */
export function lookupAuths(config: AuthConfigFile, host: string, repository: string | undefined, where: string): { credential: Credential; key: string } | undefined {
  const auths = config.auths ?? {};
  const key = findKey(auths, host, repository, (entry) => !isEmptyEntry(entry));
  if (key === undefined) return undefined;
  return { credential: decodeEntry(auths[key]!, `auths[${JSON.stringify(key)}] in ${where}`), key };
}

function findKey(record: Record<string, unknown>, host: string, repository: string | undefined, usable: (value: unknown) => boolean): string | undefined {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(record, k) && usable(record[k]);
  const hostKeys = configKeysFor(host).filter((k) => !hasScheme(k));
  if (repository) {
    // https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md: most specific namespace wins.
    const parts = repository.split('/');
    for (let n = parts.length; n >= 1; n--) {
      for (const hk of hostKeys) {
        const k = `${hk}/${parts.slice(0, n).join('/')}`;
        if (has(k)) return k;
      }
    }
  }
  for (const k of configKeysFor(host)) if (has(k)) return k;
  const wanted = new Set(configKeysFor(host).map(normaliseAuthKey));
  for (const k of Object.keys(record)) {
    if (hasScheme(k) && wanted.has(normaliseAuthKey(k)) && has(k)) return k;
  }
  return undefined;
}

function isEmptyEntry(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null) return true;
  const e = entry as AuthEntry;
  return !e.auth && !e.username && !e.password && !e.identitytoken && !e.registrytoken;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** registrytoken beats identitytoken beats user:password (what docker sends when several are set). */
export function decodeEntry(entry: AuthEntry, where: string): Credential {
  let username = typeof entry.username === 'string' ? entry.username : undefined;
  let password = typeof entry.password === 'string' ? entry.password : undefined;
  if (typeof entry.auth === 'string' && entry.auth.length > 0) {
    const compact = entry.auth.replace(/\s+/g, '');
    if (!BASE64.test(compact) || compact.length % 4 === 1) {
      throw new WasmpackError('AUTH_ENTRY_INVALID', `${where}: "auth" is not base64`, 'run `wasmpack login <registry>` again, or write "auth" as base64 of user:password');
    }
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1) {
      throw new WasmpackError('AUTH_ENTRY_INVALID', `${where}: "auth" does not decode to user:password (no ":")`, 'run `wasmpack login <registry>` again, or write "auth" as base64 of user:password');
    }
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (typeof entry.registrytoken === 'string' && entry.registrytoken) return { kind: 'registry-token', token: entry.registrytoken };
  if (typeof entry.identitytoken === 'string' && entry.identitytoken) {
    return username ? { kind: 'identity-token', token: entry.identitytoken, username } : { kind: 'identity-token', token: entry.identitytoken };
  }
  if (!username && !password) {
    throw new WasmpackError('AUTH_ENTRY_INVALID', `${where}: the entry has no username or password`, 'run `wasmpack login <registry>` again');
  }
  return { kind: 'basic', username: username ?? '', password: password ?? '' };
}
