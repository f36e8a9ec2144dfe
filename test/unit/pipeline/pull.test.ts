import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import tar from 'tar-stream';
import { fileContent, layerFile, scratchSink } from '../../../src/targets/files.js';
import { buildCompatImage, buildWasmArtifact } from '../../../src/oci/image.js';
import { jsonBlob, bytesBlob, manifestNode } from '../../../src/oci/content.js';
import { MediaType } from '../../../src/oci/media-types.js';
import { copyAndCommit } from '../../../src/targets/copy.js';
import { LayoutTarget, blobPath } from '../../../src/targets/layout.js';
import { readLayoutImage } from '../../../src/targets/layout-source.js';
import { DockerArchiveTarget, OciArchiveTarget } from '../../../src/targets/archive/index.js';
import { DEFAULT_PULL_LIMITS, fetchImage, pullImage } from '../../../src/pipeline/pull.js';
import { readContents } from '../../../src/pipeline/image-contents.js';
import { silentReporter } from '../../../src/report/reporter.js';
import { createCredentialStore } from '../../../src/auth/index.js';
import { writeMinimalModule } from '../../helpers/wasm-fixtures.js';

const access = { credentials: createCredentialStore({ env: {}, homedir: '/nonexistent' }) };
const deps = { access, reporter: silentReporter };
const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function scratch(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-pull-unit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A compat image of a minimal module, written to DIR/oci tagged app:1. */
async function layoutImage(dir: string, extra: { cmd?: string[]; env?: string[] } = {}) {
  const module = await writeMinimalModule(join(dir, 'app.wasm'), 100);
  const built = await buildCompatImage({ files: [await layerFile('/app.wasm', module)], entrypoint: '/app.wasm', timestamp: 0, compression: 'gzip', layerSink: scratchSink(join(dir, 'layer')), ...extra });
  const layout = join(dir, 'oci');
  await copyAndCommit(built.manifest, new LayoutTarget(layout), { tags: ['app:1'] });
  return { layout, built, module: await readFile(module) };
}

test('pull -o from a layout writes the entrypoint module byte for byte; --oci copies the graph', async (t) => {
  const dir = await scratch(t);
  const { layout, built, module } = await layoutImage(dir);
  const out = join(dir, 'out', 'pulled.wasm');
  const copy = join(dir, 'copy');
  const result = await pullImage({ image: `oci:${layout}:app:1`, output: out, oci: copy }, deps);
  assert.ok((await readFile(out)).equals(module));
  assert.equal(result.output!.digest, sha(module));
  assert.equal(result.output!.from, '/app.wasm');
  assert.equal(result.digest, built.manifest.descriptor.digest);
  assert.deepEqual(result.layout, { dir: copy, tag: 'app:1' }, 'the layout entry keeps the source tag');
  const back = await readLayoutImage(copy, 'app:1');
  assert.equal(back.descriptor.digest, built.manifest.descriptor.digest);
  assert.ok((await readdir(join(out, '..'))).every((n) => !n.endsWith('.tmp')), 'no temp file is left');
});

test('a tampered layer or config in the layout is refused before anything is written', async (t) => {
  const dir = await scratch(t);
  const { layout, built } = await layoutImage(dir);
  const layerFile = blobPath(layout, built.layers[0]!.descriptor.digest);
  const original = await readFile(layerFile);
  const tampered = Buffer.from(original);
  const at = tampered.length - 20;
  tampered[at] = tampered[at]! ^ 0xff;
  await writeFile(layerFile, tampered);
  const out = join(dir, 'never.wasm');
  await assert.rejects(pullImage({ image: `oci:${layout}:app:1`, output: out, oci: join(dir, 'never') }, deps), (err: { code: string; message: string }) => {
    assert.equal(err.code, 'PULL_DIGEST_MISMATCH');
    assert.match(err.message, new RegExp(built.layers[0]!.descriptor.digest));
    return true;
  });
  await assert.rejects(stat(out), { code: 'ENOENT' });
  await assert.rejects(stat(join(dir, 'never')), { code: 'ENOENT' });
  // a blob of the right digest but longer than its descriptor says is refused too (size is checked)
  await writeFile(layerFile, original);
  await assert.doesNotReject(fetchImage(`oci:${layout}:app:1`, deps));
  await writeFile(blobPath(layout, built.config.descriptor.digest), '{}');
  await assert.rejects(fetchImage(`oci:${layout}:app:1`, deps), { code: 'PULL_DIGEST_MISMATCH' });
});

test('caps: a blob over the cap is refused by its descriptor size, before it is read', async (t) => {
  const dir = await scratch(t);
  const { layout } = await layoutImage(dir);
  await assert.rejects(fetchImage(`oci:${layout}:app:1`, { ...deps, limits: { ...DEFAULT_PULL_LIMITS, blobBytes: 10 } }), { code: 'PULL_TOO_BIG' });
  await assert.rejects(fetchImage(`oci:${layout}:app:1`, { ...deps, limits: { ...DEFAULT_PULL_LIMITS, configBytes: 10 } }), { code: 'PULL_TOO_BIG' });
});

test('readContents: the run configuration, the files and the entrypoint; a wrong diff_id is refused', async (t) => {
  const dir = await scratch(t);
  const { layout, module } = await layoutImage(dir, { cmd: ['--x'], env: ['A=1', 'B=2'] });
  const contents = await readContents(await fetchImage(`oci:${layout}:app:1`, deps));
  assert.equal(contents.kind, 'compat');
  assert.deepEqual(contents.config, { Entrypoint: ['/app.wasm'], WorkingDir: '/', Cmd: ['--x'], Env: ['A=1', 'B=2'] });
  assert.equal(contents.entrypoint.path, '/app.wasm');
  assert.ok(contents.entrypoint.file.bytes.equals(module));
  assert.equal(contents.annotations['module.wasm.image/variant'], 'compat');

  // An image whose config names another diff_id than its layer: consistent digests, wrong content.
  const layer = bytesBlob(MediaType.ociLayerGzip, gzipSync(await tarOf('app.wasm', module)));
  const config = jsonBlob(MediaType.ociConfig, { architecture: 'wasm', os: 'wasi', config: { Entrypoint: ['/app.wasm'] }, rootfs: { type: 'layers', diff_ids: [sha(Buffer.from('other'))] } });
  const node = manifestNode(MediaType.ociManifest, { schemaVersion: 2, mediaType: MediaType.ociManifest, config: config.descriptor, layers: [layer.descriptor] }, [config, layer]);
  const bad = join(dir, 'bad');
  await copyAndCommit(node, new LayoutTarget(bad), { tags: ['x'] });
  await assert.rejects(readContents(await fetchImage(`oci:${bad}:x`, deps)), { code: 'DIFF_ID_MISMATCH' });
});

test('a layer with a ../ entry is refused with a coded error', async (t) => {
  const dir = await scratch(t);
  const plain = await tarOf('../escape.wasm', Buffer.from('x'));
  const layer = bytesBlob(MediaType.ociLayerGzip, gzipSync(plain));
  const config = jsonBlob(MediaType.ociConfig, { architecture: 'wasm', os: 'wasi', config: { Entrypoint: ['/escape.wasm'] }, rootfs: { type: 'layers', diff_ids: [sha(plain)] } });
  const node = manifestNode(MediaType.ociManifest, { schemaVersion: 2, mediaType: MediaType.ociManifest, config: config.descriptor, layers: [layer.descriptor] }, [config, layer]);
  const layout = join(dir, 'evil');
  await copyAndCommit(node, new LayoutTarget(layout), { tags: ['x'] });
  const out = join(dir, 'escape.wasm');
  await assert.rejects(pullImage({ image: `oci:${layout}:x`, output: out }, deps), { code: 'LAYER_UNSAFE_PATH' });
  await assert.rejects(stat(out), { code: 'ENOENT' });
});

test('an oci-archive source is read in place (no temp dir); an artifact\'s module is its layer', async (t) => {
  const dir = await scratch(t);
  const module = await writeMinimalModule(join(dir, 'm.wasm'));
  const artifact = await buildWasmArtifact({ module: await fileContent(module), title: 'm.wasm', kind: 'module', timestamp: 0 });
  const archive = join(dir, 'a.tar');
  await copyAndCommit(artifact.manifest, new OciArchiveTarget(archive, 'v1'), { tags: ['v1'] });
  const out = join(dir, 'out.wasm');
  const result = await pullImage({ image: `oci-archive:${archive}:v1`, output: out }, deps);
  assert.ok((await readFile(out)).equals(await readFile(module)));
  assert.equal(result.output!.from, '/m.wasm');
  // An oci-archive is not a docker-archive: no manifest.json.
  await assert.rejects(fetchImage(`docker-archive:${archive}`, deps), { code: 'NO_LAYOUT' });
});

test('a docker-archive source: its uncompressed layers, checked against the diff_ids, give the same module', async (t) => {
  const dir = await scratch(t);
  const { built, module } = await layoutImage(dir);
  const archive = join(dir, 'd.tar');
  await copyAndCommit(built.manifest, new DockerArchiveTarget(archive, ['localhost/app:v1']), { tags: ['localhost/app:v1'] });
  const out = join(dir, 'from-docker.wasm');
  const result = await pullImage({ image: `docker-archive:${archive}:localhost/app:v1`, output: out }, deps);
  assert.ok((await readFile(out)).equals(module));
  assert.equal(result.output!.from, '/app.wasm');
  await assert.rejects(pullImage({ image: `docker-archive:${archive}:localhost/other:v1`, output: join(dir, 'x.wasm') }, deps), { code: 'NO_SUCH_IMAGE' });
  // --oci copies the archive's image into a layout: config and layer by the archive's digests.
  const copy = join(dir, 'from-docker');
  await pullImage({ image: `docker-archive:${archive}`, oci: `${copy}:v1` }, deps);
  const back = await readLayoutImage(copy, 'v1');
  assert.equal(back.children.length, 2);
});

test('an index: the wasi/wasm entry is the image to run, and --oci keeps the whole index', async (t) => {
  const dir = await scratch(t);
  const { built } = await layoutImage(dir);
  const other = jsonBlob(MediaType.ociConfig, { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } });
  const linux = manifestNode(MediaType.ociManifest, { schemaVersion: 2, mediaType: MediaType.ociManifest, config: other.descriptor, layers: [] }, [other]);
  const entry = (node: typeof linux, os: string, architecture: string) => ({ mediaType: node.descriptor.mediaType, digest: node.descriptor.digest, size: node.descriptor.size, platform: { os, architecture } });
  const index = manifestNode(MediaType.ociIndex, { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [entry(linux, 'linux', 'amd64'), entry(built.manifest, 'wasi', 'wasm')] }, [linux, built.manifest]);
  const layout = join(dir, 'idx');
  await copyAndCommit(index, new LayoutTarget(layout), { tags: ['multi'] });
  const pulled = await fetchImage(`oci:${layout}:multi`, deps);
  assert.equal(pulled.image.descriptor.digest, built.manifest.descriptor.digest);
  assert.equal(pulled.root.descriptor.digest, index.descriptor.digest);
  const copy = join(dir, 'copy');
  await pullImage({ image: `oci:${layout}:multi`, oci: `${copy}:kept` }, deps);
  assert.equal((await readLayoutImage(copy, 'kept')).descriptor.digest, index.descriptor.digest);
});

test('pull without -o or --oci is a BAD_FLAG', async () => {
  await assert.rejects(pullImage({ image: 'oci:x' }, deps), { code: 'BAD_FLAG' });
});

async function tarOf(name: string, body: Buffer): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  pack.entry({ name, mode: 0o755 }, body);
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}
