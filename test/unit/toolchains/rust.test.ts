import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildContext } from '../../../src/toolchains/driver.js';
import type { Runner } from '../../../src/process/exec.js';
import { cargoBuildArguments, choosePackage, createRustDriver, metadataOf } from '../../../src/toolchains/rust/driver.js';
import type { FileProbe } from '../../../src/toolchains/files.js';
import {
  findRustToolchain,
  isNetworkFailure,
  oldCargoHint,
  parseCargoMessages,
  pickBinary,
  RUST_COMPONENT_TARGET,
  RUST_WASI_TARGETS,
  type RustFallback,
} from '../../../src/toolchains/rust/toolchain.js';
import { WasmpackError } from '../../../src/errors.js';
import type { Reporter } from '../../../src/report/reporter.js';
import { fakeFiles, fakePathDir, runnerDouble, type Answer } from '../../helpers/toolchain-doubles.js';

/** recordingReporter: a Reporter double that keeps what it was told. */
function recordingReporter(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    step: (t) => lines.push(`step ${t}`),
    succeed: (t) => lines.push(`succeed ${t ?? ''}`),
    info: (t) => lines.push(`info ${t}`),
    warn: (t) => lines.push(`warn ${t}`),
    progress() {},
    stop() {},
  };
}

const TARGETS_195 = 'wasm32-unknown-unknown\nwasm32-wasip1\nwasm32-wasip2\nx86_64-unknown-linux-gnu\n';
const TARGETS_163 = 'wasm32-unknown-unknown\nwasm32-wasi\nx86_64-unknown-linux-gnu\n';
const RUSTUP_SYSROOT = '/home/u/.rustup/toolchains/stable-x86_64-unknown-linux-gnu';

/** Answers for one rustc: version, sysroot and target list. */
function rustcAnswers(rustc: string, version: string, sysroot: string, targets: string): Record<string, Answer> {
  return {
    [`${rustc} --version`]: { stdout: `${version} (abc 2026-01-01)\n` },
    [`${rustc} --print sysroot`]: { stdout: `${sysroot}\n` },
    [`${rustc} --print target-list`]: { stdout: targets },
  };
}

/** This machine, as a double: rustup's 1.95 first on PATH with no wasm std; Debian's 1.63 with wasm32-wasi. */
async function thisMachine(t: { after(fn: () => Promise<void>): void }) {
  const pathDir = await fakePathDir(['rustc', 'cargo']);
  t.after(() => rm(pathDir, { recursive: true }));
  const runner = runnerDouble({
    ...rustcAnswers(`${pathDir}/rustc`, 'rustc 1.95.0', RUSTUP_SYSROOT, TARGETS_195),
    ...rustcAnswers('/usr/bin/rustc', 'rustc 1.63.0', '/usr', TARGETS_163),
  });
  const files = fakeFiles([
    `${RUSTUP_SYSROOT}/bin/rustc`,
    `${RUSTUP_SYSROOT}/bin/cargo`,
    `${RUSTUP_SYSROOT}/lib/rustlib/x86_64-unknown-linux-gnu/lib/libstd.rlib`,
    '/usr/bin/rustc',
    '/usr/bin/cargo',
    '/usr/lib/rustlib/wasm32-wasi/lib/libstd.rlib',
  ]);
  return { pathDir, runner, files };
}

test('rustup on PATH without a wasm std: Debian\'s rustc is chosen and pinned for cargo', async (t) => {
  const { pathDir, runner, files } = await thisMachine(t);
  const reporter = recordingReporter();
  const tc = await findRustToolchain({ env: { PATH: pathDir, HOME: '/home/u', RUSTUP_TOOLCHAIN: undefined }, runner, files, reporter });
  assert.equal(tc.rustc, '/usr/bin/rustc');
  assert.equal(tc.cargo, '/usr/bin/cargo', 'the cargo that ships with that rustc, not rustup\'s');
  assert.equal(tc.target, 'wasm32-wasi');
  assert.equal(tc.version, 'rustc 1.63.0');
  assert.equal(tc.env.RUSTC, '/usr/bin/rustc');
  assert.equal(tc.env.CARGO_NET_RETRY, '0');
  assert.equal(tc.env.HOME, '/home/u', 'the rest of the environment is kept');
  assert.ok(reporter.lines.some((l) => /^info .*rustc 1\.95\.0.*no wasm32-wasip1 or wasm32-wasi/.test(l)), reporter.lines.join('\n'));
});

