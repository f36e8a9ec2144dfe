/**
 * The distribution API client: ping, blob HEAD/upload/mount, manifest PUT/GET/HEAD.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 *
 * Every request goes through `exchange`, which adds credentials only for the registry's own
 * origin (a Location or redirect to another host never gets Authorization: GHSA-jxpm-75mh-9fp7),
 * answers a 401 by re-authenticating and replaying once, follows redirects itself (max 10, never
 * https->http) and always consumes or destroys response bodies.
 *
 * Retries live here, one policy for all (see retries.ts): requests that may be repeated are
 * retried on their own, a blob upload restarts from POST when its session is lost, and a chunked
 * upload resumes from the offset the registry confirms.
 */
import { createRequire } from 'node:module';
import { Readable, Transform } from 'node:stream';
import { WasmpackError, redact, registerSecret } from '../../errors.js';
import type { CredentialStore } from '../../auth/credentials.js';
import { openBytes, type Blob, type Descriptor } from '../../oci/content.js';
import { isDigest, sha256 } from '../../oci/digest.js';
import { MANIFEST_ACCEPT } from '../../oci/media-types.js';
import { Authenticator } from './auth.js';
import { cutOffError, header, networkError, PLAIN_HTTP_ANSWER, readCappedBody, registryError, RegistryError, withUnauthorizedHint, type Headers } from './errors.js';
import { formatExchange, requestBytes } from './exchange-log.js';
import { parseChallenges, pickChallenge } from './challenge.js';
import { resolveRealm } from './token.js';
import { BodyTooLargeError, drain, readAll, undiciSend, type HttpResponse, type HttpSend } from './http.js';
import { appendDigest, appendQuery, resolveLocation, sameOrigin } from './location.js';
import { mergeScopes, pushScopes, repositoryScope } from './scope.js';
import { createDispatcher, isLocalHost, refuseCleartextCredentials, type TransportOptions } from './transport.js';
import { currentRetry, DEFAULT_RETRY_POLICY, realRetryEnvironment, withRetry, type RetryEnvironment, type RetryPolicy } from './retries.js';
import { confirmedOffset, contentRange } from './upload-range.js';
import type { Dispatcher } from 'undici';

// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
export const MAX_REDIRECTS = 10;
/** getBlob's default cap: enough for any image config, small enough to hold in memory. */
export const DEFAULT_MAX_BLOB_FETCH = 16 * 1024 * 1024;
/**
 * Blobs above this go up in chunks that survive a reset. Below it one PUT is cheaper (one request)
 * and a restart costs little; above it a restart from zero would resend too much.
 */
