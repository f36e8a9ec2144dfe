/**
 * The transport half of the registry client (go-containerregistry's `transport`): ping and the
 * scheme it answered on, credentials, redirects, retries, and the one `exchange` every request
 * of the API half (uploads.ts, manifests.ts) goes through.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 *
 * `exchange` adds credentials only for the registry's own origin (a Location or redirect to
 * another host never gets Authorization: GHSA-jxpm-75mh-9fp7), answers a 401 by
 * re-authenticating and replaying once, follows redirects itself (max 10, never https->http) and
 * always consumes or destroys response bodies. Retries use one policy for all (retries.ts).
 */
import { Readable } from 'node:stream';
import { WasmpackError, redact } from '../../errors.js';
import type { CredentialStore } from '../../auth/credentials.js';
import { userAgent } from '../../package-info.js';
import { Authenticator } from './auth.js';
import { cutOffError, header, networkError, PLAIN_HTTP_ANSWER, readCappedBody, registryError, withUnauthorizedHint, type Headers } from './errors.js';
import { formatExchange, requestBytes } from './exchange-log.js';
import { BodyTooLargeError, drain, readAll, type HttpResponse, type HttpSend, type Transport } from './http.js';
import { resolveLocation, sameOrigin } from './location.js';
import { mergeScopes } from './scope.js';
import type { SchemeMemory } from './scheme-memory.js';
import { createTransport, isLocalHost, type TransportOptions } from './transport.js';
import { currentRetry, DEFAULT_RETRY_POLICY, realRetryEnvironment, withRetry, type RetryEnvironment, type RetryPolicy } from './retries.js';

export const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** `wasmpack/<version>`: the version of wasmpack itself, wherever it is installed or bundled. */
export function defaultUserAgent(): string {
  return userAgent();
}

export interface RegistryStats {
  /** Every HTTP request sent to the registry, its token service or a redirect target. */
  requests: number;
  /** Blob body bytes streamed out (including attempts that failed). */
  blobBytesUploaded: number;
  tokenFetches: number;
  retries: number;
}

export interface RegistryClientOptions extends Omit<TransportOptions, 'registry'> {
  /** host[:port] as given (docker.io already mapped to registry-1.docker.io). */
  registry: string;
  credentials: CredentialStore;
  /** Allow plain HTTP for a non-loopback registry (TLS is tried first). */
  insecure?: boolean;
  /** Force a scheme instead of probing (loopback and insecure registries try https, then http). */
  scheme?: 'https' | 'http';
  /** Where the scheme a loopback registry answered on is remembered between runs (none: probe each time). */
  schemeMemory?: SchemeMemory;
  userAgent?: string;
  signal?: AbortSignal;
  /** Injected HTTP exchange (unit tests); defaults to createTransport with the transport options. */
  send?: HttpSend;
  now?(): number;
  /** Attempts and backoff of every retry here; { maxAttempts: 1 } turns retries off. */
  retry?: Partial<RetryPolicy>;
  /** Injected sleep, clock and randomness of retries (tests). */
  retryEnvironment?: RetryEnvironment;
  /** Receives one line per HTTP exchange (--verbose); nothing is logged without it. */
  log?: (line: string) => void;
  /** Blobs larger than this many bytes are uploaded in chunks; default DEFAULT_CHUNK_THRESHOLD. */
  chunkThreshold?: number;
  /** Bytes per chunk; default DEFAULT_CHUNK_SIZE, raised to the registry's OCI-Chunk-Min-Length. */
  chunkSize?: number;
}

export interface ExchangeRequest {
  step: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Opened afresh for every send (401 replay, redirect). */
  body?: () => Readable | Buffer;
  scopes: readonly string[];
  /** Token validity wanted before this request starts (long uploads). */
  minTokenValidityMs?: number;
  /** Overrides the client's signal (a manifest PUT that must not be cut in half). */
  signal?: AbortSignal;
}

export interface ExchangeResponse extends HttpResponse {
  url: string;
}

/** What /v2/ answered without credentials: 200 (no auth) or 401 and its challenges. */
export interface PingAnswer {
  status: number;
  wwwAuthenticate: string | string[] | undefined;
}

export class RegistryExchange {
  readonly registry: string;
  readonly userAgent: string;
  readonly stats: RegistryStats = { requests: 0, blobBytesUploaded: 0, tokenFetches: 0, retries: 0 };
  private base: string | undefined;
  private pinging: Promise<void> | undefined;
  private send: HttpSend | undefined;
  private connections: Transport | undefined;
  private auth: Authenticator | undefined;
  private answer: PingAnswer | undefined;
  private readonly policy: RetryPolicy;

