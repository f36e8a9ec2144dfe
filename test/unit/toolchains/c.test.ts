import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCDriver } from '../../../src/toolchains/c/driver.js';
import type { BuildContext } from '../../../src/toolchains/driver.js';
import { clangArguments, findCToolchain, type CToolchain } from '../../../src/toolchains/c/toolchain.js';
import type { FileProbe } from '../../../src/toolchains/files.js';
import { moduleName } from '../../../src/toolchains/module-name.js';
import { findSources, globToRegExp } from '../../../src/toolchains/sources.js';
import { WasmpackError } from '../../../src/errors.js';
import type { Runner } from '../../../src/process/exec.js';
import { silentReporter } from '../../../src/report/reporter.js';
import { fakeFiles, fakePathDir, runnerDouble } from '../../helpers/toolchain-doubles.js';

const RT16 = '/usr/lib/llvm-16/lib/clang/16/lib/wasi/libclang_rt.builtins-wasm32.a';
const RT14 = '/usr/lib/llvm-14/lib/clang/14.0.6/lib/wasi/libclang_rt.builtins-wasm32.a';
const LD16 = '/usr/lib/llvm-16/bin/wasm-ld';
const LD14 = '/usr/lib/llvm-14/bin/wasm-ld';
const WASI_LIBC = '/usr/include/wasm32-wasi/stdio.h';

function debianRunner(pathDir: string) {
  return runnerDouble({
    [`${pathDir}/clang-16 --target=wasm32-wasi -print-libgcc-file-name`]: { stdout: `${RT16}\n` },
    [`${pathDir}/clang-16 -print-prog-name=wasm-ld`]: { stdout: `${LD16}\n` },
    [`${pathDir}/clang-14 --target=wasm32-wasi -print-libgcc-file-name`]: { stdout: `${RT14}\n` },
    [`${pathDir}/clang-14 -print-prog-name=wasm-ld`]: { stdout: `${LD14}\n` },
  });
}

test('Debian layout: the newest complete clang-NN wins, with the clean wasi-libc include flags', async (t) => {
  const pathDir = await fakePathDir(['clang-14', 'clang-16']);
  t.after(() => rm(pathDir, { recursive: true }));
  const tc = await findCToolchain({ config: undefined, env: { PATH: pathDir }, runner: debianRunner(pathDir), files: fakeFiles([RT16, RT14, LD16, LD14, WASI_LIBC]) });
  assert.equal(tc.kind, 'debian');
  assert.equal(tc.cc, `${pathDir}/clang-16`);
  assert.deepEqual(tc.targetFlags, ['--target=wasm32-wasi', '-nostdlibinc', '-isystem', '/usr/include/wasm32-wasi']);
  assert.equal(tc.description, 'clang-16 + wasi-libc (Debian)');
});

test('Debian layout: a clang without its wasm32 builtins is passed over for an older complete one', async (t) => {
  const pathDir = await fakePathDir(['clang-14', 'clang-16']);
  t.after(() => rm(pathDir, { recursive: true }));
  const tc = await findCToolchain({ config: undefined, env: { PATH: pathDir }, runner: debianRunner(pathDir), files: fakeFiles([RT14, LD16, LD14, WASI_LIBC]) });
  assert.equal(tc.cc, `${pathDir}/clang-14`);
});

test('C_TOOLCHAIN_MISSING names what each clang lacks and the exact apt packages', async (t) => {
  const pathDir = await fakePathDir(['clang-16']);
  t.after(() => rm(pathDir, { recursive: true }));
  await assert.rejects(
    findCToolchain({ config: undefined, env: { PATH: pathDir }, runner: debianRunner(pathDir), files: fakeFiles([LD16]) }),
    (err: WasmpackError) => {
      assert.equal(err.code, 'C_TOOLCHAIN_MISSING');
      assert.match(err.message, /clang-16 lacks libclang-rt-16-dev-wasm32 \(.*libclang_rt\.builtins-wasm32\.a\), wasi-libc/);
      assert.match(err.hint ?? '', /apt-get install clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32/);
      assert.match(err.hint ?? '', /WASI_SDK_PATH/);
      return true;
    },
  );
});

test('C_TOOLCHAIN_MISSING when no clang is on PATH and CC is not set', async (t) => {
  const pathDir = await fakePathDir([]);
  t.after(() => rm(pathDir, { recursive: true }));
  await assert.rejects(findCToolchain({ config: undefined, env: { PATH: pathDir }, runner: runnerDouble({}), files: fakeFiles([]) }), (err: WasmpackError) => {
    assert.equal(err.code, 'C_TOOLCHAIN_MISSING');
    assert.match(err.message, /No clang-NN or clang is on PATH/);
    return true;
  });
});

