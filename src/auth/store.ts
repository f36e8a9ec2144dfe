import { WasmpackError } from '../errors.js';
import { runProcess, type Runner } from '../process/exec.js';
import type { Credential, CredentialStore } from './credentials.js';
import { helpersFor, lookupAuths, parseAuthConfig, readAuthConfigFile, type AuthConfigFile } from './auth-file.js';
import { DEFAULT_HELPER_TIMEOUT_MS, helperCommand, helperGet, type HelperContext } from './credential-helper.js';
import { helperServerURL } from './hosts.js';
import { credentialSources, type AuthEnvironment, type CredentialSource } from './sources.js';

export interface CredentialStoreOptions extends AuthEnvironment {
  /** --creds (password from stdin already merged in by the CLI). Used for every host asked. */
  creds?: { username: string; password: string };
  /** --authfile: must exist; read before the default files. */
  authfile?: string;
  /** Runs credential helpers; the real runProcess unless a test injects one. */
  runner?: Runner;
  helperTimeoutMs?: number;
}

export interface ConfiguredCredentialStore extends CredentialStore {
  /** Things worth telling the user even when a lookup succeeds (a configured helper that is missing). */
  warnings(): string[];
}

type Found = { credential: Credential; source: string } | undefined;

/** Reads the credential sources users already have, in the order of `credentialSources`. */
export function createCredentialStore(options: CredentialStoreOptions): ConfiguredCredentialStore {
  const sources = credentialSources(options);
  const helper: HelperContext = { runner: options.runner ?? runProcess, env: options.env, timeoutMs: options.helperTimeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS };
  const configs = new Map<string, Promise<AuthConfigFile | undefined>>();
  const helperAnswers = new Map<string, Promise<Credential | undefined>>();
  const results = new Map<string, Promise<Found>>();
  const missingFiles = new Set<string>();
  const notes: string[] = [];
  const missingHelpers = new Set<string>();

  const loadConfig = (source: Exclude<CredentialSource, { kind: 'creds' }>): Promise<AuthConfigFile | undefined> => {
    const key = source.kind === 'file' ? source.path : source.label;
    let p = configs.get(key);
    if (!p) {
      p = source.kind === 'file' ? readAuthConfigFile(source.path) : Promise.resolve(parseAuthConfig(source.text, 'the DOCKER_AUTH_CONFIG environment variable'));
      configs.set(key, p);
    }
    return p;
  };

  const askHelper = (name: string, serverURL: string): Promise<Credential | undefined> => {
    const key = `${name}\n${serverURL}`;
    let p = helperAnswers.get(key);
    if (!p) {
      p = helperGet(helper, name, serverURL);
      helperAnswers.set(key, p);
    }
    return p;
  };

  const lookup = async (host: string, repository: string | undefined): Promise<Found> => {
    for (const source of sources) {
      if (source.kind === 'creds') {
        return { credential: { kind: 'basic', username: source.username, password: source.password }, source: '--creds' };
      }
      const config = await loadConfig(source);
      if (!config) {
        if (source.kind === 'file' && source.required) {
          throw new WasmpackError('AUTH_FILE_NOT_FOUND', `the credentials file given with --authfile does not exist: ${source.path}`, 'check the path, or run `wasmpack login --authfile <path> <registry>` to create it');
        }
        missingFiles.add(source.label);
        continue;
      }
      for (const { helper: name, via } of helpersFor(config, host, source.label)) {
        const where = `${helperCommand(name)} (${via} in ${source.label})`;
        try {
          const credential = await askHelper(name, helperServerURL(host));
          if (credential) return { credential, source: where };
        } catch (err) {
          // A stale credsStore (Docker Desktop uninstalled, a CI image without the helper) must not
          // hide the credentials the other sources have: note it and keep looking.
          if (err instanceof WasmpackError && err.code === 'AUTH_HELPER_MISSING') {
            if (!missingHelpers.has(where)) {
              missingHelpers.add(where);
              notes.push(`${where}: ${helperCommand(name)} is not installed, skipped`);
            }
            continue;
          }
          throw err;
        }
      }
      const found = lookupAuths(config, host, repository, source.label);
      if (found) return { credential: found.credential, source: `${source.label} auths[${JSON.stringify(found.key)}]` };
    }
    return undefined;
  };

  return {
    get(host, repository) {
      const key = `${host}\n${repository ?? ''}`;
      let p = results.get(key);
      if (!p) {
        p = lookup(host, repository);
        results.set(key, p);
        p.catch(() => results.delete(key));
      }
      return p;
    },
    searched() {
      const list = sources.map((s) => (s.kind === 'file' && missingFiles.has(s.label) ? `${s.label} (not found)` : s.label));
      return [...list, ...notes];
    },
    warnings() {
      return [...notes];
    },
  };
}
