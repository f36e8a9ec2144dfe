// Below the floor: node 20 (WASMPACK_NODE20, set by scripts/node-env.sh; scripts/setup.sh installs
// it) running the committed bundle, the CLI and the Action's runs.main, gets one coded error naming
// the node it found and the one needed, exit 1, not a syntax error from the bundle's chunks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { checkoutAction, removeActionDirs, runAction, workspaceWith } from '../helpers/action-runner.js';
import { wasmpack } from '../helpers/cli.js';
import { NODE_FLOOR } from '../../src/node-floor.js';

const exec = promisify(execFile);
const NODE20 = process.env.WASMPACK_NODE20;
let version: string;

before(async () => {
  assert.ok(NODE20, 'WASMPACK_NODE20 is not set: run the tests through scripts/test.sh, or `source scripts/node-env.sh` after scripts/setup.sh');
  version = (await exec(NODE20, ['-p', 'process.versions.node'])).stdout.trim();
  assert.match(version, /^20\./, `WASMPACK_NODE20 (${NODE20}) is node 20`);
});
after(removeActionDirs);

test('the CLI on node 20: error[NODE_TOO_OLD] with both versions and a hint, exit 1, for every command', async () => {
  for (const args of [['--version'], ['build', '--wasm', 'app.wasm'], ['push', 'oci:nowhere', 'localhost:1/x:1']]) {
    const result = await wasmpack(args, { node: NODE20 });
    assert.equal(result.code, 1, args.join(' '));
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      `error[NODE_TOO_OLD]: wasmpack needs node >= ${NODE_FLOOR}; this is node ${version} (${NODE20})\n` +
        'hint: install node 24 (or 22.15 or later) and run wasmpack with it: https://nodejs.org/en/download\n',
    );
  }
});

test("the Action's runs.main on node 20: one ::error annotation with the code, exit 1, no outputs", async () => {
  const checkout = await checkoutAction();
  const { workspace, sha } = await workspaceWith('hello-c', '2024-05-01T10:00:00Z');
  const run = await runAction(checkout, { workspace, event: { name: 'push', ref: 'refs/heads/main', sha }, with: { path: 'hello-c' }, node: NODE20 });
  assert.equal(run.code, 1);
  assert.match(run.nodeVersion, /^20\./);
  assert.equal(run.stdout, `::error title=wasmpack NODE_TOO_OLD::error[NODE_TOO_OLD]: wasmpack needs node >= ${NODE_FLOOR}; this is node ${version} (${NODE20})%0Ahint: install node 24 (or 22.15 or later) and run wasmpack with it: https://nodejs.org/en/download\n`);
  assert.equal(run.stderr, '');
  assert.deepEqual(run.outputs, {});
});
