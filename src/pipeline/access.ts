import { homedir } from 'node:os';
import { createCredentialStore, parseCredsFlag, type CredentialStore } from '../auth/index.js';
import type { RegistryAccess } from '../targets/connect.js';
import { fileSchemeMemory, schemeMemoryPath } from '../targets/registry/scheme-memory.js';

export type { RegistryAccess } from '../targets/connect.js';
export type { CredentialStore };
export { parseCredsFlag };

/** How to reach registries, as the shared flags say it (named as podman and skopeo name them). */
export interface ConnectionFlags {
  /** false: HTTPS without certificate checks, and plain HTTP allowed. */
  tlsVerify?: boolean;
  certDir?: string;
  insecureRegistries?: readonly string[];
  signal?: AbortSignal;
  /** --verbose: receives one line per HTTP exchange. */
  log?: (line: string) => void;
}

export interface AccessFlags extends ConnectionFlags {
  /** --creds, already split (the password may have come from stdin). */
  creds?: { username: string; password: string };
  authfile?: string;
}

/** Flags -> RegistryAccess: credentials from --creds, --authfile, then the usual files and helpers. */
export function registryAccess(flags: AccessFlags, environment: { env: NodeJS.ProcessEnv; homedir: string } = { env: process.env, homedir: homedir() }): RegistryAccess {
  return { ...connectionAccess(flags, credentialStore(flags, environment)), schemeMemory: fileSchemeMemory(schemeMemoryPath(environment.env, environment.homedir)) };
}

/** Access with a given credential store (login checks the credentials it was handed). */
export function connectionAccess(flags: ConnectionFlags, credentials: RegistryAccess['credentials']): RegistryAccess {
  return {
    credentials,
    ...(flags.tlsVerify === false ? { tlsVerify: false } : {}),
    ...(flags.certDir ? { certDir: flags.certDir } : {}),
    insecureRegistries: flags.insecureRegistries ?? [],
    ...(flags.signal ? { signal: flags.signal } : {}),
    ...(flags.log ? { log: flags.log } : {}),
  };
}

/** The usual credential sources (auth files, docker config, helpers), with --creds / --authfile first when given. */
export function credentialStore(flags: Pick<AccessFlags, 'creds' | 'authfile'>, environment: { env: NodeJS.ProcessEnv; homedir: string } = { env: process.env, homedir: homedir() }): CredentialStore {
  return createCredentialStore({ ...environment, ...(flags.creds ? { creds: flags.creds } : {}), ...(flags.authfile ? { authfile: flags.authfile } : {}) });
}
