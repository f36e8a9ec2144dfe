/**
 * RegistryClient against a scripted HTTP double (fakeRegistrySend): auth decisions, the token
 * endpoint contract and the SSRF guard, without sockets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { Credential, CredentialStore } from '../../../../src/auth/credentials.js';
import { RegistryClient } from '../../../../src/targets/registry/client.js';
import type { HttpRequest, HttpResponse, HttpSend } from '../../../../src/targets/registry/http.js';
import { resolveRealm } from '../../../../src/targets/registry/token.js';

/** Test double: answers requests from a handler and records them. */
function fakeRegistrySend(handler: (req: HttpRequest) => { status: number; headers?: Record<string, string>; body?: string }): HttpSend & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  const send = (async (req: HttpRequest): Promise<HttpResponse> => {
    seen.push(req);
    const r = handler(req);
    return { status: r.status, headers: r.headers ?? {}, body: Readable.from(r.body ? [Buffer.from(r.body)] : []) };
  }) as HttpSend & { seen: HttpRequest[] };
  send.seen = seen;
  return send;
}

/** Test double for a credential store. */
function staticCredentialsDouble(credential?: Credential): CredentialStore {
  return { get: async () => (credential ? { credential, source: 'double' } : undefined), searched: () => ['double'] };
}

const digest = 'sha256:' + 'c'.repeat(64);

test('Basic credentials are never sent over plain HTTP to a non-local host', async () => {
  const send = fakeRegistrySend((req) => (req.url.endsWith('/v2/') ? { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } } : { status: 200 }));
  const client = new RegistryClient({ registry: 'registry.corp:5000', insecure: true, scheme: 'http', credentials: staticCredentialsDouble({ kind: 'basic', username: 'u', password: 'p' }), send });
  await assert.rejects(client.headBlob('a/b', digest), { code: 'REGISTRY_INSECURE_CREDENTIALS' });
  assert.ok(send.seen.every((r) => r.headers.authorization === undefined));
});

test('a Bearer realm on plain HTTP is refused for an HTTPS registry (no downgrade), and relative realms resolve', () => {
  assert.throws(() => resolveRealm('http://auth.example/token', 'https://reg.example'), { code: 'REGISTRY_BAD_CHALLENGE' });
  assert.throws(() => resolveRealm('file:///etc/passwd', 'https://reg.example'), { code: 'REGISTRY_BAD_CHALLENGE' });
  assert.equal(resolveRealm('/token?x=1', 'https://reg.example:8443').href, 'https://reg.example:8443/token?x=1');
  assert.equal(resolveRealm('http://127.0.0.1:9/token', 'http://127.0.0.1:5000').protocol, 'http:');
});

test('token request: realm query kept, one scope param each, Basic only, expires_in floor; concurrent requests share one fetch', async () => {
  let tokenCalls = 0;
  const send = fakeRegistrySend((req) => {
    const url = new URL(req.url);
    if (url.pathname === '/v2/') return { status: 401, headers: { 'www-authenticate': 'Bearer realm="/auth?client=x",service="svc"' } };
    if (url.pathname === '/auth') {
      tokenCalls++;
      return { status: 200, body: JSON.stringify({ access_token: 'tok-1', expires_in: 5 }) };
    }
    return req.headers.authorization === 'Bearer tok-1' ? { status: 404 } : { status: 401, headers: { 'www-authenticate': 'Bearer realm="/auth",service="svc"' } };
  });
  const client = new RegistryClient({ registry: 'reg.example', credentials: staticCredentialsDouble({ kind: 'basic', username: 'me', password: 'pw' }), send, now: () => 0 });
  const results = await Promise.all([client.headBlob('a/b', digest, ['repository:a/b:pull,push']), client.headBlob('a/b', digest, ['repository:a/b:push,pull'])]);
  assert.deepEqual(results, [false, false]);
  assert.equal(tokenCalls, 1);
  const tokenReq = send.seen.find((r) => r.url.includes('/auth'))!;
  const url = new URL(tokenReq.url);
  assert.equal(url.searchParams.get('client'), 'x');
  assert.deepEqual(url.searchParams.getAll('scope'), ['repository:a/b:pull,push']);
  assert.equal(url.searchParams.get('service'), 'svc');
  assert.equal(url.searchParams.get('account'), 'me');
  assert.match(tokenReq.headers.authorization!, /^Basic /);
});

test('a 401 on a request re-authenticates and replays once, then reports REGISTRY_UNAUTHORIZED', async () => {
  const send = fakeRegistrySend((req) => {
    if (req.url.endsWith('/v2/')) return { status: 200 };
    return { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } };
  });
  const client = new RegistryClient({ registry: 'localhost:5000', scheme: 'http', credentials: staticCredentialsDouble({ kind: 'basic', username: 'u', password: 'p' }), send });
  await assert.rejects(client.headBlob('a/b', digest), { code: 'REGISTRY_UNAUTHORIZED' });
  const heads = send.seen.filter((r) => r.method === 'HEAD');
  assert.equal(heads.length, 2);
  assert.equal(heads[0]!.headers.authorization, undefined, 'the ping said no auth');
  assert.match(heads[1]!.headers.authorization!, /^Basic /);
});

