/*
 * WAMR AOT against the real tools: wamrc compiles, iwasm runs the .aot taken out of the image.
 * Runs only when WAMRC and IWASM point at real binaries (from the SAME WAMR release: the AOT
 * format version must match); otherwise each test reports "skipped: WAMRC not set" /
 * "skipped: IWASM not set".
 */
import { fileContent, fileOpener, layerFile, scratchSink, sha256File } from '../../src/targets/files.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { compileAot, findWamrc, hostAotTarget, wamrcVersion } from '../../src/toolchains/wamrc.js';
import { readAotHeader } from '../../src/wasm/aot-header.js';
import { cDriver } from '../../src/toolchains/c/driver.js';
import { runProcess } from '../../src/process/exec.js';
import type { ProjectConfig } from '../../src/config/config.js';
import { buildAotImages, describeAotImage } from '../../src/oci/aot-image.js';
import { isManifestNode, type Blob, type ManifestNode } from '../../src/oci/content.js';
import { buildCompatImage } from '../../src/oci/image.js';
import { readAll } from '../helpers/streams.js';
import { silentReporter } from '../../src/report/reporter.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const HELLO_C = join(ROOT, 'examples', 'hello-c');
const WAMRC = process.env.WAMRC;
const IWASM = process.env.IWASM;

type T = { skip(message?: string): void; after(fn: () => Promise<void>): void };

function needs(t: T, tools: Array<'WAMRC' | 'IWASM'>): boolean {
  for (const tool of tools) {
    if (!process.env[tool]) {
      t.skip(`skipped: ${tool} not set`);
      return false;
    }
  }
  return true;
}

async function scratch(t: T): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-aot-it-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** One file out of a gzip tar layer. */
async function fileFromLayer(layer: Blob, name: string): Promise<Buffer> {
  const tarBytes = gunzipSync(await readAll(layer.open()));
  const extract = tar.extract();
  let found: Buffer | undefined;
  const done = new Promise<void>((resolvePromise, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => chunks.push(c as Buffer));
      stream.on('end', () => {
        if (header.name === name) found = Buffer.concat(chunks);
        next();
      });
    });
    extract.on('finish', resolvePromise);
    extract.on('error', reject);
  });
  Readable.from([tarBytes]).pipe(extract);
  await done;
  assert.ok(found, `${name} is in the layer`);
  return found;
}

function layerOf(node: ManifestNode): Blob {
  const layer = node.children.find((c) => !isManifestNode(c) && c.descriptor.mediaType.includes('layer'));
  assert.ok(layer, 'image has a layer');
  return layer as Blob;
}

async function buildHelloC(workDir: string) {
  const config = JSON.parse(await readFile(join(HELLO_C, 'wasmpack.json'), 'utf8')) as ProjectConfig;
  return cDriver.build({ dir: HELLO_C, config, runner: runProcess, env: process.env, reporter: silentReporter, release: true, workDir });
}

test('hello-c --aot for the host: the .aot from the sibling and embedded images runs under iwasm with its env', async (t) => {
  if (!needs(t, ['WAMRC', 'IWASM'])) return;
  const dir = await scratch(t);
  const out = await buildHelloC(dir);
  const wamrc = await findWamrc({ env: process.env });
  const version = await wamrcVersion(runProcess, wamrc);
  const [result] = await compileAot({ runner: runProcess, wamrc, module: out.module, name: out.name, targets: [], workDir: dir, version });
  assert.ok(result);
  assert.equal(result.target, hostAotTarget().name);
  if (version.formatVersion !== undefined) assert.ok(version.acceptedFormats.includes(result.formatVersion));

  const timestamp = 0;
  const portable = await buildCompatImage({ files: [await layerFile(`/${out.name}.wasm`, out.module)], entrypoint: `/${out.name}.wasm`, timestamp, compression: 'gzip', layerSink: scratchSink(join(dir, 'portable.layer')) });
  const moduleFile = await fileContent(out.module);
  const module = { ...moduleFile, digest: (await sha256File(out.module)).digest, name: out.name };
  const images = await buildAotImages({ portable, module, results: [{ ...result, open: fileOpener(result.path) }], ship: ['sibling', 'embed'], timestamp, scratch: (name) => scratchSink(join(dir, name)), compression: 'gzip' });
  const sibling = images.extraTagged.find((e) => e.layout === 'sibling')!;
  const embedded = images.extraTagged.find((e) => e.layout === 'embedded')!;
  assert.equal(describeAotImage(sibling.node.bytes)!.formatVersions[0], result.formatVersion);

  for (const node of [sibling.node, embedded.node]) {
    const aot = join(dir, `from-${node.descriptor.digest.slice(7, 19)}.aot`);
    await writeFile(aot, await fileFromLayer(layerOf(node), `${out.name}.aot`));
    const run = await runProcess(IWASM!, ['--env=GREETING=hi', aot]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'Hello from C!\nGREETING=hi\n');
  }
  // And the portable module still runs in the same iwasm (interpreter), unchanged.
  const wasm = join(dir, 'portable.wasm');
  await writeFile(wasm, await fileFromLayer(layerOf(portable.manifest), `${out.name}.wasm`));
  const interp = await runProcess(IWASM!, [wasm]);
  assert.equal(interp.code, 0, interp.stderr);
  assert.equal(interp.stdout, 'Hello from C!\n');
});