export const DEFAULT_CHUNK_THRESHOLD = 64 * 1024 * 1024;
/** Bytes per PATCH: what a reset can cost at most, against one round trip per chunk. */
export const DEFAULT_CHUNK_SIZE = 64 * 1024 * 1024;
const LOGIN_CLIENT_ID = 'wasmpack';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function defaultUserAgent(): string {
  try {
    // dist/src/targets/registry/client.js -> package.json at the package root
    const pkg = createRequire(import.meta.url)('../../../../package.json') as { version?: string };
    return `wasmpack/${pkg.version ?? '0.0.0'}`;
  } catch {
    return 'wasmpack/0.0.0';
  }
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
  userAgent?: string;
  signal?: AbortSignal;
  /** Injected HTTP exchange (unit tests); defaults to undici with the transport options. */
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

export interface ManifestResult {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export interface PutManifestResult {
  digest: string;
  /** OCI-Subject: the registry indexed the subject for the referrers API. */
  subject?: string;
  location?: string;
  headers: Headers;
}

export interface PushBlobOptions {
  mountFrom?: string;
  onProgress?(bytesSent: number): void;
}

export interface CredentialCheck {
  /** What the registry asked for at /v2/ without credentials. */
  auth: 'none' | 'basic' | 'bearer';
  /** An OAuth2 refresh token the token service handed out (ACR does): store it instead of the password. */
  identityToken?: string;
}

interface ExchangeRequest {
  step: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Opened afresh for every send (401 replay, redirect). */
  body?: () => Readable | Buffer;
  scopes: readonly string[];
  /** Token validity wanted before this request starts (long uploads). */
  minTokenValidityMs?: number;
}

interface ExchangeResponse extends HttpResponse {
  url: string;
}

export class RegistryClient {
  readonly registry: string;
  readonly stats: RegistryStats = { requests: 0, blobBytesUploaded: 0, tokenFetches: 0, retries: 0 };
  private base: string | undefined;
  private pinging: Promise<void> | undefined;
  private send: HttpSend | undefined;
  private dispatcher: Dispatcher | undefined;
  private auth: Authenticator | undefined;
  private readonly userAgent: string;
  private readonly openUploads = new Set<string>();
  /** The ping's answer, for checkCredentials: 200 (no auth) or 401 and its challenges. */
  private pingAnswer: { status: number; wwwAuthenticate: string | string[] | undefined } | undefined;
  /** OCI-Chunk-Min-Length of each open upload session. */
  private readonly chunkMinimum = new Map<string, number>();
  private readonly policy: RetryPolicy;

  constructor(private readonly options: RegistryClientOptions) {
    this.registry = options.registry;
    this.userAgent = options.userAgent ?? defaultUserAgent();
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  /** http(s)://host[:port], known after the ping. */
  get baseUrl(): string | undefined {
    return this.base;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private async transport(): Promise<HttpSend> {
    if (this.send) return this.send;
    if (this.options.send) {
      this.send = this.options.send;
    } else {
      this.dispatcher = await createDispatcher({ ...this.options, registry: this.registry });
      this.send = undiciSend(this.dispatcher);
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
  private retrying<T>(step: (attempt: number) => Promise<T>, retryIf?: (err: unknown) => boolean): Promise<T> {
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
    await this.dispatcher?.close();
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
    const send = await this.transport();
    const mayUseHttp = this.options.insecure === true || isLocalHost(this.registry);
    const schemes: Array<'https' | 'http'> = this.options.scheme ? [this.options.scheme] : mayUseHttp ? ['https', 'http'] : ['https'];
    if (this.options.scheme === 'http' && !mayUseHttp) {
      throw new WasmpackError('REGISTRY_INSECURE', `plain HTTP to ${this.registry} was not allowed`, 'mark the registry insecure (--tls-verify=false) to allow plain HTTP; loopback hosts are allowed by default');
    }
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
        this.pingAnswer = { status: res.status, wwwAuthenticate: res.headers['www-authenticate'] };
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

  private signalOpt(): { signal?: AbortSignal } {
    return this.options.signal ? { signal: this.options.signal } : {};
  }

  private async exchange(req: ExchangeRequest): Promise<ExchangeResponse> {
    await this.ping();
    const send = await this.transport();
    const auth = this.auth!;
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
        res = await send({ method, url, headers, ...(payload !== undefined ? { body: payload } : {}), ...this.signalOpt() });
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

  private async fail(req: ExchangeRequest, res: HttpResponse, method: string, url: string, mediaType?: string): Promise<never> {
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

  private url(repository: string, path: string): string {
    return `${this.base}/v2/${repository}/${path}`;
  }

  /**
   * HEAD a blob: 200 = present, 404 = missing; 401/403 and the rest are errors, never "missing".
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#checking-if-content-exists-in-the-registry
   */
  async headBlob(repository: string, digest: string, scopes = [repositoryScope(repository, ['pull'])]): Promise<boolean> {
    return this.retrying(() => this.headBlobOnce(repository, digest, scopes));
  }

  private async headBlobOnce(repository: string, digest: string, scopes: string[]): Promise<boolean> {
    await this.ping();
    const req: ExchangeRequest = { step: `checking blob ${digest} in ${this.registry}/${repository}`, method: 'HEAD', url: this.url(repository, `blobs/${digest}`), scopes };
    const res = await this.exchange(req);
    if (res.status === 200) {
      await drain(res.body);
      return true;
    }
    if (res.status === 404) {
      await drain(res.body);
      return false;
    }
    return this.fail(req, res, 'HEAD', res.url);
  }

  /**
   * Cross-repository mount: 201 = mounted, 202 = an upload session to continue (Location).
   * Returns the session URL on 202, true on 201, false when the mount was refused.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#mounting-a-blob-from-another-repository
   */
  async mountBlob(repository: string, digest: string, from: string): Promise<true | string | false> {
    await this.ping();
    let url = appendQuery(this.url(repository, 'blobs/uploads/'), 'mount', digest);
    url = appendQuery(url, 'from', from);
    const req: ExchangeRequest = {
      step: `mounting blob ${digest} from ${from} into ${this.registry}/${repository}`,
      method: 'POST',
      url,
      headers: { 'content-length': '0' },
      body: () => Buffer.alloc(0),
      scopes: pushScopes(repository, from),
    };
    let res: ExchangeResponse;
    try {
      res = await this.exchange(req);
    } catch (err) {
      // Harbor, Quay and Docker Hub refuse mounts in many ways; a plain upload still works.
      if (err instanceof WasmpackError && err.code === 'REGISTRY_UNREACHABLE') throw err;
      return false;
    }
    if (res.status === 201) {
      await drain(res.body);
      return true;
    }
    const location = header(res.headers, 'location');
    await drain(res.body);
    if (res.status === 202 && location) {
      const session = resolveLocation(res.url, location);
      this.openSession(session, res.headers);
      return session;
    }
    return false;
  }

  private openSession(session: string, headers: Headers): void {
    this.openUploads.add(session);
    // https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks
    const minimum = Number(header(headers, 'oci-chunk-min-length'));
    if (Number.isSafeInteger(minimum) && minimum > 0) this.chunkMinimum.set(session, minimum);
  }

  private closeSession(session: string): void {
    this.openUploads.delete(session);
    this.chunkMinimum.delete(session);
  }

  /**
   * POST an upload session: 202 + Location (Content-Length: 0, Artifact Registry answers 411
   * otherwise). Retried on its own: a POST whose answer was lost opened at most a session nobody
   * uses, which the registry expires.
   */
  async startUpload(repository: string, scopes = pushScopes(repository)): Promise<string> {
    return this.retrying(() => this.startUploadOnce(repository, scopes));
  }

  private async startUploadOnce(repository: string, scopes: string[]): Promise<string> {
    await this.ping();
    const req: ExchangeRequest = {
      step: `starting an upload to ${this.registry}/${repository}`,
      method: 'POST',
      url: this.url(repository, 'blobs/uploads/'),
      headers: { 'content-length': '0' },
      body: () => Buffer.alloc(0),
      scopes,
    };
    const res = await this.exchange(req);
    const location = header(res.headers, 'location');
    if (res.status !== 202 || !location) {
      if (res.status === 202) {
        await drain(res.body);
        throw new WasmpackError('REGISTRY_PROTOCOL', `${req.step}: 202 without a Location header`, 'the registry (or a proxy) dropped the Location header of the upload session');
      }
      return this.fail(req, res, 'POST', res.url);
    }
    await drain(res.body);
    const session = resolveLocation(res.url, location);
    this.openSession(session, res.headers);
    return session;
  }

  /**
   * Monolithic upload: PUT <Location>&digest=... with a fixed Content-Length (never chunked),
   * application/octet-stream; 201 (204 tolerated). The body streams from the blob's opener.
   * Not retried on its own: a half-sent body may have spoilt the session (see pushBlob).
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-monolithically
   */
  async putBlob(repository: string, session: string, blob: Blob, onProgress?: (bytesSent: number) => void, scopes = pushScopes(repository)): Promise<void> {
    const { digest, size } = blob.descriptor;
    const req: ExchangeRequest = {
      step: `uploading blob ${digest} (${size} bytes) to ${this.registry}/${repository}`,
      method: 'PUT',
      url: appendDigest(session, digest),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
      body: () => this.countingStream(blob, onProgress),
      scopes,
      // A streamed body cannot be replayed cheaply after a 401: start with a token that will last.
      minTokenValidityMs: 120_000,
    };
    const res = await this.exchange(req);
    if (res.status === 404) return this.uploadLost(req.step, res);
    if (res.status !== 201 && res.status !== 204) return this.fail(req, res, 'PUT', res.url);
    this.closeSession(session);
    await this.checkEchoedDigest(req.step, res, digest);
  }

  /** The registry does not know the session (expired, or spoilt by a partial chunk): start again from POST. */
  private async uploadLost(step: string, res: HttpResponse): Promise<never> {
    await readCappedBody(res.body);
    throw new RegistryError(
      'REGISTRY_UPLOAD_LOST',
      `${step}: the registry no longer knows the upload session (sessions expire, and distribution drops one that received part of a chunk)`,
      'the upload starts again from its beginning by itself; if this error ends the push, a proxy in between keeps cutting long requests: check its timeouts and body-size limits',
      404,
      'BLOB_UPLOAD_UNKNOWN',
      true,
    );
  }

  private async checkEchoedDigest(step: string, res: HttpResponse, digest: string): Promise<void> {
    const echoed = header(res.headers, 'docker-content-digest');
    await drain(res.body);
    if (echoed && echoed !== digest) {
      throw new WasmpackError('REGISTRY_DIGEST_MISMATCH', `${step}: the registry stored ${echoed}, expected ${digest}`, 'the content changed in transit or the registry is broken; retry the push');
    }
  }

  /**
   * Chunked upload that survives resets: PATCH <session> with `Content-Range: start-end` for each
   * chunk, following the Location of every answer (its `_state` changes), then PUT ?digest= with
   * no body. A chunk that fails is retried from the offset the registry confirms (GET <session>:
   * 204 + Range), so a reset costs at most the chunk in flight, not the blob. A session the
   * registry no longer knows (distribution drops one that received a partial chunk) is a
   * retryable REGISTRY_UPLOAD_LOST: pushBlob then starts again from POST.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks
   */
  async putBlobChunked(repository: string, session: string, blob: Blob, onProgress?: (bytesSent: number) => void, scopes = pushScopes(repository)): Promise<void> {
    const { digest, size } = blob.descriptor;
    const chunkSize = Math.max(this.options.chunkSize ?? DEFAULT_CHUNK_SIZE, this.chunkMinimum.get(session) ?? 0);
    const step = `uploading blob ${digest} (${size} bytes, in chunks of ${chunkSize}) to ${this.registry}/${repository}`;
    let url = session;
    let offset = 0;
    // A lost session is not retried here: only a new one (pushBlob, from POST) can help.
    const sameSession = (err: unknown): boolean => !(err instanceof WasmpackError && err.code === 'REGISTRY_UPLOAD_LOST');
    while (offset < size) {
      await this.retrying(async (attempt) => {
        // The status GET has retries of its own: a chunk attempt is spent on PATCHes, not on asking.
        if (attempt > 1) ({ url, offset } = await this.retrying(() => this.uploadStatus(step, url, scopes, size), sameSession));
        if (offset >= size) return;
        const end = Math.min(size, offset + chunkSize);
        const start = offset;
        const req: ExchangeRequest = {
          step,
          method: 'PATCH',
          url,
          headers: { 'content-type': 'application/octet-stream', 'content-range': contentRange(start, end), 'content-length': String(end - start) },
          body: () => this.countingStream(blob, onProgress, start, end),
          scopes,
          minTokenValidityMs: 120_000,
        };
        const res = await this.exchange(req);
        if (res.status === 404) return this.uploadLost(step, res);
        if (res.status === 416) {
          // We and the registry disagree on the offset: the next attempt asks it where it stands.
          await drain(res.body);
          throw new RegistryError('REGISTRY_PROTOCOL', `${step}: the registry refused bytes ${contentRange(start, end)} (416)`, 'the registry does not track upload offsets as the distribution spec says; report it to its operator', 416, undefined, true);
        }
        if (res.status !== 202) return this.fail(req, res, 'PATCH', res.url);
        await drain(res.body);
        const location = header(res.headers, 'location');
        if (location) url = resolveLocation(res.url, location);
        offset = confirmedOffset(header(res.headers, 'range')) ?? end;
      }, sameSession);
    }
    await this.retrying(async (attempt) => {
      // The PUT may have landed with its answer lost: then the session is gone and the blob is there.
      if (attempt > 1 && (await this.headBlob(repository, digest, scopes))) return;
      const req: ExchangeRequest = { step, method: 'PUT', url: appendDigest(url, digest), headers: { 'content-length': '0' }, body: () => Buffer.alloc(0), scopes };
      const res = await this.exchange(req);
      if (res.status === 404) return this.uploadLost(step, res);
      if (res.status !== 201 && res.status !== 204) return this.fail(req, res, 'PUT', res.url);
      await this.checkEchoedDigest(step, res, digest);
    }, sameSession);
    this.closeSession(session);
  }

  /** Where an upload stands: GET <session> -> 204, Range: 0-<last byte>, Location (the next URL). */
  private async uploadStatus(step: string, url: string, scopes: string[], size: number): Promise<{ url: string; offset: number }> {
    const req: ExchangeRequest = { step: `${step}: asking how much arrived`, method: 'GET', url, scopes };
    const res = await this.exchange(req);
    if (res.status === 404) return this.uploadLost(step, res);
    if (res.status !== 204 && res.status !== 200) return this.fail(req, res, 'GET', res.url);
    await drain(res.body);
    const offset = confirmedOffset(header(res.headers, 'range'));
    if (offset === undefined || offset > size) {
      throw new WasmpackError('REGISTRY_PROTOCOL', `${req.step}: the registry answered Range "${header(res.headers, 'range') ?? ''}"`, 'the registry does not report upload progress as the distribution spec says; report it to its operator');
    }
    const location = header(res.headers, 'location');
    return { url: location ? resolveLocation(res.url, location) : url, offset };
  }

  /** The blob's bytes [start, end) (all of it by default), counted into stats and progress. */
  private countingStream(blob: Blob, onProgress?: (bytesSent: number) => void, start = 0, end = blob.descriptor.size): Readable {
    let sent = start;
    const source = openBytes(blob, { start, end });
    const counter = new Transform({
      transform: (chunk: Buffer, _enc, callback) => {
        sent += chunk.length;
        this.stats.blobBytesUploaded += chunk.length;
        onProgress?.(sent);
        callback(null, chunk);
      },
    });
    source.on('error', (err) => counter.destroy(err));
    counter.on('close', () => source.destroy());
    return source.pipe(counter);
  }

  /** Best effort: cancel an upload session so the registry can drop the partial data. */
  async cancelUpload(repository: string, session: string): Promise<void> {
    this.closeSession(session);
    try {
      const res = await this.exchange({ step: `cancelling an upload to ${this.registry}/${repository}`, method: 'DELETE', url: session, scopes: pushScopes(repository) });
      await drain(res.body);
    } catch {
      // the session may already be gone; nothing to undo
    }
  }

  /** Upload sessions started and not finished (for abort). */
  pendingUploads(): string[] {
    return [...this.openUploads];
  }

  /**
   * Blob push: mount when asked (falling back), else POST and one PUT, or PATCH chunks above the
   * chunk threshold. A failed upload cancels its session and starts again from POST (after a HEAD:
   * a PUT whose answer was lost may have stored the blob), within the retry policy.
   */
  async pushBlob(repository: string, blob: Blob, options: PushBlobOptions = {}): Promise<'pushed' | 'mounted'> {
    const { digest, size } = blob.descriptor;
    const scopes = pushScopes(repository, options.mountFrom);
    return this.retrying(async (attempt) => {
      if (attempt > 1 && (await this.headBlob(repository, digest, scopes))) return 'pushed';
      let session: string | undefined;
      if (options.mountFrom && options.mountFrom !== repository) {
        const mounted = await this.mountBlob(repository, digest, options.mountFrom);
        if (mounted === true) return 'mounted';
        if (typeof mounted === 'string') session = mounted;
      }
      session ??= await this.startUpload(repository, scopes);
      try {
        if (size > (this.options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD)) await this.putBlobChunked(repository, session, blob, options.onProgress, scopes);
        else await this.putBlob(repository, session, blob, options.onProgress, scopes);
      } catch (err) {
        await this.cancelUpload(repository, session);
        throw err;
      }
      return 'pushed';
    });
  }

  /**
   * PUT a manifest by tag or digest with Content-Type = its media type; checks the echoed
   * Docker-Content-Digest when present and returns OCI-Subject for referrers. Repeating it is safe.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests
   */
  async putManifest(repository: string, reference: string, bytes: Buffer, described: string | Pick<Descriptor, 'mediaType' | 'digest' | 'size'>): Promise<PutManifestResult> {
    // A manifest node's descriptor was computed from these very bytes: hashing them again proves nothing.
    const { mediaType, digest } = typeof described === 'string' ? { mediaType: described, digest: sha256(bytes) } : described;
    if (typeof described !== 'string' && described.size !== bytes.length) {
      throw new WasmpackError('DIGEST_MISMATCH', `manifest ${digest} is described as ${described.size} bytes and has ${bytes.length}`, 'this is a bug in wasmpack: please report it');
    }
    if (bytes.length > MAX_MANIFEST_BYTES) {
      throw new WasmpackError('REGISTRY_MANIFEST_TOO_BIG', `manifest ${digest} is ${bytes.length} bytes; registries accept at most ${MAX_MANIFEST_BYTES}`, 'reduce the number of layers or annotations');
    }
    return this.retrying(async () => {
      await this.ping();
      const req: ExchangeRequest = {
        step: `pushing manifest ${digest}${isDigest(reference) ? '' : ` as ${reference}`} to ${this.registry}/${repository}`,
        method: 'PUT',
        url: this.url(repository, `manifests/${reference}`),
        headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
        body: () => bytes,
        scopes: pushScopes(repository),
      };
      const res = await this.exchange(req);
      if (res.status !== 201 && res.status !== 200 && res.status !== 204) return this.fail(req, res, 'PUT', res.url, mediaType);
      await drain(res.body);
      const echoed = header(res.headers, 'docker-content-digest');
      if (echoed && echoed !== digest) {
        throw new WasmpackError('REGISTRY_DIGEST_MISMATCH', `${req.step}: the registry computed ${echoed} for the manifest, expected ${digest}`, 'the registry rewrote the manifest (schema conversion?); push to a registry that stores manifests as sent');
      }
      const result: PutManifestResult = { digest, headers: res.headers };
      const subject = header(res.headers, 'oci-subject');
      if (subject) result.subject = subject;
      const location = header(res.headers, 'location');
      if (location) result.location = location;
      return result;
    });
  }

  /** GET a manifest (or undefined on 404), verifying its digest. */
  async findManifest(repository: string, reference: string, scopes = [repositoryScope(repository, ['pull'])]): Promise<ManifestResult | undefined> {
    return this.retrying(() => this.findManifestOnce(repository, reference, scopes));
  }

  private async findManifestOnce(repository: string, reference: string, scopes: string[]): Promise<ManifestResult | undefined> {
    await this.ping();
    const req: ExchangeRequest = {
      step: `fetching manifest ${reference} from ${this.registry}/${repository}`,
      method: 'GET',
      url: this.url(repository, `manifests/${reference}`),
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      scopes,
    };
    const res = await this.exchange(req);
    if (res.status === 404) {
      await readCappedBody(res.body);
      return undefined;
    }
    if (res.status !== 200) return this.fail(req, res, 'GET', res.url);
    const bytes = await this.readBody(req, res, MAX_MANIFEST_BYTES, () => new WasmpackError('REGISTRY_MANIFEST_TOO_BIG', `${req.step}: response larger than ${MAX_MANIFEST_BYTES} bytes`, 'registries cap manifests at 4 MiB; this is not a manifest wasmpack can read'));
    const digest = sha256(bytes);
    const expected = isDigest(reference) ? reference : header(res.headers, 'docker-content-digest');
    if (expected && expected !== digest) {
      throw new WasmpackError('REGISTRY_DIGEST_MISMATCH', `${req.step}: received content with digest ${digest}, expected ${expected}`, 'the registry or a proxy altered the manifest; do not trust this content');
    }
    return { bytes, digest, mediaType: manifestMediaType(bytes, header(res.headers, 'content-type')) };
  }

  /** A whole answer body: over `limit` is the caller's error, cut off is a retryable lost connection. */
  private async readBody(req: ExchangeRequest, res: ExchangeResponse, limit: number, tooBig: () => WasmpackError): Promise<Buffer> {
    try {
      return await readAll(res.body, limit);
    } catch (err) {
      if (err instanceof BodyTooLargeError) throw tooBig();
      this.options.signal?.throwIfAborted();
      throw cutOffError(err, { step: req.step, method: req.method, url: res.url, host: new URL(res.url).host });
    }
  }

  /** GET a manifest; 404 is REGISTRY_MANIFEST_UNKNOWN. */
  async getManifest(repository: string, reference: string): Promise<ManifestResult> {
    const found = await this.findManifest(repository, reference);
    if (!found) {
      throw new RegistryError(
        'REGISTRY_MANIFEST_UNKNOWN',
        `fetching manifest ${reference} from ${this.registry}/${repository}: not found`,
        'check the tag or digest; `skopeo list-tags docker://REGISTRY/REPO` lists the tags',
        404,
        'MANIFEST_UNKNOWN',
        false,
      );
    }
    return found;
  }

  /** HEAD a manifest: its descriptor, or undefined on 404. A tag without Docker-Content-Digest costs a GET. */
  async headManifest(repository: string, reference: string, scopes = [repositoryScope(repository, ['pull'])]): Promise<{ digest: string; mediaType: string; size: number } | undefined> {
    return this.retrying(async () => {
      await this.ping();
      const req: ExchangeRequest = {
        step: `checking manifest ${reference} in ${this.registry}/${repository}`,
        method: 'HEAD',
        url: this.url(repository, `manifests/${reference}`),
        headers: { accept: MANIFEST_ACCEPT.join(', ') },
        scopes,
      };
      const res = await this.exchange(req);
      if (res.status === 404) {
        await drain(res.body);
        return undefined;
      }
      if (res.status !== 200) return this.fail(req, res, 'HEAD', res.url);
      await drain(res.body);
      const digest = header(res.headers, 'docker-content-digest') ?? (isDigest(reference) ? reference : undefined);
      const size = Number(header(res.headers, 'content-length') ?? NaN);
      const mediaType = (header(res.headers, 'content-type') ?? '').split(';')[0]!.trim();
      if (!digest || Number.isNaN(size) || !mediaType) {
        const full = await this.findManifestOnce(repository, reference, scopes);
        return full && { digest: full.digest, mediaType: full.mediaType, size: full.bytes.length };
      }
      return { digest, mediaType, size };
    });
  }

  /**
   * GET a blob into memory (image configs, small artifacts), at most `maxBytes`, verifying its
   * digest. Redirects to a CDN are followed without credentials (see `exchange`).
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-blobs
   */
  async getBlob(repository: string, digest: string, maxBytes = DEFAULT_MAX_BLOB_FETCH): Promise<Buffer> {
    if (!isDigest(digest)) {
      throw new WasmpackError('BAD_DIGEST', `cannot fetch blob "${digest}": not a sha256 digest`, 'a digest looks like sha256:<64 lowercase hex digits>');
    }
    return this.retrying(async () => {
      await this.ping();
      const req: ExchangeRequest = {
        step: `fetching blob ${digest} from ${this.registry}/${repository}`,
        method: 'GET',
        url: this.url(repository, `blobs/${digest}`),
        scopes: [repositoryScope(repository, ['pull'])],
      };
      const res = await this.exchange(req);
      if (res.status !== 200) return this.fail(req, res, 'GET', res.url);
      const tooBig = (): WasmpackError =>
        new WasmpackError('REGISTRY_BLOB_TOO_BIG', `${req.step}: the blob is larger than ${maxBytes} bytes`, 'this blob is too large to read into memory here; fetch it with `skopeo copy` instead');
      const declared = Number(header(res.headers, 'content-length') ?? NaN);
      if (declared > maxBytes) {
        res.body.destroy();
        throw tooBig();
      }
      const bytes = await this.readBody(req, res, maxBytes, tooBig);
      const actual = sha256(bytes);
      if (actual !== digest) {
        throw new WasmpackError('REGISTRY_DIGEST_MISMATCH', `${req.step}: received content with digest ${actual}`, 'the registry or a proxy altered the blob; do not trust this content');
      }
      return bytes;
    });
  }

  /**
   * Verifies a username and password before anyone saves them, as `docker login` does:
   * no challenge at /v2/ -> nothing to verify; Basic -> GET /v2/ with them must answer 200;
   * Bearer -> the token service must grant a token for them with no scope (asked with
   * offline_token=true: a refresh_token in the answer is an identity token, stored instead of
   * the password), and /v2/ must accept that token. Refusal is REGISTRY_UNAUTHORIZED.
   * https://distribution.github.io/distribution/spec/auth/token/#requesting-a-token
   */
  async checkCredentials(username: string, password: string): Promise<CredentialCheck> {
    registerSecret(password, username);
    await this.retrying(() => this.ping());
    const answer = this.pingAnswer!;
    if (answer.status !== 401) return { auth: 'none' };
    // The ping already refused challenges without a usable scheme.
    const challenge = pickChallenge(parseChallenges(answer.wwwAuthenticate))!;
    const basic = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
    if (challenge.scheme === 'basic') {
      refuseCleartextCredentials(new URL(this.base!));
      await this.expectV2(basic, `checking the credentials of ${username} with ${this.registry}`);
      return { auth: 'basic' };
    }
    if (!challenge.params.realm) {
      throw new WasmpackError('REGISTRY_BAD_CHALLENGE', `${this.registry} sent a Bearer challenge without a realm`, 'the registry is misconfigured; report it to its operator');
    }
    const url = resolveRealm(challenge.params.realm, this.base!);
    refuseCleartextCredentials(url);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('account', username);
    url.searchParams.set('client_id', LOGIN_CLIENT_ID);
    url.searchParams.set('offline_token', 'true');
    const step = `logging in to ${this.registry} as ${username}`;
    // A token GET may be repeated: resets, cut-off answers and 5xx are retried like everywhere.
    const raw = await this.retrying(async () => {
      const res = await this.sendOnce(step, { method: 'GET', url: url.href, headers: { 'user-agent': this.userAgent, accept: 'application/json', authorization: basic } });
      if (res.status !== 200) {
        const body = await readCappedBody(res.body);
        // Some token services answer a wrong password with 403; for a login both mean "refused".
        const status = res.status === 403 ? 401 : res.status;
        throw registryError({ step, method: 'GET', url: url.href, status, headers: res.headers, body, registry: this.registry, now: this.now() });
      }
      return this.readBody({ step, method: 'GET', url: url.href, scopes: [] }, { ...res, url: url.href }, 1024 * 1024, () => new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the token service's answer is larger than 1 MiB`, 'the token service is misconfigured or a proxy answered instead'));
    });
    let doc: { token?: unknown; access_token?: unknown; refresh_token?: unknown };
    try {
      doc = JSON.parse(raw.toString('utf8')) as typeof doc;
    } catch {
      throw new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the token service's answer is not JSON`, 'the token service is misconfigured or a proxy answered instead');
    }
    const token = typeof doc.token === 'string' && doc.token ? doc.token : typeof doc.access_token === 'string' ? doc.access_token : '';
    if (!token) throw new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the answer has neither "token" nor "access_token"`, 'the token service is misconfigured');
    registerSecret(token);
    if (typeof doc.refresh_token === 'string') registerSecret(doc.refresh_token);
    await this.expectV2(`Bearer ${token}`, step);
    const result: CredentialCheck = { auth: 'bearer' };
    if (typeof doc.refresh_token === 'string' && doc.refresh_token) result.identityToken = doc.refresh_token;
    return result;
  }

  /** GET /v2/ with this Authorization must answer 200. */
  private async expectV2(authorization: string, step: string): Promise<void> {
    const url = `${this.base}/v2/`;
    await this.retrying(async () => {
      const res = await this.sendOnce(step, { method: 'GET', url, headers: { 'user-agent': this.userAgent, authorization } });
      if (res.status === 200) {
        await drain(res.body);
        return;
      }
      throw registryError({ step, method: 'GET', url, status: res.status, headers: res.headers, body: await readCappedBody(res.body), registry: this.registry, now: this.now() });
    });
  }

  private async sendOnce(step: string, req: { method: string; url: string; headers: Record<string, string> }): Promise<HttpResponse> {
    const send = await this.transport();
    try {
      return await send({ ...req, ...this.signalOpt() });
    } catch (err) {
      const host = new URL(req.url).host;
      throw networkError(err, { step, method: req.method, url: req.url, host, answered: this.base !== undefined && sameOrigin(req.url, this.base) });
    }
  }

}

function manifestMediaType(bytes: Buffer, contentType: string | undefined): string {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
    if (typeof doc.mediaType === 'string' && doc.mediaType) return doc.mediaType;
  } catch {
    // fall through to the header
  }
  return (contentType ?? '').split(';')[0]!.trim();
}
