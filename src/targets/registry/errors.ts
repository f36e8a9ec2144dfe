/**
 * Registry failures as WasmpackErrors: which step, method, redacted URL, status, the spec error
 * code from the body, and a hint that names the fix.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#error-codes
 */
import type { Readable } from 'node:stream';
import { WasmpackError, redact, redactUrl } from '../../errors.js';
import { providerHint } from '../../auth/provider-hints.js';
import { isDockerHub } from '../../oci/reference.js';
import { RETRYABLE_STATUSES, parseRetryAfter } from './retries.js';

export const MAX_ERROR_BODY = 64 * 1024;

export class RegistryError extends WasmpackError {
  constructor(
    code: string,
    message: string,
    hint: string | undefined,
    readonly status: number | undefined,
    /** The first spec error code in the body (DENIED, MANIFEST_INVALID, ...). */
    readonly registryCode: string | undefined,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(code, message, hint, options);
  }
}

export type Headers = Record<string, string | string[] | undefined>;

export interface ResponseContext {
  /** What we were doing: "pushing blob sha256:ab12.. to localhost:5000/app". */
  step: string;
  method: string;
  url: string;
  status: number;
  headers: Headers;
  body: string;
  /** Where credentials were looked for (CredentialStore.searched()), for 401 hints. */
  searched?: string[];
  /** Whether credentials were found and sent. */
  credentialSource?: string;
  /** The media type we sent, for MANIFEST_INVALID. */
  mediaType?: string;
  /** The registry host the request was for (the URL may be its token service); named in 401 hints. */
  registry?: string;
  now?: number;
}

interface SpecError {
  code?: string;
  message?: string;
  detail?: unknown;
}

