/**
 * The HTTP layer under the registry client: one undici dispatcher per registry with a keep-alive
 * pool, bounded connections, connect/header/body timeouts, the registry's CA certificates and
 * HTTP(S)_PROXY/NO_PROXY support.
 *
 * Plain HTTP is allowed only for loopback hosts or a registry explicitly marked insecure; skipping
 * TLS verification is a separate switch (tlsVerify: false), as in podman and skopeo.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { setFlagsFromString } from 'node:v8';
import { WasmpackError } from '../../errors.js';
import type { Dispatcher } from 'undici';
import { Agent, EnvHttpProxyAgent } from './undici-parts.js';

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

/**
 * undici parses HTTP with llhttp compiled to WebAssembly, and V8 tiers its one large parsing
 * function up to TurboFan as soon as a few responses ran through it: ~170 ms of CPU on a
 * background thread and ~14 MB of RSS, for a parser that reads a few dozen small responses.
 * Liftoff (V8's baseline wasm compiler) alone parses them just as well. Set before undici compiles
 * llhttp (on its first connection); it affects only WebAssembly compiled from then on in this
 * process (wabt, when V8 validation falls back to it, runs a little slower).
 * The two tier-up flags are spelled out: set at run time, `--liftoff-only` alone stops tier-up on
 * node 20 and 22, but V8 13 (node 24) does not apply its implications then (measured: llhttp's
 * CPU 190 ms vs 14 ms with all three).
 */
const BASELINE_WASM_FLAGS = '--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering';
let baselineWasmOnly = false;
function useBaselineWasmCompiler(): void {
  if (baselineWasmOnly) return;
  baselineWasmOnly = true;
  setFlagsFromString(BASELINE_WASM_FLAGS);
}

export async function createDispatcher(options: TransportOptions): Promise<Dispatcher> {
  useBaselineWasmCompiler();
  const extra = await loadCaCertificates(options.registry, options.certDir, options.systemCertDirs);
  const tls: { ca?: string[]; rejectUnauthorized?: boolean; timeout: number } = { timeout: options.connectTimeoutMs ?? 30_000 };
  if (extra.length > 0) {
    // Passing `ca` replaces node's default store, so the public roots and NODE_EXTRA_CA_CERTS go back in.
    const nodeExtra = process.env.NODE_EXTRA_CA_CERTS ? await readFile(process.env.NODE_EXTRA_CA_CERTS, 'utf8').catch(() => undefined) : undefined;
    tls.ca = [...rootCertificates, ...(nodeExtra ? [nodeExtra] : []), ...extra];
  }
  if (options.tlsVerify === false) tls.rejectUnauthorized = false;
  const agentOptions = {
    connections: options.connections ?? 6,
    keepAliveTimeout: 10_000,
    headersTimeout: options.headersTimeoutMs ?? 120_000,
    bodyTimeout: options.bodyTimeoutMs ?? 120_000,
    connect: tls,
  };
  if (hasProxyEnv()) return new EnvHttpProxyAgent({ ...agentOptions, requestTls: tls });
  return new Agent(agentOptions);
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
