import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFile, writeFileAtomic } from '../../../src/files/atomic.js';

async function scratch(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-atomic-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('writeFileAtomic replaces the file whole and with the mode asked for', async (t) => {
  const dir = await scratch(t);
  const path = join(dir, 'auth.json');
  await writeFile(path, 'old');
  await writeFileAtomic(path, 'new', { mode: 0o600, sync: true });
  assert.equal(await readFile(path, 'utf8'), 'new');
  assert.equal((await stat(path)).mode & 0o777, 0o600);
  assert.deepEqual(await readdir(dir), ['auth.json']);
});

test('a failed write leaves the old file and no temp file', async (t) => {
  const dir = await scratch(t);
  const path = join(dir, 'module.wasm');
  await writeFile(path, 'old');
  await assert.rejects(
    replaceFile(path, async (temp) => {
      await writeFile(temp, 'half');
      throw new Error('disk full');
    }),
    /disk full/,
  );
  assert.equal(await readFile(path, 'utf8'), 'old');
  assert.deepEqual(await readdir(dir), ['module.wasm']);
});
