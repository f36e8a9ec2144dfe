import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextFrom } from '../../../src/action/context.js';
import { decidePush } from '../../../src/action/push-policy.js';
import { WasmpackError } from '../../../src/errors.js';

const push = contextFrom({ GITHUB_EVENT_NAME: 'push' }, {}, '/');
const pr = contextFrom({ GITHUB_EVENT_NAME: 'pull_request' }, {}, '/');
const refs = ['ghcr.io/acme/app:1'];

test('auto pushes except on pull requests', () => {
  assert.deepEqual(decidePush(undefined, push, refs), { push: true });
  assert.deepEqual(decidePush(undefined, pr, refs), { push: false, because: 'pull_request event' });
});

test('an explicit push input wins over the event', () => {
  assert.deepEqual(decidePush(true, pr, refs), { push: true });
  assert.deepEqual(decidePush(false, push, refs), { push: false, because: 'push: false' });
});

test('nowhere to push: a note by default, an error when push was asked for', () => {
  assert.deepEqual(decidePush(undefined, push, []), { push: false, because: 'no images or tags given' });
  assert.throws(() => decidePush(true, push, []), (err: unknown) => err instanceof WasmpackError && err.code === 'ACTION_NOTHING_TO_PUSH');
});
