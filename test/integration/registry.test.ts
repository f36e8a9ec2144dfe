/**
 * Pushes real images through copyAndCommit + RegistryTarget to a real docker-registry (plain HTTP,
 * TLS + htpasswd, token auth) and checks the result with skopeo, an independent reader.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyAndCommit } from '../../src/targets/copy.js';
import { RegistryTarget, type RegistryTargetOptions } from '../../src/targets/registry/index.js';
import type { CredentialStore } from '../../src/auth/credentials.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { answeredRequests, recordingSleepDouble, smallImage, skopeoCanRead, skopeoRawManifest, staticCredentialsDouble } from '../helpers/registry-fixtures.js';

function target(registry: RunningRegistry, repository: string, credentials: CredentialStore, extra: Partial<RegistryTargetOptions> = {}): RegistryTarget {
  return new RegistryTarget({ registry: registry.host, repository, credentials, retryEnvironment: recordingSleepDouble(), ...extra });
}

describe('plain HTTP registry', () => {
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry();
  });
  after(() => registry.stop());

  test('pushes an image that skopeo reads back byte for byte; a re-push uploads nothing', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const first = target(registry, 'acme/app', staticCredentialsDouble());
    t.after(() => first.close());
    const result = await copyAndCommit(image.manifest, first, { tags: ['v1', 'latest'] });
    assert.equal(result.digest, image.manifest.descriptor.digest);
    assert.equal(result.pushed, 2);
    const size = image.config.descriptor.size + image.layers[0]!.descriptor.size;
    assert.equal(first.client.stats.blobBytesUploaded, size);
    for (const tag of ['v1', 'latest']) {
      const raw = await skopeoRawManifest(`${registry.host}/acme/app:${tag}`);
      assert.ok(raw.equals(image.manifest.bytes), `manifest under ${tag} is exactly what was built`);
    }

    // A new tag for an image the repository holds: the root is asked about, its blobs are not.
    const exchanges: string[] = [];
    const again = target(registry, 'acme/app', staticCredentialsDouble(), { log: (line) => exchanges.push(line) });
    t.after(() => again.close());
    const second = await copyAndCommit(image.manifest, again, { tags: ['v3'] });
    assert.equal(second.skipped, 2);
    assert.equal(second.pushed, 0);
    assert.equal(again.client.stats.blobBytesUploaded, 0);
    assert.deepEqual(answeredRequests(exchanges), ['GET /v2/', `HEAD /v2/acme/app/manifests/${image.manifest.descriptor.digest}`, 'PUT /v2/acme/app/manifests/v3'], exchanges.join('\n'));
    assert.ok((await skopeoRawManifest(`${registry.host}/acme/app:v3`)).equals(image.manifest.bytes));
  });

  test('an untagged root (a referrer) is asked about once: before its blobs when new, and alone when there', async (t) => {
    const image = await smallImage(undefined, 2);
    t.after(() => image.cleanup());
    const exchanges: string[] = [];
    const first = target(registry, 'acme/untagged', staticCredentialsDouble(), { log: (line) => exchanges.push(line) });
    t.after(() => first.close());
    await copyAndCommit(image.manifest, first, { tags: [] });
    const rootPath = `/v2/acme/untagged/manifests/${image.manifest.descriptor.digest}`;
    assert.deepEqual(answeredRequests(exchanges).filter((l) => l.endsWith(rootPath)), [`HEAD ${rootPath}`, `PUT ${rootPath}`], exchanges.join('\n'));
    exchanges.length = 0;
    const again = target(registry, 'acme/untagged', staticCredentialsDouble(), { log: (line) => exchanges.push(line) });
    t.after(() => again.close());
    const second = await copyAndCommit(image.manifest, again, { tags: [] });
    assert.deepEqual(answeredRequests(exchanges), ['GET /v2/', `HEAD ${rootPath}`], exchanges.join('\n'));
    assert.deepEqual({ pushed: second.pushed, skipped: second.skipped }, { pushed: 0, skipped: 3 });
  });

  test('getManifest and headManifest read back what was pushed, verified by digest', async (t) => {
    const image = await smallImage(undefined, 1);
    t.after(() => image.cleanup());
    const tgt = target(registry, 'acme/read', staticCredentialsDouble());
    t.after(() => tgt.close());
    await copyAndCommit(image.manifest, tgt, { tags: ['v2'] });
    const byTag = await tgt.client.getManifest('acme/read', 'v2');
    assert.ok(byTag.bytes.equals(image.manifest.bytes));
    assert.equal(byTag.digest, image.manifest.descriptor.digest);
    assert.equal(byTag.mediaType, image.manifest.descriptor.mediaType);
    const head = await tgt.client.headManifest('acme/read', image.manifest.descriptor.digest);
    assert.deepEqual(head, { digest: image.manifest.descriptor.digest, mediaType: image.manifest.descriptor.mediaType, size: image.manifest.bytes.length });
    assert.equal(await tgt.client.findManifest('acme/read', 'sha256-0000'), undefined);
    await assert.rejects(tgt.client.getManifest('acme/read', 'nope'), { code: 'REGISTRY_MANIFEST_UNKNOWN' });
  });
});

describe('TLS registry with htpasswd (Basic)', () => {
  const creds = { user: 'pusher', password: 'correct horse battery' };
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry({ tls: true, htpasswd: creds });
  });
  after(() => registry.stop());

  test('pushes with Basic credentials over verified TLS (--cert-dir)', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const store = staticCredentialsDouble({ [registry.host]: { kind: 'basic', username: creds.user, password: creds.password } });
    const tgt = target(registry, 'team/tls-app', store, { certDir: registry.certDir! });
    t.after(() => tgt.close());
    await copyAndCommit(image.manifest, tgt, { tags: ['v1'] });
    assert.equal(tgt.client.baseUrl, `https://${registry.host}`);
    assert.deepEqual(store.lookups, [registry.host]);
    const raw = await skopeoRawManifest(`${registry.host}/team/tls-app:v1`, { certDir: registry.certDir!, creds });
    assert.ok(raw.equals(image.manifest.bytes));
  });

  test('an untrusted certificate is REGISTRY_TLS with a hint naming --cert-dir', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const tgt = target(registry, 'team/tls-app', staticCredentialsDouble(), { systemCertDirs: [] });
    t.after(() => tgt.close());
    await assert.rejects(copyAndCommit(image.manifest, tgt, { tags: ['v1'] }), (err: Error & { code?: string; hint?: string }) => {
      assert.equal(err.code, 'REGISTRY_TLS');
      assert.match(err.hint ?? '', /--cert-dir/);
      return true;
    });
  });

  test('wrong password is REGISTRY_UNAUTHORIZED naming where credentials were looked for, without the password', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const store = staticCredentialsDouble({ [registry.host]: { kind: 'basic', username: creds.user, password: 'wrong-password-123' } });
    const tgt = target(registry, 'team/tls-app', store, { certDir: registry.certDir! });
    t.after(() => tgt.close());
    await assert.rejects(copyAndCommit(image.manifest, tgt, { tags: ['denied'] }), (err: Error & { code?: string; hint?: string }) => {
      assert.equal(err.code, 'REGISTRY_UNAUTHORIZED');
      assert.match(err.hint ?? '', /staticCredentialsDouble/);
      assert.doesNotMatch(`${err.message} ${err.hint}`, /wrong-password-123/);
      assert.match(err.message, /HEAD https:\/\/127\.0\.0\.1:\d+\/v2\/team\/tls-app\/(blobs|manifests)\/sha256:/);
      return true;
    });
    assert.equal(await skopeoCanRead(`${registry.host}/team/tls-app:denied`, { certDir: registry.certDir!, creds }), false);
  });
});

describe('token auth registry', () => {
  const creds = { user: 'robot', password: 'token-pass' };
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry({ token: true, htpasswd: creds });
  });
  after(() => registry.stop());

  test('fetches one push-scoped token with Basic credentials and pushes', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const tokens = registry.tokenServer!;
    tokens.requests.length = 0;
    const store = staticCredentialsDouble({ [registry.host]: { kind: 'basic', username: creds.user, password: creds.password } });
    const tgt = target(registry, 'org/tokened', store);
    t.after(() => tgt.close());
    await copyAndCommit(image.manifest, tgt, { tags: ['v1'] });
    assert.equal(tokens.requests.length, 1, 'blobs in parallel share one token fetch');
    const [req] = tokens.requests;
    assert.equal(req!.method, 'GET');
    assert.deepEqual(req!.query.scope, ['repository:org/tokened:pull,push']);
    assert.deepEqual(req!.query.service, ['wasmpack-test-registry']);
    assert.match(String(req!.headers.authorization), /^Basic /);
    const raw = await skopeoRawManifest(`${registry.host}/org/tokened:v1`, { creds });
    assert.ok(raw.equals(image.manifest.bytes));
  });

  test('an identity token uses the refresh_token POST, and falls back to GET on 404', async (t) => {
    const image = await smallImage(undefined, 5);
    t.after(() => image.cleanup());
    const tokens = registry.tokenServer!;
    tokens.requests.length = 0;
    const store = staticCredentialsDouble({ [registry.host]: { kind: 'identity-token', token: tokens.behaviour.refreshToken } });
    const viaPost = target(registry, 'org/identity', store);
    t.after(() => viaPost.close());
    await copyAndCommit(image.manifest, viaPost, { tags: ['v1'] });
    assert.equal(tokens.requests.length, 1);
    assert.equal(tokens.requests[0]!.method, 'POST');
    assert.equal(tokens.requests[0]!.form?.grant_type, 'refresh_token');
    assert.equal(tokens.requests[0]!.form?.scope, 'repository:org/identity:pull,push');
    assert.equal(tokens.requests[0]!.headers.authorization, undefined, 'no registry bearer is ever sent to the token endpoint');

    tokens.requests.length = 0;
    tokens.behaviour.postNotFound = true;
    t.after(() => void (tokens.behaviour.postNotFound = false));
    const basicStore = staticCredentialsDouble({ [registry.host]: { kind: 'identity-token', token: creds.password, username: creds.user } });
    const viaGet = target(registry, 'org/identity', basicStore);
    t.after(() => viaGet.close());
    await copyAndCommit(image.manifest, viaGet, { tags: ['v2'] });
    assert.deepEqual(tokens.requests.map((r) => r.method), ['POST', 'GET']);
    assert.ok(await skopeoCanRead(`${registry.host}/org/identity:v2`, { creds }));
  });

  test('anonymous push is refused with REGISTRY_UNAUTHORIZED or DENIED, and leaves no tag', async (t) => {
    const image = await smallImage();
    t.after(() => image.cleanup());
    const tgt = target(registry, 'org/anon', staticCredentialsDouble());
    t.after(() => tgt.close());
    await assert.rejects(copyAndCommit(image.manifest, tgt, { tags: ['v1'] }), (err: Error & { code?: string }) => /REGISTRY_(UNAUTHORIZED|DENIED)/.test(err.code ?? ''));
    assert.equal(await skopeoCanRead(`${registry.host}/org/anon:v1`, { creds }), false);
  });
});
