/**
 * Registries behind HTTP(S)_PROXY: requests go through the proxy, HTTPS tunnelled by CONNECT (the
 * proxy transport, undici's EnvHttpProxyAgent), and a host NO_PROXY names is reached directly. Pushed to a real
 * docker-registry, read back by skopeo. This file sets the proxy variables for its own process.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyAndCommit } from '../../src/targets/copy.js';
import { RegistryTarget } from '../../src/targets/registry/index.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';
import { recordingSleepDouble, skopeoRawManifest, smallImage, staticCredentialsDouble } from '../helpers/registry-fixtures.js';

let plain: RunningRegistry;
let tls: RunningRegistry;
let proxy: ForwardProxy;
const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];

before(async () => {
  [plain, tls, proxy] = await Promise.all([startRegistry(), startRegistry({ tls: true }), startForwardProxy()]);
});
after(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  await Promise.all([plain?.stop(), tls?.stop(), proxy?.stop()]);
});

function useProxy(noProxy = ''): void {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  process.env.HTTP_PROXY = proxy.url;
  process.env.HTTPS_PROXY = proxy.url;
  if (noProxy) process.env.NO_PROXY = noProxy;
}

test('HTTP_PROXY: a push to a plain-HTTP registry goes through the proxy, and skopeo reads it back', async (t) => {
  useProxy();
  proxy.seen.length = 0;
  const image = await smallImage(undefined, 11);
  t.after(() => image.cleanup());
  const target = new RegistryTarget({ registry: plain.host, repository: 'via/proxy', credentials: staticCredentialsDouble(), scheme: 'http', retryEnvironment: recordingSleepDouble() });
  t.after(() => target.close());
  await copyAndCommit(image.manifest, target, { tags: ['v1'] });
  // Forwarded in absolute form or tunnelled (undici tunnels plain HTTP too): either way, by the proxy.
  assert.ok(proxy.seen.includes(`PUT http://${plain.host}/v2/via/proxy/manifests/v1`) || proxy.seen.includes(`CONNECT ${plain.host}`), proxy.seen.join('\n'));
  assert.ok((await skopeoRawManifest(`${plain.host}/via/proxy:v1`)).equals(image.manifest.bytes));
});

test('HTTPS_PROXY: a push to a TLS registry is tunnelled with CONNECT, the certificate still checked', async (t) => {
  useProxy();
  proxy.seen.length = 0;
  const image = await smallImage(undefined, 12);
  t.after(() => image.cleanup());
  const target = new RegistryTarget({ registry: tls.host, repository: 'via/tunnel', credentials: staticCredentialsDouble(), certDir: tls.certDir!, retryEnvironment: recordingSleepDouble() });
  t.after(() => target.close());
  await copyAndCommit(image.manifest, target, { tags: ['v1'] });
  assert.ok(proxy.seen.includes(`CONNECT ${tls.host}`), proxy.seen.join('\n'));
  assert.ok((await skopeoRawManifest(`${tls.host}/via/tunnel:v1`, { certDir: tls.certDir! })).equals(image.manifest.bytes));
  const untrusted = new RegistryTarget({ registry: tls.host, repository: 'via/tunnel', credentials: staticCredentialsDouble(), retryEnvironment: recordingSleepDouble() });
  t.after(() => untrusted.close());
  await assert.rejects(copyAndCommit(image.manifest, untrusted, { tags: ['v2'] }), { code: 'REGISTRY_TLS' });
});

test('NO_PROXY: a registry it names is reached directly', async (t) => {
  useProxy(plain.host.split(':')[0]);
  proxy.seen.length = 0;
  const image = await smallImage(undefined, 13);
  t.after(() => image.cleanup());
  const target = new RegistryTarget({ registry: plain.host, repository: 'direct/app', credentials: staticCredentialsDouble(), scheme: 'http', retryEnvironment: recordingSleepDouble() });
  t.after(() => target.close());
  await copyAndCommit(image.manifest, target, { tags: ['v1'] });
  assert.deepEqual(proxy.seen, []);
  assert.ok((await skopeoRawManifest(`${plain.host}/direct/app:v1`)).equals(image.manifest.bytes));
});