  constructor(readonly options: RegistryClientOptions) {
    this.registry = options.registry;
    this.userAgent = options.userAgent ?? defaultUserAgent();
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  /** http(s)://host[:port], known after the ping. */
  get baseUrl(): string | undefined {
    return this.base;
  }

  /** The ping's answer (after ping()). */
  get pingAnswer(): PingAnswer | undefined {
    return this.answer;
  }

  now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private async transport(): Promise<HttpSend> {
    if (this.send) return this.send;
    if (this.options.send) {
      this.send = this.options.send;
    } else {
      this.connections = await createTransport({ ...this.options, registry: this.registry });
      this.send = this.connections.send;
    }
    const inner = this.send;
    const log = this.options.log;
    this.send = async (req) => {
      this.stats.requests++;
      if (!log) return inner(req);
      const started = this.now();
      const record = { method: req.method, url: req.url, sent: requestBytes(req.headers, req.body), retry: currentRetry() };
      try {
        const res = await inner(req);
        const length = Number(header(res.headers, 'content-length'));
        log(formatExchange({ ...record, status: res.status, ...(Number.isFinite(length) ? { received: length } : {}), ms: this.now() - started }));
        return res;
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        log(formatExchange({ ...record, error: typeof code === 'string' ? code : (err as Error).message, ms: this.now() - started }));
        throw err;
      }
    };
    return this.send;
  }

  /**
   * Runs a step with this client's retry policy; every retry is counted. The step must be safe to
   * repeat from its start (a request that may be repeated, or a whole upload from POST).
   */
  retrying<T>(step: (attempt: number) => Promise<T>, retryIf?: (err: unknown) => boolean): Promise<T> {
    return withRetry(step, {
      policy: this.policy,
      env: this.options.retryEnvironment ?? realRetryEnvironment,
      ...this.signalOpt(),
      ...(retryIf ? { retryIf } : {}),
      onRetry: () => {
        this.stats.retries++;
      },
    });
  }

  async close(): Promise<void> {
    await this.connections?.close();
  }

  /**
   * GET /v2/ without credentials: 200 means no auth, 401 carries the challenge.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#determining-support
   */
  async ping(): Promise<void> {
    this.pinging ??= this.doPing().catch((err) => {
      this.pinging = undefined;
      throw err;
    });
    return this.pinging;
  }

  private async doPing(): Promise<void> {
    const mayUseHttp = this.options.insecure === true || isLocalHost(this.registry);
    if (this.options.scheme === 'http' && !mayUseHttp) {
      throw new WasmpackError('REGISTRY_INSECURE', `plain HTTP to ${this.registry} was not allowed`, 'mark the registry insecure (--tls-verify=false) to allow plain HTTP; loopback hosts are allowed by default');
    }
    if (this.options.scheme) return this.pingSchemes([this.options.scheme]);
    if (!mayUseHttp) return this.pingSchemes(['https']);
    const memory = isLocalHost(this.registry) ? this.options.schemeMemory : undefined;
    const remembered = await memory?.recall(this.registry);
    if (remembered) {
      try {
        return await this.pingSchemes([remembered]);
      } catch (err) {
        this.signalOpt().signal?.throwIfAborted();
        // The registry changed (or is down): forget, and probe both as on a first contact.
        await memory!.forget(this.registry);
        if (!(err instanceof WasmpackError)) throw err;
      }
    }
    await this.pingSchemes(['https', 'http']);
    if (memory && this.base) await memory.remember(this.registry, this.base.startsWith('https:') ? 'https' : 'http');
  }

  private async pingSchemes(schemes: ReadonlyArray<'https' | 'http'>): Promise<void> {
    const send = await this.transport();
    for (let i = 0; i < schemes.length; i++) {
      const base = `${schemes[i]}://${this.registry}`;
      const url = `${base}/v2/`;
      let res: HttpResponse;
      try {
        res = await send({ method: 'GET', url, headers: { 'user-agent': this.userAgent }, ...this.signalOpt() });
      } catch (err) {
        const error = networkError(err, { step: `checking ${this.registry}`, method: 'GET', url, host: this.registry });
        // Fall back to plain HTTP only when the server clearly spoke HTTP to our TLS hello.
        const spokeHttp = error.code === 'REGISTRY_TLS' && error.registryCode === PLAIN_HTTP_ANSWER;
        const reset = error.registryCode === 'ECONNRESET' || error.registryCode === 'UND_ERR_SOCKET';
        if (i + 1 < schemes.length && (spokeHttp || reset)) continue;
        throw error;
      }
      if (res.status === 200 || res.status === 401) {
        await drain(res.body);
        this.base = base;
        this.answer = { status: res.status, wwwAuthenticate: res.headers['www-authenticate'] };
        this.auth = new Authenticator({
          registry: this.registry,
          registryBase: base,
          credentials: this.options.credentials,
          send,
          userAgent: this.userAgent,
          now: () => this.now(),
          ...this.signalOpt(),
        });
        this.auth.learn(res.headers['www-authenticate'], res.status);
        return;
      }
      // A plain-HTTP server answering our HTTPS port-probe is handled above; anything else is an error.
      throw registryError({ step: `checking ${this.registry}`, method: 'GET', url, status: res.status, headers: res.headers, body: await readCappedBody(res.body), now: this.now() });
    }
  }

  signalOpt(): { signal?: AbortSignal } {
    return this.options.signal ? { signal: this.options.signal } : {};
  }

  /** One API request with credentials, 401 replay and redirects (not retried: callers wrap it in `retrying`). */
  async exchange(req: ExchangeRequest): Promise<ExchangeResponse> {
    await this.ping();
    const send = await this.transport();
    const auth = this.auth!;
    const signal = req.signal ? { signal: req.signal } : this.signalOpt();
    let url = req.url;
    let method = req.method;
    let body = req.body;
    let scopes = mergeScopes(req.scopes);
    let replayed = false;
    let redirects = 0;
    for (;;) {
      const own = sameOrigin(url, this.base!);
      const headers: Record<string, string> = { 'user-agent': this.userAgent, ...req.headers };
      if (own) {
        let authorization: string | undefined;
        try {
          authorization = await auth.authorization(scopes, req.minTokenValidityMs);
        } catch (err) {
          // A token service's 401 would otherwise name the token host, not the registry to log in to.
          const found = await auth.credentialInfo().catch(() => undefined);
          throw withUnauthorizedHint(err, this.registry, auth.searched(), found?.source);
        }
        if (authorization) headers.authorization = authorization;
      }
      const payload = body?.();
      let res: HttpResponse;
      try {
        res = await send({ method, url, headers, ...(payload !== undefined ? { body: payload } : {}), ...signal });
      } catch (err) {
        if (payload instanceof Readable) payload.destroy();
        throw networkError(err, { step: req.step, method, url, host: new URL(url).host, answered: own });
      }
      this.stats.tokenFetches = auth.tokenFetches;
      if (res.status === 401 && own && !replayed) {
        // https://distribution.github.io/distribution/spec/auth/token/ : re-authenticate, replay once.
        await drain(res.body);
        if (payload instanceof Readable) payload.destroy();
        replayed = true;
        auth.invalidate(scopes);
        const wanted = auth.learn(res.headers['www-authenticate'], 401);
        scopes = mergeScopes([...scopes, ...wanted]);
        if (!(await auth.credentialInfo()) && auth.cacheKey(scopes) === undefined) {
          // Basic challenge and nothing to send: replaying would only repeat the 401.
          return this.fail(req, { ...res, body: Readable.from([]) }, method, url);
        }
        continue;
      }
      const location = header(res.headers, 'location');
      if (REDIRECT_STATUSES.has(res.status) && location) {
        await drain(res.body);
        if (payload instanceof Readable) payload.destroy();
        if (++redirects > MAX_REDIRECTS) {
          throw new WasmpackError('REGISTRY_TOO_MANY_REDIRECTS', `${req.step}: more than ${MAX_REDIRECTS} redirects from ${redact(req.url)}`, 'the registry or a proxy in front of it loops; report it to its operator');
        }
        const next = resolveLocation(url, location);
        if (new URL(url).protocol === 'https:' && new URL(next).protocol !== 'https:') {
          throw new WasmpackError('REGISTRY_INSECURE_REDIRECT', `${req.step}: ${method} ${redact(url)} redirected to plain HTTP ${redact(next)}`, 'refusing an https->http downgrade; the registry is misconfigured');
        }
        if (res.status === 303) {
          method = method === 'HEAD' ? 'HEAD' : 'GET';
          body = undefined;
        }
        url = next;
        continue;
      }
      return { ...res, url };
    }
  }

  /** Turns an unexpected answer into the registry's error (method, redacted URL, status, spec code, hint). */
  async fail(req: ExchangeRequest, res: HttpResponse, method: string, url: string, mediaType?: string): Promise<never> {
    const text = method === 'HEAD' ? (await drain(res.body), '') : await readCappedBody(res.body);
    const found = await this.auth?.credentialInfo();
    throw registryError({
      step: req.step,
      method,
      url,
      status: res.status,
      headers: res.headers,
      body: text,
      searched: this.auth?.searched() ?? [],
      registry: this.registry,
      ...(found ? { credentialSource: found.source } : {}),
      ...(mediaType ? { mediaType } : {}),
      now: this.now(),
    });
  }

  /** <base>/v2/<repository>/<path> (after the ping). */
  url(repository: string, path: string): string {
    return `${this.base}/v2/${repository}/${path}`;
  }

  /** A whole answer body: over `limit` is the caller's error, cut off is a retryable lost connection. */
  async readBody(req: ExchangeRequest, res: ExchangeResponse, limit: number, tooBig: () => WasmpackError): Promise<Buffer> {
    try {
      return await readAll(res.body, limit);
    } catch (err) {
      if (err instanceof BodyTooLargeError) throw tooBig();
      this.options.signal?.throwIfAborted();
      throw cutOffError(err, { step: req.step, method: req.method, url: res.url, host: new URL(res.url).host });
    }
  }

  /** One request without the registry's credentials (login's own token and /v2/ checks). */
  async sendOnce(step: string, req: { method: string; url: string; headers: Record<string, string> }): Promise<HttpResponse> {
    const send = await this.transport();
    try {
      return await send({ ...req, ...this.signalOpt() });
    } catch (err) {
      const host = new URL(req.url).host;
      throw networkError(err, { step, method: req.method, url: req.url, host, answered: this.base !== undefined && sameOrigin(req.url, this.base) });
    }
  }
}

export type { Headers };