test('HEAD blob: 403 is an error, not "missing"', async () => {
  const send = fakeRegistrySend((req) => (req.url.endsWith('/v2/') ? { status: 200 } : { status: 403 }));
  const client = new RegistryClient({ registry: 'localhost:5000', scheme: 'http', credentials: staticCredentialsDouble(), send });
  await assert.rejects(client.headBlob('a/b', digest), { code: 'REGISTRY_DENIED' });
});

test('redirects: max 10, and https->http is refused', async () => {
  const loop = fakeRegistrySend((req) => (req.url.endsWith('/v2/') ? { status: 200 } : { status: 302, headers: { location: '/v2/a/b/manifests/x' } }));
  const client = new RegistryClient({ registry: 'reg.example', credentials: staticCredentialsDouble(), send: loop });
  await assert.rejects(client.findManifest('a/b', 'x'), { code: 'REGISTRY_TOO_MANY_REDIRECTS' });
  assert.equal(loop.seen.filter((r) => r.method === 'GET' && !r.url.endsWith('/v2/')).length, 11);
  const down = fakeRegistrySend((req) => (req.url.endsWith('/v2/') ? { status: 200 } : { status: 307, headers: { location: 'http://cdn.example/m' } }));
  const client2 = new RegistryClient({ registry: 'reg.example', credentials: staticCredentialsDouble(), send: down });
  await assert.rejects(client2.findManifest('a/b', 'x'), { code: 'REGISTRY_INSECURE_REDIRECT' });
});

test('a manifest whose bytes do not match the digest asked for is rejected', async () => {
  const send = fakeRegistrySend((req) => (req.url.endsWith('/v2/') ? { status: 200 } : { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: '{"schemaVersion":2}' }));
  const client = new RegistryClient({ registry: 'reg.example', credentials: staticCredentialsDouble(), send });
  await assert.rejects(client.getManifest('a/b', digest), { code: 'REGISTRY_DIGEST_MISMATCH' });
  const accept = send.seen.find((r) => r.method === 'GET' && r.url.includes('/manifests/'))!.headers.accept!;
  for (const mt of ['application/vnd.oci.image.index.v1+json', 'application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json', 'application/vnd.docker.distribution.manifest.v2+json']) {
    assert.ok(accept.includes(mt), mt);
  }
});

test('a registry token credential is sent as Bearer directly, and the User-Agent names wasmpack', async () => {
  const send = fakeRegistrySend((req) => (req.url.endsWith('/v2/') ? { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://auth.example/t"' } } : { status: 200 }));
  const client = new RegistryClient({ registry: 'reg.example', credentials: staticCredentialsDouble({ kind: 'registry-token', token: 'rt-123' }), send });
  assert.equal(await client.headBlob('a/b', digest), true);
  const head = send.seen.find((r) => r.method === 'HEAD')!;
  assert.equal(head.headers.authorization, 'Bearer rt-123');
  assert.match(head.headers['user-agent']!, /^wasmpack\/\d+\.\d+\.\d+/);
  assert.ok(!send.seen.some((r) => r.url.startsWith('https://auth.example')));
});

test('referrers: the referrers API where the registry answers it, the sha256-<hex> fallback tag where it answers 404', async () => {
  const subject = 'sha256:' + 'd'.repeat(64);
  const entry = (n: string) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:' + n.repeat(64), size: 10, artifactType: 'application/spdx+json' });
  const index = (n: string) => JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [entry(n)] });
  const withApi = fakeRegistrySend((req) => {
    const path = new URL(req.url).pathname;
    if (path === '/v2/') return { status: 200 };
    if (path === `/v2/a/b/referrers/${subject}`) return { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: index('1') };
    return { status: 404 };
  });
  const api = new RegistryClient({ registry: 'localhost:5000', scheme: 'http', credentials: staticCredentialsDouble(), send: withApi });
  assert.deepEqual((await api.referrers('a/b', subject)).map((d) => d.digest), [entry('1').digest]);
  assert.equal(withApi.seen.find((r) => r.url.includes('/referrers/'))!.headers.accept, 'application/vnd.oci.image.index.v1+json');
  assert.ok(!withApi.seen.some((r) => r.url.includes('/manifests/sha256-')), 'no fallback read when the API answered');

  const fallbackBody = index('2');
  const withoutApi = fakeRegistrySend((req) => {
    const path = new URL(req.url).pathname;
    if (path === '/v2/') return { status: 200 };
    if (path === `/v2/a/b/manifests/sha256-${'d'.repeat(64)}`) return { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: fallbackBody };
    return { status: 404 };
  });
  const tagged = new RegistryClient({ registry: 'localhost:5000', scheme: 'http', credentials: staticCredentialsDouble(), send: withoutApi });
  assert.deepEqual((await tagged.referrers('a/b', subject)).map((d) => d.digest), [entry('2').digest]);
  assert.deepEqual(withoutApi.seen.map((r) => new URL(r.url).pathname).filter((p) => p !== '/v2/'), [`/v2/a/b/referrers/${subject}`, `/v2/a/b/manifests/sha256-${'d'.repeat(64)}`]);
});