test('RUSTUP_TOOLCHAIN that lacks the target is warned about and does not follow Debian\'s cargo', async (t) => {
  const { pathDir, runner, files } = await thisMachine(t);
  const reporter = recordingReporter();
  const tc = await findRustToolchain({ env: { PATH: pathDir, RUSTUP_TOOLCHAIN: 'stable' }, runner, files, reporter });
  assert.equal(tc.rustc, '/usr/bin/rustc');
  assert.equal(tc.env.RUSTUP_TOOLCHAIN, undefined);
  assert.ok(reporter.lines.some((l) => l.startsWith('warn ') && l.includes('RUSTUP_TOOLCHAIN=stable')), reporter.lines.join('\n'));
});

test('RUSTC comes first: an explicit rustc with the target wins over PATH and Debian', async (t) => {
  const { pathDir } = await thisMachine(t);
  const runner = runnerDouble({
    ...rustcAnswers('/opt/rust/bin/rustc', 'rustc 1.80.0', '/opt/rust', 'wasm32-wasi\nwasm32-wasip1\n'),
    ...rustcAnswers('/usr/bin/rustc', 'rustc 1.63.0', '/usr', TARGETS_163),
  });
  const files = fakeFiles(['/opt/rust/bin/rustc', '/opt/rust/bin/cargo', '/opt/rust/lib/rustlib/wasm32-wasip1/lib/a', '/opt/rust/lib/rustlib/wasm32-wasi/lib/a', '/usr/lib/rustlib/wasm32-wasi/lib/a']);
  const tc = await findRustToolchain({ env: { PATH: pathDir, RUSTC: '/opt/rust/bin/rustc' }, runner, files });
  assert.equal(tc.rustc, '/opt/rust/bin/rustc');
  assert.equal(tc.cargo, '/opt/rust/bin/cargo');
  assert.equal(tc.target, 'wasm32-wasip1', 'wasip1 is preferred over wasi when both are installed');
  assert.equal(runner.calls.filter((c) => c.command === '/usr/bin/rustc').length, 0, 'later candidates are not probed');
});

test('a target rustc lists but whose std is not installed does not count (rustup lists everything)', async (t) => {
  const pathDir = await fakePathDir(['rustc']);
  t.after(() => rm(pathDir, { recursive: true }));
  const runner = runnerDouble(rustcAnswers(`${pathDir}/rustc`, 'rustc 1.80.0', '/opt/r', 'wasm32-wasi\nwasm32-wasip1\n'));
  const tc = await findRustToolchain({ env: { PATH: pathDir, CARGO: '/opt/r/bin/cargo' }, runner, files: fakeFiles(['/opt/r/lib/rustlib/wasm32-wasi/lib/x']), fallbacks: [] });
  assert.equal(tc.target, 'wasm32-wasi');
  assert.equal(tc.cargo, '/opt/r/bin/cargo', 'CARGO is honoured');
  assert.equal(tc.rustc, `${pathDir}/rustc`, 'no rustc inside the sysroot: the one found is used');
});

test('RUST_TARGET_MISSING lists what each rustc has and names both fixes', async (t) => {
  const { pathDir, runner } = await thisMachine(t);
  const files = fakeFiles([`${RUSTUP_SYSROOT}/bin/rustc`, '/usr/bin/rustc']);
  await assert.rejects(findRustToolchain({ env: { PATH: pathDir }, runner, files }), (err: WasmpackError) => {
    assert.equal(err.code, 'RUST_TARGET_MISSING');
    assert.match(err.message, /rustc 1\.95\.0 from .*rustc on PATH \(.*stable-x86_64.*\): wasm32-wasip1 known but not installed, wasm32-wasi unknown/);
    assert.match(err.message, /rustc 1\.63\.0 from \/usr\/bin\/rustc \(\/usr\): wasm32-wasip1 unknown, wasm32-wasi known but not installed/);
    assert.match(err.hint ?? '', /rustup target add wasm32-wasip1/);
    assert.match(err.hint ?? '', /apt-get install libstd-rust-dev-wasm32/);
    assert.match(err.hint ?? '', /RUSTUP_TOOLCHAIN=\/usr/);
    assert.match(err.hint ?? '', /RUSTC=\/usr\/bin\/rustc/);
    return true;
  });
});

