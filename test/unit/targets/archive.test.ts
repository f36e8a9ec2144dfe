import { fileContent, layerFile, scratchSink } from '../../../src/targets/files.js';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { after, before, test } from 'node:test';
import tar from 'tar-stream';
import { WasmpackError } from '../../../src/errors.js';
import { manifestNode, type Blob } from '../../../src/oci/content.js';
import { buildCompatImage, buildWasmArtifact } from '../../../src/oci/image.js';
import { MediaType, type Compression } from '../../../src/oci/media-types.js';
import { DockerArchiveTarget, OciArchiveTarget, normalizeRepoTag } from '../../../src/targets/archive/index.js';
import { copyAndCommit, copyImage, transaction } from '../../../src/targets/copy.js';
import { LayoutTarget } from '../../../src/targets/layout.js';
import { writeMinimalModule } from '../../helpers/wasm-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasmpack-archive-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function image(name: string, compression: Compression = 'gzip') {
  const module = await writeMinimalModule(join(dir, `${name}.wasm`), 2000);
  return buildCompatImage({ files: [await layerFile('/app.wasm', module)], entrypoint: '/app.wasm', timestamp: 0, compression, layerSink: scratchSink(join(dir, `${name}.layer`)) });
}

interface TarListing {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  bytes: Buffer;
}

async function listTar(path: string): Promise<TarListing[]> {
  const extract = tar.extract();
  const entries: TarListing[] = [];
  const done = pipeline(createReadStream(path), extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const h = entry.header;
    entries.push({ name: h.name, type: h.type ?? '', mode: h.mode ?? 0, uid: h.uid ?? -1, gid: h.gid ?? -1, mtime: h.mtime?.getTime() ?? -1, bytes: Buffer.concat(chunks) });
  }
  await done;
  return entries;
}

async function sha256OfFile(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

async function leftovers(prefix: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.startsWith(prefix));
}

test('oci-archive: a sorted, fixed-metadata tar of an OCI layout with the tag as ref.name', async () => {
  const built = await image('oci');
  const file = join(dir, 'oci.tar');
  await copyAndCommit(built.manifest, new OciArchiveTarget(file, 'v1'), { tags: ['latest'] });
  const entries = await listTar(file);
  const names = entries.map((e) => e.name);
  assert.deepEqual(names, [...names].sort());
  assert.ok(names.includes('oci-layout') && names.includes('index.json'));
  for (const e of entries) {
    assert.equal(e.uid, 0);
    assert.equal(e.gid, 0);
    assert.equal(e.mtime, 0);
    assert.equal(e.mode, e.type === 'directory' ? 0o755 : 0o644, e.name);
  }
  const index = JSON.parse(entries.find((e) => e.name === 'index.json')!.bytes.toString());
  assert.deepEqual(index.manifests, [{ mediaType: built.manifest.descriptor.mediaType, digest: built.manifest.descriptor.digest, size: built.manifest.descriptor.size, annotations: { 'org.opencontainers.image.ref.name': 'v1' } }]);
  const manifestEntry = entries.find((e) => e.name === `blobs/sha256/${built.manifest.descriptor.digest.slice(7)}`)!;
  assert.deepEqual(manifestEntry.bytes, built.manifest.bytes);
  assert.deepEqual(await leftovers('oci.tar.tmp-'), []);
});

test('oci-archive without a target tag keeps the copy\'s tags; an untagged copy gets the target tag', async () => {
  const built = await image('tags');
  const a = join(dir, 'tags-a.tar');
  await copyAndCommit(built.manifest, new OciArchiveTarget(a), { tags: ['1.0', 'latest'] });
  const refs = (path: string) => listTar(path).then((es) => JSON.parse(es.find((e) => e.name === 'index.json')!.bytes.toString()).manifests.map((m: { annotations?: Record<string, string> }) => m.annotations?.['org.opencontainers.image.ref.name']));
  assert.deepEqual(await refs(a), ['1.0', 'latest']);
  const b = join(dir, 'tags-b.tar');
  await copyAndCommit(built.manifest, new OciArchiveTarget(b, 'only'), { tags: [] });
  assert.deepEqual(await refs(b), ['only']);
});

