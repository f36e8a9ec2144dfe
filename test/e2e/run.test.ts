/*
 * `wasmpack pull` and `wasmpack run` through the CLI, against the real registry: a module built
 * by the real C toolchain, run under node:wasi (a child process) with the image's Entrypoint,
 * Cmd, Env and files, its exit code returned; tampered and unsafe images refused before
 * anything runs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { spawn } from 'node:child_process';
import { assertCleanError, copyExample, wasmpack, WASMPACK_BIN } from '../helpers/cli.js';
import { listFiles, skopeo, unpackLayout } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { echoOutput, echoProject } from '../helpers/echo-fixture.js';
import { commandComponent } from '../helpers/jco.js';
import { bytesBlob, jsonBlob, manifestNode } from '../../src/oci/content.js';
import { MediaType } from '../../src/oci/media-types.js';
import { copyAndCommit } from '../../src/targets/copy.js';
import { LayoutTarget } from '../../src/targets/layout.js';

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** The registry's own file for a blob (filesystem storage driver). */
function registryBlobFile(registry: RunningRegistry, digest: string): string {
  const hex = digest.slice('sha256:'.length);
  return join(registry.storageDir, 'docker', 'registry', 'v2', 'blobs', 'sha256', hex.slice(0, 2), hex, 'data');
}

async function flipLastByte(path: string): Promise<void> {
  const bytes = await readFile(path);
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
  await writeFile(path, bytes);
}