test('rust.target overrides the preference and is the only target accepted', async (t) => {
  const { pathDir, runner, files } = await thisMachine(t);
  await assert.rejects(findRustToolchain({ env: { PATH: pathDir }, runner, files, target: 'wasm32-wasip2' }), (err: WasmpackError) => {
    assert.equal(err.code, 'RUST_TARGET_MISSING');
    assert.match(err.hint ?? '', /rustup target add wasm32-wasip2/);
    return true;
  });
  const tc = await findRustToolchain({ env: { PATH: pathDir }, runner, files, target: 'wasm32-wasi' });
  assert.equal(tc.target, 'wasm32-wasi');
});

test('RUST_TOOLCHAIN_MISSING when no rustc runs at all', async (t) => {
  const pathDir = await fakePathDir([]);
  t.after(() => rm(pathDir, { recursive: true }));
  const fallbacks: RustFallback[] = [{ rustc: '/usr/bin/rustc', cargo: '/usr/bin/cargo' }];
  await assert.rejects(findRustToolchain({ env: { PATH: pathDir }, runner: runnerDouble({}), files: fakeFiles([]), fallbacks }), (err: WasmpackError) => {
    assert.equal(err.code, 'RUST_TOOLCHAIN_MISSING');
    assert.match(err.message, /\/usr\/bin\/rustc/);
    assert.match(err.hint ?? '', /libstd-rust-dev-wasm32/);
    return true;
  });
});

function artifact(name: string, kind: string[], executable: string | null, pkg = name): string {
  return JSON.stringify({ reason: 'compiler-artifact', package_id: `${pkg} 0.1.0 (path+file:///p)`, target: { kind, name }, executable, filenames: [] });
}

const SEVERAL = [
  artifact('build-script-build', ['custom-build'], '/p/target/release/build/x/build-script-build'),
  artifact('mylib', ['lib'], null),
  'not json at all',
  '{"reason":"compiler-message","message":{}}',
  artifact('server', ['bin'], '/p/target/wasm32-wasi/release/server.wasm', 'app'),
  artifact('client', ['bin'], '/p/target/wasm32-wasi/release/client.wasm', 'app'),
  '{"reason":"build-finished","success":true}',
].join('\n');

test('parseCargoMessages keeps only wasm binaries', () => {
  assert.deepEqual(parseCargoMessages(SEVERAL), [
    { name: 'server', packageId: 'app 0.1.0 (path+file:///p)', executable: '/p/target/wasm32-wasi/release/server.wasm' },
    { name: 'client', packageId: 'app 0.1.0 (path+file:///p)', executable: '/p/target/wasm32-wasi/release/client.wasm' },
  ]);
});

test('pickBinary: several bins need rust.bin; --bin picks one; none is an error', () => {
  const bins = parseCargoMessages(SEVERAL);
  assert.throws(() => pickBinary(bins), (err: WasmpackError) => {
    assert.equal(err.code, 'RUST_SEVERAL_BINARIES');
    assert.match(err.message, /client, server/);
    assert.match(err.hint ?? '', /rust\.bin/);
    return true;
  });
  assert.equal(pickBinary(bins, 'client').executable, '/p/target/wasm32-wasi/release/client.wasm');
  assert.throws(() => pickBinary(bins, 'other'), { code: 'RUST_NO_BINARY' });
  assert.throws(() => pickBinary([]), { code: 'RUST_NO_BINARY' });
  assert.equal(pickBinary(bins.slice(0, 1)).name, 'server');
});

test('cargoBuildArguments: release, target, JSON messages, package, bin, features', () => {
  assert.deepEqual(cargoBuildArguments('wasm32-wasip1', true, { package: 'app', bin: 'server', features: ['a', 'b'] }), [
    'build', '--release', '--target', 'wasm32-wasip1', '--message-format=json-render-diagnostics', '--package', 'app', '--bin', 'server', '--features', 'a,b',
  ]);
  assert.deepEqual(cargoBuildArguments('wasm32-wasi', false, {}), ['build', '--target', 'wasm32-wasi', '--message-format=json-render-diagnostics']);
});