test('docker-archive: manifest.json, config and uncompressed layers named by diff_id', async () => {
  for (const compression of ['gzip', 'zstd', 'none'] as const) {
    const built = await image(`docker-${compression}`, compression);
    const file = join(dir, `docker-${compression}.tar`);
    await copyAndCommit(built.manifest, new DockerArchiveTarget(file, ['localhost/app:v1', 'app']), { tags: ['v1'] });
    const entries = await listTar(file);
    const config = JSON.parse(built.config.bytes.toString());
    const diffHex = (config.rootfs.diff_ids[0] as string).slice(7);
    const configName = `${built.config.descriptor.digest.slice(7)}.json`;
    assert.deepEqual(entries.map((e) => e.name), [diffHex, `${diffHex}/layer.tar`, configName, 'manifest.json'].sort(), compression);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.bytes.toString());
    assert.deepEqual(manifest, [{ Config: configName, RepoTags: ['localhost/app:v1', 'app:latest'], Layers: [`${diffHex}/layer.tar`] }]);
    assert.deepEqual(entries.find((e) => e.name === configName)!.bytes, built.config.bytes);
    const layerTar = entries.find((e) => e.name === `${diffHex}/layer.tar`)!.bytes;
    assert.equal(createHash('sha256').update(layerTar).digest('hex'), diffHex, 'layer is stored uncompressed');
    assert.deepEqual(await leftovers(`docker-${compression}.tar.tmp-`), []);
  }
});

test('writing the same image twice gives byte-identical archives', async () => {
  const built = await image('det');
  for (const make of [(f: string) => new OciArchiveTarget(f, 'v1'), (f: string) => new DockerArchiveTarget(f, ['app:v1'])]) {
    const one = join(dir, 'det-1.tar');
    const two = join(dir, 'det-2.tar');
    await copyAndCommit(built.manifest, make(one), { tags: ['v1'] });
    await copyAndCommit(built.manifest, make(two), { tags: ['v1'] });
    assert.equal(await sha256OfFile(one), await sha256OfFile(two));
    // overwriting an existing archive replaces it atomically with the same bytes
    await copyAndCommit(built.manifest, make(one), { tags: ['v1'] });
    assert.equal(await sha256OfFile(one), await sha256OfFile(two));
  }
});

test('a failed copy leaves no archive and no temp files', async () => {
  const built = await image('fail');
  const broken: Blob = {
    descriptor: { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: `sha256:${'0'.repeat(64)}`, size: 10 },
    open: () =>
      Readable.from(
        (async function* () {
          yield Buffer.from('abc');
          throw new Error('disk went away');
        })(),
      ),
  };
  const root = manifestNode('application/vnd.oci.image.manifest.v1+json', { broken: true }, [...built.manifest.children, broken]);
  for (const [name, target] of [
    ['fail-oci.tar', new OciArchiveTarget(join(dir, 'fail-oci.tar'), 'v1')],
    ['fail-docker.tar', new DockerArchiveTarget(join(dir, 'fail-docker.tar'), ['app:v1'])],
  ] as const) {
    await assert.rejects(copyAndCommit(root, target, { tags: ['v1'] }), /disk went away/);
    assert.deepEqual(await leftovers(name), [], `${name}: nothing left`);
  }
});

