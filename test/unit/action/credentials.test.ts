import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CredentialStore } from '../../../src/auth/credentials.js';
import { registryLogins, routeCredentials } from '../../../src/action/credentials.js';
import { WasmpackError } from '../../../src/errors.js';

const none = { username: '', password: '', githubToken: '' };

test('username and password go to the registries being pushed to, and only there', () => {
  const logins = registryLogins(['localhost:5000/a:1', 'docker.io/acme/b:1', 'localhost:5000/c:1'], { ...none, username: 'u', password: 'p' }, { actor: 'octo' });
  assert.equal(logins.length, 1);
  assert.deepEqual(logins[0]!.hosts.sort(), ['docker.io', 'localhost:5000', 'registry-1.docker.io']);
  assert.equal(logins[0]!.username, 'u');
  assert.doesNotMatch(logins[0]!.from, /\bu\b|\bp\b/);
});

test('without them, ghcr.io images get the workflow token as github.actor; other registries get nothing', () => {
  const logins = registryLogins(['ghcr.io/acme/a:1', 'quay.io/acme/b:1'], { ...none, githubToken: 'ghs_x' }, { actor: 'octo' });
  assert.deepEqual(logins, [{ hosts: ['ghcr.io'], username: 'octo', password: 'ghs_x', from: 'the workflow token (github-token input) as github.actor' }]);
  assert.deepEqual(registryLogins(['quay.io/acme/b:1'], { ...none, githubToken: 'ghs_x' }, { actor: 'octo' }), []);
  assert.deepEqual(registryLogins(['ghcr.io/acme/a:1'], none, { actor: 'octo' }), []);
});

test('half a login is an input error', () => {
  const isBadInput = (err: unknown) => err instanceof WasmpackError && err.code === 'ACTION_BAD_INPUT';
  assert.throws(() => registryLogins(['ghcr.io/a/b:1'], { ...none, username: 'u' }, { actor: '' }), isBadInput);
  assert.throws(() => registryLogins(['ghcr.io/a/b:1'], { ...none, password: 'p' }, { actor: '' }), isBadInput);
});

test('routeCredentials asks the host\'s store, and the fallback for every other host', async () => {
  const storeDouble = (name: string): CredentialStore => ({
    get: async (host) => ({ credential: { kind: 'basic', username: name, password: host }, source: name }),
    searched: () => [name],
  });
  const routed = routeCredentials(new Map([['ghcr.io', storeDouble('inputs')]]), storeDouble('files'));
  assert.equal((await routed.get('ghcr.io'))!.source, 'inputs');
  assert.equal((await routed.get('quay.io'))!.source, 'files');
  assert.deepEqual(routed.searched(), ["the action's inputs for ghcr.io", 'files']);
});