const METADATA = JSON.stringify({
  packages: [
    { name: 'core', version: '0.2.0', manifest_path: '/ws/core/Cargo.toml', license: 'MIT', authors: [] },
    { name: 'app', version: '1.2.3', manifest_path: '/ws/app/Cargo.toml', license: 'Apache-2.0 OR MIT', description: ' An app \n', authors: ['A <a@x>', 'B'], repository: 'https://git.example/app', homepage: null },
  ],
});

test('choosePackage and metadataOf: Cargo.toml fields become image metadata', () => {
  const app = choosePackage(METADATA, '/ws/app');
  assert.equal(app?.name, 'app', 'the package whose manifest is the project\'s');
  assert.equal(choosePackage(METADATA, '/ws'), undefined, 'a virtual workspace root describes no package');
  assert.equal(choosePackage(METADATA, '/ws', 'core')?.name, 'core');
  assert.throws(() => choosePackage(METADATA, '/ws', 'nope'), { code: 'RUST_PACKAGE_NOT_FOUND' });
  assert.deepEqual(metadataOf(app, 'app'), {
    title: 'app',
    version: '1.2.3',
    licenses: 'Apache-2.0 OR MIT',
    description: 'An app',
    authors: 'A <a@x>, B',
    url: 'https://git.example/app',
  });
  assert.deepEqual(metadataOf(undefined, 'server'), { title: 'server' });
});

test('old-cargo and network messages (cargo 1.65\'s real wording) are recognised', () => {
  assert.match(oldCargoHint('Caused by:\n  lock file version `4` was found, but this version of Cargo does not understand this lock file') ?? '', /version = 3/);
  assert.match(oldCargoHint('this version of Cargo is older than the `2024` edition, and only supports `2015`, `2018`, and `2021` editions.') ?? '', /edition = "2021"/);
  assert.equal(oldCargoHint('error[E0425]: cannot find value `x`'), undefined);
  assert.ok(isNetworkFailure('Caused by:\n  network failure seems to have happened\nfailed to resolve address for github.com'));
  assert.ok(!isNetworkFailure('error[E0425]: cannot find value `x` in this scope'));
});

async function rustContext(dir: string, runner: Runner, pathDir: string, workDir: string): Promise<BuildContext> {
  return { dir, config: {}, runner, env: { PATH: pathDir }, reporter: recordingReporter(), release: true, workDir };
}

test('rustDriver.build runs cargo metadata then cargo build with the pinned toolchain and copies the module out of target/', async (t) => {
  const { pathDir, files } = await thisMachine(t);
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-rs-'));
  t.after(() => rm(dir, { recursive: true }));
  const built = join(dir, 'hello.wasm');
  await writeFile(built, '\0asm\x01\0\0\0');
  const runner = runnerDouble({
    ...rustcAnswers(`${pathDir}/rustc`, 'rustc 1.95.0', RUSTUP_SYSROOT, TARGETS_195),
    ...rustcAnswers('/usr/bin/rustc', 'rustc 1.63.0', '/usr', TARGETS_163),
    '/usr/bin/cargo metadata --no-deps --format-version 1': {
      stdout: JSON.stringify({ packages: [{ name: 'hello', version: '0.1.0', license: 'Apache-2.0', manifest_path: join(dir, 'Cargo.toml'), authors: [] }] }),
    },
    '/usr/bin/cargo': { stdout: artifact('hello', ['bin'], built) },
  });
  const driver = createRustDriver({ files });
  const workDir = join(dir, 'work');
  await mkdir(workDir);
  const out = await driver.build(await rustContext(dir, runner, pathDir, workDir));
  assert.equal(out.module, join(workDir, 'hello.wasm'));
  assert.equal(await readFile(out.module, 'latin1'), '\0asm\x01\0\0\0');
  assert.deepEqual(out.metadata, { title: 'hello', version: '0.1.0', licenses: 'Apache-2.0' });
  assert.equal(out.toolchain, 'rustc 1.63.0 wasm32-wasi (/usr/bin/rustc)');
  const build = runner.calls.find((c) => c.command === '/usr/bin/cargo' && c.args[0] === 'build')!;
  assert.deepEqual(build.args, ['build', '--release', '--target', 'wasm32-wasi', '--message-format=json-render-diagnostics']);
  assert.equal(build.options?.cwd, dir);
  assert.equal(build.options?.env?.RUSTC, '/usr/bin/rustc');
  assert.equal(build.options?.env?.CARGO_NET_RETRY, '0');
  assert.equal(build.options?.env?.CARGO_TARGET_DIR, undefined, 'cargo\'s own target/ is used');
  const probes = runner.calls.filter((c) => c.args[0] === '--print');
  assert.ok(probes.length > 0 && probes.every((c) => c.options?.cwd === dir), 'rustc is asked from the project, so rustup sees its rust-toolchain.toml');
});