/** Reads at most `limit` bytes of an error body, then stops the stream (an unread body pins its connection). */
export async function readCappedBody(body: Readable | AsyncIterable<Buffer>, limit = MAX_ERROR_BODY): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      chunks.push(buf.subarray(0, Math.max(0, limit - size)));
      size += buf.length;
      if (size >= limit) break;
    }
  } catch {
    // a body that fails half-way still gives us what arrived
  } finally {
    (body as Partial<Readable>).destroy?.();
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function parseSpecErrors(body: string): SpecError[] {
  try {
    const doc = JSON.parse(body) as { errors?: unknown; details?: unknown };
    if (Array.isArray(doc.errors)) return doc.errors.filter((e): e is SpecError => typeof e === 'object' && e !== null);
  } catch {
    // not JSON: proxies and CDNs answer with HTML
  }
  return [];
}

export function header(headers: Headers, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function registryError(ctx: ResponseContext): RegistryError {
  const errors = parseSpecErrors(ctx.body);
  const first = errors[0];
  const specCode = first?.code?.toUpperCase();
  const specText = errors
    .map((e) => [e.code, e.message, e.detail !== undefined ? JSON.stringify(e.detail) : undefined].filter(Boolean).join(': '))
    .join('; ');
  const fallbackText = specText || ctx.body.replace(/\s+/g, ' ').trim().slice(0, 200);
  const where = `${ctx.step}: ${ctx.method} ${redactUrl(ctx.url)} returned ${ctx.status}`;
  const message = redact(fallbackText ? `${where} (${fallbackText})` : where);
  const retryAfterMs = parseRetryAfter(header(ctx.headers, 'retry-after'), ctx.now ?? Date.now());
  const retryable = RETRYABLE_STATUSES.has(ctx.status) || specCode === 'TOOMANYREQUESTS';
  const make = (code: string, hint: string | undefined, extra = ''): RegistryError =>
    new RegistryError(code, message + extra, hint, ctx.status, specCode, retryable, retryAfterMs);

  const allText = `${specText} ${ctx.body}`.toLowerCase();
  if (ctx.status === 429 || specCode === 'TOOMANYREQUESTS') {
    const limit = header(ctx.headers, 'ratelimit-limit');
    const remaining = header(ctx.headers, 'ratelimit-remaining');
    const reset = header(ctx.headers, 'ratelimit-reset');
    const parts = [limit && `limit ${limit}`, remaining && `remaining ${remaining}`, reset && `reset ${reset}`].filter(Boolean);
    return make(
      'REGISTRY_RATE_LIMITED',
      'the registry is rate limiting this client: wait and retry, or log in (Docker Hub gives authenticated users a higher pull limit)',
      parts.length ? ` [rate limit: ${parts.join(', ')}]` : '',
    );
  }
  if (ctx.status === 401 || specCode === 'UNAUTHORIZED') {
    return make('REGISTRY_UNAUTHORIZED', unauthorizedHint(ctx.registry ?? hostOf(ctx.url), ctx.searched, ctx.credentialSource));
  }
  if (allText.includes('write_package')) {
    return make(
      'REGISTRY_DENIED',
      'GHCR refused write_package: the package is usually not linked to this repository. Link it in the package settings (Manage Actions access) or add the org.opencontainers.image.source annotation naming the repository, and make sure the token has the write:packages scope (GITHUB_TOKEN needs `permissions: packages: write`).',
    );
  }
  if (ctx.status === 403 || specCode === 'DENIED') {
    return make('REGISTRY_DENIED', 'the credentials are valid but lack permission for this repository: check the account has push access to it');
  }
  if (specCode === 'MANIFEST_INVALID' || specCode === 'UNSUPPORTED' || ctx.status === 415) {
    const mt = ctx.mediaType ? ` The registry refused media type ${ctx.mediaType}.` : '';
    return make(
      'REGISTRY_MANIFEST_INVALID',
      `the registry does not accept this manifest.${mt} Some registries (Quay, Artifactory, ECR) only accept known media types: try --format compat or a plain OCI image manifest.`,
    );
  }
  if (specCode === 'NAME_UNKNOWN') {
    return make('REGISTRY_NAME_UNKNOWN', 'the repository does not exist: check the reference, or create the repository first (ECR and some registries do not create repositories on push)');
  }
  if (specCode === 'NAME_INVALID') return make('REGISTRY_NAME_INVALID', 'repository names are lowercase letters, digits and separators (. _ __ -), path components separated by /');
  if (specCode === 'MANIFEST_UNKNOWN' || (ctx.status === 404 && ctx.method !== 'DELETE' && /\/manifests\//.test(ctx.url))) {
    return make('REGISTRY_MANIFEST_UNKNOWN', 'no such tag or digest in this repository: check the reference');
  }
  if (specCode === 'BLOB_UNKNOWN' || specCode === 'MANIFEST_BLOB_UNKNOWN') {
    return make('REGISTRY_BLOB_UNKNOWN', 'a referenced blob is missing in the registry: push blobs before the manifest (this is a bug if wasmpack did the push)');
  }
  if (specCode === 'DIGEST_INVALID' || specCode === 'SIZE_INVALID') {
    return make('REGISTRY_DIGEST_INVALID', 'the uploaded content did not match its digest or size: the local file may have changed during the push; rebuild and retry');
  }
  if (ctx.status >= 500) return make('REGISTRY_SERVER_ERROR', 'the registry failed; retrying later usually helps');
  if (ctx.status === 411) return make('REGISTRY_HTTP_ERROR', 'the registry wants a Content-Length; this is a bug in wasmpack');
  return make('REGISTRY_HTTP_ERROR', 'unexpected registry answer: see the status and error above');
}

/** Docker Hub's API host is logged in to as docker.io, as users know it. */
export function loginHost(registry: string): string {
  return isDockerHub(registry) ? 'docker.io' : registry;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'REGISTRY';
  }
}

/** The hint of every 401: how to log in here, where we looked, and what this provider wants as a password. */
export function unauthorizedHint(registry: string, searched?: string[], credentialSource?: string): string {
  const host = loginHost(registry);
  const where = searched?.length ? ` Looked for credentials in: ${searched.join(', ')}.` : '';
  const used = credentialSource ? ` Credentials used came from ${credentialSource}; check they are current.` : ' No credentials were found for this registry.';
  const provider = providerHint(host);
  return `log in with \`wasmpack login ${host}\` (podman and docker logins work too) or pass --creds user:password.${used}${where}${provider ? ` ${provider}` : ''}`;
}

/** The same error with the registry's own 401 hint (a token service's 401 names the token host otherwise). */
export function withUnauthorizedHint(err: unknown, registry: string, searched?: string[], credentialSource?: string): unknown {
  if (!(err instanceof RegistryError) || err.code !== 'REGISTRY_UNAUTHORIZED') return err;
  return new RegistryError(err.code, err.message, unauthorizedHint(registry, searched, credentialSource), err.status, err.registryCode, err.retryable, err.retryAfterMs, { cause: err.cause ?? err });
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** registryCode of a TLS failure where the server spoke plain HTTP to our TLS hello. */
export const PLAIN_HTTP_ANSWER = 'PLAIN_HTTP';

export interface NetworkContext {
  step: string;
  method: string;
  url: string;
  host: string;
  /**
   * The host answered HTTP earlier in this run. Then a reset or timeout is the connection failing
   * mid-run (a proxy, a load balancer, a flaky link), not DNS or a firewall: a different code and
   * hint, so nobody goes looking for a DNS problem on a registry that answered a second ago.
   */
  answered?: boolean;
}

/** A failure before any HTTP answer: TLS (not retryable), or the network (retryable). */
export function networkError(err: unknown, ctx: NetworkContext): RegistryError {
  const chain: Array<{ code?: string; message?: string }> = [];
  for (let e: unknown = err, d = 0; e && typeof e === 'object' && d < 5; e = (e as { cause?: unknown }).cause, d++) chain.push(e as { code?: string; message?: string });
  const tls = chain.find((e) => e.code && (TLS_CODES.has(e.code) || e.code.startsWith('ERR_SSL') || e.code.startsWith('CERT_')));
  const detail = chain.map((e) => e.message ?? e.code).filter(Boolean).slice(-1)[0] ?? String(err);
  const message = redact(`${ctx.step}: ${ctx.method} ${redactUrl(ctx.url)} failed: ${detail}`);
  if (tls) {
    const wrongVersion = /wrong version number|ERR_SSL_WRONG_VERSION_NUMBER/i.test(`${tls.code} ${tls.message}`);
    const hint = wrongVersion
      ? `${ctx.host} does not speak TLS: if it is a plain-HTTP registry you trust, mark it insecure (--insecure-registry HOST:PORT, or --tls-verify=false)`
      : `trust the registry's CA with --cert-dir DIR (*.crt), /etc/containers/certs.d/${ctx.host}/ca.crt, /etc/docker/certs.d/${ctx.host}/ca.crt or NODE_EXTRA_CA_CERTS; --tls-verify=false skips verification`;
    // PLAIN_HTTP says (as a code, not in the hint's words) that the server answered TLS with HTTP.
    return new RegistryError('REGISTRY_TLS', message, hint, undefined, wrongVersion ? PLAIN_HTTP_ANSWER : undefined, false, undefined, { cause: err });
  }
  const code = chain.find((e) => e.code)?.code;
  const aborted = code === 'ABORT_ERR' || (err instanceof Error && err.name === 'AbortError');
  const retryable = code !== 'ENOTFOUND' && !aborted;
  if (ctx.answered && !aborted) {
    return new RegistryError('REGISTRY_CONNECTION_LOST', message, connectionLostHint(ctx.host), undefined, code, true, undefined, { cause: err });
  }
  return new RegistryError(
    'REGISTRY_UNREACHABLE',
    message,
    `check that ${ctx.host} is reachable from here (DNS, firewall, HTTPS_PROXY/NO_PROXY) and that the registry is running`,
    undefined,
    code,
    retryable,
    undefined,
    { cause: err },
  );
}

function connectionLostHint(host: string): string {
  return `${host} answered earlier in this run, then the connection broke and wasmpack's retries did not get through: a proxy or load balancer in between may be cutting connections or long uploads (check its timeouts and body-size limits); run the same command again (blobs already uploaded are skipped), or lower --jobs`;
}

/**
 * A response whose body stopped before its end (the connection reset or closed mid-answer):
 * retryable like a 5xx, and reported as a lost connection, never as "too big" or "not JSON".
 */
export function cutOffError(err: unknown, ctx: Omit<NetworkContext, 'answered'>): RegistryError {
  const detail = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | undefined)?.code;
  return new RegistryError(
    'REGISTRY_CONNECTION_LOST',
    redact(`${ctx.step}: the answer to ${ctx.method} ${redactUrl(ctx.url)} was cut off: ${detail}`),
    connectionLostHint(ctx.host),
    undefined,
    typeof code === 'string' ? code : undefined,
    true,
    undefined,
    { cause: err },
  );
}
