// The node floor: the version comparison the entries run before anything else loads, that
// package.json's engines says the same floor, and where the entries put node's compile cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NODE_FLOOR, nodeTooOld } from '../../src/node-floor.js';
import { REPO_ROOT, wasmpack } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dirs.js';

test('package.json engines is the floor the entries check', async () => {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  assert.equal(pkg.engines.node, `>=${NODE_FLOOR}`);
});

test('older than the floor: one coded error naming the version found and the one needed, and a hint', () => {
  for (const version of ['20.20.2', '22.14.0', '22.0.0', '18.19.1', '8.0.0']) {
    const text = nodeTooOld(version, '/opt/node/bin/node');
    assert.ok(text, version);
    const [line, hint, ...rest] = text.split('\n');
    assert.equal(line, `error[NODE_TOO_OLD]: wasmpack needs node >= ${NODE_FLOOR}; this is node ${version} (/opt/node/bin/node)`);
    assert.match(hint!, /^hint: install node 24/);
    assert.deepEqual(rest, []);
  }
});

test('the floor and anything newer pass', () => {
  for (const version of [NODE_FLOOR, '22.15.1', '22.23.5', '23.0.0', '24.22.3', '30.1.0']) assert.equal(nodeTooOld(version, 'node'), undefined, version);
});

test("the compile cache goes to the user's cache dir, never the temp dir, and a CLI run fills it", async () => {
  const home = await tempDir('wasmpack-compile-cache-');
  const run = await wasmpack(['--version'], { env: { HOME: home, XDG_CACHE_HOME: '' } });
  assert.equal(run.code, 0, run.stderr);
  const cache = join(home, '.cache', 'wasmpack', 'compile-cache');
  assert.ok((await readdir(cache, { recursive: true })).length > 0, `${cache} holds compiled chunks`);
  const xdg = join(home, 'xdg');
  assert.equal((await wasmpack(['--version'], { env: { HOME: home, XDG_CACHE_HOME: xdg } })).code, 0);
  assert.ok((await readdir(join(xdg, 'wasmpack', 'compile-cache'))).length > 0, 'XDG_CACHE_HOME wins');
});

test('a cache dir that cannot be made (under /proc, where a recursive mkdir never returns) leaves the CLI uncached, not hung', async () => {
  const run = await wasmpack(['--version'], { env: { XDG_CACHE_HOME: '/proc/wasmpack-no-such-dir/x' }, timeoutMs: 20_000 });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^\d+\.\d+\.\d+\n$/);
});