test('rustDriver.build: a manifest cargo cannot read is CARGO_MANIFEST_INVALID with cargo\'s message; a fetch failure explains offline builds', async (t) => {
  const { pathDir, files } = await thisMachine(t);
  const cargoSays = 'error: failed to parse manifest at `/p/Cargo.toml`\n\nCaused by:\n  could not parse input as TOML';
  const broken = runnerDouble({
    ...rustcAnswers('/usr/bin/rustc', 'rustc 1.63.0', '/usr', TARGETS_163),
    '/usr/bin/cargo metadata --no-deps --format-version 1': { code: 101, stderr: cargoSays },
  });
  const driver = createRustDriver({ files });
  await assert.rejects(driver.build(await rustContext('/p', broken, pathDir, '/w')), (err: WasmpackError) => {
    assert.equal(err.code, 'CARGO_MANIFEST_INVALID');
    assert.ok(err.message.includes('could not parse input as TOML'));
    return true;
  });
  assert.ok(!broken.calls.some((c) => c.args[0] === 'build'), 'no build after a broken manifest');

  const offline = runnerDouble({
    ...rustcAnswers('/usr/bin/rustc', 'rustc 1.63.0', '/usr', TARGETS_163),
    '/usr/bin/cargo metadata --no-deps --format-version 1': { stdout: '{"packages":[]}' },
    '/usr/bin/cargo': { code: 101, stderr: 'error: failed to get `serde` as a dependency\nCaused by:\n  network failure seems to have happened' },
  });
  await assert.rejects(driver.build(await rustContext('/p', offline, pathDir, '/w')), (err: WasmpackError) => {
    assert.equal(err.code, 'CARGO_FETCH_FAILED');
    assert.match(err.message, /failed to get `serde`/);
    assert.match(err.hint ?? '', /replace-with = "debian-packages"/);
    assert.match(err.hint ?? '', /cargo vendor/);
    return true;
  });
});

// --- wasm32-wasip2 (WASI 0.2 components): only on request ------------------------------------

/** rustup 1.85 on PATH with the given wasm targets' std installed; no Debian fallback. */
async function rustupWith(t: { after(fn: () => Promise<void>): void }, installed: string[]) {
  const pathDir = await fakePathDir(['rustc', 'cargo']);
  t.after(() => rm(pathDir, { recursive: true }));
  const runner = runnerDouble(rustcAnswers(`${pathDir}/rustc`, 'rustc 1.85.0', RUSTUP_SYSROOT, TARGETS_195));
  const files = fakeFiles([`${RUSTUP_SYSROOT}/bin/rustc`, `${RUSTUP_SYSROOT}/bin/cargo`, ...installed.map((target) => `${RUSTUP_SYSROOT}/lib/rustlib/${target}/lib/libstd.rlib`)]);
  return { pathDir, runner, files };
}

