// Incremental builds for Makefiles: `wasmpack build` skips the compile when the
// sources, the config, the flags and the toolchain are what the last build saw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyExample, wasmpack } from '../helpers/cli.js';

const UP_TO_DATE = /up to date: image \S+@sha256:[0-9a-f]{64}/;

async function build(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const result = await wasmpack(['build', dir, '--json', ...args], { env });
  assert.equal(result.code, 0, result.stderr);
  return { doc: JSON.parse(result.stdout) as { digest: string; upToDate?: boolean; module: { size: number } }, stderr: result.stderr };
}

test('an unchanged project is up to date; a changed source, flag, toolchain variable or --no-cache builds again', async () => {
  const dir = await copyExample('hello-c');
  const first = await build(dir);
  assert.doesNotMatch(first.stderr, UP_TO_DATE);
  assert.equal(first.doc.upToDate, undefined);

  const again = await build(dir);
  assert.match(again.stderr, UP_TO_DATE);
  assert.equal(again.doc.upToDate, true);
  assert.equal(again.doc.digest, first.doc.digest, 'the same image, read back from the layout');
  assert.equal(again.doc.module.size, first.doc.module.size, 'what the build found is reported again');
  assert.doesNotMatch(again.stderr, /compiling|clang/, 'no compiler ran');

  // A source edit: compiled again, and the image changes with it.
  const source = join(dir, 'hello.c');
  await writeFile(source, (await readFile(source, 'utf8')).replace('Hello from C!', 'Hello again from C!'));
  const edited = await build(dir);
  assert.doesNotMatch(edited.stderr, UP_TO_DATE);
  assert.notEqual(edited.doc.digest, first.doc.digest);

  const forced = await build(dir, ['--no-cache']);
  assert.doesNotMatch(forced.stderr, UP_TO_DATE);
  assert.equal(forced.doc.digest, edited.doc.digest, 'a forced build of the same inputs gives the same digest');

  const flag = await build(dir, ['--env', 'A=1']);
  assert.doesNotMatch(flag.stderr, UP_TO_DATE, 'a new flag changes the image, so it builds');

  const toolchain = await build(dir, ['--env', 'A=1'], { CFLAGS: '-O1' });
  assert.doesNotMatch(toolchain.stderr, UP_TO_DATE, 'a toolchain variable may change the module, so it builds');
  assert.match((await build(dir, ['--env', 'A=1'], { CFLAGS: '-O1' })).stderr, UP_TO_DATE);
  assert.ok((await readFile(join(dir, '.wasmpack', 'last-build.json'), 'utf8')).includes('"fingerprint"'));
});
