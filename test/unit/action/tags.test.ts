import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextFrom } from '../../../src/action/context.js';
import { eventTags, imageReferences, parseVersion, sanitizeTag } from '../../../src/action/tags.js';
import { WasmpackError } from '../../../src/errors.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const on = (eventName: string, ref: string, payload: unknown = {}) => eventTags(contextFrom({ GITHUB_EVENT_NAME: eventName, GITHUB_REF: ref, GITHUB_SHA: SHA }, payload, '/'));

test('a vX.Y.Z tag push gives X.Y.Z, X.Y, X and latest', () => {
  assert.deepEqual(on('push', 'refs/tags/v1.2.3'), ['1.2.3', '1.2', '1', 'latest']);
  assert.deepEqual(on('push', 'refs/tags/1.2.3'), ['1.2.3', '1.2', '1', 'latest']);
  assert.deepEqual(on('push', 'refs/tags/v10.20.30'), ['10.20.30', '10.20', '10', 'latest']);
});

test('major 0 gets no X tag (0 would float across breaking changes)', () => {
  assert.deepEqual(on('push', 'refs/tags/v0.4.1'), ['0.4.1', '0.4', 'latest']);
});

test('a prerelease or build-metadata version gets only its own tag; floating tags never move to it', () => {
  assert.deepEqual(on('push', 'refs/tags/v1.2.3-rc.1'), ['1.2.3-rc.1']);
  assert.deepEqual(on('push', 'refs/tags/v2.0.0-beta'), ['2.0.0-beta']);
  assert.deepEqual(on('push', 'refs/tags/v1.2.3+build.7'), ['1.2.3_build.7']);
});

test('other tags are used as they are, sanitised; a branch gives its name and sha-<7>', () => {
  assert.deepEqual(on('push', 'refs/tags/release-2024'), ['release-2024']);
  assert.deepEqual(on('push', 'refs/tags/v1.02.3'), ['v1.02.3']);
  assert.deepEqual(on('push', 'refs/heads/main'), ['main', 'sha-0123456']);
  assert.deepEqual(on('push', 'refs/heads/feature/new UI'), ['feature-new-UI', 'sha-0123456']);
  assert.deepEqual(on('workflow_dispatch', 'refs/heads/main'), ['main', 'sha-0123456']);
  assert.deepEqual(on('workflow_dispatch', 'refs/tags/v3.0.0'), ['3.0.0', '3.0', '3', 'latest']);
  assert.deepEqual(on('schedule', ''), ['sha-0123456']);
});

test('a pull request gives pr-<number>', () => {
  assert.deepEqual(on('pull_request', 'refs/pull/17/merge', { pull_request: { number: 17 } }), ['pr-17']);
  assert.deepEqual(on('pull_request_target', 'refs/heads/main', { number: 5 }), ['pr-5']);
});

test('sanitizeTag gives a valid tag or nothing', () => {
  assert.equal(sanitizeTag('dependabot/npm_and_yarn/undici-7.0'), 'dependabot-npm_and_yarn-undici-7.0');
  assert.equal(sanitizeTag('.hidden'), 'hidden');
  assert.equal(sanitizeTag('-x'), 'x');
  assert.equal(sanitizeTag('a'.repeat(200))!.length, 128);
  assert.equal(sanitizeTag('...'), undefined);
  assert.equal(sanitizeTag('ü'), undefined);
  assert.equal(sanitizeTag('ümlaut'), 'mlaut');
});

test('parseVersion follows semver: no leading zeros, prerelease and build parts', () => {
  assert.deepEqual(parseVersion('v1.2.3-rc.1+b5'), { major: '1', minor: '2', patch: '3', prerelease: 'rc.1', build: 'b5', text: '1.2.3-rc.1+b5' });
  assert.equal(parseVersion('v01.2.3'), undefined);
  assert.equal(parseVersion('v1.2'), undefined);
  assert.equal(parseVersion('version1'), undefined);
});

test('references: every image with every event tag and bare extra tag, then full extra references, without duplicates', () => {
  assert.deepEqual(imageReferences(['ghcr.io/acme/app', 'localhost:5000/app'], ['1.0', 'latest'], ['edge', 'docker.io/acme/app:1.0', 'latest']), [
    'ghcr.io/acme/app:1.0',
    'ghcr.io/acme/app:latest',
    'ghcr.io/acme/app:edge',
    'localhost:5000/app:1.0',
    'localhost:5000/app:latest',
    'localhost:5000/app:edge',
    'docker.io/acme/app:1.0',
  ]);
  assert.deepEqual(imageReferences([], ['main'], ['ghcr.io/acme/other:x']), ['ghcr.io/acme/other:x']);
  assert.deepEqual(imageReferences([], ['main'], []), []);
});

test('references: bad images and tags fail before anything is built', () => {
  const code = (c: string) => (err: unknown) => err instanceof WasmpackError && err.code === c;
  assert.throws(() => imageReferences(['ghcr.io/acme/app:1.0'], ['x'], []), code('ACTION_BAD_INPUT'));
  assert.throws(() => imageReferences(['ghcr.io/acme/app@sha256:' + 'a'.repeat(64)], ['x'], []), code('ACTION_BAD_INPUT'));
  assert.throws(() => imageReferences(['ghcr.io/Acme/app'], ['x'], []), code('BAD_REFERENCE'));
  assert.throws(() => imageReferences(['ghcr.io/acme/app'], ['x'], ['-bad']), code('ACTION_BAD_INPUT'));
  assert.throws(() => imageReferences(['ghcr.io/acme/app'], ['x'], ['ghcr.io/acme/app:bad tag']), code('BAD_REFERENCE'));
  assert.throws(() => imageReferences([], ['x'], ['edge']), code('ACTION_BAD_INPUT'));
});
