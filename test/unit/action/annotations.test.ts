import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imageTimestamp, repositoryAnnotations } from '../../../src/action/annotations.js';
import { contextFrom } from '../../../src/action/context.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const context = (ref: string, payload: unknown = {}) => contextFrom({ GITHUB_REF: ref, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/app', GITHUB_SERVER_URL: 'https://github.com' }, payload, '/');

test('source, revision, and version on a version tag', () => {
  assert.deepEqual(repositoryAnnotations(context('refs/tags/v1.2.3')), {
    'org.opencontainers.image.source': 'https://github.com/acme/app',
    'org.opencontainers.image.revision': SHA,
    'org.opencontainers.image.version': '1.2.3',
  });
  assert.equal(repositoryAnnotations(context('refs/tags/v1.2.3-rc.1'))['org.opencontainers.image.version'], '1.2.3-rc.1');
  assert.equal(repositoryAnnotations(context('refs/heads/main'))['org.opencontainers.image.version'], undefined);
});

test('no repository or no real sha: those annotations are left out rather than invented', () => {
  assert.deepEqual(repositoryAnnotations(contextFrom({ GITHUB_SHA: 'not-a-sha' }, {}, '/')), {});
});

test('the image clock: SOURCE_DATE_EPOCH is left to the build, then git, then the push event, then nothing', () => {
  const pushed = context('refs/tags/v1.2.3', { head_commit: { timestamp: '2024-01-01T00:00:00Z' } });
  assert.equal(imageTimestamp({ env: { SOURCE_DATE_EPOCH: '5' }, gitCommitTime: 100, context: pushed }), undefined);
  assert.equal(imageTimestamp({ env: {}, gitCommitTime: 100, context: pushed }), 100);
  assert.equal(imageTimestamp({ env: { SOURCE_DATE_EPOCH: '' }, context: pushed }), Date.UTC(2024, 0, 1) / 1000);
  assert.equal(imageTimestamp({ env: {}, context: context('refs/heads/main') }), undefined);
});
