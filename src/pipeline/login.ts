import { homedir } from 'node:os';
import { createCredentialStore, providerHint, removeLogin, saveLogin, type SaveLoginResult } from '../auth/index.js';
import { readAuthConfigFile } from '../auth/auth-file.js';
import { loginAuthFilePath, type AuthEnvironment } from '../auth/sources.js';
import { normaliseAuthKey } from '../auth/hosts.js';
import { WasmpackError, registerSecret } from '../errors.js';
import { DOCKER_HUB, DOCKER_HUB_API_HOST, isDockerHub } from '../oci/reference.js';
import { registryClient } from '../targets/connect.js';
import { checkCredentials, type CredentialCheck } from './credential-check.js';
import { connectionAccess, type ConnectionFlags } from './access.js';
import type { Reporter } from '../report/reporter.js';

export interface LoginRequest extends ConnectionFlags {
  /** As typed: "ghcr.io", "localhost:5000", "https://index.docker.io/v1/"; default docker.io. */
  registry?: string;
  username: string;
  password: string;
  authfile?: string;
}

export interface LoginResult {
  registry: string;
  username: string;
  /** What the registry asked for: none means it needs no login at all. */
  auth: CredentialCheck['auth'];
  /** An identity token was stored instead of the password. */
  identityToken: boolean;
  saved: SaveLoginResult;
}

export interface LoginDeps {
  environment?: AuthEnvironment;
  reporter: Reporter;
}

function defaultEnvironment(): AuthEnvironment {
  return { env: process.env, homedir: homedir() };
}

/** "https://ghcr.io/v1/" -> "ghcr.io"; nothing -> docker.io; a namespace path is dropped (credentials are per host). */
export function loginRegistry(input: string | undefined): string {
  const host = normaliseAuthKey((input ?? '').trim()) || DOCKER_HUB;
  if (!/^[A-Za-z0-9.[\]:-]+$/.test(host)) {
    throw new WasmpackError('BAD_REGISTRY', `"${input}" is not a registry host`, 'name the registry as host[:port], e.g. ghcr.io or localhost:5000');
  }
  return isDockerHub(host) ? DOCKER_HUB : host;
}

/**
 * `wasmpack login`: verifies the credentials against the registry (ping, then Basic or a token
 * grant), and only then stores them where the next push looks first. Nothing is saved when the
 * registry refuses them.
 */
export async function login(request: LoginRequest, deps: LoginDeps): Promise<LoginResult> {
  const environment = deps.environment ?? defaultEnvironment();
  const registry = loginRegistry(request.registry);
  if (request.username === '') {
    throw new WasmpackError('BAD_CREDENTIALS', `no username given for ${registry}`, 'pass --username USER (any non-empty name works for token-based registries such as GHCR)');
  }
  if (request.password === '') {
    throw new WasmpackError('BAD_CREDENTIALS', `empty password for ${registry}`, 'pass the password with --password-stdin (or answer the prompt); an access token counts as a password');
  }
  // Masked in every message from here on, even where a registry echoes it back.
  registerSecret(request.password, request.username);
  deps.reporter.step(`checking the credentials of ${request.username} with ${registry}`);
  const check = await verifyCredentials(registry, request);
  if (check.auth === 'none') deps.reporter.warn(`${registry} asked for no credentials at all (anyone may pull and push); saving them anyway, as docker does`);
  const saved = await saveLogin({
    ...environment,
    host: registry,
    username: request.username,
    password: request.password,
    ...(check.identityToken ? { identityToken: check.identityToken } : {}),
    ...(request.authfile ? { authfile: request.authfile } : {}),
  });
  for (const note of saved.notes) deps.reporter.warn(note);
  return { registry, username: request.username, auth: check.auth, identityToken: check.identityToken !== undefined, saved };
}

async function verifyCredentials(registry: string, request: LoginRequest): Promise<CredentialCheck> {
  // The check sends the given credentials itself; the store is only consulted by other calls.
  const credentials = createCredentialStore({ env: {}, homedir: '/nonexistent', creds: { username: request.username, password: request.password } });
  const client = registryClient({ registry, apiHost: registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry }, connectionAccess(request, credentials));
  try {
    return await checkCredentials(client.exchange, request.username, request.password);
  } catch (err) {
    if (err instanceof WasmpackError && err.code === 'REGISTRY_UNAUTHORIZED') {
      const provider = providerHint(registry);
      throw new WasmpackError(
        'REGISTRY_UNAUTHORIZED',
        `${registry} refused the username "${request.username}" and its password; nothing was saved (${err.message})`,
        `check the username and password (or access token) and try again.${provider ? ` ${provider}` : ''}`,
        { cause: err },
      );
    }
    throw err;
  } finally {
    await client.close();
  }
}

export interface LogoutRequest {
  registry?: string;
  authfile?: string;
  /** Every registry in the login auth file. */
  all?: boolean;
}

export interface LogoutResult {
  /** Registries a credential was removed for, with where from. */
  removed: Array<{ registry: string; from: string[] }>;
  /** Registries that had nothing to remove. */
  notLoggedIn: string[];
  /** Credentials that still apply after the logout (docker's config.json, say): wasmpack keeps using them. */
  remaining: Array<{ registry: string; source: string }>;
  notes: string[];
}

/** `wasmpack logout`: removes the login from the auth file (and a configured credential helper). */
export async function logout(request: LogoutRequest, deps: { environment?: AuthEnvironment }): Promise<LogoutResult> {
  const environment = deps.environment ?? defaultEnvironment();
  const target = { ...environment, ...(request.authfile ? { authfile: request.authfile } : {}) };
  const registries = request.all ? await loggedInRegistries(loginAuthFilePath(target)) : [loginRegistry(request.registry)];
  const result: LogoutResult = { removed: [], notLoggedIn: [], remaining: [], notes: [] };
  for (const registry of registries) {
    const removed = await removeLogin({ ...target, host: registry });
    result.notes.push(...removed.notes);
    if (removed.removedFrom.length) result.removed.push({ registry, from: removed.removedFrom });
    else result.notLoggedIn.push(registry);
    if (!request.authfile) {
      const still = await createCredentialStore(environment).get(registry);
      if (still) result.remaining.push({ registry, source: still.source });
    }
  }
  return result;
}

/** The hosts the login auth file holds credentials for (namespace keys reduce to their host). */
async function loggedInRegistries(file: string): Promise<string[]> {
  const config = await readAuthConfigFile(file);
  return [...new Set(Object.keys(config?.auths ?? {}).map((key) => loginRegistry(key)))];
}

/** `login --get-login`: the username the credential lookup finds for the registry. */
export async function storedUsername(request: { registry?: string; authfile?: string }, deps: { environment?: AuthEnvironment }): Promise<string> {
  const environment = deps.environment ?? defaultEnvironment();
  const registry = loginRegistry(request.registry);
  const found = await createCredentialStore({ ...environment, ...(request.authfile ? { authfile: request.authfile } : {}) }).get(registry);
  const credential = found?.credential;
  const username = credential?.kind === 'basic' ? credential.username : credential?.kind === 'identity-token' ? credential.username : undefined;
  if (!username) {
    throw new WasmpackError(
      'NOT_LOGGED_IN',
      found ? `the credential for ${registry} (from ${found.source}) carries no username` : `not logged in to ${registry}`,
      `log in with \`wasmpack login ${registry}\``,
    );
  }
  return username;
}
