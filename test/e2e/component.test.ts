import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCleanError, wasmpack } from '../helpers/cli.js';
import { assertCompatImage, readImage, unpackLayout } from '../helpers/inspect-image.js';
import { commandComponent, libraryComponent, witInterfaces } from '../helpers/jco.js';
import { COMMAND_WAT, watToWasm } from '../helpers/wasm-fixtures.js';

/*
 * WASI 0.2 components through the CLI, read back with skopeo and umoci (readers that are not ours).
 * The components are real: jco wraps a wasip1 command module with WASI's preview1 adapter
 * (`jco new --wasi-command`), or embeds a WIT world into a core module for a library component;
 * `jco wit` says independently what each imports and exports.
 */

async function project(t: { after(fn: () => Promise<void>): void }, make: (dir: string) => Promise<string>): Promise<{ dir: string; wasm: Buffer; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-e2e-component-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const made = await make(dir);
  const path = join(dir, 'comp.wasm');
  await writeFile(path, await readFile(made));
  return { dir, wasm: await readFile(path), path };
}

async function command(dir: string): Promise<string> {
  await writeFile(join(dir, 'core.wasm'), await watToWasm(COMMAND_WAT));
  return commandComponent(join(dir, 'core.wasm'), join(dir, 'made.wasm'));
}

const library = (dir: string) => libraryComponent(dir, watToWasm);

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

test('a component builds by default into the CNCF Wasm OCI artifact with os wasip2 and its interfaces', async (t) => {
  const { dir, wasm, path } = await project(t, command);
  const result = await wasmpack(['build', dir, '--wasm', join(dir, 'comp.wasm'), '-t', 'x:1', '--json']);
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout);
  assert.equal(doc.module.kind, 'component');
  assert.equal(doc.format, 'artifact');
  assert.match(result.stderr, /WASI 0\.2 component: building the CNCF Wasm OCI artifact/);

  const image = await readImage(`oci:${join(dir, '.wasmpack', 'oci')}:x:1`);
  assert.equal(image.manifestDigest, doc.digest);
  assert.equal(image.manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.equal(image.manifest.config.mediaType, 'application/vnd.wasm.config.v0+json');
  assert.equal(image.manifest.layers.length, 1);
  const [layer] = image.manifest.layers;
  assert.equal(layer.mediaType, 'application/wasm');
  assert.equal(layer.annotations['org.opencontainers.image.title'], 'comp.wasm');
  assert.equal(layer.digest, sha256(wasm), 'the layer is the component itself, byte for byte (nothing to strip)');

  assert.equal(image.config.os, 'wasip2');
  assert.equal(image.config.architecture, 'wasm');
  assert.deepEqual(image.config.layerDigests, [layer.digest]);
  const wit = await witInterfaces(path);
  assert.ok(wit.exports.some((e) => e.startsWith('wasi:cli/run@0.2')), wit.exports.join(', '));
  assert.deepEqual({ imports: [...image.config.component.imports].sort(), exports: image.config.component.exports }, { imports: [...wit.imports].sort(), exports: wit.exports }, 'the config lists what jco wit reads from the component');
});

test('--format compat puts a component in a container image with a .wasm entrypoint (runwasi\'s wasmtime shim)', async (t) => {
  const { dir, wasm } = await project(t, command);
  const result = await wasmpack(['build', dir, '--wasm', join(dir, 'comp.wasm'), '-t', 'x:1', '--format', 'compat', '--env', 'GREETING=hi', '--json']);
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout);
  assert.equal(doc.module.kind, 'component');
  assert.equal(doc.format, 'compat');
  assert.deepEqual(doc.warnings, []);
  assert.match(result.stderr, /runwasi's wasmtime shim runs it/);

  const layout = join(dir, '.wasmpack', 'oci');
  const image = await readImage(`oci:${layout}:x:1`);
  assertCompatImage(image, 'comp');
  assert.deepEqual(image.config.config.Env, ['GREETING=hi']);
  const rootfs = await unpackLayout(layout, 'x:1');
  assert.ok((await readFile(join(rootfs, 'comp.wasm'))).equals(wasm), 'the entrypoint file is the component');
});

test('a library component as compat builds with a "not runnable as a command" warning', async (t) => {
  const { dir } = await project(t, library);
  const result = await wasmpack(['build', dir, '--wasm', join(dir, 'comp.wasm'), '-t', 'lib:1', '--format', 'compat', '--json']);
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout);
  assert.equal(doc.warnings.length, 1);
  assert.match(doc.warnings[0], /neither wasi:cli\/run nor wasi:http\/incoming-handler.*not runnable as a command/);
  assertCompatImage(await readImage(`oci:${join(dir, '.wasmpack', 'oci')}:lib:1`), 'comp');

  const artifact = await wasmpack(['build', dir, '--wasm', join(dir, 'comp.wasm'), '-t', 'lib:2', '--json']);
  assert.equal(artifact.code, 0, artifact.stderr);
  assert.deepEqual(JSON.parse(artifact.stdout).warnings, [], 'as an artifact a library component is normal');
  const image = await readImage(`oci:${join(dir, '.wasmpack', 'oci')}:lib:2`);
  assert.deepEqual(image.config.component, { imports: [], exports: ['acme:greeter/greet@0.1.0'] });
});

test('AOT of a component fails before anything is compiled or written', async (t) => {
  const { dir } = await project(t, command);
  const result = await wasmpack(['build', dir, '--wasm', join(dir, 'comp.wasm'), '--aot'], { env: { WAMRC: join(dir, 'no-such-wamrc') } });
  assertCleanError(result, 'AOT_COMPONENT');
  await assert.rejects(readFile(join(dir, '.wasmpack', 'oci', 'index.json')), { code: 'ENOENT' });
});