test('a wat module compiled --aot prints through WASI under iwasm', async (t) => {
  if (!needs(t, ['WAMRC', 'IWASM'])) return;
  const dir = await scratch(t);
  const wabt = await (await import('wabt')).default();
  const wat = `(module
    (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
    (memory (export "memory") 1)
    (data (i32.const 16) "aot ok\\n")
    (func (export "_start")
      (i32.store (i32.const 0) (i32.const 16))
      (i32.store (i32.const 4) (i32.const 7))
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`;
  const module = join(dir, 'tiny.wasm');
  await writeFile(module, Buffer.from(wabt.parseWat('tiny.wat', wat).toBinary({}).buffer));
  const wamrc = await findWamrc({ env: process.env });
  const [result] = await compileAot({ runner: runProcess, wamrc, module, targets: [], workDir: dir });
  const run = await runProcess(IWASM!, [result!.path]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, 'aot ok\n');
});

test('cross-compiling aarch64 (and x86_64) writes the right machine type in the header', async (t) => {
  if (!needs(t, ['WAMRC'])) return;
  const dir = await scratch(t);
  const module = join(dir, 'empty.wasm');
  const wabt = await (await import('wabt')).default();
  await writeFile(module, Buffer.from(wabt.parseWat('e.wat', '(module (memory (export "memory") 1) (func (export "_start")))').toBinary({}).buffer));
  const wamrc = await findWamrc({ env: process.env });
  const results = await compileAot({ runner: runProcess, wamrc, module, targets: ['aarch64', 'x86_64'], workDir: dir });
  const byTarget = new Map(results.map((r) => [r.target, r]));
  const arm = await readAotHeader(byTarget.get('aarch64')!.path);
  assert.equal(arm.machine, 183);
  assert.match(arm.arch, /^aarch64/);
  assert.equal(arm.is64Bit, true);
  const x86 = await readAotHeader(byTarget.get('x86_64')!.path);
  assert.equal(x86.machine, 62);
  assert.equal(x86.arch, 'x86_64');
  assert.deepEqual(byTarget.get('aarch64')!.flags, ['--target=aarch64v8', '--cpu=generic']);
});

test('wasmpack run: an AOT sibling tag and an embedded tag run under the real iwasm with the image\'s env and args and the module\'s exit code', async (t) => {
  if (!needs(t, ['WAMRC', 'IWASM'])) return;
  const { echoOutput, echoProject } = await import('../helpers/echo-fixture.js');
  const { wasmpack } = await import('../helpers/cli.js');
  const dir = await echoProject();
  t.after(() => rm(dir, { recursive: true, force: true }));
  const target = hostAotTarget().name;
  const built = await wasmpack(['build', dir, '-t', 'echo:1', '--aot', '--aot-ship', 'sibling', '--aot-ship', 'embed', '-q']);
  assert.equal(built.code, 0, built.stderr);
  const layout = join(dir, '.wasmpack', 'oci');
  for (const tag of [`echo:1-aot-${target}`, `echo:1-wasm-aot-${target}`]) {
    const run = await wasmpack(['run', `oci:${layout}:${tag}`, '--runtime', 'iwasm', '-e', 'EXTRA=aot', '--', '9', 'x']);
    assert.equal(run.code, 9, `${tag}: ${run.stderr}`);
    // iwasm passes the file's own path as argv[0], which is the unpacked .aot.
    assert.match(run.stdout, /^argv0=\/.*\/echo\.aot\n/, tag);
    // The sibling image holds only /echo.aot; the embedded one has /echo.wasm beside it. Env comes from the portable image.
    const self = tag.includes('-wasm-aot-') ? 'visible' : 'missing';
    const expected = echoOutput(['9', 'x'], { GREETING: 'from-image', EXTRA: 'aot' }, '/echo.aot', self);
    assert.equal(run.stdout.slice(run.stdout.indexOf('\n') + 1), expected.slice(expected.indexOf('\n') + 1), tag);
  }
  // The portable tag under iwasm's interpreter, and the .aot chosen by default for the sibling tag.
  const portable = await wasmpack(['run', `oci:${layout}:echo:1`, '--runtime', 'iwasm', '--', '4']);
  assert.equal(portable.code, 4, portable.stderr);
  const auto = await wasmpack(['run', `oci:${layout}:echo:1-aot-${target}`]);
  assert.equal(auto.code, 0, auto.stderr);
  assert.match(auto.stderr, /with iwasm/);
});
