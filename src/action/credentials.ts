import type { CredentialStore } from '../auth/credentials.js';
import { parseReference } from '../oci/reference.js';
import type { RunContext } from './context.js';
import { badInput, type ActionInputs } from './inputs.js';

export const GHCR = 'ghcr.io';

export interface RegistryLogin {
  /** API hosts (as the registry client asks for them) these credentials are for. */
  hosts: string[];
  username: string;
  password: string;
  /** For the log: where the credential came from (never the secret). */
  from: string;
}

/**
 * Which credentials go to which registry. `username`/`password` from the inputs go to the
 * registries of the images being pushed and nowhere else; without them, ghcr.io images get the
 * workflow token with github.actor (GHCR accepts GITHUB_TOKEN with `packages: write`). Other
 * registries fall through to the usual sources (a docker/login-action or `wasmpack login` step
 * before this one writes ~/.docker/config.json or the podman auth file).
 */
export function registryLogins(references: string[], inputs: Pick<ActionInputs, 'username' | 'password' | 'githubToken'>, context: Pick<RunContext, 'actor'>): RegistryLogin[] {
  const parsed = references.map((r) => parseReference(r));
  const hostsOf = (filter: (registry: string) => boolean) => [...new Set(parsed.filter((r) => filter(r.registry)).flatMap((r) => [r.apiHost, r.registry]))];
  if (inputs.username || inputs.password) {
    if (!inputs.username) throw badInput('username', 'is empty but "password" is set: a registry login needs both');
    if (!inputs.password) throw badInput('password', 'is empty but "username" is set: a registry login needs both');
    const hosts = hostsOf(() => true);
    return hosts.length ? [{ hosts, username: inputs.username, password: inputs.password, from: 'the username and password inputs' }] : [];
  }
  const ghcr = hostsOf((registry) => registry.toLowerCase() === GHCR);
  if (ghcr.length && inputs.githubToken) {
    // GHCR ignores the user name for token logins, but a name is required by Basic auth.
    return [{ hosts: ghcr, username: context.actor || 'github-actions', password: inputs.githubToken, from: 'the workflow token (github-token input) as github.actor' }];
  }
  return [];
}

/** A credential store that answers for the listed hosts from `byHost` and asks `fallback` for the rest. */
export function routeCredentials(byHost: ReadonlyMap<string, CredentialStore>, fallback: CredentialStore): CredentialStore {
  const routed = byHost.size ? [`the action's inputs for ${[...byHost.keys()].join(', ')}`] : [];
  return {
    get: (host, repository) => (byHost.get(host) ?? fallback).get(host, repository),
    searched: () => [...routed, ...fallback.searched()],
  };
}
