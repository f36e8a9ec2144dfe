/**
 * validateModule and stripModule on what real toolchains emit: the wabt feature set must accept
 * clang, rustc and Go output, and stripping must keep those modules valid. Each toolchain is
 * optional: missing ones skip with the reason.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { findOnPath, runProcess } from '../../src/process/exec.js';
import { stripModule } from '../../src/wasm/strip.js';
import { validateModule } from '../../src/wasm/validate.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasmpack-toolchains-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(t: TestContext, command: string | undefined, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!command) {
    t.skip('skipped: toolchain not installed');
    return false;
  }
  const result = await runProcess(command, args, { cwd: dir, env });
  assert.equal(result.code, 0, `${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return true;
}

async function checkCommand(output: string): Promise<void> {
  const report = await validateModule(output);
  assert.equal(report.kind, 'module');
  assert.equal(report.isCommand, true);
  assert.ok(report.imports.some((i) => i.module === 'wasi_snapshot_preview1'));
  const stripped = `${output}.stripped`;
  const result = await stripModule(output, stripped);
  assert.ok(result.after <= result.before);
  const after = await validateModule(stripped);
  assert.deepEqual(after.imports, report.imports);
  assert.deepEqual(after.exports, report.exports);
}

test('clang-16 wasm32-wasi output validates and strips', async (t) => {
  const clang = process.env.CC_WASM ?? (await findOnPath('clang-16'));
  await writeFile(join(dir, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n');
  if (!(await build(t, clang, ['--target=wasm32-wasi', '--sysroot=/usr', '-O2', '-g', '-o', 'c.wasm', 'hello.c']))) return;
  await checkCommand(join(dir, 'c.wasm'));
});

test('rustc wasm32-wasi output validates and strips', async (t) => {
  const rustc = existsSync('/usr/lib/rustlib/wasm32-wasi') ? '/usr/bin/rustc' : undefined;
  await writeFile(join(dir, 'main.rs'), 'fn main() { println!("hi"); }\n');
  if (!(await build(t, rustc, ['--target', 'wasm32-wasi', '-O', '-o', 'rust.wasm', 'main.rs']))) return;
  await checkCommand(join(dir, 'rust.wasm'));
});

test('go GOOS=wasip1 output validates and strips', async (t) => {
  const go = ['/usr/lib/go-1.23/bin/go', '/usr/local/go/bin/go'].find((p) => existsSync(p)) ?? (await findOnPath('go'));
  await writeFile(join(dir, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n');
  const env = { ...process.env, GOOS: 'wasip1', GOARCH: 'wasm', GOCACHE: join(dir, 'gocache'), GOFLAGS: '-mod=mod', GO111MODULE: 'off' };
  if (!(await build(t, go, ['build', '-o', 'go.wasm', 'main.go'], env))) return;
  await checkCommand(join(dir, 'go.wasm'));
});
