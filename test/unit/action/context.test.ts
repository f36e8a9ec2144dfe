import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contextFrom, isPullRequest, readContext } from '../../../src/action/context.js';
import { tempDir } from '../../helpers/temp-dirs.js';

test('the context comes from the GITHUB_* variables, with the runner defaults filled in', () => {
  const c = contextFrom({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'abc', GITHUB_WORKSPACE: '/w', GITHUB_REPOSITORY: 'acme/app', GITHUB_ACTOR: 'octo', GITHUB_SERVER_URL: 'https://ghe.example/' }, {}, '/cwd');
  assert.deepEqual(c, { eventName: 'push', ref: 'refs/heads/main', sha: 'abc', workspace: '/w', serverUrl: 'https://ghe.example', repository: 'acme/app', actor: 'octo' });
  assert.equal(contextFrom({}, undefined, '/cwd').workspace, '/cwd');
  assert.equal(contextFrom({}, undefined, '/cwd').serverUrl, 'https://github.com');
});

test('pull request number from the payload, else from refs/pull/N/merge; head commit time from push payloads', () => {
  assert.equal(contextFrom({ GITHUB_EVENT_NAME: 'pull_request' }, { pull_request: { number: 42 } }, '/').pullRequest, 42);
  assert.equal(contextFrom({ GITHUB_EVENT_NAME: 'pull_request_target' }, { number: 7 }, '/').pullRequest, 7);
  assert.equal(contextFrom({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/9/merge' }, {}, '/').pullRequest, 9);
  assert.equal(contextFrom({}, { head_commit: { timestamp: '2024-05-01T12:00:00+02:00' } }, '/').headCommitTime, Date.UTC(2024, 4, 1, 10) / 1000);
  assert.equal(contextFrom({}, { head_commit: { timestamp: 'yesterday' } }, '/').headCommitTime, undefined);
  assert.ok(isPullRequest(contextFrom({ GITHUB_EVENT_NAME: 'pull_request_target' }, {}, '/')));
  assert.ok(!isPullRequest(contextFrom({ GITHUB_EVENT_NAME: 'push' }, {}, '/')));
});

test('readContext reads GITHUB_EVENT_PATH, and treats a missing or broken payload as empty', async () => {
  const dir = await tempDir('wasmpack-context-');
  await writeFile(join(dir, 'event.json'), JSON.stringify({ number: 3 }));
  await writeFile(join(dir, 'broken.json'), '{');
  assert.equal((await readContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'event.json') }, dir)).pullRequest, 3);
  assert.equal((await readContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'broken.json') }, dir)).pullRequest, undefined);
  assert.equal((await readContext({ GITHUB_EVENT_PATH: join(dir, 'absent.json') }, dir)).eventName, '');
});
