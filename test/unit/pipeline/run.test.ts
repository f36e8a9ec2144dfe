import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileContent, layerFile, scratchSink } from '../../../src/targets/files.js';
import { buildCompatImage } from '../../../src/oci/image.js';
import { copyAndCommit } from '../../../src/targets/copy.js';
import { LayoutTarget } from '../../../src/targets/layout.js';
import { runImage, imageEnv, parseDirs, type RunDeps } from '../../../src/pipeline/run.js';
import { chooseRuntime, findRuntime, moduleKind, runtimeCommand, type Invocation } from '../../../src/pipeline/runtimes.js';
import type { AttachedRunner } from '../../../src/process/attached.js';
import { silentReporter } from '../../../src/report/reporter.js';
import { createCredentialStore } from '../../../src/auth/index.js';
import { COMPONENT_HEADER, MINIMAL_COMMAND, writeMinimalModule } from '../../helpers/wasm-fixtures.js';

const INVOCATION: Invocation = {
  module: '/tmp/r/rootfs/app.wasm',
  argv0: '/app.wasm',
  args: ['a b', '--x'],
  env: { A: '1', B: 'two words' },
  preopens: [{ guest: '/', host: '/tmp/r/rootfs' }, { guest: '/data', host: '/home/u/data' }],
  workingDir: '/',
};
const CONTEXT = { executable: '/opt/bin/rt', nodeHost: '/w/dist/src/cli/wasi-host.js', scratch: '/tmp/r/runtime' };

test('each runtime gets the same invocation in its own spelling', () => {
  assert.deepEqual(runtimeCommand('iwasm', INVOCATION, CONTEXT).args, ['--env=A=1', '--env=B=two words', '--map-dir=/::/tmp/r/rootfs', '--map-dir=/data::/home/u/data', '/tmp/r/rootfs/app.wasm', 'a b', '--x']);
  assert.deepEqual(runtimeCommand('wasmtime', INVOCATION, CONTEXT).args, ['run', '--argv0', '/app.wasm', '--env', 'A=1', '--env', 'B=two words', '--dir', '/tmp/r/rootfs::/', '--dir', '/home/u/data::/data', '/tmp/r/rootfs/app.wasm', 'a b', '--x']);
  assert.deepEqual(runtimeCommand('wasmedge', INVOCATION, CONTEXT).args, ['--env', 'A=1', '--env', 'B=two words', '--dir', '/:/tmp/r/rootfs', '--dir', '/data:/home/u/data', '/tmp/r/rootfs/app.wasm', 'a b', '--x']);
  assert.deepEqual(runtimeCommand('wasmer', INVOCATION, CONTEXT).args, ['run', '--env', 'A=1', '--env', 'B=two words', '--mapdir', '/:/tmp/r/rootfs', '--mapdir', '/data:/home/u/data', '/tmp/r/rootfs/app.wasm', '--', 'a b', '--x']);
  const node = runtimeCommand('node', INVOCATION, { ...CONTEXT, executable: process.execPath });
  assert.equal(node.command, process.execPath);
  assert.deepEqual(node.args.slice(0, 2), ['--no-warnings', CONTEXT.nodeHost]);
  assert.deepEqual(JSON.parse(node.args[2]!), { module: INVOCATION.module, args: ['/app.wasm', 'a b', '--x'], env: INVOCATION.env, preopens: { '/': '/tmp/r/rootfs', '/data': '/home/u/data' } });
});

