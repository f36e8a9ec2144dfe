import { layerFile, scratchSink } from '../../../src/targets/files.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildCompatImage } from '../../../src/oci/image.js';
import { manifestNode, type Blob } from '../../../src/oci/content.js';
import { copyAndCommit, eachLimited } from '../../../src/targets/copy.js';
import { LayoutTarget } from '../../../src/targets/layout.js';
import { readLayoutImage } from '../../../src/targets/layout-source.js';
import { isWasmpackError } from '../../../src/errors.js';
import { writeMinimalModule } from '../../helpers/wasm-fixtures.js';
import { tempDir } from '../../helpers/temp-dirs.js';

async function image(dir: string) {
  const module = await writeMinimalModule(join(dir, 'app.wasm'));
  return buildCompatImage({ files: [await layerFile('/app.wasm', module)], entrypoint: '/app.wasm', timestamp: 0, compression: 'gzip', layerSink: scratchSink(join(dir, 'layer')) });
}

test('copy into a layout writes blobs, index.json and oci-layout; reading back gives the same digests', async () => {
  const dir = await tempDir('wasmpack-layout-');
  const built = await image(dir);
  const layout = join(dir, 'oci');
  const result = await copyAndCommit(built.manifest, new LayoutTarget(layout), { tags: ['app:1.0', 'app:latest'] });
  assert.equal(result.digest, built.manifest.descriptor.digest);
  assert.equal(result.pushed, 2); // config + layer; the manifest is written under its tags
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8'));
  assert.deepEqual(index.manifests.map((m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name']), ['app:1.0', 'app:latest']);
  assert.deepEqual(JSON.parse(await readFile(join(layout, 'oci-layout'), 'utf8')), { imageLayoutVersion: '1.0.0' });
  const back = await readLayoutImage(layout, 'app:1.0');
  assert.equal(back.descriptor.digest, built.manifest.descriptor.digest);
  assert.deepEqual(back.children.map((c) => c.descriptor.digest), [built.config.descriptor.digest, built.layers[0]!.descriptor.digest]);
  // copying again skips what exists and keeps one entry per tag
  const again = await copyAndCommit(built.manifest, new LayoutTarget(layout), { tags: ['app:1.0'] });
  assert.equal(again.pushed, 0);
  assert.equal(again.skipped, 2);
  assert.equal(JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')).manifests.length, 2);
});

test('a failed copy into a new layout leaves no directory behind', async () => {
  const dir = await tempDir('wasmpack-layout-');
  const built = await image(dir);
  const broken: Blob = {
    descriptor: { mediaType: 'application/octet-stream', digest: `sha256:${'0'.repeat(64)}`, size: 10 },
    open: () => Readable.from((async function* () { yield Buffer.from('abc'); throw new Error('disk went away'); })()),
  };
  const root = manifestNode('application/vnd.oci.image.manifest.v1+json', { broken: true }, [...built.manifest.children, broken]);
  const layout = join(dir, 'oci');
  await assert.rejects(copyAndCommit(root, new LayoutTarget(layout), { tags: ['x'] }), /disk went away/);
  await assert.rejects(stat(layout), { code: 'ENOENT' });
});

test('a failed copy into an existing layout leaves its index and tags untouched', async () => {
  const dir = await tempDir('wasmpack-layout-');
  const built = await image(dir);
  const layout = join(dir, 'oci');
  await copyAndCommit(built.manifest, new LayoutTarget(layout), { tags: ['good'] });
  const before = await readFile(join(layout, 'index.json'));
  const lying: Blob = { descriptor: { mediaType: 'application/octet-stream', digest: `sha256:${'1'.repeat(64)}`, size: 3 }, open: () => Readable.from([Buffer.from('abc')]) };
  const root = manifestNode('application/vnd.oci.image.manifest.v1+json', { lying: true }, [lying]);
  await assert.rejects(copyAndCommit(root, new LayoutTarget(layout), { tags: ['bad'] }), (err) => isWasmpackError(err) && err.code === 'DIGEST_MISMATCH');
  assert.deepEqual(await readFile(join(layout, 'index.json')), before);
  const blobs = await readdir(join(layout, 'blobs', 'sha256'));
  assert.ok(blobs.every((name) => /^[0-9a-f]{64}$/.test(name)), `no temp files left: ${blobs.join(', ')}`);
});

test('reading a layout names the tags it has when the asked one is missing', async () => {
  const dir = await tempDir('wasmpack-layout-');
  const built = await image(dir);
  const layout = join(dir, 'oci');
  await copyAndCommit(built.manifest, new LayoutTarget(layout), { tags: ['one'] });
  await assert.rejects(readLayoutImage(layout, 'two'), (err) => isWasmpackError(err) && err.code === 'NO_SUCH_IMAGE' && /one/.test(err.hint ?? ''));
  await assert.rejects(readLayoutImage(join(dir, 'nothing')), (err) => isWasmpackError(err) && err.code === 'NO_LAYOUT');
});

test('eachLimited keeps at most N in flight and reports the first failure', async () => {
  let inFlight = 0;
  let peak = 0;
  await eachLimited([1, 2, 3, 4, 5, 6], 2, async () => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setImmediate(r));
    inFlight--;
  });
  assert.equal(peak, 2);
  await assert.rejects(eachLimited([1, 2, 3], 2, async (n) => { if (n === 2) throw new Error('two'); }), /two/);
});
