import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeScopes, pushScopes } from '../../../../src/targets/registry/scope.js';

test('pushScopes asks pull,push on the target and pull on the mount source', () => {
  assert.deepEqual(pushScopes('acme/app'), ['repository:acme/app:pull,push']);
  assert.deepEqual(pushScopes('acme/app', 'acme/base'), ['repository:acme/app:pull,push', 'repository:acme/base:pull']);
  assert.deepEqual(pushScopes('acme/app', 'acme/app'), ['repository:acme/app:pull,push']);
});

test('mergeScopes unions actions per resource, sorts, and drops malformed scopes', () => {
  assert.deepEqual(mergeScopes(['repository:b:push', 'repository:a:pull', 'repository:b:pull', 'aws', 'repository:c', '']), ['repository:a:pull', 'repository:b:pull,push']);
  assert.deepEqual(mergeScopes(['repository:x:pull repository:y:push']), ['repository:x:pull', 'repository:y:push']);
  assert.deepEqual(mergeScopes(['registry:catalog:*']), ['registry:catalog:*']);
  assert.deepEqual(mergeScopes(['repository(plugin):p:pull']), ['repository(plugin):p:pull']);
});

test('the same set in any order gives the same key', () => {
  assert.deepEqual(mergeScopes(['repository:a:push,pull', 'repository:b:pull']), mergeScopes(['repository:b:pull', 'repository:a:pull', 'repository:a:push']));
});
