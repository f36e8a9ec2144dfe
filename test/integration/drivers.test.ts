/*
 * The C and Rust drivers against the real toolchains of this machine (clang-16 + wasi-libc,
 * Debian's rustc 1.63 behind rustup's 1.95), each module then run under node:wasi.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cDriver } from '../../src/toolchains/c/driver.js';
import type { BuildContext, LanguageDriver } from '../../src/toolchains/driver.js';
import { runProcess } from '../../src/process/exec.js';
import { createRustDriver, rustDriver } from '../../src/toolchains/rust/driver.js';
import { realFiles } from '../../src/toolchains/files.js';
import type { ProjectConfig } from '../../src/config/config.js';
import { WasmpackError } from '../../src/errors.js';
import { silentReporter } from '../../src/report/reporter.js';
import { runWasi, wasmMagic as magic } from '../helpers/run-wasm.js';

// dist/test/integration -> repository root
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const EXAMPLES = join(ROOT, 'examples');

async function scratch(t: { after(fn: () => Promise<void>): void }, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function build(driver: LanguageDriver, dir: string, workDir: string, overrides: Partial<BuildContext> = {}, config: ProjectConfig = {}) {
  return driver.build({ dir, config, runner: runProcess, env: process.env, reporter: silentReporter, release: true, workDir, ...overrides });
}

/** \0asm, version 1: a core module, not a component. */
const CORE_MODULE = '0061736d01000000';

test('hello-c builds with the real clang and runs under node:wasi, reading GREETING', async (t) => {
  const workDir = await scratch(t, 'wasmpack-c-');
  const config = JSON.parse(await readFile(join(EXAMPLES, 'hello-c', 'wasmpack.json'), 'utf8')) as ProjectConfig;
  const out = await build(cDriver, join(EXAMPLES, 'hello-c'), workDir, {}, config);
  assert.equal(out.name, 'hello-c');
  assert.equal(out.module, join(workDir, 'hello-c.wasm'));
  assert.match(out.toolchain, /clang/);
  assert.equal(await magic(out.module), CORE_MODULE);

  const run = await runWasi(out.module, { env: { GREETING: 'hi' } });
  assert.deepEqual(run, { code: 0, stdout: 'Hello from C!\nGREETING=hi\n', stderr: '' });
  const bare = await runWasi(out.module);
  assert.equal(bare.stdout, 'Hello from C!\n');
});

test('hello-c debug build (-O0 -g) also runs', async (t) => {
  const workDir = await scratch(t, 'wasmpack-c-');
  const out = await build(cDriver, join(EXAMPLES, 'hello-c'), workDir, { release: false });
  assert.equal(out.name, 'hello-c', 'without wasmpack.json the directory name is used');
  const run = await runWasi(out.module, { env: { GREETING: 'debug' } });
  assert.equal(run.stdout, 'Hello from C!\nGREETING=debug\n');
});

test('hello-rust builds with a wasm-capable rustc and runs under node:wasi, with Cargo.toml metadata', async (t) => {
  const workDir = await scratch(t, 'wasmpack-rs-');
  const out = await build(rustDriver, join(EXAMPLES, 'hello-rust'), workDir);
  assert.equal(out.name, 'hello-rust');
  assert.equal(await magic(out.module), CORE_MODULE);
  assert.match(out.toolchain, /^rustc \S+ wasm32-wasi(p1)? /);
  assert.equal(out.metadata.version, '0.1.0');
  assert.equal(out.metadata.licenses, 'Apache-2.0');
  assert.ok(out.metadata.description);

  const run = await runWasi(out.module, { env: { GREETING: 'hi' } });
  assert.deepEqual(run, { code: 0, stdout: 'Hello from Rust!\nGREETING=hi\n', stderr: '' });
});

test('sleep-rust prints, sleeps SLEEP_TIME seconds, prints again', async (t) => {
  const workDir = await scratch(t, 'wasmpack-rs-');
  const out = await build(rustDriver, join(EXAMPLES, 'sleep-rust'), workDir);
  assert.equal(out.name, 'sleep-rust');
  assert.equal(await magic(out.module), CORE_MODULE);
  const run = await runWasi(out.module, { env: { SLEEP_TIME: '0' } });
  assert.deepEqual(run, { code: 0, stdout: 'Hello, World!\nSleeping for 0 seconds\nGoodbye, World! #WASM-RUST\n', stderr: '' });
});

