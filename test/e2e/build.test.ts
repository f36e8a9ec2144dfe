import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile, mkdir, readdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { assertCleanError, copyExample, wasmpack } from '../helpers/cli.js';
import { assertCompatImage, readImage, skopeo, unpackLayout } from '../helpers/inspect-image.js';
import { runWasi } from '../helpers/run-wasm.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { MINIMAL_COMMAND } from '../helpers/wasm-fixtures.js';
import { tempDir } from '../helpers/temp-dirs.js';

interface Example {
  dir: string;
  name: string;
  /** What the module prints, given GREETING=hi / SLEEP_TIME=0 from the image's Env. */
  expect: RegExp[];
}

const EXAMPLES: Example[] = [
  { dir: 'hello-c', name: 'hello-c', expect: [/^Hello from C!$/m, /^GREETING=hi$/m] },
  { dir: 'hello-rust', name: 'hello-rust', expect: [/^Hello from Rust!$/m, /hi/] },
  { dir: 'sleep-rust', name: 'sleep-rust', expect: [/^Hello, World!$/m, /^Sleeping for 0 seconds$/m, /^Goodbye, World! #WASM-RUST$/m] },
  { dir: 'hello-go', name: 'hello-go', expect: [/^Hello from Go!$/m, /hi/] },
  // The compute-heavy one (bench/run.ts times it under iwasm): its digest is checked against node's own SHA-256.
  { dir: 'hash-c', name: 'hash-c', expect: [new RegExp(`^sha256 of 16 MiB: ${hashStreamDigest(16)}$`, 'm')] },
];

/** SHA-256 of examples/hash-c's stream (bits 16-23 of the LCG x = x * 1664525 + 1013904223, x0 = 1), computed here. */
function hashStreamDigest(mib: number): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(65536);
  let x = 1;
  for (let i = 0; i < mib * 16; i++) {
    for (let j = 0; j < chunk.length; j++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      chunk[j] = (x >>> 16) & 0xff;
    }
    hash.update(chunk);
  }
  return hash.digest('hex');
}

let registry: RunningRegistry;
before(async () => {
  registry = await startRegistry();
});
after(async () => {
  await registry?.stop();
});

for (const example of EXAMPLES) {
  describe(`example ${example.dir}`, () => {
    test('builds into a compat image that skopeo, umoci and node:wasi read', async () => {
      const dir = await copyExample(example.dir);
      const tag = `${registry.host}/${example.name}:e2e`;
      const result = await wasmpack(['build', dir, '-t', tag, '--env', 'GREETING=hi', '--env', 'SLEEP_TIME=0', '--json']);
      assert.equal(result.code, 0, result.stderr);
      const doc = JSON.parse(result.stdout);
      assert.match(doc.digest, /^sha256:[0-9a-f]{64}$/);
      assert.equal(doc.name, example.name);
      assert.equal(doc.module.kind, 'module');
      assert.ok(doc.module.size <= doc.module.unstrippedSize);

      const layout = join(dir, '.wasmpack', 'oci');
      const image = await readImage(`oci:${layout}:${tag}`);
      assert.equal(image.manifestDigest, doc.digest, 'skopeo reads exactly the digest wasmpack printed');
      assertCompatImage(image, example.name);
      assert.deepEqual(image.config.config.Env, ['GREETING=hi', 'SLEEP_TIME=0']);

      // umoci extracts exactly one file, the module, and it runs with the image's env
      const rootfs = await unpackLayout(layout, tag);
      assert.deepEqual(await readdir(rootfs), [`${example.name}.wasm`]);
      const env = Object.fromEntries(image.config.config.Env.map((e: string) => e.split('=')));
      const run = await runWasi(join(rootfs, `${example.name}.wasm`), { env });
      assert.equal(run.code, 0, run.stderr);
      for (const line of example.expect) assert.match(run.stdout, line);

      // an independent copy into a real registry, read back by digest
      await skopeo('copy', '--dest-tls-verify=false', `oci:${layout}:${tag}`, `docker://${tag}`);
      const pushed = await readImage(`docker://${tag}`, '--tls-verify=false');
      assert.equal(pushed.manifestDigest, doc.digest);
    });
  });
}

test('the same example built in two places at two times gives the same digest', async () => {
  const digests: string[] = [];
  for (const when of ['100', '200']) {
    const dir = await copyExample('hello-rust');
    const result = await wasmpack(['build', dir, '-q'], { env: { SOURCE_DATE_EPOCH: '1700000000', WASMPACK_TEST_RUN: when } });
    assert.equal(result.code, 0, result.stderr);
    digests.push(result.stdout.trim().split('@')[1]!);
  }
  assert.equal(digests[0], digests[1]);
  const c = await copyExample('hello-c');
  const one = await wasmpack(['build', c, '-q', '--timestamp', '0']);
  const two = await wasmpack(['build', c, '-q', '--timestamp', '0']);
  assert.equal(one.stdout, two.stdout);
});

test('--wasm packages a prebuilt module; --format artifact writes the CNCF artifact', async () => {
  const dir = await tempDir('wasmpack-prebuilt-');
  await writeFile(join(dir, 'tool.wasm'), MINIMAL_COMMAND);
  const built = await wasmpack(['build', dir, '--wasm', join(dir, 'tool.wasm'), '-t', 'tool:1', '--timestamp', '0']);
  assert.equal(built.code, 0, built.stderr);
  assertCompatImage(await readImage(`oci:${join(dir, '.wasmpack', 'oci')}:tool:1`), 'tool');
  const artifact = await wasmpack(['build', dir, '--wasm', join(dir, 'tool.wasm'), '-t', 'tool:art', '--format', 'artifact']);
  assert.equal(artifact.code, 0, artifact.stderr);
  const image = await readImage(`oci:${join(dir, '.wasmpack', 'oci')}:tool:art`);
  assert.equal(image.manifest.config.mediaType, 'application/vnd.wasm.config.v0+json');
  assert.equal(image.manifest.layers[0].mediaType, 'application/wasm');
  assert.equal(image.config.os, 'wasip1');
});

test('--iidfile and --digestfile hold the config and manifest digests', async () => {
  const dir = await copyExample('hello-c');
  const result = await wasmpack(['build', dir, '-q', '--iidfile', join(dir, 'iid'), '--digestfile', join(dir, 'digest')]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(await readFile(join(dir, 'digest'), 'utf8'), result.stdout.trim().split('@')[1]);
  assert.match(await readFile(join(dir, 'iid'), 'utf8'), /^sha256:[0-9a-f]{64}$/);
});

describe('bad input: one paragraph with a code and a hint, non-zero exit, nothing half-written', () => {
  async function assertNothingWritten(dir: string): Promise<void> {
    await assert.rejects(stat(join(dir, '.wasmpack', 'oci', 'index.json')), { code: 'ENOENT' });
  }

  test('an empty directory', async () => {
    const dir = await tempDir('wasmpack-empty-');
    assertCleanError(await wasmpack(['build', dir]), 'NO_PROJECT');
    await assertNothingWritten(dir);
  });

  test('a broken Cargo.toml', async () => {
    const dir = await copyExample('hello-rust');
    await writeFile(join(dir, 'Cargo.toml'), '[package\nname = "x"\n');
    assertCleanError(await wasmpack(['build', dir]), 'CARGO_MANIFEST_INVALID');
    await assertNothingWritten(dir);
  });

  test('a C file that does not compile shows the compiler message', async () => {
    const dir = await tempDir('wasmpack-badc-');
    await writeFile(join(dir, 'main.c'), 'int main(void) { return undefined_thing; }\n');
    const result = await wasmpack(['build', dir]);
    assertCleanError(result, 'C_COMPILE_FAILED');
    assert.match(result.stderr, /undefined_thing/);
    await assertNothingWritten(dir);
  });

  test('a file that is not wasm', async () => {
    const dir = await tempDir('wasmpack-notwasm-');
    await writeFile(join(dir, 'app.wasm'), '#!/bin/sh\necho hi\n');
    assertCleanError(await wasmpack(['build', dir, '--wasm', join(dir, 'app.wasm')]), 'NOT_WASM');
    await assertNothingWritten(dir);
  });

  test('a component that exports nothing (components themselves build: see component.test.ts)', async () => {
    const dir = await tempDir('wasmpack-component-');
    await writeFile(join(dir, 'app.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00]));
    for (const format of ['artifact', 'compat']) {
      const result = await wasmpack(['build', dir, '--wasm', join(dir, 'app.wasm'), '--format', format]);
      assertCleanError(result, 'WASM_NOT_COMMAND');
      assert.match(result.stderr, /component that exports nothing/);
    }
    await assertNothingWritten(dir);
  });

  test('a config file with a wrong field', async () => {
    const dir = await copyExample('hello-c');
    await writeFile(join(dir, 'wasmpack.json'), JSON.stringify({ name: 'hello-c', compresion: 'gzip' }));
    const result = await wasmpack(['build', dir]);
    assertCleanError(result, 'CONFIG_INVALID');
    assert.match(result.stderr, /wasmpack\.json/);
    assert.match(result.stderr, /compresion/);
    await assertNothingWritten(dir);
  });

  test('an unknown --output transport', async () => {
    const dir = await copyExample('hello-c');
    const result = await wasmpack(['build', dir, '-o', 'containers-storage:x']);
    assertCleanError(result, 'UNKNOWN_TRANSPORT');
    await assertNothingWritten(dir);
  });

  test('a missing toolchain (PATH without clang or cargo)', async () => {
    const empty = await tempDir('wasmpack-nopath-');
    await mkdir(join(empty, 'bin'));
    const c = await copyExample('hello-c');
    assertCleanError(await wasmpack(['build', c], { env: { PATH: join(empty, 'bin'), CC: '' } }), 'C_TOOLCHAIN_MISSING');
    await assertNothingWritten(c);
    const rust = await copyExample('hello-rust');
    // Debian's /usr/bin/rustc is found even off PATH (rustup shadows it there); an explicit RUSTC is the only one tried
    assertCleanError(await wasmpack(['build', rust], { env: { PATH: join(empty, 'bin'), RUSTC: join(empty, 'bin', 'rustc') } }), 'RUST_TOOLCHAIN_MISSING');
    await assertNothingWritten(rust);
  });

  test('a bad flag value', async () => {
    const dir = await copyExample('hello-c');
    assertCleanError(await wasmpack(['build', dir, '--compression', 'brotli']), 'BAD_FLAG');
  });
});

describe('issue fixes through the real CLI', () => {
  test('build -o REGISTRY_REF pushes there, as push REF does, and --help says so', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'wasmpack-e2e-o-registry-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
    const ref = `${registry.host}/o-registry/app:1`;
    const result = await wasmpack(['build', dir, '--wasm', join(dir, 'app.wasm'), '-o', ref, '--tls-verify=false', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const doc = JSON.parse(result.stdout);
    assert.equal(doc.outputs[0].destination, ref);
    const pushed = await readImage(`docker://${ref}`, '--tls-verify=false');
    assert.equal(pushed.manifestDigest, doc.digest);
    const help = await wasmpack(['build', '--help']);
    assert.match(help.stdout, /push to a registry REF/);
  });

  test('--wasm errors name the path the user gave, never a scratch copy', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'wasmpack-e2e-wasm-path-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const notWasm = join(dir, 'passwd');
    await writeFile(notWasm, 'root:x:0:0:root:/root:/bin/bash\n');
    const result = await wasmpack(['build', dir, '--wasm', notWasm]);
    assertCleanError(result, 'NOT_WASM');
    assert.ok(result.stderr.includes(notWasm), result.stderr);
    assert.doesNotMatch(result.stderr, /wasmpack-build-/);
  });

  test('--wasm-opt shrinks hello-c, the module still runs under node:wasi, and the image records the wasm-opt version', async (t) => {
    const wasmOpt = spawnSync('wasm-opt', ['--version'], { encoding: 'utf8' });
    assert.equal(wasmOpt.status, 0, 'wasm-opt is not on PATH: scripts/setup.sh installs Debian\'s binaryen');
    const version = wasmOpt.stdout.trim().split('\n')[0]!;
    const plainDir = await copyExample('hello-c');
    const optDir = await copyExample('hello-c');
    t.after(() => Promise.all([plainDir, optDir].map((d) => rm(join(d, '..'), { recursive: true, force: true }))));
    const plain = await wasmpack(['build', plainDir, '--json', '--timestamp', '0']);
    const opt = await wasmpack(['build', optDir, '--wasm-opt', '--json', '--timestamp', '0']);
    assert.equal(plain.code, 0, plain.stderr);
    assert.equal(opt.code, 0, opt.stderr);
    const [plainDoc, optDoc] = [JSON.parse(plain.stdout), JSON.parse(opt.stdout)];
    assert.ok(optDoc.module.size < plainDoc.module.size, `${optDoc.module.size} < ${plainDoc.module.size}`);
    const image = await readImage(`oci:${join(optDir, '.wasmpack', 'oci')}:hello-c:latest`);
    assert.equal(image.manifest.annotations['dev.wasmpack.wasm-opt'], `${version} -O2`);
    const plainImage = await readImage(`oci:${join(plainDir, '.wasmpack', 'oci')}:hello-c:latest`);
    assert.equal(plainImage.manifest.annotations['dev.wasmpack.wasm-opt'], undefined, 'no wasm-opt unless asked');
    const rootfs = await unpackLayout(join(optDir, '.wasmpack', 'oci'), 'hello-c:latest');
    t.after(() => rm(join(rootfs, '..'), { recursive: true, force: true }));
    const run = await runWasi(join(rootfs, 'hello-c.wasm'));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Hello from C!$/m);
  });

  // Needs a real wamrc (README#development): WAMRC=/path/to/wamrc; test/unit/pipeline/build-steps.test.ts
  // checks the same with the wamrc double on every machine.
  test('build -t R:1.0 -t R:latest --aot --json reports the AOT tags of both tags', async (t) => {
    if (!process.env.WAMRC) return t.skip('skipped: WAMRC not set');
    const dir = await mkdtemp(join(tmpdir(), 'wasmpack-e2e-aot-tags-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
    const result = await wasmpack(['build', dir, '--wasm', join(dir, 'app.wasm'), '-t', 'r.example/app:1.0', '-t', 'r.example/app:latest', '--aot', '--aot-target', 'x86_64', '--json'], { env: { WAMRC: process.env.WAMRC } });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).aotTags, ['1.0-aot-x86_64', 'latest-aot-x86_64']);
    const index = JSON.parse(await readFile(join(dir, '.wasmpack', 'oci', 'index.json'), 'utf8')) as { manifests: Array<{ annotations?: Record<string, string> }> };
    const names = index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name']).sort();
    assert.deepEqual(names, ['r.example/app:1.0', 'r.example/app:1.0-aot-x86_64', 'r.example/app:latest', 'r.example/app:latest-aot-x86_64']);
  });
});
