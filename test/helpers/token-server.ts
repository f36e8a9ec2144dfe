/**
 * A Docker/distribution token server run in-process by the test suite, for the registry's
 * `auth.token` mode. It checks Basic credentials (or a refresh token), grants the requested
 * scopes and signs an RS256 JWT whose x5c header carries the certificate the registry trusts
 * through `rootcertbundle`.
 * https://distribution.github.io/distribution/spec/auth/token/
 * https://distribution.github.io/distribution/spec/auth/jwt/
 */
import { createPrivateKey, createSign, randomBytes, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface TokenServerOptions {
  service: string;
  issuer: string;
  /** PEM key and certificate the tokens are signed with (the certificate is the registry's rootcertbundle). */
  signingKeyPath: string;
  signingCertPath: string;
  /** When set, only these credentials get a token with access; anonymous requests get no access. */
  user?: { user: string; password: string };
  /** Serve the token endpoint over TLS with this key and certificate. */
  tls?: { keyPath: string; certPath: string };
  /** Lifetime written into `expires_in` and the JWT (seconds). */
  expiresIn?: number;
}

export interface TokenRequestRecord {
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: Record<string, string | string[] | undefined>;
  form?: Record<string, string>;
}

/** Knobs a test flips to reach the client's fallback paths. */
export interface TokenServerBehaviour {
  /** Answer POST (refresh_token grant) with 404 so the client falls back to GET. */
  postNotFound: boolean;
  /** The refresh token accepted by the POST grant (an "identity token"). */
  refreshToken: string;
  /** Reply with `access_token` instead of `token`. */
  useAccessTokenField: boolean;
  /** Answer an authenticated GET with offline_token=true with `refreshToken` as refresh_token (as ACR does). */
  offlineTokens: boolean;
}

export interface TokenServer {
  /** The realm to put in the registry config: <url>/token. */
  realm: string;
  requests: TokenRequestRecord[];
  /** Every token issued, so tests can look for them where they must not be. */
  issued: string[];
  behaviour: TokenServerBehaviour;
  stop(): Promise<void>;
}

interface Access {
  type: string;
  name: string;
  actions: string[];
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const key = createPrivateKey(await readFile(options.signingKeyPath));
  const certDer = new X509Certificate(await readFile(options.signingCertPath)).raw.toString('base64');
  const requests: TokenRequestRecord[] = [];
  const behaviour: TokenServerBehaviour = { postNotFound: false, refreshToken: 'test-identity-token', useAccessTokenField: false, offlineTokens: false };
  const issued: string[] = [];

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://token.invalid');
      const query: Record<string, string[]> = {};
      for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
      const record: TokenRequestRecord = { method: req.method ?? '', path: url.pathname, query, headers: { ...req.headers } };
      let form: URLSearchParams | undefined;
      if (req.method === 'POST') {
        form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        record.form = Object.fromEntries(form);
      }
      requests.push(record);
      if (url.pathname !== '/token') return reply(res, 404, { error: 'not found' });

      let authenticated = options.user === undefined;
      let subject = '';
      if (req.method === 'POST') {
        if (behaviour.postNotFound) return reply(res, 404, { error: 'POST not supported' });
        if (form!.get('grant_type') !== 'refresh_token' || form!.get('refresh_token') !== behaviour.refreshToken) {
          return reply(res, 401, { error: 'invalid_grant' });
        }
        authenticated = true;
        subject = options.user?.user ?? 'identity';
        const scopes = (form!.get('scope') ?? '').split(' ').filter(Boolean);
        return issue(res, form!.get('service') ?? '', scopes, subject, authenticated);
      }
      const basic = parseBasic(req.headers.authorization);
      if (req.headers.authorization && !basic) return reply(res, 401, { error: 'only Basic credentials are accepted here' });
      if (basic) {
        if (options.user && (basic.user !== options.user.user || basic.password !== options.user.password)) {
          return reply(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] });
        }
        authenticated = true;
        subject = basic.user;
      }
      const refresh = behaviour.offlineTokens && basic !== undefined && url.searchParams.get('offline_token') === 'true' ? behaviour.refreshToken : undefined;
      issue(res, url.searchParams.get('service') ?? '', url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean), subject, authenticated, refresh);
    });
  };

  const issue = (res: ServerResponse, service: string, scopes: string[], subject: string, authenticated: boolean, refreshToken?: string): void => {
    if (service !== options.service) return reply(res, 400, { error: `unknown service ${service}` });
    const access: Access[] = authenticated ? scopes.map(parseScope).filter((a): a is Access => a !== undefined) : [];
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = options.expiresIn ?? 300;
    const claims = {
      iss: options.issuer,
      sub: subject,
      aud: options.service,
      exp: now + expiresIn,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access,
    };
    const header = { typ: 'JWT', alg: 'RS256', x5c: [certDer] };
    const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
    const token = `${signingInput}.${b64url(signature)}`;
    const body: Record<string, unknown> = { expires_in: expiresIn, issued_at: new Date(now * 1000).toISOString() };
    body[behaviour.useAccessTokenField ? 'access_token' : 'token'] = token;
    if (refreshToken) body.refresh_token = refreshToken;
    issued.push(token);
    reply(res, 200, body);
  };

  let server: Server;
  if (options.tls) {
    server = createHttpsServer({ key: await readFile(options.tls.keyPath), cert: await readFile(options.tls.certPath) }, handler);
  } else {
    server = createHttpServer(handler);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? 'https' : 'http';
  return {
    realm: `${scheme}://127.0.0.1:${port}/token`,
    requests,
    issued,
    behaviour,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length });
  res.end(bytes);
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** "repository:acme/app:pull,push" -> access entry; the name sits between the first and last colon. */
function parseScope(scope: string): Access | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last <= first) return undefined;
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',').filter(Boolean) };
}