test('jco: the setup module replaces preview2-shim\'s inherited env, args and file system with the invocation\'s', () => {
  const command = runtimeCommand('jco', { ...INVOCATION, workingDir: '/srv' }, { ...CONTEXT, executable: '/n/node_modules/@bytecodealliance/jco/dist/jco.js' });
  assert.equal(command.command, process.execPath, 'a jco.js from node_modules runs with this node');
  assert.deepEqual(command.args, ['/n/node_modules/@bytecodealliance/jco/dist/jco.js', 'run', '--jco-dir', '/tmp/r/runtime', '--jco-import', '/tmp/r/runtime/wasmpack-setup.mjs', '/tmp/r/rootfs/app.wasm', 'a b', '--x']);
  const setup = command.files!['/tmp/r/runtime/wasmpack-setup.mjs']!;
  assert.match(setup, /_setArgs\(\["\/app\.wasm","a b","--x"\]\)/);
  assert.match(setup, /_setEnv\(\{"A":"1","B":"two words"\}\)/);
  assert.match(setup, /_setCwd\("\/srv"\)/);
  assert.match(setup, /_setPreopens\(\{\}\);\n_addPreopen\("\/", "\/tmp\/r\/rootfs"\);\n_addPreopen\("\/data", "\/home\/u\/data"\);/);
  assert.equal(runtimeCommand('jco', INVOCATION, { ...CONTEXT, executable: '/usr/bin/jco' }).command, '/usr/bin/jco');
});

test('chooseRuntime: node for modules, iwasm for .aot, jco for components; impossible pairs are refused', () => {
  assert.equal(chooseRuntime('module', undefined), 'node');
  assert.equal(chooseRuntime('aot', undefined), 'iwasm');
  assert.equal(chooseRuntime('component', undefined), 'jco');
  assert.equal(chooseRuntime('component', 'wasmtime'), 'wasmtime');
  for (const [kind, runtime] of [['aot', 'node'], ['aot', 'wasmtime'], ['component', 'iwasm'], ['component', 'node'], ['module', 'jco']] as const) {
    assert.throws(() => chooseRuntime(kind, runtime), (err: { code: string; hint: string }) => {
      assert.equal(err.code, 'RUNTIME_CANNOT_RUN');
      assert.match(err.hint, /--runtime /);
      return true;
    });
  }
});

test('moduleKind reads the magic: module, component, .aot, or not wasm', () => {
  assert.equal(moduleKind(MINIMAL_COMMAND), 'module');
  assert.equal(moduleKind(COMPONENT_HEADER), 'component');
  assert.equal(moduleKind(Buffer.from('\0aot\x05\0\0\0')), 'aot');
  assert.equal(moduleKind(Buffer.from('#!/bin/sh\n')), undefined);
});

test('findRuntime: the env var first, then PATH; RUNTIME_NOT_FOUND names what to install', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-runtime-unit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const fake = join(dir, 'wasmtime');
  await writeFile(fake, '#!/bin/sh\n');
  await chmod(fake, 0o755);
  assert.equal(await findRuntime('wasmtime', { PATH: dir }), fake);
  assert.equal(await findRuntime('wasmedge', { PATH: '', WASMEDGE: fake }), fake);
  await assert.rejects(findRuntime('iwasm', { PATH: dir }), (err: { code: string; hint: string }) => {
    assert.equal(err.code, 'RUNTIME_NOT_FOUND');
    assert.match(err.hint, /WAMR/);
    assert.match(err.hint, /IWASM/);
    return true;
  });
  await assert.rejects(findRuntime('wasmer', { PATH: '', WASMER: join(dir, 'missing') }), { code: 'RUNTIME_NOT_FOUND' });
  assert.equal(await findRuntime('node', {}), process.execPath);
});

test('imageEnv and parseDirs', async (t) => {
  assert.deepEqual(imageEnv(['A=1', 'B=x=y', 'A=2', 'junk']), { A: '2', B: 'x=y' });
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-dirs-unit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  assert.deepEqual(await parseDirs([dir, `${dir}:/data`]), [{ guest: dir, host: dir }, { guest: '/data', host: dir }]);
  await assert.rejects(parseDirs([`${dir}:relative`]), { code: 'BAD_FLAG' });
  await assert.rejects(parseDirs([join(dir, 'nope')]), { code: 'BAD_FLAG' });
});

/** A spawn double: records the command and what the rootfs held at that moment, and answers `code`. */
function spawnDouble(code: number) {
  const calls: Array<{ command: string; args: readonly string[]; cwd?: string; rootfsModule?: Buffer }> = [];
  const spawn: AttachedRunner = async (command, args, options = {}) => {
    const spec = args[0] === '--no-warnings' ? (JSON.parse(args[2]!) as { module: string }) : undefined;
    calls.push({ command, args, ...(options.cwd ? { cwd: options.cwd } : {}), ...(spec ? { rootfsModule: await readFile(spec.module) } : {}) });
    return { code };
  };
  return { calls, spawn };
}

