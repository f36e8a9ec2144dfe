// The floor, node 22: the committed bundle run by node 22 (WASMPACK_NODE22, set by
// scripts/node-env.sh, which scripts/test.sh sources; scripts/setup.sh installs that node) builds
// an example, pushes it to a real registry, pulls it back and runs it, and the Action's runs.main
// does a tag push the way the runner runs it. Node 22 and the node running the tests (24) give
// the same digests, zstd layers included.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { checkoutAction, removeActionDirs, runAction, workspaceWith } from '../helpers/action-runner.js';
import { copyExample, wasmpack } from '../helpers/cli.js';
import { readImage } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { MINIMAL_COMMAND } from '../helpers/wasm-fixtures.js';

const exec = promisify(execFile);
const NODE22 = process.env.WASMPACK_NODE22;
const COMMIT_DATE = '2024-05-01T10:00:00Z';

describe('the bundle on node 22', () => {
  let registry: RunningRegistry;
  const scratch: string[] = [];
  before(async () => {
    assert.ok(NODE22, 'WASMPACK_NODE22 is not set: run the tests through scripts/test.sh, or `source scripts/node-env.sh` after scripts/setup.sh');
    const { stdout } = await exec(NODE22, ['-p', 'process.versions.node']);
    assert.match(stdout.trim(), /^22\./, `WASMPACK_NODE22 (${NODE22}) is node 22`);
    registry = await startRegistry();
  });
  after(async () => {
    await registry?.stop();
    for (const dir of scratch) await rm(dir, { recursive: true, force: true });
    await removeActionDirs();
  });

  test('build hello-c, push, pull and run it: the digest node 24 gives', async () => {
    const onFloor = await copyExample('hello-c');
    const onTestNode = await copyExample('hello-c');
    scratch.push(dirname(onFloor), dirname(onTestNode));
    const ref = `${registry.host}/smoke/hello-c:node22`;
    const built = await wasmpack(['build', onFloor, '-t', ref, '--timestamp', '0', '--json'], { node: NODE22 });
    assert.equal(built.code, 0, built.stderr);
    const digest = JSON.parse(built.stdout).digest as string;
    const reference = await wasmpack(['build', onTestNode, '-t', ref, '--timestamp', '0', '--json']);
    assert.equal(reference.code, 0, reference.stderr);
    assert.equal(JSON.parse(reference.stdout).digest, digest, `node 22 and node ${process.versions.node} build the same image`);

    const pushed = await wasmpack(['push', '-C', onFloor, '--json'], { node: NODE22 });
    assert.equal(pushed.code, 0, pushed.stderr);
    assert.equal((await readImage(`docker://${ref}`, '--tls-verify=false')).manifestDigest, digest, 'skopeo reads what node 22 pushed');

    const out = join(dirname(onFloor), 'pulled.wasm');
    const pulled = await wasmpack(['pull', ref, '-o', out], { node: NODE22 });
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.deepEqual((await readFile(out)).subarray(0, 4), Buffer.from('\0asm'), 'pull wrote the module');

    const ran = await wasmpack(['run', ref, '-e', 'GREETING=from-node-22'], { node: NODE22 });
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(ran.stdout, 'Hello from C!\nGREETING=from-node-22\n');
  });

  test('a zstd layer: node 22 and node 24 give the same bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wasmpack-node22-zstd-'));
    scratch.push(dir);
    await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
    const args = ['build', '--wasm', 'app.wasm', '--compression', 'zstd', '--timestamp', '0', '--json', '-o', 'oci:out'];
    const floor = await wasmpack(args, { cwd: dir, node: NODE22 });
    assert.equal(floor.code, 0, floor.stderr);
    const test24 = await wasmpack([...args.slice(0, -1), 'oci:out24'], { cwd: dir });
    assert.equal(test24.code, 0, test24.stderr);
    assert.equal(JSON.parse(floor.stdout).digest, JSON.parse(test24.stdout).digest);
  });

  test("the Action's runs.main on node 22: a tag push pushes the image node 24's run pushes", async () => {
    const checkout = await checkoutAction();
    const { workspace, sha } = await workspaceWith('hello-c', COMMIT_DATE);
    const event = { name: 'push', ref: 'refs/tags/v1.0.0', sha, payload: { ref: 'refs/tags/v1.0.0', head_commit: { id: sha, timestamp: '2030-01-01T00:00:00Z' } } };
    const repo = `${registry.host}/smoke/action`;
    const floor = await runAction(checkout, { workspace, event, with: { path: 'hello-c', images: `${repo}-22` }, node: NODE22 });
    assert.equal(floor.code, 0, floor.stdout + floor.stderr);
    assert.match(floor.nodeVersion, /^22\./);
    assert.deepEqual(floor.outputs.tags?.split('\n'), ['1.0.0', '1.0', '1', 'latest'].map((t) => `${repo}-22:${t}`));
    assert.equal((await readImage(`docker://${repo}-22:1.0.0`, '--tls-verify=false')).manifestDigest, floor.outputs.digest);
    const test24 = await runAction(checkout, { workspace, event, with: { path: 'hello-c', images: `${repo}-24` } });
    assert.equal(test24.code, 0, test24.stdout + test24.stderr);
    assert.equal(floor.outputs.digest, test24.outputs.digest, `node 22 and node ${test24.nodeVersion} push the same image`);
  });
});
