/**
 * The HTTP layer under the registry client, one per registry: node:http's keep-alive pools for
 * direct connections (node-transport.ts), undici's proxy agent when HTTP(S)_PROXY is set
 * (proxy-transport.ts); either with bounded connections, connect and inactivity timeouts and the
 * registry's CA certificates.
 *
 * Plain HTTP is allowed only for loopback hosts or a registry explicitly marked insecure; skipping
 * TLS verification is a separate switch (tlsVerify: false), as in podman and skopeo.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { WasmpackError } from '../../errors.js';
import type { Transport } from './http.js';
import { nodeTransport, type NodeTransportOptions } from './node-transport.js';

export interface TransportOptions {
  /** host[:port] as given. */
  registry: string;
  /** Skip certificate verification (still HTTPS). */
  tlsVerify?: boolean;
  /** Extra CA certificates: every *.crt in this directory. */
  certDir?: string;
  /** Where per-host certificate directories live; defaults to containers' and docker's. */
  systemCertDirs?: string[];
  /** Open connections per origin. */
  connections?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
}

export const DEFAULT_SYSTEM_CERT_DIRS = ['/etc/containers/certs.d', '/etc/docker/certs.d'];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Host without port ("[::1]:5000" -> "::1", "localhost:5000" -> "localhost"). */
export function hostname(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'));
  const colon = registry.lastIndexOf(':');
  return colon >= 0 && registry.indexOf(':') === colon ? registry.slice(0, colon) : registry;
}

export function isLocalHost(registry: string): boolean {
  const host = hostname(registry).toLowerCase();
  return LOCAL_HOSTS.has(host) || host.endsWith('.localhost');
}

/** Every *.crt of the --cert-dir and the per-host system directories (certs.d/<host>/). */
export async function loadCaCertificates(registry: string, certDir?: string, systemDirs = DEFAULT_SYSTEM_CERT_DIRS): Promise<string[]> {
  const dirs = [...(certDir ? [certDir] : []), ...systemDirs.map((d) => join(d, registry))];
  const certs: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.crt')).sort()) certs.push(await readFile(join(dir, name), 'utf8'));
  }
  return certs;
}

function hasProxyEnv(): boolean {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => (process.env[k] ?? '') !== '');
}

export async function createTransport(options: TransportOptions): Promise<Transport> {
  const extra = await loadCaCertificates(options.registry, options.certDir, options.systemCertDirs);
  const settings: NodeTransportOptions = {
    connections: options.connections ?? 6,
    connectTimeoutMs: options.connectTimeoutMs ?? 30_000,
    idleTimeoutMs: Math.max(options.headersTimeoutMs ?? 120_000, options.bodyTimeoutMs ?? 120_000),
  };
  if (extra.length > 0) {
    // Passing `ca` replaces node's default store, so the public roots and NODE_EXTRA_CA_CERTS go back
    // in. node:tls is required here, not imported: a plain-HTTP loopback registry never loads it.
    const { rootCertificates } = createRequire(import.meta.url)('node:tls') as typeof import('node:tls');
    const nodeExtra = process.env.NODE_EXTRA_CA_CERTS ? await readFile(process.env.NODE_EXTRA_CA_CERTS, 'utf8').catch(() => undefined) : undefined;
    settings.ca = [...rootCertificates, ...(nodeExtra ? [nodeExtra] : []), ...extra];
  }
  if (options.tlsVerify === false) settings.rejectUnauthorized = false;
  if (hasProxyEnv()) return (await import('./proxy-transport.js')).proxyTransport(settings);
  return nodeTransport(settings);
}

/** A password never travels in clear text except to loopback (registry and token service alike). */
export function refuseCleartextCredentials(url: URL): void {
  if (url.protocol === 'http:' && !isLocalHost(url.host)) {
    throw new WasmpackError(
      'REGISTRY_INSECURE_CREDENTIALS',
      `refusing to send credentials over plain HTTP to ${url.host}`,
      'serve the registry (and its token service) over HTTPS; --tls-verify=false skips certificate checks but plain HTTP with a password is only acceptable on localhost',
    );
  }
}
