/**
 * Bearer tokens from the registry's token endpoint.
 * https://distribution.github.io/distribution/spec/auth/token/ (GET with Basic or anonymous)
 * https://distribution.github.io/distribution/spec/auth/oauth/ (POST refresh_token grant)
 */
import { WasmpackError, redact, registerSecret } from '../../errors.js';
import type { Credential } from '../../auth/credentials.js';
import { cutOffError, header, readCappedBody, registryError, networkError } from './errors.js';
import { BodyTooLargeError, readAll, type HttpSend } from './http.js';
import { refuseCleartextCredentials } from './transport.js';

export interface BearerChallenge {
  realm: string;
  service?: string;
}

export interface Token {
  value: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface TokenFetchContext {
  send: HttpSend;
  /** http(s)://host[:port] of the registry. */
  registryBase: string;
  credential?: Credential;
  userAgent: string;
  now(): number;
  signal?: AbortSignal;
  searched?: string[];
  credentialSource?: string;
}

/** The spec's floor: a missing or shorter expires_in means 60 seconds. */
export const MIN_TOKEN_LIFETIME_S = 60;
const CLIENT_ID = 'wasmpack';

/**
 * Resolves a (possibly relative) realm and guards it: https only unless the registry itself is
 * plain HTTP, so a challenge can never downgrade https to http or point us at file:/data: URLs.
 */
export function resolveRealm(realm: string, registryBase: string): URL {
  let url: URL;
  try {
    url = new URL(realm, registryBase);
  } catch {
    throw new WasmpackError('REGISTRY_BAD_CHALLENGE', `the registry's token realm "${redact(realm)}" is not a URL`, 'the registry is misconfigured; report it to its operator');
  }
  const registryIsHttps = new URL(registryBase).protocol === 'https:';
  const allowed = registryIsHttps ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol)) {
    throw new WasmpackError(
      'REGISTRY_BAD_CHALLENGE',
      `the registry ${registryBase} sent token realm ${redact(url.href)}, which would ${url.protocol === 'http:' ? 'downgrade HTTPS to plain HTTP' : `use ${url.protocol}`}; refusing to send credentials there`,
      'the registry or a proxy in between is misconfigured; the token endpoint must be HTTPS',
    );
  }
  return url;
}

function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export async function fetchToken(challenge: BearerChallenge, scopes: readonly string[], ctx: TokenFetchContext): Promise<Token> {
  const realm = resolveRealm(challenge.realm, ctx.registryBase);
  const credential = ctx.credential;
  if (credential?.kind === 'identity-token') {
    const viaPost = await postRefreshToken(realm, challenge, scopes, credential.token, ctx);
    if (viaPost) return viaPost;
    // Registries without the OAuth2 POST answer 404: fall back to GET with the token as password.
    return getToken(realm, challenge, scopes, { username: credential.username ?? '<token>', password: credential.token }, ctx);
  }
  const basic = credential?.kind === 'basic' ? { username: credential.username, password: credential.password } : undefined;
  return getToken(realm, challenge, scopes, basic, ctx);
}


async function getToken(realm: URL, challenge: BearerChallenge, scopes: readonly string[], basic: { username: string; password: string } | undefined, ctx: TokenFetchContext): Promise<Token> {
  const url = new URL(realm.href);
  if (challenge.service) url.searchParams.set('service', challenge.service);
  for (const scope of scopes) url.searchParams.append('scope', scope);
  // Only Basic or nothing: a registry bearer sent here makes GitLab answer 400.
  const headers: Record<string, string> = { 'user-agent': ctx.userAgent, accept: 'application/json' };
  if (basic) {
    refuseCleartextCredentials(url);
    url.searchParams.set('account', basic.username);
    headers.authorization = basicHeader(basic.username, basic.password);
  }
  const token = await exchange('GET', url, headers, undefined, ctx, false);
  return token!;
}

