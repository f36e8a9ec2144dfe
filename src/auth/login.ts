import { mkdir, realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { WasmpackError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic.js';
import { findOnPath, runProcess, type Runner } from '../process/exec.js';
import { helpersFor, readAuthConfigFile, type AuthConfigFile } from './auth-file.js';
import { DEFAULT_HELPER_TIMEOUT_MS, helperCommand, helperErase, helperStore, type HelperContext } from './credential-helper.js';
import { helperServerURL, keyMeansHost, loginKeyFor, normaliseAuthKey } from './hosts.js';
import { dockerConfigPath, loginAuthFilePath, type AuthEnvironment } from './sources.js';

export interface LoginTarget extends AuthEnvironment {
  /** Registry host ("ghcr.io", "localhost:5000", "docker.io"); a URL ("https://ghcr.io/v1/") is reduced to its host. */
  host: string;
  /** --authfile: write exactly this file and never a credential helper. */
  authfile?: string;
  runner?: Runner;
  helperTimeoutMs?: number;
}

export interface SaveLoginOptions extends LoginTarget {
  username: string;
  password: string;
  /** When the registry handed out an OAuth2 refresh token, it is stored instead of the password (as docker does). */
  identityToken?: string;
}

export interface SaveLoginResult {
  /** The file written, or the helper command that stored the credential. */
  storedIn: string;
  via: 'file' | 'helper';
  /** e.g. a configured helper that is not installed, so the file was used instead. */
  notes: string[];
}

/**
 * Stores a credential where the next lookup finds it first for this host: the docker config's
 * credential helper for this host when one is configured and installed (`store`), otherwise the
 * podman auth file (see loginAuthFilePath), written atomically with mode 0600.
 * Verifying the credential against the registry is the caller's job, before calling this.
 */
export async function saveLogin(options: SaveLoginOptions): Promise<SaveLoginResult> {
  const host = normaliseAuthKey(options.host);
  if (options.username === '') throw new WasmpackError('BAD_CREDENTIALS', `no username given for ${host}`, 'pass --username <user> (any non-empty name works for token-based registries such as GHCR)');
  const file = loginAuthFilePath(options);
  const notes: string[] = [];
  const helper = options.authfile ? undefined : await configuredHelper(options, host, file, notes);

  if (helper) {
    const secret = options.identityToken ?? options.password;
    const username = options.identityToken ? '<token>' : options.username;
    await helperStore(helperContext(options), helper, helperServerURL(host), { username, secret });
    // An older entry for this host in the auth file is read before the docker config and would shadow the new one.
    await editAuthFile(file, (config) => removeHostKeys(config, host).length > 0);
    return { storedIn: helperCommand(helper), via: 'helper', notes };
  }

  await editAuthFile(file, (config) => {
    removeHostKeys(config, host);
    const auths = (config.auths ??= {});
    auths[loginKeyFor(host)] = options.identityToken
      ? { auth: b64(`${options.username}:`), identitytoken: options.identityToken }
      : { auth: b64(`${options.username}:${options.password}`) };
    return true;
  }, true);
  return { storedIn: file, via: 'file', notes };
}

export interface RemoveLoginResult {
  /** Files and helpers a credential was removed from; empty when there was nothing to remove. */
  removedFrom: string[];
  notes: string[];
}

/** Removes the host's credential from the login auth file and, if configured, from the docker config's helper (`erase`). */
export async function removeLogin(options: LoginTarget): Promise<RemoveLoginResult> {
  const host = normaliseAuthKey(options.host);
  const file = loginAuthFilePath(options);
  const removedFrom: string[] = [];
  const notes: string[] = [];
  if (await editAuthFile(file, (config) => removeHostKeys(config, host).length > 0)) removedFrom.push(file);
  const helper = options.authfile ? undefined : await configuredHelper(options, host, file, notes);
  if (helper && (await helperErase(helperContext(options), helper, helperServerURL(host)))) removedFrom.push(helperCommand(helper));
  return { removedFrom, notes };
}

function helperContext(options: LoginTarget): HelperContext {
  return { runner: options.runner ?? runProcess, env: options.env, timeoutMs: options.helperTimeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS };
}

/** The helper the login file or the docker config names for this host, if it is installed. */
async function configuredHelper(options: LoginTarget, host: string, file: string, notes: string[]): Promise<string | undefined> {
  const candidates: Array<{ helper: string; via: string }> = [];
  const own = await readAuthConfigFile(file);
  if (own) candidates.push(...helpersFor(own, host, file).map((h) => ({ ...h, via: `${h.via} in ${file}` })));
  const dockerPath = dockerConfigPath(options);
  const docker = await readAuthConfigFile(dockerPath);
  if (docker) candidates.push(...helpersFor(docker, host, dockerPath).map((h) => ({ ...h, via: `${h.via} in ${dockerPath}` })));
  for (const { helper, via } of candidates) {
    if (await findOnPath(helperCommand(helper), options.env)) return helper;
    notes.push(`${helperCommand(helper)} (${via}) is not installed; using ${file} instead`);
  }
  return undefined;
}

/** Deletes every key that means this host (any spelling); namespace keys ("quay.io/acme") stay. */
function removeHostKeys(config: AuthConfigFile, host: string): string[] {
  const auths = config.auths ?? {};
  const removed = Object.keys(auths).filter((k) => keyMeansHost(k, host));
  for (const k of removed) delete auths[k];
  return removed;
}

/**
 * Read-modify-write of an auth file that keeps every other key and entry. `change` returns false
 * when there is nothing to write. The new content goes to a 0600 temp file in the same directory
 * and is renamed over the old one, so a crash never leaves half a file and no other user can read it.
 */
async function editAuthFile(path: string, change: (config: AuthConfigFile) => boolean, create = false): Promise<boolean> {
  const existing = await readAuthConfigFile(path);
  if (!existing && !create) return false;
  const config: AuthConfigFile = existing ?? {};
  if (!change(config)) return false;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  // Replace the file a symlink points at, not the symlink.
  const target = existing ? await realpath(path).catch(() => path) : path;
  try {
    await writeFileAtomic(target, JSON.stringify(config, null, '\t') + '\n', { mode: 0o600, sync: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new WasmpackError('AUTH_FILE_UNWRITABLE', `cannot write the credentials file ${path} (${code})`, 'check the permissions of its directory, or choose another file with --authfile or REGISTRY_AUTH_FILE');
  }
  return true;
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