test('WASI_SDK_PATH: bin/clang with its sysroot; wasm32-wasip1 when the sysroot has it, else wasm32-wasi', async (t) => {
  const pathDir = await fakePathDir(['clang-16']);
  t.after(() => rm(pathDir, { recursive: true }));
  const runner = debianRunner(pathDir);
  const newSdk = fakeFiles(['/opt/wasi-sdk/bin/clang', '/opt/wasi-sdk/share/wasi-sysroot/lib/wasm32-wasip1/libc.a', RT16, LD16, WASI_LIBC]);
  const tc = await findCToolchain({ config: undefined, env: { PATH: pathDir, WASI_SDK_PATH: '/opt/wasi-sdk' }, runner, files: newSdk });
  assert.equal(tc.kind, 'wasi-sdk', 'WASI_SDK_PATH beats a Debian clang on PATH');
  assert.equal(tc.cc, '/opt/wasi-sdk/bin/clang');
  assert.deepEqual(tc.targetFlags, ['--target=wasm32-wasip1', '--sysroot=/opt/wasi-sdk/share/wasi-sysroot']);
  assert.equal(runner.calls.length, 0, 'the Debian clang was not even asked');

  const oldSdk = fakeFiles(['/opt/wasi-sdk/bin/clang', '/opt/wasi-sdk/share/wasi-sysroot/lib/wasm32-wasi/libc.a']);
  const old = await findCToolchain({ config: undefined, env: { PATH: pathDir, WASI_SDK_PATH: '/opt/wasi-sdk' }, runner, files: oldSdk });
  assert.equal(old.targetFlags[0], '--target=wasm32-wasi');

  await assert.rejects(findCToolchain({ config: undefined, env: { WASI_SDK_PATH: '/nowhere' }, runner, files: fakeFiles([]) }), (err: WasmpackError) => {
    assert.equal(err.code, 'C_TOOLCHAIN_MISSING');
    assert.match(err.message, /\/nowhere\/bin\/clang and \/nowhere\/share\/wasi-sysroot do not exist/);
    return true;
  });
});

test('c.cc from wasmpack.json beats everything; CC from the environment only when nothing else is found', async (t) => {
  const pathDir = await fakePathDir(['clang-16']);
  t.after(() => rm(pathDir, { recursive: true }));
  const files = fakeFiles([RT16, LD16, WASI_LIBC]);
  const fromConfig = await findCToolchain({ config: { cc: 'zig-cc', cflags: ['-target', 'wasm32-wasi'] }, env: { PATH: pathDir, WASI_SDK_PATH: '/opt/x', CC: 'gcc' }, runner: debianRunner(pathDir), files });
  assert.equal(fromConfig.cc, 'zig-cc');
  assert.deepEqual(fromConfig.targetFlags, [], 'the project chose its own -target');

  const debian = await findCToolchain({ config: undefined, env: { PATH: pathDir, CC: 'gcc' }, runner: debianRunner(pathDir), files });
  assert.equal(debian.kind, 'debian', 'a host CC does not beat a working wasm clang');

  const empty = await fakePathDir([]);
  t.after(() => rm(empty, { recursive: true }));
  const cc = await findCToolchain({ config: undefined, env: { PATH: empty, CC: '/opt/clang/bin/clang' }, runner: runnerDouble({}), files: fakeFiles([]) });
  assert.equal(cc.kind, 'cc-env');
  assert.deepEqual(cc.targetFlags, ['--target=wasm32-wasi']);
});

const DEBIAN: CToolchain = { kind: 'debian', cc: '/usr/bin/clang-16', targetFlags: ['--target=wasm32-wasi', '-nostdlibinc', '-isystem', '/usr/include/wasm32-wasi'], description: 'x' };

test('clangArguments: target flags, optimisation, defines, includes, cflags, sources, output, then ldflags', () => {
  const release = clangArguments(DEBIAN, {
    sources: ['main.c', 'src/util.c'],
    output: '/work/out/app.wasm',
    release: true,
    dir: '/proj',
    config: { defines: ['NDEBUG', 'VERSION="1.0"'], includeDirs: ['include', '/opt/inc'], cflags: ['-Wall'], ldflags: ['-Wl,-z,stack-size=65536', '-lm'] },
  });
  assert.deepEqual(release, [
    '--target=wasm32-wasi', '-nostdlibinc', '-isystem', '/usr/include/wasm32-wasi',
    '-O2',
    '-DNDEBUG', '-DVERSION="1.0"',
    '-I/proj/include', '-I/opt/inc',
    '-Wall',
    'main.c', 'src/util.c',
    '-o', '/work/out/app.wasm',
    '-Wl,-z,stack-size=65536', '-lm',
  ]);
  assert.ok(!release.some((a) => a.includes('strip')), 'stripping is a separate pipeline step');

  const debug = clangArguments(DEBIAN, { sources: ['a.c'], output: '/o.wasm', release: false, dir: '/p', config: undefined });
  assert.deepEqual(debug, [...DEBIAN.targetFlags, '-O0', '-g', 'a.c', '-o', '/o.wasm']);
});

test('moduleName keeps [a-z0-9._-] and nothing else', () => {
  const cases: Array<[string, string]> = [
    ['hello-c', 'hello-c'],
    ['Hello World', 'hello-world'],
    ['My_App.v2', 'my_app.v2'],
    ['--weird//name!!', 'weird-name'],
    ['Ünïcode', 'n-code'],
    ['...', 'app'],
    ['', 'app'],
  ];
  for (const [raw, expected] of cases) assert.equal(moduleName(raw), expected, raw);
});

