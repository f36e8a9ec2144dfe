import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config/load.js';
import { isWasmpackError } from '../../../src/errors.js';
import { tempDir } from '../../helpers/temp-dirs.js';

async function project(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('wasmpack-config-');
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

test('no config file is an empty config', async () => {
  assert.deepEqual(await loadConfig(await project({})), { config: {} });
});

test('wasmpack.json is validated and returned', async () => {
  const dir = await project({ 'wasmpack.json': JSON.stringify({ name: 'app', tags: ['a:1'], c: { defines: ['X=1'] }, aot: { ship: ['sibling'] } }) });
  const { config, source } = await loadConfig(dir);
  assert.equal(config.name, 'app');
  assert.deepEqual(config.c?.defines, ['X=1']);
  assert.equal(source, join(dir, 'wasmpack.json'));
});

test('schema errors name the file, the field and what was expected', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ compression: 'brotli' }, /compression: must be one of "gzip", "zstd", "none"/],
    [{ tags: 'app:1' }, /tags: must be array/],
    [{ nmae: 'x' }, /unknown field "nmae"/],
    [{ c: { sources: [1] } }, /c\.sources\.0: must be string/],
    [{ aot: { optLevel: 9 } }, /aot\.optLevel: must be <= 3/],
    [{ name: 'Bad Name' }, /name: must match pattern/],
  ];
  for (const [doc, expected] of cases) {
    const dir = await project({ 'wasmpack.json': JSON.stringify(doc) });
    await assert.rejects(loadConfig(dir), (err) => {
      assert.ok(isWasmpackError(err));
      assert.equal(err.code, 'CONFIG_INVALID');
      assert.match(err.message, /wasmpack\.json is not a valid wasmpack config/);
      assert.match(err.message, expected);
      return true;
    });
  }
});

test('broken JSON is a CONFIG_INVALID error, not a stack trace', async () => {
  const dir = await project({ 'wasmpack.json': '{ "name": "x", }' });
  await assert.rejects(loadConfig(dir), (err) => isWasmpackError(err) && err.code === 'CONFIG_INVALID' && /not valid JSON/.test(err.message));
});

test('Cargo.toml [package.metadata.wasmpack] is read when there is no wasmpack.json', async () => {
  const dir = await project({ 'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n\n[package.metadata.wasmpack]\ntags = ["x:1"]\ncompression = "zstd"\n' });
  const { config, source } = await loadConfig(dir);
  assert.deepEqual(config, { tags: ['x:1'], compression: 'zstd' });
  assert.match(source ?? '', /\[package\.metadata\.wasmpack\]/);
  const bad = await project({ 'Cargo.toml': '[package]\nname = "x"\n[package.metadata.wasmpack]\nformat = "tarball"\n' });
  await assert.rejects(loadConfig(bad), (err) => isWasmpackError(err) && /format: must be one of/.test(err.message));
});

test('an explicit --config that does not exist is an error', async () => {
  await assert.rejects(loadConfig(await project({}), '/nonexistent/wasmpack.json'), (err) => isWasmpackError(err) && err.code === 'CONFIG_UNREADABLE');
});
