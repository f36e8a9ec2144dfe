import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildContext, LanguageDriver } from '../../src/toolchains/driver.js';
import { findOnPath, runProcess } from '../../src/process/exec.js';
import { chooseGoToolchain, findTinyGo, goDriver } from '../../src/toolchains/go/driver.js';
import { cDriver } from '../../src/toolchains/c/driver.js';
import { rustDriver } from '../../src/toolchains/rust/driver.js';
import { prebuiltDriver } from '../../src/toolchains/prebuilt.js';
import { loadConfig } from '../../src/config/load.js';
import { initProject } from '../../src/pipeline/init.js';
import { packageRoot } from '../../src/package-info.js';
import { silentReporter } from '../../src/report/reporter.js';
import { runWasi, wasmMagic as magic } from '../helpers/run-wasm.js';

/*
 * Real toolchains only: Go from Debian bookworm-backports (golang-1.23-go), clang-16 + wasi-libc,
 * Debian's rustc/cargo, and TinyGo when it is installed. The module proxy is unreachable here, so
 * builds run with GOPROXY=off and the examples use only the standard library.
 */

const buildEnv: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off', CARGO_NET_RETRY: '0' };
const example = join(packageRoot(), 'examples', 'hello-go');

async function tempDir(t: { after(fn: () => Promise<void>): void }, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function haveGo(): Promise<boolean> {
  return chooseGoToolchain('go', runProcess, buildEnv).then(() => true, () => false);
}

async function build(driver: LanguageDriver, dir: string, workDir: string, overrides: Partial<BuildContext['config']> = {}) {
  const { config } = await loadConfig(dir);
  return driver.build({ dir, config: { ...config, ...overrides }, runner: runProcess, env: buildEnv, reporter: silentReporter, release: true, workDir });
}

const CORE_MODULE = '0061736d01000000'; // \0asm, version 1: a core module, not a component

test('hello-go builds with Go (GOOS=wasip1) and runs under node:wasi', async (t) => {
  if (!(await haveGo())) return t.skip('skipped: Go >= 1.21 not found (install golang-1.23-go from bookworm-backports)');
  const workDir = await tempDir(t, 'wasmpack-go-');
  const out = await build(goDriver, example, workDir);
  assert.equal(out.name, 'hello-go');
  assert.deepEqual(out.metadata, { title: 'hello-go' });
  assert.match(out.toolchain, /^go1\.\d+(\.\d+)? GOOS=wasip1 GOARCH=wasm$/);
  assert.equal(await magic(out.module), CORE_MODULE);

  const plain = await runWasi(out.module);
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal(plain.stdout, 'Hello from Go!\n');
  const greeted = await runWasi(out.module, { env: { GREETING: 'hi from the environment' } });
  assert.equal(greeted.stdout, 'Hello from Go!\nhi from the environment\n');
});

test('hello-go builds the same bytes twice (trimpath, no VCS stamp)', async (t) => {
  if (!(await haveGo())) return t.skip('skipped: Go >= 1.21 not found');
  const a = await build(goDriver, example, await tempDir(t, 'wasmpack-go-a-'));
  const b = await build(goDriver, example, await tempDir(t, 'wasmpack-go-b-'));
  const { readFile } = await import('node:fs/promises');
  assert.ok((await readFile(a.module)).equals(await readFile(b.module)));
});

test('hello-go builds with TinyGo and runs under node:wasi', async (t) => {
  if (!(await findTinyGo(process.env))) return t.skip('skipped: tinygo not found');
  const workDir = await tempDir(t, 'wasmpack-tinygo-');
  const out = await build(goDriver, example, workDir, { go: { toolchain: 'tinygo' } });
  assert.match(out.toolchain, /^tinygo /);
  assert.equal(await magic(out.module), CORE_MODULE);
  const run = await runWasi(out.module, { env: { GREETING: 'tiny' } });
  assert.equal(run.stdout, 'Hello from Go!\ntiny\n');
});

const tinygoExample = join(packageRoot(), 'examples', 'hello-tinygo');

test('hello-tinygo asks for TinyGo in wasmpack.json, and its source is plain Go (builds with Go too)', async (t) => {
  const { config } = await loadConfig(tinygoExample);
  assert.equal(config.name, 'hello-tinygo');
  assert.equal(config.go?.toolchain, 'tinygo');
  if (!(await haveGo())) return t.skip('skipped: Go >= 1.21 not found');
  const out = await build(goDriver, tinygoExample, await tempDir(t, 'wasmpack-tinygo-go-'), { go: { toolchain: 'go' } });
  const run = await runWasi(out.module, { env: { GREETING: 'hi' } });
  assert.equal(run.stdout, 'Hello from TinyGo!\nhi\n');
});

test('hello-tinygo builds with TinyGo and runs under node:wasi', async (t) => {
  if (!(await findTinyGo(process.env))) return t.skip('skipped: tinygo not found');
  const out = await build(goDriver, tinygoExample, await tempDir(t, 'wasmpack-tinygo-ex-'));
  assert.equal(out.name, 'hello-tinygo');
  assert.match(out.toolchain, /^tinygo /, 'the config\'s toolchain is used');
  assert.equal(await magic(out.module), CORE_MODULE);
  const plain = await runWasi(out.module);
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal(plain.stdout, 'Hello from TinyGo!\n');
  const greeted = await runWasi(out.module, { env: { GREETING: 'tiny' } });
  assert.equal(greeted.stdout, 'Hello from TinyGo!\ntiny\n');
});

const templateDrivers: Record<string, { driver: () => LanguageDriver; available: () => Promise<string | undefined> }> = {
  go: { driver: () => goDriver, available: async () => ((await haveGo()) ? undefined : 'skipped: Go >= 1.21 not found') },
  tinygo: { driver: () => goDriver, available: async () => ((await findTinyGo(process.env)) ? undefined : 'skipped: tinygo not found') },
  c: { driver: () => cDriver, available: async () => ((await findOnPath('clang-16')) || (await findOnPath('clang')) || process.env.WASI_SDK_PATH ? undefined : 'skipped: no clang for wasm32-wasi') },
  rust: { driver: () => rustDriver, available: async () => ((await findOnPath('cargo')) ? undefined : 'skipped: cargo not found') },
};

for (const [template, { driver, available }] of Object.entries(templateDrivers)) {
  test(`template ${template}: init, then build with the real toolchain, then run`, async (t) => {
    const reason = await available();
    if (reason) return t.skip(reason);
    const root = await tempDir(t, `wasmpack-template-${template}-`);
    const dir = join(root, `demo-${template}`);
    await initProject({ dir, template });
    const out = await build(driver(), dir, await tempDir(t, 'wasmpack-work-'));
    assert.equal(out.name, `demo-${template}`);
    assert.equal(await magic(out.module), CORE_MODULE);
    const run = await runWasi(out.module, { env: { GREETING: 'configured' } });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `Hello from demo-${template}!\nconfigured\n`);
  });
}

test('template wasm: the Makefile builds build/app.wasm and the prebuilt driver packages it', async (t) => {
  const make = await findOnPath('make');
  const clang = (await findOnPath('clang-16')) ?? (await findOnPath('clang'));
  if (!make || !clang) return t.skip('skipped: make or clang not found');
  const dir = join(await tempDir(t, 'wasmpack-template-wasm-'), 'demo-wasm');
  await initProject({ dir, template: 'wasm' });
  const made = await runProcess(make, ['module', `WASI_CC=${clang}`], { cwd: dir, env: process.env });
  assert.equal(made.code, 0, made.stderr);
  const { config } = await loadConfig(dir);
  assert.equal(config.wasm, 'build/app.wasm');
  const out = await build(prebuiltDriver(config.wasm!), dir, await tempDir(t, 'wasmpack-work-'));
  assert.equal(out.name, 'demo-wasm');
  const run = await runWasi(out.module);
  assert.equal(run.stdout, 'Hello from demo-wasm!\n');
});
