/**
 * A large module through the real CLI and registry: built, pushed, then pulled back by `pull -o`
 * (streamed through the registry source into the file, the layer unpacked on the way) and by
 * `pull --oci` (a copy from the registry source to a layout target). Both must give the module
 * byte for byte; an independent reader (skopeo) reads the copied layout. Peak memory is the
 * benchmark's business (`npm run bench`, section 6), not a test's.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wasmpack } from '../helpers/cli.js';
import { skopeo } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { writeMinimalModule } from '../helpers/wasm-fixtures.js';

const SIZE = 96 * 1024 * 1024;

let registry: RunningRegistry;
let dir: string;
before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'wasmpack-large-pull-'));
});
after(async () => {
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

test('a 96 MiB module pulls back byte for byte, by -o and by --oci', async () => {
  const module = join(dir, 'app.wasm');
  await writeMinimalModule(module, SIZE);
  const ref = `${registry.host}/large/pull:1`;
  const built = await wasmpack(['build', dir, '--wasm', module, '--no-strip', '-t', ref, '--push', '-q']);
  assert.equal(built.code, 0, built.stderr);

  const out = join(dir, 'out', 'pulled.wasm');
  const pulled = await wasmpack(['pull', ref, '-o', out, '--json']);
  assert.equal(pulled.code, 0, pulled.stderr);
  const doc = JSON.parse(pulled.stdout) as { output: { size: number; digest: string; from: string } };
  assert.equal(doc.output.size, (await stat(module)).size);
  assert.ok(doc.output.size > SIZE);
  assert.equal(doc.output.from, '/app.wasm');
  const expected = await sha256(module);
  assert.equal(await sha256(out), expected);
  assert.equal(doc.output.digest, `sha256:${expected}`);

  const layout = join(dir, 'copy');
  const copied = await wasmpack(['pull', ref, '--oci', `${layout}:kept`, '-q']);
  assert.equal(copied.code, 0, copied.stderr);
  const inspected = JSON.parse(await skopeo('inspect', `oci:${layout}:kept`)) as { Digest: string };
  assert.equal(inspected.Digest, built.stdout.trim().split('@')[1]);
  const again = join(dir, 'again.wasm');
  const fromLayout = await wasmpack(['pull', `oci:${layout}:kept`, '-o', again, '-q']);
  assert.equal(fromLayout.code, 0, fromLayout.stderr);
  assert.equal(await sha256(again), expected);
});
