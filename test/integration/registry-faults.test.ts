/**
 * The registry client behind a fault-injecting proxy, in front of a real docker-registry with
 * htpasswd (so credentials are on the wire and we can see where they go).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyAndCommit } from '../../src/targets/copy.js';
import { RegistryTarget, type RegistryTargetOptions } from '../../src/targets/registry/index.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { largeModule, recordingSleepDouble, smallImage, skopeoCanRead, skopeoRawManifest, staticCredentialsDouble } from '../helpers/registry-fixtures.js';

const creds = { user: 'ci', password: 'fault-pass' };
const basic = `Basic ${Buffer.from(`${creds.user}:${creds.password}`).toString('base64')}`;

describe('registry behind a fault proxy', () => {
  let registry: RunningRegistry;
  let proxy: FaultProxy;
  /** "Another host" (a CDN or presigned store): authenticates to the registry by itself. */
  let other: FaultProxy;
  let repoCounter = 0;

  before(async () => {
    registry = await startRegistry({ htpasswd: creds });
    proxy = await startFaultProxy({ upstream: registry.url });
    other = await startFaultProxy({ upstream: registry.url, addRequestHeaders: { authorization: basic } });
  });
  after(async () => {
    await proxy.stop();
    await other.stop();
    await registry.stop();
  });

  function setup(extra: Partial<RegistryTargetOptions> = {}): { target: RegistryTarget; repo: string; sleeps: ReturnType<typeof recordingSleepDouble> } {
    proxy.clearRules();
    proxy.requests.length = 0;
    proxy.resetCounters();
    other.clearRules();
    other.requests.length = 0;
    const repo = `faults/r${++repoCounter}`;
    const sleeps = recordingSleepDouble();
    const target = new RegistryTarget({
      registry: proxy.host,
      repository: repo,
      credentials: staticCredentialsDouble({ [proxy.host]: { kind: 'basic', username: creds.user, password: creds.password } }),
      scheme: 'http',
      retryEnvironment: sleeps,
      ...extra,
    });
    return { target, repo, sleeps };
  }

  const readable = (repo: string, tag: string): Promise<boolean> => skopeoCanRead(`${registry.host}/${repo}:${tag}`, { creds });

  test('a 500 and a 503 on blob uploads are retried and the push succeeds', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo } = setup();
    t.after(() => target.close());
    proxy.addRule({ method: 'PUT', path: /\/blobs\/uploads\//, times: 1, action: { kind: 'status', status: 500 } });
    proxy.addRule({ method: 'POST', path: /\/blobs\/uploads\//, times: 1, action: { kind: 'status', status: 503 } });
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    assert.equal(target.client.stats.retries, 2);
    const raw = await skopeoRawManifest(`${registry.host}/${repo}:v1`, { creds });
    assert.ok(raw.equals(image.manifest.bytes));
  });

  test('429 with Retry-After waits what the registry asked (capped) and succeeds', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo, sleeps } = setup({ concurrency: 1 });
    t.after(() => target.close());
    proxy.addRule({
      method: 'PUT',
      path: /\/manifests\/v1$/,
      action: { kind: 'status', status: 429, headers: { 'retry-after': '7' }, body: JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down' }] }) },
    });
    proxy.addRule({ method: 'PUT', path: /\/manifests\/v1$/, action: { kind: 'status', status: 429, headers: { 'retry-after': '3600' } } });
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    assert.deepEqual(sleeps.delays, [7000, 30000], 'Retry-After in seconds, then capped at maxRetryAfterMs');
    assert.ok(await readable(repo, 'v1'));
  });

  test('a connection reset in the middle of a blob upload retries the whole step', async (t) => {
    const image = await smallImage(largeModule(1024 * 1024));
    t.after(() => image.cleanup());
    const { target, repo } = setup();
    t.after(() => target.close());
    proxy.addRule({ method: 'PUT', path: /\/blobs\/uploads\//, action: { kind: 'reset', afterBytes: 64 * 1024 } });
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    const layerSize = image.layers[0]!.descriptor.size;
    assert.ok(layerSize > 512 * 1024);
    assert.equal(target.client.stats.retries, 1);
    const posts = proxy.requests.filter((r) => r.method === 'POST').length;
    assert.equal(posts, 3, 'two blobs, plus a fresh upload session for the retried one');
    const raw = await skopeoRawManifest(`${registry.host}/${repo}:v1`, { creds });
    assert.ok(raw.equals(image.manifest.bytes));
  });

  test('an upload Location on another host gets no Authorization', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo } = setup();
    t.after(() => target.close());
    proxy.addRule({ method: 'POST', path: /\/blobs\/uploads\/$/, times: Infinity, action: { kind: 'location', to: { origin: other.url } } });
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    const puts = other.requests.filter((r) => r.method === 'PUT');
    assert.equal(puts.length, 2, 'both blob bodies went to the other host');
    for (const r of other.requests) assert.equal(r.headers.authorization, undefined, `${r.method} ${r.path} carried no credentials`);
    assert.ok(proxy.requests.some((r) => r.headers.authorization === basic), 'the registry itself did get them');
    assert.ok(await readable(repo, 'v1'));
  });

  test('a redirect to another host is followed without Authorization, and the manifest digest is verified', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo } = setup();
    t.after(() => target.close());
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    proxy.addRule({ method: 'GET', path: /\/manifests\//, action: { kind: 'redirect', status: 307, origin: other.url } });
    const fetched = await target.client.getManifest(repo, image.manifest.descriptor.digest);
    assert.ok(fetched.bytes.equals(image.manifest.bytes));
    assert.equal(other.requests.length, 1);
    assert.equal(other.requests[0]!.headers.authorization, undefined);
  });

  test('relative Locations and a dropped Docker-Content-Digest are fine', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo } = setup();
    t.after(() => target.close());
    proxy.addRule({ method: 'POST', path: /\/blobs\/uploads\/$/, times: Infinity, action: { kind: 'location', to: 'relative' } });
    proxy.addRule({ method: 'PUT', times: Infinity, action: { kind: 'dropHeader', name: 'Docker-Content-Digest' } });
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    const blobPuts = proxy.requests.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'));
    assert.equal(blobPuts.length, 2);
    for (const r of blobPuts) assert.match(r.path, /\?_state=[^&]+&digest=sha256%3A[0-9a-f]{64}$/);
    assert.ok(await readable(repo, 'v1'));
  });

  test('a failure that cannot be retried leaves no tag and cancels the upload session', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo } = setup({ concurrency: 1 });
    t.after(() => target.close());
    proxy.addRule({
      method: 'PUT',
      path: /\/blobs\/uploads\//,
      times: Infinity,
      action: { kind: 'status', status: 403, body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }] }) },
    });
    await assert.rejects(copyAndCommit(image.manifest, target, { tags: ['v1'] }), (err: Error & { code?: string; hint?: string }) => {
      assert.equal(err.code, 'REGISTRY_DENIED');
      assert.match(err.hint ?? '', /org\.opencontainers\.image\.source/);
      assert.match(err.message, /uploading blob sha256:[0-9a-f]{64}/);
      return true;
    });
    assert.equal(target.client.stats.retries, 0);
    assert.ok(proxy.requests.some((r) => r.method === 'DELETE' && r.path.includes('/blobs/uploads/')), 'upload session cancelled');
    assert.equal(proxy.requests.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/')).length, 0, 'no manifest was ever sent');
    assert.equal(await readable(repo, 'v1'), false);
  });

  test('5xx that never stops gives up after maxAttempts with REGISTRY_SERVER_ERROR and no tag', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo, sleeps } = setup({ retry: { maxAttempts: 3 } });
    t.after(() => target.close());
    proxy.addRule({ method: 'PUT', path: /\/manifests\//, times: Infinity, action: { kind: 'status', status: 502 } });
    await assert.rejects(copyAndCommit(image.manifest, target, { tags: ['v1'] }), { code: 'REGISTRY_SERVER_ERROR' });
    assert.equal(sleeps.delays.length, 2);
    assert.equal(await readable(repo, 'v1'), false);
  });

  test('cross-repository mount is used (201) and falls back to an upload when refused', async (t) => {
    const image = await smallImage(undefined, 9);
    t.after(() => image.cleanup());
    const source = setup();
    t.after(() => source.target.close());
    await copyAndCommit(image.manifest, source.target, { tags: ['v1'] });

    const mounted = setup({ mountFrom: source.repo });
    t.after(() => mounted.target.close());
    const result = await copyAndCommit(image.manifest, mounted.target, { tags: ['v1'] });
    assert.equal(result.mounted, 2);
    assert.equal(mounted.target.client.stats.blobBytesUploaded, 0);
    assert.equal(proxy.requests.filter((r) => r.method === 'POST' && r.path.includes(`mount=`) && r.path.includes(`from=${encodeURIComponent(source.repo)}`)).length, 2);
    assert.ok(await readable(mounted.repo, 'v1'));

    const fallback = setup({ mountFrom: source.repo });
    t.after(() => fallback.target.close());
    proxy.addRule({ method: 'POST', path: /mount=/, times: Infinity, action: { kind: 'status', status: 404, body: JSON.stringify({ errors: [{ code: 'BLOB_UNKNOWN', message: 'no' }] }) } });
    const plain = await copyAndCommit(image.manifest, fallback.target, { tags: ['v1'] });
    assert.equal(plain.mounted, 0);
    assert.equal(plain.pushed, 2);
    assert.ok(await readable(fallback.repo, 'v1'));
  });
  test('a chunked upload reset mid-chunk resumes from the offset the registry confirms', async (t) => {
    const image = await smallImage(largeModule(4 * 1024 * 1024));
    t.after(() => image.cleanup());
    const { target, repo } = setup({ chunkThreshold: 1024 * 1024, chunkSize: 512 * 1024 });
    t.after(() => target.close());
    proxy.addRule({ method: 'PATCH', skip: 3, action: { kind: 'reset', afterBytes: 256 * 1024 } });
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    const layer = image.layers[0]!.descriptor.size;
    const patches = proxy.requests.filter((r) => r.method === 'PATCH');
    assert.equal(patches.length, Math.ceil(layer / (512 * 1024)) + 1, 'one chunk sent twice');
    assert.equal(proxy.requests.filter((r) => r.method === 'POST').length, 2, 'no session restarted');
    assert.ok(proxy.requests.some((r) => r.method === 'GET' && r.path.includes('/blobs/uploads/')), 'asked for the offset');
    assert.ok(proxy.bytesReceived < layer + 512 * 1024 + 4096, `${proxy.bytesReceived} bytes for a ${layer}-byte layer`);
    const raw = await skopeoRawManifest(`${registry.host}/${repo}:v1`, { creds });
    assert.ok(raw.equals(image.manifest.bytes));
  });

  test('a chunk the registry saw only part of spoils the session: the blob restarts from POST and lands', async (t) => {
    const image = await smallImage(largeModule(4 * 1024 * 1024));
    t.after(() => image.cleanup());
    const { target, repo } = setup({ chunkThreshold: 1024 * 1024, chunkSize: 512 * 1024 });
    t.after(() => target.close());
    proxy.addRule({ method: 'PATCH', skip: 4, action: { kind: 'cutRequest', afterBytes: 128 * 1024 } });
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    assert.equal(proxy.requests.filter((r) => r.method === 'POST').length, 3, 'a new session for the layer');
    assert.ok(proxy.requests.some((r) => r.method === 'GET' && r.path.includes('/blobs/uploads/')));
    assert.ok(await readable(repo, 'v1'));
  });

  test('a reset on a blob HEAD is retried; resets that never stop end in REGISTRY_CONNECTION_LOST, not a DNS hint', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo } = setup();
    t.after(() => target.close());
    proxy.addRule({ method: 'HEAD', path: /\/blobs\//, action: { kind: 'reset' } });
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    assert.ok(target.client.stats.retries >= 1);
    assert.ok(await readable(repo, 'v1'));

    const again = setup({ retry: { maxAttempts: 3 } });
    t.after(() => again.target.close());
    proxy.addRule({ method: 'HEAD', path: /\/blobs\//, times: Infinity, action: { kind: 'reset' } });
    await assert.rejects(copyAndCommit(image.manifest, again.target, { tags: ['v1'], concurrency: 1 }), (err: Error & { code?: string; hint?: string }) => {
      assert.equal(err.code, 'REGISTRY_CONNECTION_LOST');
      assert.doesNotMatch(err.hint ?? '', /DNS/);
      return true;
    });
    assert.equal(again.sleeps.delays.length, 2, 'the HEAD had its 3 attempts, once');
  });

  test('a manifest answer cut off mid-body is fetched again', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const { target, repo } = setup();
    t.after(() => target.close());
    await copyAndCommit(image.manifest, target, { tags: ['v1'] });
    proxy.addRule({ method: 'GET', path: /\/manifests\//, times: 2, action: { kind: 'cutResponse' } });
    const before = target.client.stats.retries;
    const fetched = await target.client.getManifest(repo, 'v1');
    assert.ok(fetched.bytes.equals(image.manifest.bytes));
    assert.equal(target.client.stats.retries - before, 2);
  });
});
