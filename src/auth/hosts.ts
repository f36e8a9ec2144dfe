import { isDockerHub } from '../oci/reference.js';

/**
 * Docker Hub is known under several names; docker writes its credentials under the legacy v1 URL.
 * https://github.com/docker/cli/blob/master/cli/config/configfile/file.go (GetAuthConfig)
 */
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const DOCKER_HUB_KEYS = [DOCKER_HUB_CONFIG_KEY, 'index.docker.io', 'docker.io', 'registry-1.docker.io'];

/** The keys a config file may use for `host`, in lookup order. */
export function configKeysFor(host: string): string[] {
  return isDockerHub(host) ? [...DOCKER_HUB_KEYS] : [host];
}

/** The host part of a config key written as a URL ("https://ghcr.io/v1/" -> "ghcr.io"). */
export function normaliseAuthKey(key: string): string {
  const withoutScheme = key.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//, '');
  const slash = withoutScheme.indexOf('/');
  return slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
}

/** Legacy docker keys carry a scheme; containers' auth.json keys without one may name a namespace. */
export function hasScheme(key: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(key);
}

/** What a credential helper is asked about: docker's conventions, so helpers shared with docker agree. */
export function helperServerURL(host: string): string {
  return isDockerHub(host) ? DOCKER_HUB_CONFIG_KEY : host;
}

/** The key `login` writes into auth.json: podman's spelling ("docker.io" for Docker Hub). */
export function loginKeyFor(host: string): string {
  return isDockerHub(host) ? 'docker.io' : host;
}

/** True when a config key (any spelling: exact, URL, Docker Hub alias) means `host` itself, not a namespace. */
export function keyMeansHost(key: string, host: string): boolean {
  const candidates = configKeysFor(host);
  if (candidates.includes(key)) return true;
  if (!hasScheme(key)) return false;
  const normalised = normaliseAuthKey(key);
  return candidates.some((c) => normaliseAuthKey(c) === normalised);
}