test('globToRegExp: * stays in a segment, ** crosses them', () => {
  assert.ok(globToRegExp('**/*.c').test('main.c'));
  assert.ok(globToRegExp('**/*.c').test('src/deep/x.c'));
  assert.ok(!globToRegExp('**/*.c').test('src/x.h'));
  assert.ok(globToRegExp('src/*.c').test('src/a.c'));
  assert.ok(!globToRegExp('src/*.c').test('src/sub/a.c'));
  assert.ok(globToRegExp('src/?.[ch]').test('src/a.h'));
  assert.ok(!globToRegExp('a.c').test('abc'), 'dots are literal');
});

test('findSources: default skips build, target, node_modules, .wasmpack and hidden dirs; explicit patterns reach them', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-src-'));
  t.after(() => rm(dir, { recursive: true }));
  for (const f of ['main.c', 'src/util.c', 'src/deep/more.c', 'src/util.h', 'build/gen.c', 'target/x.c', 'node_modules/m/y.c', '.wasmpack/z.c', '.git/w.c']) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), '');
  }
  assert.deepEqual(await findSources(dir, ['**/*.c']), ['main.c', 'src/deep/more.c', 'src/util.c']);
  assert.deepEqual(await findSources(dir, ['build/*.c', './main.c', 'main.c']), ['build/gen.c', 'main.c']);
  assert.deepEqual(await findSources(dir, ['src/*.c']), ['src/util.c']);
  assert.deepEqual(await findSources(dir, ['missing/**/*.c']), []);
});

function context(dir: string, runner: Runner, overrides: Partial<BuildContext> = {}): BuildContext {
  return { dir, config: {}, runner, env: { PATH: '' }, reporter: silentReporter, release: true, workDir: '/work/tmp', ...overrides };
}

test('cDriver.build compiles every source into workDir/<name>.wasm with one clang call', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'My Project-'));
  t.after(() => rm(dir, { recursive: true }));
  await writeFile(join(dir, 'main.c'), 'int main(void){return 0;}');
  const runner = runnerDouble({ '/opt/sdk/bin/clang': { code: 0 } });
  const driver = createCDriver({ files: fakeFiles(['/opt/sdk/bin/clang', '/opt/sdk/share/wasi-sysroot/lib/wasm32-wasip1/libc.a']) });
  const out = await driver.build(context(dir, runner, { env: { WASI_SDK_PATH: '/opt/sdk' } }));
  assert.match(out.name, /^my-project-[a-z0-9]+$/i, 'the directory name, sanitised');
  assert.equal(out.name, out.name.toLowerCase());
  assert.equal(out.module, `/work/tmp/${out.name}.wasm`);
  assert.deepEqual(out.metadata, { title: out.name });
  const call = runner.calls.at(-1)!;
  assert.equal(call.command, '/opt/sdk/bin/clang');
  assert.equal(call.options?.cwd, dir);
  assert.deepEqual(call.args.slice(-3), ['main.c', '-o', out.module]);
});

test('cDriver.build: config.name names the module; a compile error is C_COMPILE_FAILED with clang\'s own words', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-c-'));
  t.after(() => rm(dir, { recursive: true }));
  await writeFile(join(dir, 'bad.c'), 'int main(void){ return x; }');
  const clangSays = "bad.c:1:24: error: use of undeclared identifier 'x'";
  const runner = runnerDouble({ '/opt/sdk/bin/clang': { code: 1, stderr: `${clangSays}\n1 error generated.\n` } });
  const driver = createCDriver({ files: fakeFiles(['/opt/sdk/bin/clang', '/opt/sdk/share/wasi-sysroot/lib/wasm32-wasip1/libc.a']) });
  await assert.rejects(driver.build(context(dir, runner, { env: { WASI_SDK_PATH: '/opt/sdk' }, config: { name: 'Bad App' } })), (err: WasmpackError) => {
    assert.equal(err.code, 'C_COMPILE_FAILED');
    assert.ok(err.message.includes(clangSays));
    assert.match(err.message, /compiling bad-app \(1 source\)/);
    return true;
  });
});

test('cDriver.build: no sources is C_SOURCES_NOT_FOUND, before any compiler runs', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-c-'));
  t.after(() => rm(dir, { recursive: true }));
  const runner = runnerDouble({});
  const driver = createCDriver({ files: fakeFiles(['/opt/sdk/bin/clang', '/opt/sdk/share/wasi-sysroot/lib/wasm32-wasip1/libc.a']) });
  await assert.rejects(driver.build(context(dir, runner, { env: { WASI_SDK_PATH: '/opt/sdk' } })), { code: 'C_SOURCES_NOT_FOUND' });
  await assert.rejects(driver.build(context(dir, runner, { env: { WASI_SDK_PATH: '/opt/sdk' }, config: { c: { sources: ['nope.c'] } } })), (err: WasmpackError) => {
    assert.equal(err.code, 'C_SOURCES_NOT_FOUND');
    return true;
  });
  assert.equal(runner.calls.length, 0);
});
