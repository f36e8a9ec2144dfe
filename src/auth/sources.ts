import { join } from 'node:path';

/** Everything the credential lookup reads from the outside world, injectable for tests. */
export interface AuthEnvironment {
  env: NodeJS.ProcessEnv;
  homedir: string;
}

export type CredentialSource =
  | { kind: 'creds'; label: string; username: string; password: string }
  | { kind: 'file'; label: string; path: string; /** an explicit --authfile must exist */ required: boolean }
  | { kind: 'env-json'; label: string; text: string };

/**
 * The documented lookup order (first source with a credential wins):
 *  1. --creds user:pass
 *  2. --authfile <path>
 *  3. REGISTRY_AUTH_FILE
 *  4. ${XDG_RUNTIME_DIR}/containers/auth.json            (podman/skopeo/buildah login)
 *  5. ${XDG_CONFIG_HOME:-~/.config}/containers/auth.json
 *  6. DOCKER_AUTH_CONFIG (config.json content in an env var, as CI systems set it)
 *  7. $DOCKER_CONFIG/config.json or ~/.docker/config.json (docker login)
 * https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md
 */
export function credentialSources(options: AuthEnvironment & { creds?: { username: string; password: string }; authfile?: string }): CredentialSource[] {
  const { env } = options;
  const out: CredentialSource[] = [];
  if (options.creds) out.push({ kind: 'creds', label: '--creds', username: options.creds.username, password: options.creds.password });
  if (options.authfile) out.push({ kind: 'file', label: `--authfile ${options.authfile}`, path: options.authfile, required: true });
  if (env.REGISTRY_AUTH_FILE) out.push({ kind: 'file', label: `REGISTRY_AUTH_FILE ${env.REGISTRY_AUTH_FILE}`, path: env.REGISTRY_AUTH_FILE, required: false });
  if (env.XDG_RUNTIME_DIR) out.push({ kind: 'file', label: join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), path: join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), required: false });
  const configHome = join(xdgConfigHome(options), 'containers', 'auth.json');
  out.push({ kind: 'file', label: configHome, path: configHome, required: false });
  if (env.DOCKER_AUTH_CONFIG) out.push({ kind: 'env-json', label: 'DOCKER_AUTH_CONFIG', text: env.DOCKER_AUTH_CONFIG });
  const docker = dockerConfigPath(options);
  out.push({ kind: 'file', label: docker, path: docker, required: false });
  // The same file reached twice (REGISTRY_AUTH_FILE pointing at the default) is read once.
  const seen = new Set<string>();
  return out.filter((s) => s.kind !== 'file' || (!seen.has(s.path) && (seen.add(s.path), true)));
}

export function xdgConfigHome({ env, homedir }: AuthEnvironment): string {
  return env.XDG_CONFIG_HOME || join(homedir, '.config');
}

export function dockerConfigPath({ env, homedir }: AuthEnvironment): string {
  return env.DOCKER_CONFIG ? join(env.DOCKER_CONFIG, 'config.json') : join(homedir, '.docker', 'config.json');
}

/**
 * The file `login` writes and `logout` edits, the one podman uses: --authfile, else
 * REGISTRY_AUTH_FILE, else ${XDG_RUNTIME_DIR}/containers/auth.json (a tmpfs cleared at logout,
 * like podman), else ${XDG_CONFIG_HOME:-~/.config}/containers/auth.json. Podman falls back to
 * /run/containers/<uid>/auth.json without XDG_RUNTIME_DIR; we use ~/.config instead because that
 * file is writable without root and both podman and wasmpack read it.
 */
export function loginAuthFilePath(options: AuthEnvironment & { authfile?: string }): string {
  if (options.authfile) return options.authfile;
  const { env } = options;
  if (env.REGISTRY_AUTH_FILE) return env.REGISTRY_AUTH_FILE;
  if (env.XDG_RUNTIME_DIR) return join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json');
  return join(xdgConfigHome(options), 'containers', 'auth.json');
}
