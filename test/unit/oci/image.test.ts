import { fileContent, layerFile, scratchSink } from '../../../src/targets/files.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildCompatImage, buildWasmArtifact } from '../../../src/oci/image.js';
import { sha256 } from '../../../src/oci/digest.js';
import { readAll } from '../../helpers/streams.js';
import { writeMinimalModule } from '../../helpers/wasm-fixtures.js';
import { tempDir } from '../../helpers/temp-dirs.js';

async function fixture() {
  const dir = await tempDir('wasmpack-image-');
  const module = await writeMinimalModule(join(dir, 'app.wasm'));
  return { dir, module };
}

async function compat(dir: string, module: string, extra: Partial<Parameters<typeof buildCompatImage>[0]> = {}) {
  return buildCompatImage({
    files: [await layerFile('/app.wasm', module)],
    entrypoint: '/app.wasm',
    timestamp: 0,
    compression: 'gzip',
    layerSink: scratchSink(join(dir, `layer-${Math.random()}`)),
    ...extra,
  });
}

test('compat image has the fields runtimes key on', async () => {
  const { dir, module } = await fixture();
  const image = await compat(dir, module, { env: ['A=1'], cmd: ['--x'], labels: { l: 'v' }, annotations: { k: 'v' } });
  const manifest = JSON.parse(image.manifest.bytes.toString());
  assert.equal(manifest.schemaVersion, 2);
  assert.equal(manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.equal(manifest.config.mediaType, 'application/vnd.oci.image.config.v1+json');
  assert.equal(manifest.layers.length, 1);
  assert.equal(manifest.layers[0].mediaType, 'application/vnd.oci.image.layer.v1.tar+gzip');
  assert.equal(manifest.annotations['module.wasm.image/variant'], 'compat');
  assert.equal(manifest.annotations.k, 'v');
  const config = JSON.parse(image.config.bytes.toString());
  assert.equal(config.os, 'wasi');
  assert.equal(config.architecture, 'wasm');
  assert.deepEqual(config.config.Entrypoint, ['/app.wasm']);
  assert.equal(config.config.WorkingDir, '/');
  assert.deepEqual(config.config.Env, ['A=1']);
  assert.deepEqual(config.config.Cmd, ['--x']);
  assert.deepEqual(config.config.Labels, { l: 'v' });
  assert.equal(config.created, '1970-01-01T00:00:00Z');
  // diff_id is the digest of the uncompressed tar, the layer digest that of the gzip bytes
  const gz = await readAll(image.layers[0]!.open());
  assert.equal(sha256(gz), manifest.layers[0].digest);
  assert.equal(gz.length, manifest.layers[0].size);
  assert.deepEqual(config.rootfs, { type: 'layers', diff_ids: [sha256(gunzipSync(gz))] });
  assert.equal(sha256(image.manifest.bytes), image.manifest.descriptor.digest);
});

test('the layer holds one file, mode 0755, owned by root, at the fixed time', async () => {
  const { dir, module } = await fixture();
  const image = await compat(dir, module, { timestamp: 1700000000 });
  const tar = gunzipSync(await readAll(image.layers[0]!.open()));
  const header = tar.subarray(0, 512);
  const field = (at: number, len: number) => header.subarray(at, at + len).toString('ascii').replace(/\0.*$/s, '');
  assert.equal(field(0, 100), 'app.wasm');
  assert.equal(parseInt(field(100, 8), 8), 0o755);
  assert.equal(parseInt(field(108, 8), 8), 0);
  assert.equal(parseInt(field(116, 8), 8), 0);
  assert.equal(parseInt(field(136, 12), 8), 1700000000);
  assert.equal(field(265, 32), '');
  const size = parseInt(field(124, 12), 8);
  assert.deepEqual(tar.subarray(512, 512 + size), await readFile(module));
  // the only other content is the end-of-archive padding
  assert.ok(tar.subarray(512 + Math.ceil(size / 512) * 512).every((b) => b === 0));
});

test('same inputs give byte-identical manifest, config and layer', async () => {
  for (const compression of ['gzip', 'zstd', 'none'] as const) {
    const { dir, module } = await fixture();
    const a = await compat(dir, module, { compression, timestamp: 42 });
    const b = await compat(dir, module, { compression, timestamp: 42 });
    assert.equal(a.manifest.descriptor.digest, b.manifest.descriptor.digest, compression);
    assert.deepEqual(await readAll(a.layers[0]!.open()), await readAll(b.layers[0]!.open()));
    const c = await compat(dir, module, { compression, timestamp: 43 });
    assert.notEqual(a.manifest.descriptor.digest, c.manifest.descriptor.digest);
  }
});

test('zstd and uncompressed layers get their media types', async () => {
  const { dir, module } = await fixture();
  const zstd = await compat(dir, module, { compression: 'zstd' });
  assert.equal(zstd.layers[0]!.descriptor.mediaType, 'application/vnd.oci.image.layer.v1.tar+zstd');
  const bytes = await readAll(zstd.layers[0]!.open());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x28, 0xb5, 0x2f, 0xfd]); // zstd frame magic
  const none = await compat(dir, module, { compression: 'none' });
  assert.equal(none.layers[0]!.descriptor.mediaType, 'application/vnd.oci.image.layer.v1.tar');
});

test('compat-smart variant is written when asked', async () => {
  const { dir, module } = await fixture();
  const image = await compat(dir, module, { variant: 'compat-smart' });
  assert.equal(JSON.parse(image.manifest.bytes.toString()).annotations['module.wasm.image/variant'], 'compat-smart');
});

test('CNCF artifact: wasm config, one application/wasm layer that is the module itself', async () => {
  const { module } = await fixture();
  const image = await buildWasmArtifact({ module: await fileContent(module), title: 'app.wasm', kind: 'module', timestamp: 0 });
  const manifest = JSON.parse(image.manifest.bytes.toString());
  assert.equal(manifest.config.mediaType, 'application/vnd.wasm.config.v0+json');
  assert.equal(manifest.layers.length, 1);
  assert.equal(manifest.layers[0].mediaType, 'application/wasm');
  assert.equal(manifest.layers[0].annotations['org.opencontainers.image.title'], 'app.wasm');
  assert.equal(manifest.layers[0].digest, sha256(await readFile(module)));
  const config = JSON.parse(image.config.bytes.toString());
  assert.equal(config.os, 'wasip1');
  assert.equal(config.architecture, 'wasm');
  assert.deepEqual(config.layerDigests, [manifest.layers[0].digest]);
});
