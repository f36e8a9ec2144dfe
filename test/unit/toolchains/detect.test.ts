import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { detectLanguage } from '../../../src/toolchains/detect.js';
import { publicSourceUrl } from '../../../src/process/git.js';
import { imageTimestamp } from '../../../src/pipeline/timestamp.js';
import { moduleName } from '../../../src/toolchains/module-name.js';
import { isWasmpackError } from '../../../src/errors.js';
import { tempDir } from '../../helpers/temp-dirs.js';

async function project(files: string[]): Promise<string> {
  const dir = await tempDir('wasmpack-detect-');
  for (const f of files) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), '');
  }
  return dir;
}

test('detection by manifest and sources', async () => {
  assert.equal(await detectLanguage(await project(['Cargo.toml', 'src/main.rs']), {}), 'rust');
  assert.equal(await detectLanguage(await project(['go.mod', 'main.go']), {}), 'go');
  assert.equal(await detectLanguage(await project(['main.c']), {}), 'c');
  assert.equal(await detectLanguage(await project(['src/lib/util.c']), {}), 'c');
  // a Rust crate with C for build.rs is still Rust
  assert.equal(await detectLanguage(await project(['Cargo.toml', 'csrc/x.c']), {}), 'rust');
  assert.equal(await detectLanguage(await project([]), { c: {} }), 'c');
  assert.equal(await detectLanguage(await project([]), {}, 'app.wasm'), 'wasm');
  assert.equal(await detectLanguage(await project(['Cargo.toml', 'go.mod']), { language: 'go' }), 'go');
});

test('C files under build output directories do not count', async () => {
  await assert.rejects(detectLanguage(await project(['node_modules/x/a.c', 'target/b.c']), {}), (err) => isWasmpackError(err) && err.code === 'NO_PROJECT');
});

test('an empty directory lists what was looked for', async () => {
  await assert.rejects(detectLanguage(await project([]), {}), (err) => {
    assert.ok(isWasmpackError(err));
    assert.equal(err.code, 'NO_PROJECT');
    for (const what of ['Cargo.toml', 'go.mod', '*.c', 'wasm']) assert.ok(err.message.includes(what), what);
    assert.match(err.hint ?? '', /--wasm/);
    return true;
  });
});

test('two manifests are ambiguous, never a guess', async () => {
  await assert.rejects(detectLanguage(await project(['Cargo.toml', 'go.mod']), {}), (err) => isWasmpackError(err) && err.code === 'AMBIGUOUS_PROJECT' && /--language/.test(err.hint ?? ''));
});

test('git remotes become public source URLs; local paths and credentials never do', () => {
  assert.equal(publicSourceUrl('git@github.com:acme/app.git'), 'https://github.com/acme/app');
  assert.equal(publicSourceUrl('https://user:secret@github.com/acme/app.git'), 'https://github.com/acme/app');
  assert.equal(publicSourceUrl('ssh://git@gitlab.com/acme/app'), 'https://gitlab.com/acme/app');
  assert.equal(publicSourceUrl('/work/main'), undefined);
  assert.equal(publicSourceUrl('file:///srv/git/app'), undefined);
});

test('timestamp: flag, then SOURCE_DATE_EPOCH, then commit time, then 0', () => {
  assert.equal(imageTimestamp(5, { SOURCE_DATE_EPOCH: '7' }, 9), 5);
  assert.equal(imageTimestamp(undefined, { SOURCE_DATE_EPOCH: '7' }, 9), 7);
  assert.equal(imageTimestamp(undefined, {}, 9), 9);
  assert.equal(imageTimestamp(undefined, {}, undefined), 0);
  assert.throws(() => imageTimestamp(undefined, { SOURCE_DATE_EPOCH: 'yesterday' }, 9), (err) => isWasmpackError(err) && err.code === 'BAD_TIMESTAMP');
});

test('module names are safe for paths and references', () => {
  assert.equal(moduleName('Hello World'), 'hello-world');
  assert.equal(moduleName('__x__'), 'x');
  assert.equal(moduleName('!!!'), 'app');
});