test('wasm32-wasip2 is never picked by default, even when installed: wasip1 wins; rust.target selects it', async (t) => {
  const { pathDir, runner, files } = await rustupWith(t, ['wasm32-wasip1', 'wasm32-wasip2']);
  const byDefault = await findRustToolchain({ env: { PATH: pathDir }, runner, files, fallbacks: [] });
  assert.equal(byDefault.target, 'wasm32-wasip1');
  const asked = await findRustToolchain({ env: { PATH: pathDir }, runner, files, fallbacks: [], target: RUST_COMPONENT_TARGET });
  assert.equal(asked.target, 'wasm32-wasip2');
  assert.equal(asked.rustc, `${RUSTUP_SYSROOT}/bin/rustc`);
  assert.equal(asked.description, `rustc 1.85.0 wasm32-wasip2 (${RUSTUP_SYSROOT}/bin/rustc)`);
  assert.ok(!RUST_WASI_TARGETS.includes(RUST_COMPONENT_TARGET), 'the default list has no component target');
});

test('a toolchain with only wasm32-wasip2 installed: the error says how to build a component from it instead of switching silently', async (t) => {
  const { pathDir, runner, files } = await rustupWith(t, ['wasm32-wasip2']);
  await assert.rejects(findRustToolchain({ env: { PATH: pathDir }, runner, files, fallbacks: [] }), (err: WasmpackError) => {
    assert.equal(err.code, 'RUST_TARGET_MISSING');
    assert.match(err.message, /wasm32-wasip1 known but not installed/);
    assert.match(err.hint ?? '', /rustc 1\.85\.0 .* has only wasm32-wasip2/);
    assert.match(err.hint ?? '', /"rust": \{"target": "wasm32-wasip2"\}/);
    assert.match(err.hint ?? '', /rustup target add wasm32-wasip1/);
    return true;
  });
});

test('rust.target wasm32-wasip2 on a toolchain without it: the hint names the Rust version that has it', async (t) => {
  const { pathDir, runner, files } = await thisMachine(t);
  await assert.rejects(findRustToolchain({ env: { PATH: pathDir }, runner, files, target: 'wasm32-wasip2' }), (err: WasmpackError) => {
    assert.equal(err.code, 'RUST_TARGET_MISSING');
    assert.match(err.message, /rustc 1\.63\.0 from \/usr\/bin\/rustc \(\/usr\): wasm32-wasip2 unknown/);
    assert.match(err.hint ?? '', /rustup target add wasm32-wasip2; it needs Rust 1\.82 or newer/);
    return true;
  });
});

test('rustDriver.build with rust.target wasm32-wasip2 passes the target to cargo and takes its component as is', async (t) => {
  const { pathDir, files } = await rustupWith(t, ['wasm32-wasip1', 'wasm32-wasip2']);
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-rs-p2-'));
  t.after(() => rm(dir, { recursive: true }));
  const cargoOutput = join(dir, 'target', 'wasm32-wasip2', 'release', 'hello.wasm');
  await mkdir(join(dir, 'target', 'wasm32-wasip2', 'release'), { recursive: true });
  const component = Buffer.from('0061736d0d000100', 'hex'); // \0asm, version 0x0d, layer 1: what rustc >= 1.82 emits for wasip2
  await writeFile(cargoOutput, component);
  const cargo = `${RUSTUP_SYSROOT}/bin/cargo`;
  const runner = runnerDouble({
    ...rustcAnswers(`${pathDir}/rustc`, 'rustc 1.85.0', RUSTUP_SYSROOT, TARGETS_195),
    [`${cargo} metadata --no-deps --format-version 1`]: { stdout: JSON.stringify({ packages: [{ name: 'hello', version: '0.1.0', manifest_path: join(dir, 'Cargo.toml'), authors: [] }] }) },
    [cargo]: { stdout: artifact('hello', ['bin'], cargoOutput) },
  });
  const workDir = join(dir, 'work');
  await mkdir(workDir);
  const ctx: BuildContext = { dir, config: { rust: { target: 'wasm32-wasip2' } }, runner, env: { PATH: pathDir }, reporter: recordingReporter(), release: true, workDir };
  const out = await createRustDriver({ files, fallbacks: [] }).build(ctx);
  const build = runner.calls.find((c) => c.command === cargo && c.args[0] === 'build')!;
  assert.deepEqual(build.args, ['build', '--release', '--target', 'wasm32-wasip2', '--message-format=json-render-diagnostics']);
  assert.ok((await readFile(out.module)).equals(component), 'the component cargo wrote, byte for byte (no adapter step)');
  assert.match(out.toolchain, /wasm32-wasip2/);
});