test('docker-archive refuses what it cannot hold: artifacts, indexes, digest references', async () => {
  const module = await writeMinimalModule(join(dir, 'artifact.wasm'));
  const artifact = await buildWasmArtifact({ module: await fileContent(module), title: 'app.wasm', kind: 'module', timestamp: 0 });
  const file = join(dir, 'artifact.tar');
  await assert.rejects(copyAndCommit(artifact.manifest, new DockerArchiveTarget(file, ['app:v1']), { tags: ['v1'] }), (e: unknown) => e instanceof WasmpackError && e.code === 'ARCHIVE_UNSUPPORTED' && /oci-archive/.test(e.hint ?? ''));
  assert.deepEqual(await leftovers('artifact.tar'), []);
  const built = await image('index');
  const index = manifestNode('application/vnd.oci.image.index.v1+json', { schemaVersion: 2, manifests: [built.manifest.descriptor] }, [built.manifest]);
  await assert.rejects(copyAndCommit(index, new DockerArchiveTarget(join(dir, 'index.tar'), []), { tags: ['v1'] }), (e: unknown) => e instanceof WasmpackError && e.code === 'ARCHIVE_NEEDS_IMAGE');
  assert.deepEqual(await leftovers('index.tar'), []);
  assert.throws(() => normalizeRepoTag(`app@sha256:${'a'.repeat(64)}`), (e: unknown) => e instanceof WasmpackError && e.code === 'BAD_REFERENCE');
  assert.equal(normalizeRepoTag('localhost:5000/app'), 'localhost:5000/app:latest');
  assert.equal(normalizeRepoTag('localhost:5000/app:v2'), 'localhost:5000/app:v2');
});

test('docker-archive checks the layer against the config diff_id', async () => {
  const built = await image('diff');
  // A config whose diff_id does not match the layer's uncompressed content.
  const configDoc = JSON.parse(built.config.bytes.toString());
  configDoc.rootfs.diff_ids = [`sha256:${'1'.repeat(64)}`];
  const { jsonBlob } = await import('../../../src/oci/content.js');
  const badConfig = jsonBlob('application/vnd.oci.image.config.v1+json', configDoc);
  const layer = built.layers[0]!;
  const root = manifestNode('application/vnd.oci.image.manifest.v1+json', { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: badConfig.descriptor, layers: [layer.descriptor] }, [badConfig, layer]);
  await assert.rejects(copyAndCommit(root, new DockerArchiveTarget(join(dir, 'diff.tar'), ['app:v1']), { tags: ['v1'] }), (e: unknown) => e instanceof WasmpackError && e.code === 'DIFF_ID_MISMATCH');
  assert.deepEqual(await leftovers('diff.tar'), []);
});

test('every untagged root copied in one transaction keeps its own index.json entry (layout and oci-archive)', async () => {
  const built = await image('roots');
  // Two referrer-like manifests beside the image: same blobs, different manifests.
  const first = manifestNode(MediaType.ociManifest, { ...JSON.parse(built.manifest.bytes.toString()), annotations: { n: '1' } }, built.manifest.children);
  const second = manifestNode(MediaType.ociManifest, { ...JSON.parse(built.manifest.bytes.toString()), annotations: { n: '2' } }, built.manifest.children);
  const layoutDir = join(dir, 'roots-layout');
  const layout = new LayoutTarget(layoutDir);
  await transaction(layout, async () => {
    await copyImage(built.manifest, layout, { tags: ['v1'] });
    await copyImage(first, layout, { tags: [] });
    await copyImage(second, layout, { tags: [] });
  });
  const index = JSON.parse(await readFile(join(layoutDir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string; annotations?: Record<string, string> }> };
  assert.deepEqual(
    index.manifests.map((m) => [m.digest, m.annotations?.['org.opencontainers.image.ref.name']]),
    [[built.manifest.descriptor.digest, 'v1'], [first.descriptor.digest, undefined], [second.descriptor.digest, undefined]],
  );
  // An archive named with a tag gives it to the first root; the others stay untagged entries.
  const file = join(dir, 'roots.tar');
  const archive = new OciArchiveTarget(file, 'only');
  await transaction(archive, async () => {
    for (const root of [built.manifest, first, second]) await copyImage(root, archive, { tags: [] });
  });
  const archived = JSON.parse((await listTar(file)).find((e) => e.name === 'index.json')!.bytes.toString()) as typeof index;
  assert.deepEqual(
    archived.manifests.map((m) => [m.digest, m.annotations?.['org.opencontainers.image.ref.name']]),
    [[built.manifest.descriptor.digest, 'only'], [first.descriptor.digest, undefined], [second.descriptor.digest, undefined]],
  );
});
