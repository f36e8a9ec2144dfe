/*
 * The container engines that read our images, for real: podman (Debian's 4.3) pulls from the
 * test registry and loads our docker-archive; containerd (Debian's 1.6, a private instance)
 * pulls with --platform wasi/wasm and unpacks every layer into a snapshot, for the compat image
 * and every AOT tag. scripts/setup.sh installs both; neither needs a container to run.
 *
 * The AOT tags are compiled by the real wamrc when WAMRC is set; otherwise by wamrcDouble
 * (test/helpers/wamrc-double.ts), whose .aot is a valid header and no code: containerd only
 * stores and unpacks it, it never runs it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyExample, wasmpack } from '../helpers/cli.js';
import { unpackLayout } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { containerdUnavailable, startContainerd, type RunningContainerd } from '../helpers/containerd.js';
import { installWamrcDouble } from '../helpers/wamrc-double.js';
import { findOnPath, runProcess } from '../../src/process/exec.js';
import { shortTempDir } from '../helpers/temp-dirs.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function filesUnder(dir: string): Promise<Array<{ name: string; sha: string }>> {
  const out: Array<{ name: string; sha: string }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push({ name: entry.name, sha: sha(await readFile(join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name))) });
  }
  return out;
}

describe('podman 4.3 reads what wasmpack pushes and writes', () => {
  let registry: RunningRegistry;
  let storage: string;
  let podman: (...args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;
  before(async () => {
    registry = await startRegistry();
    storage = await mkdtemp(join(tmpdir(), 'wasmpack-podman-'));
    const runroot = await shortTempDir('wasmpack-podman-run-');
    // A private store with the vfs driver (no overlay mounts needed); see ENVIRONMENT.md.
    podman = (...args: string[]) =>
      runProcess('podman', ['--root', join(storage, 'root'), '--runroot', runroot, '--storage-driver', 'vfs', '--events-backend', 'file', ...args], {
        env: { ...process.env, HOME: storage, XDG_RUNTIME_DIR: storage, XDG_CONFIG_HOME: join(storage, '.config') },
        timeoutMs: 120_000,
      });
  });
  after(async () => {
    await registry?.stop();
    if (storage) await rm(storage, { recursive: true, force: true });
  });

  test('podman pull from the registry: image inspect shows wasi/wasm, the entrypoint and the variant annotation', async (t) => {
    if (!(await findOnPath('podman'))) return t.skip('skipped: podman not installed (scripts/setup.sh installs it)');
    const dir = await copyExample('hello-c');
    const ref = `${registry.host}/readers/hello:1`;
    const built = await wasmpack(['build', dir, '-t', ref, '--env', 'GREETING=podman', '--push', '--json']);
    assert.equal(built.code, 0, built.stderr);
    const digest = JSON.parse(built.stdout).digest as string;
    const pulled = await podman('pull', '--tls-verify=false', ref);
    assert.equal(pulled.code, 0, pulled.stderr);
    const inspected = await podman('image', 'inspect', ref);
    assert.equal(inspected.code, 0, inspected.stderr);
    const [image] = JSON.parse(inspected.stdout) as Array<{ Os: string; Architecture: string; Digest: string; Config: { Entrypoint: string[]; Env: string[] }; Annotations: Record<string, string> }>;
    assert.equal(`${image!.Os}/${image!.Architecture}`, 'wasi/wasm');
    assert.equal(image!.Digest, digest, 'podman stored the manifest wasmpack pushed');
    assert.deepEqual(image!.Config.Entrypoint, ['/hello-c.wasm']);
    assert.deepEqual(image!.Config.Env, ['GREETING=podman']);
    assert.equal(image!.Annotations['module.wasm.image/variant'], 'compat', 'podman 4.3 keeps the manifest annotations of a pulled image');
    await rm(dir, { recursive: true, force: true });
  });

  test('podman load of our docker-archive: wasi/wasm and the entrypoint, but no annotations (what -o docker-archive: warns about)', async (t) => {
    if (!(await findOnPath('podman'))) return t.skip('skipped: podman not installed (scripts/setup.sh installs it)');
    const dir = await copyExample('hello-c');
    const archive = join(dir, 'hello.tar');
    const built = await wasmpack(['build', dir, '-o', `docker-archive:${archive}:localhost/readers/archived:1`]);
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stderr, /podman run --annotation module\.wasm\.image\/variant=compat/, 'the build says how to run the archive');
    const loaded = await podman('load', '-i', archive);
    assert.equal(loaded.code, 0, loaded.stderr);
    assert.match(loaded.stdout, /Loaded image.*localhost\/readers\/archived:1/);
    const inspected = await podman('image', 'inspect', 'localhost/readers/archived:1');
    assert.equal(inspected.code, 0, inspected.stderr);
    const [image] = JSON.parse(inspected.stdout) as Array<{ Os: string; Architecture: string; Config: { Entrypoint: string[] }; Annotations?: Record<string, string> }>;
    assert.equal(`${image!.Os}/${image!.Architecture}`, 'wasi/wasm');
    assert.deepEqual(image!.Config.Entrypoint, ['/hello-c.wasm']);
    assert.equal(image!.Annotations?.['module.wasm.image/variant'], undefined, 'a docker-archive has no place for manifest annotations');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('containerd 1.6: ctr pulls and unpacks the compat image and every AOT tag', () => {
  let registry: RunningRegistry;
  let containerd: RunningContainerd | undefined;
  let unavailable: string | undefined;
  let scratch: string;
  before(async () => {
    unavailable = await containerdUnavailable();
    registry = await startRegistry();
    scratch = await mkdtemp(join(tmpdir(), 'wasmpack-ctr-'));
    if (!unavailable) containerd = await startContainerd();
  });
  after(async () => {
    await containerd?.stop();
    await registry?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test('ctr image pull --platform wasi/wasm unpacks each image\'s files into a snapshot', async (t) => {
    if (unavailable) return t.skip(`skipped: ${unavailable}`);
    const dir = await copyExample('hello-c');
    const wamrc = process.env.WAMRC ?? installWamrcDouble(scratch);
    const ref = `${registry.host}/readers/aot:1`;
    const built = await wasmpack(['build', dir, '-t', ref, '--aot', '--aot-target', 'x86_64', '--aot-target', 'aarch64', '--aot-ship', 'sibling', '--aot-ship', 'embed', '--push', '--json'], { env: { WAMRC: wamrc } });
    assert.equal(built.code, 0, built.stderr);
    const doc = JSON.parse(built.stdout) as { aotTags: string[] };
    assert.deepEqual([...doc.aotTags].sort(), ['1-aot-aarch64', '1-aot-x86_64', '1-wasm-aot-aarch64', '1-wasm-aot-x86_64']);
    t.diagnostic(`AOT code from ${process.env.WAMRC ? `the real wamrc (${wamrc})` : 'wamrcDouble (WAMRC not set)'}`);

    const layout = join(dir, '.wasmpack', 'oci');
    for (const tag of ['1', ...doc.aotTags]) {
      const image = `${registry.host}/readers/aot:${tag}`;
      const pulled = await containerd!.ctr('image', 'pull', '--plain-http', '--platform', 'wasi/wasm', '--snapshotter', 'native', image);
      assert.equal(pulled.code, 0, `${tag}: ${pulled.stderr}\n${await containerd!.log()}`);
      assert.match(pulled.stdout, /unpacking wasi\/wasm sha256:/, tag);
      const check = await containerd!.ctr('image', 'check', '--snapshotter', 'native', `name==${image}`);
      assert.equal(check.code, 0, check.stderr);
      assert.match(check.stdout, /complete \(2\/2\).*\btrue\s*$/m, `${tag}: all content present and unpacked\n${check.stdout}`);
      // The snapshot holds exactly the files umoci (another reader) finds in the layer.
      const expected = await filesUnder(await unpackLayout(layout, `${ref.slice(0, ref.lastIndexOf(':'))}:${tag}`));
      const names = expected.map((f) => f.name).sort();
      assert.deepEqual(names, tag === '1' ? ['hello-c.wasm'] : tag.includes('-wasm-aot-') ? ['hello-c.aot', 'hello-c.wasm'] : ['hello-c.aot'], tag);
      const snapshots = await filesUnder(join(containerd!.root, 'io.containerd.snapshotter.v1.native', 'snapshots'));
      for (const file of expected) assert.ok(snapshots.some((s) => s.name === file.name && s.sha === file.sha), `${tag}: ${file.name} is in a snapshot`);
    }
    await rm(dir, { recursive: true, force: true });
  });
});
