/**
 * Decides the Authorization header for a registry request: nothing (anonymous registry), Basic
 * (htpasswd, ECR, Artifactory), a registry token as is, or a Bearer token fetched for the scopes
 * the request needs. Learns the scheme from the ping and from any later 401.
 */
import { WasmpackError, registerSecret } from '../../errors.js';
import type { Credential, CredentialStore } from '../../auth/credentials.js';
import { parseChallenges, pickChallenge, type Challenge } from './challenge.js';
import type { HttpSend } from './http.js';
import { mergeScopes } from './scope.js';
import { fetchToken, TokenCache, type BearerChallenge } from './token.js';
import { isLocalHost } from './transport.js';

export interface AuthenticatorOptions {
  registry: string;
  registryBase: string;
  credentials: CredentialStore;
  send: HttpSend;
  userAgent: string;
  now(): number;
  signal?: AbortSignal;
}

/** Refresh a token when it has less than this left, so a request never starts with a dying token. */
export const TOKEN_REFRESH_MARGIN_MS = 30_000;

export class Authenticator {
  /** undefined: not known yet; null: the registry wants no auth. */
  private challenge: Challenge | null | undefined;
  private credentialLookup: Promise<{ credential: Credential; source: string } | undefined> | undefined;
  private readonly cache = new TokenCache();
  tokenFetches = 0;

  constructor(private readonly options: AuthenticatorOptions) {}

  get known(): boolean {
    return this.challenge !== undefined;
  }

  /** From the ping: a 200 means no auth, a 401 carries the challenge. */
  learn(wwwAuthenticate: string | string[] | undefined, status: number): string[] {
    if (status !== 401) {
      this.challenge = null;
      return [];
    }
    const challenges = parseChallenges(wwwAuthenticate);
    const picked = pickChallenge(challenges);
    if (!picked) {
      const offered = challenges.map((c) => c.scheme).join(', ') || 'none';
      throw new WasmpackError('REGISTRY_UNSUPPORTED_AUTH', `${this.options.registry} asks for authentication schemes wasmpack cannot use (${offered})`, 'wasmpack speaks Basic and Bearer token auth; check the registry URL');
    }
    this.challenge = picked;
    // A Bearer challenge may say which scope it wants (insufficient_scope).
    return picked.params.scope ? mergeScopes([picked.params.scope]) : [];
  }

  async credentialInfo(): Promise<{ credential: Credential; source: string } | undefined> {
    this.credentialLookup ??= this.options.credentials.get(this.options.registry).then((found) => {
      // From here on every error and log line masks these values (and their base64 forms).
      if (found?.credential.kind === 'basic') registerSecret(found.credential.password, found.credential.username);
      else if (found) registerSecret(found.credential.token, found.credential.kind === 'identity-token' ? found.credential.username : undefined);
      return found;
    });
    return this.credentialLookup;
  }

  searched(): string[] {
    return this.options.credentials.searched();
  }

  cacheKey(scopes: readonly string[]): string | undefined {
    const c = this.challenge;
    if (!c || c.scheme !== 'bearer') return undefined;
    return TokenCache.key(this.options.registry, 'bearer', bearer(c, this.options.registry), mergeScopes(scopes));
  }

  /** Forget the token for these scopes (after a 401 with it). */
  invalidate(scopes: readonly string[]): void {
    const key = this.cacheKey(scopes);
    if (key) this.cache.invalidate(key);
  }

  async authorization(scopes: readonly string[], minValidityMs = TOKEN_REFRESH_MARGIN_MS): Promise<string | undefined> {
    const c = this.challenge;
    if (!c) return undefined;
    const found = await this.credentialInfo();
    const credential = found?.credential;
    if (credential?.kind === 'registry-token') return `Bearer ${credential.token}`;
    if (c.scheme === 'basic') {
      if (credential?.kind !== 'basic') return undefined;
      const base = new URL(this.options.registryBase);
      if (base.protocol === 'http:' && !isLocalHost(this.options.registry)) {
        throw new WasmpackError(
          'REGISTRY_INSECURE_CREDENTIALS',
          `refusing to send Basic credentials over plain HTTP to ${this.options.registry}`,
          'serve the registry over HTTPS (use --tls-verify=false only to skip verification, not to drop TLS); plain HTTP with credentials is only acceptable on localhost',
        );
      }
      return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
    }
    const merged = mergeScopes(scopes);
    const challenge = bearer(c, this.options.registry);
    const key = TokenCache.key(this.options.registry, 'bearer', challenge, merged);
    const token = await this.cache.get(key, this.options.now(), minValidityMs, () => {
      this.tokenFetches++;
      return fetchToken(challenge, merged, {
        send: this.options.send,
        registryBase: this.options.registryBase,
        ...(credential ? { credential } : {}),
        userAgent: this.options.userAgent,
        now: this.options.now,
        ...(this.options.signal ? { signal: this.options.signal } : {}),
        searched: this.searched(),
        ...(found ? { credentialSource: found.source } : {}),
      });
    });
    return `Bearer ${token.value}`;
  }
}

function bearer(c: Challenge, registry: string): BearerChallenge {
  const realm = c.params.realm;
  if (!realm) {
    throw new WasmpackError('REGISTRY_BAD_CHALLENGE', `${registry} sent a Bearer challenge without a realm`, 'the registry is misconfigured; report it to its operator');
  }
  return c.params.service ? { realm, service: c.params.service } : { realm };
}