test('runImage: Entrypoint, Cmd replaced by args, Env plus --env, the image as "/", and the module\'s exit code', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-run-unit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const module = await writeMinimalModule(join(dir, 'app.wasm'));
  const built = await buildCompatImage({ files: [await layerFile('/app.wasm', module)], entrypoint: '/app.wasm', cmd: ['default-arg'], env: ['A=1', 'B=2'], timestamp: 0, compression: 'gzip', layerSink: scratchSink(join(dir, 'layer')) });
  await copyAndCommit(built.manifest, new LayoutTarget(join(dir, 'oci')), { tags: ['app:1'] });
  const data = join(dir, 'data');
  await mkdir(data);
  const { calls, spawn } = spawnDouble(7);
  let started = 0;
  const deps: RunDeps = { access: { credentials: createCredentialStore({ env: {}, homedir: dir }) }, reporter: silentReporter, env: {}, spawn, nodeHost: '/host.js', onStart: () => started++ };

  const result = await runImage({ target: `oci:${join(dir, 'oci')}:app:1`, args: ['mine'], env: { B: 'override', C: '3' }, dirs: [`${data}:/data`] }, deps);
  assert.deepEqual(result, { code: 7, runtime: 'node', kind: 'module' });
  assert.equal(started, 1);
  const [call] = calls;
  const spec = JSON.parse(call!.args[2]!) as { module: string; args: string[]; env: Record<string, string>; preopens: Record<string, string> };
  assert.deepEqual(spec.args, ['/app.wasm', 'mine'], 'ARGS replace Cmd');
  assert.deepEqual(spec.env, { A: '1', B: 'override', C: '3' });
  assert.equal(spec.preopens['/data'], data);
  assert.equal(call!.cwd, spec.preopens['/'], 'WorkingDir / is the unpacked root');
  assert.ok(call!.rootfsModule!.equals(await readFile(module)), 'the module the runtime got is the one in the image');
  await assert.rejects(stat(spec.preopens['/']!), { code: 'ENOENT' }, 'the unpacked image is removed afterwards');

  await runImage({ target: `oci:${join(dir, 'oci')}:app:1` }, deps);
  assert.deepEqual((JSON.parse(calls[1]!.args[2]!) as { args: string[] }).args, ['/app.wasm', 'default-arg'], 'without ARGS the image Cmd is used');

  // A bare file: no image config, no root, just what is given.
  await runImage({ target: module, args: ['x'] }, deps);
  const bare = JSON.parse(calls[2]!.args[2]!) as { module: string; args: string[]; preopens: Record<string, string> };
  assert.deepEqual(bare, { module, args: ['app.wasm', 'x'], env: {}, preopens: {} });
});

test('runImage: a refused runtime or a missing one fails before anything starts', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-run-unit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const module = await writeMinimalModule(join(dir, 'app.wasm'));
  const { calls, spawn } = spawnDouble(0);
  const deps: RunDeps = { access: { credentials: createCredentialStore({ env: {}, homedir: dir }) }, reporter: silentReporter, env: { PATH: '' }, spawn, nodeHost: '/host.js' };
  await assert.rejects(runImage({ target: module, runtime: 'iwasm' }, deps), { code: 'RUNTIME_NOT_FOUND' });
  await writeFile(join(dir, 'c.wasm'), COMPONENT_HEADER);
  await assert.rejects(runImage({ target: join(dir, 'c.wasm'), runtime: 'wasmedge' }, deps), { code: 'RUNTIME_CANNOT_RUN' });
  await writeFile(join(dir, 'x.wasm'), 'text');
  await assert.rejects(runImage({ target: join(dir, 'x.wasm') }, deps), { code: 'NOT_WASM' });
  assert.equal(calls.length, 0);
});