describe('wasmpack run and pull with a real registry', () => {
  let registry: RunningRegistry;
  let project: string;
  let layoutRef: string;
  let ref: string;
  let scratch: string;
  before(async () => {
    registry = await startRegistry();
    scratch = await mkdtemp(join(tmpdir(), 'wasmpack-e2e-run-'));
    project = await echoProject();
    ref = `${registry.host}/e2e/echo:1`;
    const built = await wasmpack(['build', project, '-t', ref, '--push', '-q']);
    assert.equal(built.code, 0, built.stderr);
    layoutRef = `oci:${join(project, '.wasmpack', 'oci')}:${ref}`;
  });
  after(async () => {
    await registry?.stop();
    await rm(scratch, { recursive: true, force: true });
    await rm(project, { recursive: true, force: true });
  });

  test('run of the layout image: Cmd replaced by ARGS, Env plus --env, the module\'s exit code', async () => {
    const result = await wasmpack(['run', layoutRef, '--env', 'EXTRA=added', '--', '3', 'two words']);
    assert.equal(result.code, 3, result.stderr);
    assert.equal(result.stdout, echoOutput(['3', 'two words'], { GREETING: 'from-image', EXTRA: 'added' }));
    const defaults = await wasmpack(['run', project, '-e', 'GREETING=overridden']);
    assert.equal(defaults.code, 0, defaults.stderr);
    assert.equal(defaults.stdout, echoOutput(['0', 'default'], { GREETING: 'overridden' }), 'a project directory runs its last build with the image Cmd');
  });

  test('run of the pushed image from the registry: same env and args, exit code, and --dir', async () => {
    const data = join(scratch, 'data');
    await mkdir(data, { recursive: true });
    const result = await wasmpack(['run', ref, '--dir', `${data}:/data`, '-e', 'MARKER=/data/ran', '--', '42', 'x']);
    assert.equal(result.code, 42, result.stderr);
    assert.equal(result.stdout, echoOutput(['42', 'x'], { GREETING: 'from-image' }));
    assert.equal(await readFile(join(data, 'ran'), 'utf8'), 'ran\n', 'the module wrote through --dir');
  });

  test('pull -o gives the module byte for byte; --oci gives a layout skopeo reads', async () => {
    const out = join(scratch, 'pulled.wasm');
    const result = await wasmpack(['pull', ref, '-o', out, '--oci', `${join(scratch, 'copy')}:echo`]);
    assert.equal(result.code, 0, result.stderr);
    const rootfs = await unpackLayout(join(project, '.wasmpack', 'oci'), ref);
    assert.deepEqual(await listFiles(rootfs), ['echo.wasm']);
    const original = await readFile(join(rootfs, 'echo.wasm'));
    assert.ok((await readFile(out)).equals(original), 'the pulled file is the layer\'s file (umoci unpacked it independently)');
    assert.match(result.stdout, new RegExp(`${sha(original)}`));
    const copied = JSON.parse(await skopeo('inspect', '--raw', `oci:${join(scratch, 'copy')}:echo`)) as { layers: Array<{ digest: string }> };
    const source = JSON.parse(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${ref}`)) as { layers: Array<{ digest: string }> };
    assert.deepEqual(copied, source, 'skopeo reads the same manifest from the copied layout as from the registry');
    const again = await wasmpack(['run', `oci:${join(scratch, 'copy')}:echo`, '--', '5']);
    assert.equal(again.code, 5, again.stderr);
  });

  test('a tampered layer is refused with a coded error and nothing runs (registry and layout)', async () => {
    // Its own layer (no compression), so the tampering touches no other test's blob.
    const dir = await echoProject();
    const tamperRef = `${registry.host}/e2e/tampered:1`;
    const built = await wasmpack(['build', dir, '-t', tamperRef, '--compression', 'none', '--push', '--json']);
    assert.equal(built.code, 0, built.stderr);
    const layout = join(dir, '.wasmpack', 'oci');
    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
    const manifest = JSON.parse(await readFile(join(layout, 'blobs', 'sha256', index.manifests[0]!.digest.slice(7)), 'utf8')) as { layers: Array<{ digest: string }> };
    const layer = manifest.layers[0]!.digest;
    const marker = join(scratch, 'tampered');
    await mkdir(marker, { recursive: true });

    await flipLastByte(registryBlobFile(registry, layer));
    const fromRegistry = await wasmpack(['run', tamperRef, '--dir', `${marker}:/m`, '-e', 'MARKER=/m/ran']);
    assertCleanError(fromRegistry, 'REGISTRY_DIGEST_MISMATCH');
    assert.equal(fromRegistry.code, 125, 'wasmpack failed, not the module');
    assert.match(fromRegistry.stderr, new RegExp(layer));
    assert.equal(fromRegistry.stdout, '', 'the module printed nothing: it never ran');

    await flipLastByte(join(layout, 'blobs', 'sha256', layer.slice(7)));
    const fromLayout = await wasmpack(['run', `oci:${layout}:${tamperRef}`, '--dir', `${marker}:/m`, '-e', 'MARKER=/m/ran']);
    assertCleanError(fromLayout, 'PULL_DIGEST_MISMATCH');
    assert.equal(fromLayout.stdout, '');
    const pulled = await wasmpack(['pull', `oci:${layout}:${tamperRef}`, '-o', join(scratch, 'tampered.wasm')]);
    assertCleanError(pulled, 'PULL_DIGEST_MISMATCH');
    await assert.rejects(stat(join(scratch, 'tampered.wasm')), { code: 'ENOENT' });
    assert.deepEqual(await readdir(marker), [], 'no run left a marker');
    await rm(dir, { recursive: true, force: true });
  });

  test('a layer with a ../ tar entry is refused by run and pull, from the registry', async () => {
    // A hand-made image whose only layer holds "../escape.wasm": consistent digests, unsafe content.
    const pack = tar.pack();
    const chunks: Buffer[] = [];
    pack.on('data', (c: unknown) => chunks.push(c as Buffer));
    const ended = new Promise<void>((resolve) => pack.on('end', () => resolve()));
    pack.entry({ name: '../escape.wasm', mode: 0o755 }, Buffer.from('\0asm\x01\0\0\0'));
    pack.finalize();
    await ended;
    const plain = Buffer.concat(chunks);
    const layer = bytesBlob(MediaType.ociLayerGzip, gzipSync(plain));
    const config = jsonBlob(MediaType.ociConfig, { architecture: 'wasm', os: 'wasi', config: { Entrypoint: ['/escape.wasm'] }, rootfs: { type: 'layers', diff_ids: [sha(plain)] } });
    const node = manifestNode(MediaType.ociManifest, { schemaVersion: 2, mediaType: MediaType.ociManifest, config: config.descriptor, layers: [layer.descriptor] }, [config, layer]);
    const layout = join(scratch, 'evil');
    await copyAndCommit(node, new LayoutTarget(layout), { tags: ['evil'] });
    const evilRef = `${registry.host}/e2e/evil:1`;
    const pushed = await wasmpack(['push', `oci:${layout}:evil`, evilRef, '-q']);
    assert.equal(pushed.code, 0, pushed.stderr);

    const work = join(scratch, 'evil-work', 'inner');
    await mkdir(work, { recursive: true });
    const run = await wasmpack(['run', evilRef], { cwd: work });
    assertCleanError(run, 'LAYER_UNSAFE_PATH');
    assert.match(run.stderr, /"\.\.\/escape\.wasm"/);
    assert.equal(run.code, 125);
    const pull = await wasmpack(['pull', evilRef, '-o', join(work, 'out.wasm')], { cwd: work });
    assertCleanError(pull, 'LAYER_UNSAFE_PATH');
    assert.deepEqual(await readdir(join(scratch, 'evil-work')), ['inner'], 'nothing was written beside the working directory');
    assert.deepEqual(await readdir(work), []);
  });

  test('a WASI 0.2 component (jco new of the echo module) runs through wasmpack run under jco, as compat image and as artifact', async () => {
    const core = join(scratch, 'echo-core.wasm');
    assert.equal((await wasmpack(['pull', ref, '-o', core])).code, 0);
    const dir = join(scratch, 'component');
    await mkdir(dir, { recursive: true });
    await commandComponent(core, join(dir, 'echo.wasm'));
    const compat = await wasmpack(['build', dir, '--wasm', join(dir, 'echo.wasm'), '--format', 'compat', '--env', 'GREETING=component', '-t', 'comp:1', '-q']);
    assert.equal(compat.code, 0, compat.stderr);
    const run = await wasmpack(['run', `oci:${join(dir, '.wasmpack', 'oci')}:comp:1`, '-e', 'EXTRA=x', '--', '0', 'hi']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, echoOutput(['0', 'hi'], { GREETING: 'component', EXTRA: 'x' }), 'args, env and the image root reach the component; nothing of wasmpack\'s own environment does');
    // WASI 0.2.0's wasi:cli/exit carries only ok or err: the adapter turns any non-zero code into err, 1.
    const failing = await wasmpack(['run', `oci:${join(dir, '.wasmpack', 'oci')}:comp:1`, '--', '3']);
    assert.equal(failing.code, 1, failing.stderr);
    const artifact = await wasmpack(['build', dir, '--wasm', join(dir, 'echo.wasm'), '-t', 'comp:artifact', '-q']);
    assert.equal(artifact.code, 0, artifact.stderr);
    const fromArtifact = await wasmpack(['run', `oci:${join(dir, '.wasmpack', 'oci')}:comp:artifact`, '--', '0']);
    assert.equal(fromArtifact.code, 0, fromArtifact.stderr);
    assert.equal(fromArtifact.stdout, echoOutput(['0'], {}), 'an artifact has no Env; its module is still at /echo.wasm');
  });

  test('Ctrl-C stops the module: SIGINT to wasmpack ends a sleeping module and wasmpack exits 130', { timeout: 300_000 }, async () => {
    const dir = await copyExample('sleep-rust');
    const built = await wasmpack(['build', dir, '-q']);
    assert.equal(built.code, 0, built.stderr);
    const child = spawn(process.execPath, [WASMPACK_BIN, 'run', dir, '-e', 'SLEEP_TIME=600'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
    let stdout = '';
    const sleeping = new Promise<void>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (stdout.includes('Sleeping for 600 seconds')) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await sleeping;
    child.kill('SIGINT'); // to wasmpack only, not its process group: wasmpack must pass it on
    assert.equal(await exited, 130);
    assert.doesNotMatch(stdout, /Goodbye/);
    await rm(dir, { recursive: true, force: true });
  });

  test('usage errors: an unknown runtime and a missing one say what to do, with exit code 125', async () => {
    const bad = await wasmpack(['run', layoutRef, '--runtime', 'docker']);
    assertCleanError(bad, 'BAD_FLAG');
    assert.equal(bad.code, 125);
    const missing = await wasmpack(['run', layoutRef, '--runtime', 'wasmer'], { env: { PATH: '/nonexistent', WASMER: '' } });
    assertCleanError(missing, 'RUNTIME_NOT_FOUND');
    assert.match(missing.stderr, /install wasmer/);
  });
});
