import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertLocalFileExists, looksLikeFile } from '../../../src/cli/local-file.js';

test('what reads as a file, and what reads as an image reference', () => {
  const files = ['app.wasm', 'nothing.wasm', 'build/app.wasm', './app', '../x/app.aot', '/tmp/app.wasm', '~/app.wasm', 'app.tar', 'img.tar.gz', 'x.wat'];
  const references = ['ghcr.io/acme/app.wasm', 'localhost:5000/app.wasm', 'localhost/app.wasm', 'ghcr.io/acme/app:1.0', 'app', 'acme/app:1', 'oci:build/oci:app', 'oci-archive:app.tar', 'docker://ghcr.io/a/b.wasm', '127.0.0.1:5000/app.wasm'];
  for (const f of files) assert.equal(looksLikeFile(f), true, f);
  for (const r of references) assert.equal(looksLikeFile(r), false, r);
});

test('a path-like argument that names nothing is FILE_NOT_FOUND with the path; one that exists passes', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-local-file-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'here.wasm'), 'x');
  await assertLocalFileExists('here.wasm', 'run', dir);
  await assertLocalFileExists('ghcr.io/acme/app.wasm', 'run', dir);
  await assert.rejects(assertLocalFileExists('gone.wasm', 'run', dir), (err: { code: string; message: string; hint: string }) => {
    assert.equal(err.code, 'FILE_NOT_FOUND');
    assert.match(err.message, /^gone\.wasm does not exist \(.*gone\.wasm\)$/);
    assert.match(err.hint, /to run an image from a registry/);
    return true;
  });
});
