import type { CredentialStore } from '../auth/credentials.js';
import { resolve } from 'node:path';
import { manifestReference, type Reference } from '../oci/reference.js';
import { DockerArchiveSource } from './archive/docker-archive-source.js';
import { OciArchiveSource } from './archive/oci-archive-source.js';
import { LayoutSource } from './layout-source.js';
import { openLocalTarget } from './local.js';
import { RegistryClient, type RegistryClientOptions } from './registry/client.js';
import type { HttpSend } from './registry/http.js';
import type { RetryEnvironment } from './registry/retries.js';
import type { SchemeMemory } from './registry/scheme-memory.js';
import { RegistrySource } from './registry/source.js';
import { RegistryTarget } from './registry/target.js';
import type { Source, SourceLimits } from './source.js';
import type { CopyHooks, Target } from './target.js';
import type { TransportSpec } from './transport-spec.js';

/** How to reach registries: credentials, TLS, and the injectable side effects (HTTP, clock). */
export interface RegistryAccess {
  credentials: CredentialStore;
  /** false: HTTPS without certificate checks, and plain HTTP allowed (podman's --tls-verify=false). */
  tlsVerify?: boolean;
  certDir?: string;
  /** Registries (host[:port]) that may be reached over plain HTTP. */
  insecureRegistries?: readonly string[];
  signal?: AbortSignal;
  /** Injected HTTP exchange: unit tests push and inspect without a registry. */
  send?: HttpSend;
  /** Injected clock (token expiry) and sleeps (retry backoff). */
  now?(): number;
  retryEnvironment?: RetryEnvironment;
  /** One line per HTTP exchange (--verbose); the CLI decides where it goes. */
  log?: (line: string) => void;
  /** Remembers which scheme a loopback registry answered on, between runs. */
  schemeMemory?: SchemeMemory;
}

/** A registry as written ("docker.io", "localhost:5000") and the host its API lives on. */
export interface RegistryHost {
  registry: string;
  apiHost: string;
}

/** The one translation of access options into client options (a client and a target alike). */
function clientOptions(host: RegistryHost, access: RegistryAccess): RegistryClientOptions {
  return {
    registry: host.apiHost,
    credentials: access.credentials,
    // --insecure-registry names the registry as the user writes it.
    insecure: access.tlsVerify === false || (access.insecureRegistries ?? []).includes(host.registry),
    ...(access.tlsVerify === false ? { tlsVerify: false } : {}),
    ...(access.certDir ? { certDir: access.certDir } : {}),
    ...(access.signal ? { signal: access.signal } : {}),
    ...(access.send ? { send: access.send } : {}),
    ...(access.now ? { now: access.now } : {}),
    ...(access.log ? { log: access.log } : {}),
    ...(access.retryEnvironment ? { retryEnvironment: access.retryEnvironment } : {}),
    ...(access.schemeMemory ? { schemeMemory: access.schemeMemory } : {}),
  };
}

/** A client for one registry host, for login checks and inspect. */
export function registryClient(host: RegistryHost, access: RegistryAccess): RegistryClient {
  return new RegistryClient(clientOptions(host, access));
}

/** The repository of `reference` as a target that stays open for an image and its companions. */
export function connect(reference: Reference, access: RegistryAccess, options: { mountFrom?: string; hooks?: CopyHooks } = {}): RegistryTarget {
  return new RegistryTarget({
    ...clientOptions(reference, access),
    repository: reference.repository,
    ...(options.mountFrom && options.mountFrom !== reference.repository ? { mountFrom: options.mountFrom } : {}),
    ...(options.hooks ? { hooks: options.hooks } : {}),
  });
}

/**
 * Where an image comes from -> its Source, the mirror of openTarget: a registry repository, an OCI
 * layout, an oci-archive or a docker-archive. resolve() without a reference reads the tag or
 * digest the spec names. `verify: false` reads a layout unchecked (wasmpack's own, for a push).
 */
export function openSource(spec: TransportSpec, access: RegistryAccess, options: { verify?: boolean; limits?: SourceLimits } = {}): Source {
  switch (spec.transport) {
    case 'oci':
      return new LayoutSource(resolve(spec.dir), { ...options, ...(spec.tag ? { reference: spec.tag } : {}) });
    case 'oci-archive':
      return new OciArchiveSource(resolve(spec.file), spec.tag, options.limits);
    case 'docker-archive':
      return new DockerArchiveSource(resolve(spec.file), spec.reference, options.limits);
    case 'registry':
      return new RegistrySource(registryClient(spec.reference, access), spec.reference.repository, manifestReference(spec.reference), options.limits);
  }
}

/**
 * A destination -> its Target (ko's publishers, one interface): a registry repository, an OCI
 * layout, an oci-archive or a docker-archive. `repoTags` names a docker-archive's images.
 */
export function openTarget(spec: TransportSpec, access: RegistryAccess, options: { mountFrom?: string; hooks?: CopyHooks; repoTags?: readonly string[] } = {}): Target {
  switch (spec.transport) {
    case 'registry':
      return connect(spec.reference, access, options);
    default:
      return openLocalTarget(spec, options.repoTags);
  }
}
