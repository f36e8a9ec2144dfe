import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { cutOffError, networkError, readCappedBody, registryError } from '../../../../src/targets/registry/errors.js';

const base = { step: 'pushing manifest sha256:ab as v1 to ghcr.io/acme/app', method: 'PUT', url: 'https://ghcr.io/v2/acme/app/manifests/v1?token=SECRET123', headers: {} };

test('GHCR write_package denial explains the package link and the source annotation', () => {
  const err = registryError({ ...base, status: 403, body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }] }) });
  assert.equal(err.code, 'REGISTRY_DENIED');
  assert.match(err.hint!, /not linked/);
  assert.match(err.hint!, /org\.opencontainers\.image\.source/);
  assert.match(err.message, /PUT https:\/\/ghcr\.io\/v2\/acme\/app\/manifests\/v1/);
  assert.match(err.message, /403/);
  assert.doesNotMatch(err.message, /SECRET123/);
});

test('Docker Hub toomanyrequests shows the rate-limit headers and is retryable', () => {
  const err = registryError({
    ...base,
    status: 429,
    headers: { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '0;w=21600', 'retry-after': '60' },
    body: JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'You have reached your pull rate limit.' }] }),
  });
  assert.equal(err.code, 'REGISTRY_RATE_LIMITED');
  assert.match(err.message, /limit 100;w=21600, remaining 0;w=21600/);
  assert.equal(err.retryable, true);
  assert.equal(err.retryAfterMs, 60000);
});

test('MANIFEST_INVALID names the refused media type', () => {
  const err = registryError({ ...base, status: 400, mediaType: 'application/vnd.oci.image.index.v1+json', body: JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid', detail: { reason: 'unknown media type' } }] }) });
  assert.equal(err.code, 'REGISTRY_MANIFEST_INVALID');
  assert.match(err.hint!, /application\/vnd\.oci\.image\.index\.v1\+json/);
  assert.match(err.message, /unknown media type/);
});

test('401 lists where credentials were looked for', () => {
  const err = registryError({ ...base, status: 401, body: '', searched: ['--creds', '/run/user/1000/containers/auth.json'] });
  assert.equal(err.code, 'REGISTRY_UNAUTHORIZED');
  assert.match(err.hint!, /--creds, \/run\/user\/1000\/containers\/auth\.json/);
});

test('NAME_UNKNOWN and 5xx', () => {
  assert.equal(registryError({ ...base, status: 404, body: JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN' }] }) }).code, 'REGISTRY_NAME_UNKNOWN');
  const e = registryError({ ...base, status: 502, body: '<html>bad gateway</html>' });
  assert.equal(e.code, 'REGISTRY_SERVER_ERROR');
  assert.equal(e.retryable, true);
});

test('readCappedBody stops at 64 KiB', async () => {
  const big = Readable.from([Buffer.alloc(40 * 1024, 97), Buffer.alloc(40 * 1024, 98), Buffer.alloc(40 * 1024, 99)]);
  const text = await readCappedBody(big);
  assert.equal(text.length, 64 * 1024);
});

test('network errors: TLS is not retryable and hints at --cert-dir; resets are retryable', () => {
  const tls = networkError(Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), { step: 's', method: 'GET', url: 'https://r/v2/', host: 'r' });
  assert.equal(tls.code, 'REGISTRY_TLS');
  assert.equal(tls.retryable, false);
  assert.match(tls.hint!, /--cert-dir/);
  const reset = networkError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), { step: 's', method: 'PUT', url: 'https://r/v2/', host: 'r' });
  assert.equal(reset.code, 'REGISTRY_UNREACHABLE');
  assert.equal(reset.retryable, true);
});

test('a reset after the registry answered is a lost connection, not a DNS problem', () => {
  const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  const lost = networkError(reset, { step: 'checking blob', method: 'HEAD', url: 'https://r.example/v2/a/blobs/sha256:x', host: 'r.example', answered: true });
  assert.equal(lost.code, 'REGISTRY_CONNECTION_LOST');
  assert.equal(lost.retryable, true);
  assert.doesNotMatch(lost.hint!, /DNS|firewall/);
  assert.match(lost.hint!, /answered earlier/);
  const never = networkError(reset, { step: 'checking', method: 'GET', url: 'https://r.example/v2/', host: 'r.example' });
  assert.equal(never.code, 'REGISTRY_UNREACHABLE');
  assert.match(never.hint!, /DNS/);
  const aborted = networkError(Object.assign(new Error('aborted'), { name: 'AbortError', code: 'ABORT_ERR' }), { step: 's', method: 'GET', url: 'https://r.example/v2/', host: 'r.example', answered: true });
  assert.equal(aborted.retryable, false);
});

test('a cut-off answer is retryable REGISTRY_CONNECTION_LOST, and URLs in errors lose their query', () => {
  const err = cutOffError(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }), {
    step: 'fetching manifest',
    method: 'GET',
    url: 'https://cdn.example/blob?X-Amz-Signature=abc123def456&X-Amz-Credential=AKIA',
    host: 'cdn.example',
  });
  assert.equal(err.code, 'REGISTRY_CONNECTION_LOST');
  assert.equal(err.retryable, true);
  assert.doesNotMatch(err.message, /\?|Amz|abc123/);
  const status = registryError({ step: 's', method: 'PUT', url: 'http://r/v2/a/blobs/uploads/u?_state=SECRETSTATE&digest=sha256%3Aab', status: 400, headers: {}, body: '' });
  assert.doesNotMatch(status.message, /_state|SECRETSTATE/);
});