test('a C file that does not compile is C_COMPILE_FAILED with clang\'s message', async (t) => {
  const dir = await scratch(t, 'wasmpack-badc-');
  await writeFile(join(dir, 'bad.c'), 'int main(void) { return undeclared_thing; }\n');
  await assert.rejects(build(cDriver, dir, dir), (err: WasmpackError) => {
    assert.equal(err.code, 'C_COMPILE_FAILED');
    assert.match(err.message, /use of undeclared identifier 'undeclared_thing'/);
    return true;
  });
});

test('host headers do not leak in: <pthread.h> is reported as not found, not as a glibc error', async (t) => {
  const dir = await scratch(t, 'wasmpack-pthread-');
  await writeFile(join(dir, 'main.c'), '#include <pthread.h>\nint main(void) { return 0; }\n');
  await assert.rejects(build(cDriver, dir, dir), (err: WasmpackError) => {
    assert.equal(err.code, 'C_COMPILE_FAILED');
    assert.match(err.message, /'pthread.h' file not found/);
    assert.doesNotMatch(err.message, /\/usr\/include\/(x86_64|bits)/);
    return true;
  });
});

test('a broken Cargo.toml is CARGO_MANIFEST_INVALID with cargo\'s message', async (t) => {
  const dir = await scratch(t, 'wasmpack-badtoml-');
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'main.rs'), 'fn main() {}\n');
  await writeFile(join(dir, 'Cargo.toml'), '[package\nname = "broken"\n');
  await assert.rejects(build(rustDriver, dir, dir), (err: WasmpackError) => {
    assert.equal(err.code, 'CARGO_MANIFEST_INVALID');
    assert.match(err.message, /failed to parse manifest/);
    return true;
  });
});

test('PATH without compilers: C_TOOLCHAIN_MISSING and RUST_TOOLCHAIN_MISSING', async (t) => {
  const empty = await scratch(t, 'wasmpack-emptypath-');
  const env = { PATH: empty, HOME: process.env.HOME ?? '/' };
  await assert.rejects(build(cDriver, join(EXAMPLES, 'hello-c'), empty, { env }), (err: WasmpackError) => {
    assert.equal(err.code, 'C_TOOLCHAIN_MISSING');
    assert.match(err.hint ?? '', /clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32/);
    return true;
  });
  // No Debian fallback either: the machine as seen by someone with nothing installed.
  await assert.rejects(build(createRustDriver({ fallbacks: [] }), join(EXAMPLES, 'hello-rust'), empty, { env }), { code: 'RUST_TOOLCHAIN_MISSING' });
});

test('a real rustc without the wanted target: RUST_TARGET_MISSING', async (t) => {
  const workDir = await scratch(t, 'wasmpack-notarget-');
  // Debian's rustc 1.63 does not know wasm32-wasip1 at all.
  const env = { PATH: workDir, HOME: process.env.HOME ?? '/', RUSTC: '/usr/bin/rustc' };
  await assert.rejects(
    build(createRustDriver({ fallbacks: [] }), join(EXAMPLES, 'hello-rust'), workDir, { env }, { rust: { target: 'wasm32-wasip1' } }),
    (err: WasmpackError) => {
      assert.equal(err.code, 'RUST_TARGET_MISSING');
      assert.match(err.message, /rustc 1\.\d+\.\d+ from RUSTC=\/usr\/bin\/rustc/);
      return true;
    },
  );
});

test('rustup\'s own rustc, when it has no wasm std, is RUST_TARGET_MISSING on its own', async (t) => {
  const probe = await runProcess('rustc', ['--print', 'sysroot']).catch(() => undefined);
  const sysroot = probe?.code === 0 ? probe.stdout.trim() : '';
  if (!sysroot || sysroot === '/usr') {
    t.skip('skipped: no rustup toolchain on PATH');
    return;
  }
  const hasWasm = await Promise.all(['wasm32-wasip1', 'wasm32-wasi'].map((target) => realFiles.isDirectory(join(sysroot, 'lib', 'rustlib', target, 'lib'))));
  if (hasWasm.some(Boolean)) {
    t.skip('skipped: rustup\'s toolchain has a wasm target here');
    return;
  }
  const workDir = await scratch(t, 'wasmpack-rustup-');
  const env = { PATH: workDir, HOME: process.env.HOME ?? '/', RUSTC: join(sysroot, 'bin', 'rustc') };
  await assert.rejects(build(createRustDriver({ fallbacks: [] }), join(EXAMPLES, 'hello-rust'), workDir, { env }), (err: WasmpackError) => {
    assert.equal(err.code, 'RUST_TARGET_MISSING');
    assert.match(err.hint ?? '', /rustup target add wasm32-wasip1/);
    return true;
  });
});