async function postRefreshToken(realm: URL, challenge: BearerChallenge, scopes: readonly string[], refreshToken: string, ctx: TokenFetchContext): Promise<Token | undefined> {
  refuseCleartextCredentials(realm);
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID });
  if (challenge.service) form.set('service', challenge.service);
  if (scopes.length) form.set('scope', scopes.join(' '));
  const headers = { 'user-agent': ctx.userAgent, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  return exchange('POST', realm, headers, form.toString(), ctx, true);
}

/** One token request; undefined only for a 404 when `undefinedOn404` (the POST grant is optional). */
async function exchange(method: string, url: URL, headers: Record<string, string>, body: string | undefined, ctx: TokenFetchContext, undefinedOn404: boolean): Promise<Token | undefined> {
  const step = `fetching a token from ${url.host}`;
  let res;
  try {
    res = await ctx.send({ method, url: url.href, headers, ...(body !== undefined ? { body } : {}), ...(ctx.signal ? { signal: ctx.signal } : {}) });
  } catch (err) {
    throw networkError(err, { step, method, url: url.href, host: url.host });
  }
  if (res.status === 404 && undefinedOn404) {
    await readCappedBody(res.body);
    return undefined;
  }
  if (res.status !== 200) {
    const text = await readCappedBody(res.body);
    throw registryError({
      step,
      method,
      url: url.href,
      status: res.status,
      headers: res.headers,
      body: text,
      ...(ctx.searched ? { searched: ctx.searched } : {}),
      ...(ctx.credentialSource ? { credentialSource: ctx.credentialSource } : {}),
    });
  }
  let raw: Buffer;
  try {
    raw = await readAll(res.body, 1024 * 1024);
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the answer is larger than 1 MiB`, 'the token service is misconfigured or a proxy answered instead');
    ctx.signal?.throwIfAborted();
    throw cutOffError(err, { step, method, url: url.href, host: url.host });
  }
  let doc: { token?: unknown; access_token?: unknown; expires_in?: unknown; issued_at?: unknown };
  try {
    doc = JSON.parse(raw.toString('utf8')) as typeof doc;
  } catch {
    throw new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the answer is not JSON (content-type ${header(res.headers, 'content-type') ?? 'none'})`, 'the token service is misconfigured or a proxy answered instead');
  }
  const value = typeof doc.token === 'string' && doc.token ? doc.token : typeof doc.access_token === 'string' ? doc.access_token : '';
  if (!value) throw new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the answer has neither "token" nor "access_token"`, 'the token service is misconfigured');
  registerSecret(value);
  const lifetime = typeof doc.expires_in === 'number' && doc.expires_in >= MIN_TOKEN_LIFETIME_S ? doc.expires_in : MIN_TOKEN_LIFETIME_S;
  const now = ctx.now();
  // issued_at anchors the lifetime, but a server clock ahead of ours must not stretch it.
  const issued = typeof doc.issued_at === 'string' ? Date.parse(doc.issued_at) : NaN;
  const base = Number.isNaN(issued) ? now : Math.min(issued, now);
  return { value, expiresAt: base + lifetime * 1000 };
}

/**
 * Tokens keyed by host + scheme + realm/service + sorted scope set. Concurrent requests for the
 * same key share one fetch (single-flight).
 */
export class TokenCache {
  private readonly tokens = new Map<string, Token>();
  private readonly inflight = new Map<string, Promise<Token>>();

  static key(host: string, scheme: string, challenge: BearerChallenge, scopes: readonly string[]): string {
    return [host, scheme, challenge.realm, challenge.service ?? '', [...scopes].sort().join(' ')].join('|');
  }

  async get(key: string, now: number, minValidityMs: number, fetch: () => Promise<Token>): Promise<Token> {
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt - now > minValidityMs) return cached;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = fetch().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
      pending.then(
        (t) => this.tokens.set(key, t),
        () => undefined,
      );
    }
    return pending;
  }

  invalidate(key: string): void {
    this.tokens.delete(key);
  }
}
