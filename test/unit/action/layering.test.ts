// src/action/ is a second front end: only its adapter (wasmpack.ts) may reach the pipeline, the
// CLI, auth, targets, config and process, so a change in their API is a change in one file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../helpers/cli.js';

const ACTION = join(REPO_ROOT, 'src', 'action');
const ADAPTER = 'wasmpack.ts';
const INTERNALS = /from '\.\.\/(pipeline|cli|auth|targets|config|process)\//;

test('only src/action/wasmpack.ts imports wasmpack\'s internals at run time', () => {
  const offenders = readdirSync(ACTION)
    .filter((name) => name.endsWith('.ts') && name !== ADAPTER)
    .filter((name) => readFileSync(join(ACTION, name), 'utf8').split('\n').some((line) => /^import (?!type\b)/.test(line) && INTERNALS.test(line)));
  assert.deepEqual(offenders, []);
  assert.match(readFileSync(join(ACTION, ADAPTER), 'utf8'), /from '\.\.\/pipeline\/build\.js'/);
});
