/**
 * The archive targets checked by independent readers: skopeo (containers/image) must read what we
 * write, with the same manifest digest for oci-archive and the wasi/wasm platform for docker-archive.
 * Skips when skopeo is not installed.
 */
import { layerFile, scratchSink } from '../../src/targets/files.js';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { findOnPath, runProcess } from '../../src/process/exec.js';
import { buildCompatImage, type BuiltImage } from '../../src/oci/image.js';
import { DockerArchiveTarget, OciArchiveTarget } from '../../src/targets/archive/index.js';
import { copyAndCommit } from '../../src/targets/copy.js';
import { readLayoutImage } from '../../src/targets/layout-source.js';
import { writeMinimalModule } from '../helpers/wasm-fixtures.js';
import { shortTempDir } from '../helpers/temp-dirs.js';

let dir: string;
let skopeo: string | undefined;
let built: BuiltImage;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasmpack-archive-skopeo-'));
  skopeo = process.env.SKOPEO ?? (await findOnPath('skopeo'));
  const module = await writeMinimalModule(join(dir, 'app.wasm'), 4000);
  built = await buildCompatImage({ files: [await layerFile('/app.wasm', module)], entrypoint: '/app.wasm', timestamp: 0, compression: 'gzip', layerSink: scratchSink(join(dir, 'layer.tgz')) });
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runSkopeo(t: TestContext, args: string[]): Promise<string | undefined> {
  if (!skopeo) {
    t.skip('skipped: skopeo not installed (set SKOPEO or put it on PATH)');
    return undefined;
  }
  // --insecure-policy: no signature policy applies to local files in a test.
  const result = await runProcess(skopeo, ['--insecure-policy', ...args], { env: { ...process.env, HOME: dir } });
  assert.equal(result.code, 0, `skopeo ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

test('skopeo reads our oci-archive with the same manifest digest, and copies it to an oci layout', async (t) => {
  const file = join(dir, 'app-oci.tar');
  await copyAndCommit(built.manifest, new OciArchiveTarget(file, 'v1'), { tags: ['v1'] });
  const raw = await runSkopeo(t, ['inspect', '--raw', `oci-archive:${file}:v1`]);
  if (raw === undefined) return;
  assert.equal(sha256(raw), built.manifest.descriptor.digest);
  const config = JSON.parse((await runSkopeo(t, ['inspect', '--config', `oci-archive:${file}:v1`]))!);
  assert.equal(config.os, 'wasi');
  assert.equal(config.architecture, 'wasm');
  const layout = join(dir, 'copied');
  await runSkopeo(t, ['copy', `oci-archive:${file}:v1`, `oci:${layout}:v1`]);
  const back = await readLayoutImage(layout, 'v1');
  assert.equal(back.descriptor.digest, built.manifest.descriptor.digest, 'skopeo copy keeps the manifest byte for byte');
});

test('skopeo inspects our docker-archive as os wasi / architecture wasm, by file and by tag', async (t) => {
  const file = join(dir, 'app-docker.tar');
  await copyAndCommit(built.manifest, new DockerArchiveTarget(file, ['localhost/app:v1']), { tags: ['v1'] });
  const out = await runSkopeo(t, ['inspect', `docker-archive:${file}`]);
  if (out === undefined) return;
  const info = JSON.parse(out);
  assert.equal(info.Os, 'wasi');
  assert.equal(info.Architecture, 'wasm');
  assert.deepEqual(info.RepoTags, []);
  const byTag = JSON.parse((await runSkopeo(t, ['inspect', `docker-archive:${file}:localhost/app:v1`]))!);
  assert.equal(byTag.Os, 'wasi');
  const config = JSON.parse((await runSkopeo(t, ['inspect', '--config', `docker-archive:${file}`]))!);
  assert.deepEqual(config.config.Entrypoint, ['/app.wasm']);
  assert.deepEqual(config.rootfs.diff_ids, JSON.parse(built.config.bytes.toString()).rootfs.diff_ids);
  // skopeo can turn it into an OCI layout whose single layer holds our module
  const layout = join(dir, 'from-docker');
  await runSkopeo(t, ['copy', `docker-archive:${file}`, `oci:${layout}:v1`]);
  const back = await readLayoutImage(layout, 'v1');
  assert.equal(back.children.length, 2);
});

test('archives written twice are byte-identical (sha256 of the files)', async (t) => {
  if (!skopeo) return t.skip('skipped: skopeo not installed (set SKOPEO or put it on PATH)');
  for (const [name, make] of [
    ['oci', (f: string) => new OciArchiveTarget(f, 'v1')],
    ['docker', (f: string) => new DockerArchiveTarget(f, ['localhost/app:v1'])],
  ] as const) {
    const one = join(dir, `${name}-twice-1.tar`);
    const two = join(dir, `${name}-twice-2.tar`);
    await copyAndCommit(built.manifest, make(one), { tags: ['v1'] });
    await copyAndCommit(built.manifest, make(two), { tags: ['v1'] });
    assert.equal(sha256(await readFile(one)), sha256(await readFile(two)), name);
  }
});

test('podman load reads our docker-archive (zstd source layer) as wasi/wasm with the .wasm entrypoint', async (t) => {
  const podman = process.env.PODMAN ?? (await findOnPath('podman'));
  if (!podman) return t.skip('skipped: podman not installed (set PODMAN or put it on PATH)');
  const module = await writeMinimalModule(join(dir, 'zstd.wasm'));
  const zstdImage = await buildCompatImage({ files: [await layerFile('/app.wasm', module)], entrypoint: '/app.wasm', timestamp: 0, compression: 'zstd', layerSink: scratchSink(join(dir, 'layer.zst')) });
  const file = join(dir, 'podman.tar');
  await copyAndCommit(zstdImage.manifest, new DockerArchiveTarget(file, ['localhost/wasmpack-archive-test:v1']), { tags: ['v1'] });
  // A private store (vfs driver) so the test touches no system image storage.
  const store = ['--root', join(dir, 'podman-root'), '--runroot', await shortTempDir('wasmpack-podman-run-'), '--storage-driver', 'vfs'];
  const load = await runProcess(podman, [...store, 'load', '-i', file]);
  if (load.code !== 0 && /permission|namespace|newuidmap|cannot/i.test(load.stderr)) return t.skip(`skipped: podman cannot run here (${load.stderr.trim().split('\n').pop()})`);
  assert.equal(load.code, 0, load.stderr);
  const inspect = await runProcess(podman, [...store, 'image', 'inspect', 'localhost/wasmpack-archive-test:v1', '--format', '{{.Os}}/{{.Architecture}} {{index .Config.Entrypoint 0}}']);
  assert.equal(inspect.code, 0, inspect.stderr);
  assert.equal(inspect.stdout.trim(), 'wasi/wasm /app.wasm');
});
