import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parseAotHeader, readAotHeader } from '../../../src/wasm/aot-header.js';
import {
  compatibleRuntimes,
  compileAot,
  findWamrc,
  hostAotTarget,
  parseWamrcVersion,
  resolveAotTarget,
  wamrcArgs,
  wamrcVersion,
  type AotResult,
} from '../../../src/toolchains/wamrc.js';
import { runProcess } from '../../../src/process/exec.js';
import { WasmpackError } from '../../../src/errors.js';
import { fakeAotBytes, installWamrcDouble } from '../../helpers/wamrc-double.js';

// Every compile here runs wamrcDouble (test/helpers/wamrc-double.ts), never a real wamrc.

const MODULE_BYTES = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

async function fixture(t: { after: (fn: () => Promise<void>) => void }) {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-aot-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const wamrc = installWamrcDouble(dir);
  const module = join(dir, 'app.wasm');
  await writeFile(module, MODULE_BYTES);
  const log = join(dir, 'wamrc.log');
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, WAMRC_DOUBLE_LOG: log, ...extra });
  const calls = async (): Promise<string[][]> =>
    (await readFile(log, 'utf8').catch(() => ''))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as string[]);
  return { dir, wamrc, module, env, calls };
}

function code(expected: string, pattern?: RegExp) {
  return (err: unknown) => {
    assert.ok(err instanceof WasmpackError, `expected WasmpackError, got ${String(err)}`);
    assert.equal(err.code, expected, err.message);
    if (pattern) assert.match(`${err.message}\n${err.hint}`, pattern);
    return true;
  };
}

// --- version table ---

test('wamrc --version output maps to the AOT format version of that WAMR release', () => {
  const cases: Array<[string, string, number | undefined]> = [
    ['wamrc 1.3.3\n', '1.3.3', 3],
    ['wamrc 2.2.0\n', '2.2.0', 3],
    ['wamrc 2.3.0\n', '2.3.0', 4],
    ['wamrc 2.3.1', '2.3.1', 4],
    ['wamrc 2.4.0\n', '2.4.0', 4],
    ['wamrc 2.4.1\n', '2.4.1', 5],
    ['wamrc v2.4.2\n', '2.4.2', 5],
    ['WAMR wamrc 2.4.5 (built 2026)\n', '2.4.5', 5],
    ['2.4.4', '2.4.4', 5],
  ];
  for (const [output, version, format] of cases) {
    const parsed = parseWamrcVersion(output);
    assert.equal(parsed.version, version, output);
    assert.equal(parsed.formatVersion, format, output);
    assert.deepEqual(parsed.acceptedFormats, [format], output);
  }
});

test('wamrc 2.4.3 may be a main build writing format 6; unknown versions say so', () => {
  const main = parseWamrcVersion('wamrc 2.4.3');
  assert.equal(main.formatVersion, 5);
  assert.deepEqual(main.acceptedFormats, [5, 6]);
  assert.match(main.note!, /main/);
  const newer = parseWamrcVersion('wamrc 2.6.0');
  assert.equal(newer.formatVersion, undefined);
  assert.deepEqual(newer.acceptedFormats, []);
  assert.match(newer.note!, /newer than the WAMR releases wasmpack knows/);
  const garbage = parseWamrcVersion('Usage: wamrc [options] -o output_file wasm_file');
  assert.equal(garbage.version, 'unknown');
  assert.match(garbage.note!, /could not read a version/);
});

test('wamrcVersion runs the binary with --version', async (t) => {
  const f = await fixture(t);
  const v = await wamrcVersion(runProcess, f.wamrc, { env: f.env({ WAMRC_DOUBLE_VERSION: '2.3.0' }) });
  assert.equal(v.version, '2.3.0');
  assert.equal(v.formatVersion, 4);
  assert.deepEqual(await f.calls(), [['--version']]);
});

test('compatibleRuntimes names the WAMR releases per format', () => {
  assert.match(compatibleRuntimes(3).text, /WAMR 1\.x through 2\.2\.x/);
  assert.match(compatibleRuntimes(4).text, /2\.3\.0 through 2\.4\.0/);
  assert.match(compatibleRuntimes(5).text, /2\.4\.1/);
  assert.match(compatibleRuntimes(6).text, /main branch/);
  const unknown = compatibleRuntimes(9);
  assert.equal(unknown.known, false);
  assert.match(unknown.text, /same WAMR build/);
});

// --- finding wamrc ---

test('findWamrc: WAMRC first, then the config, then PATH', async (t) => {
  const f = await fixture(t);
  assert.equal(await findWamrc({ env: { WAMRC: f.wamrc, PATH: '' } }), f.wamrc);
  assert.equal(await findWamrc({ explicit: f.wamrc, env: { PATH: '' } }), f.wamrc);
  assert.equal(await findWamrc({ env: { PATH: `/nonexistent:${f.dir}` } }), f.wamrc);
  // WAMRC wins over the config even when both are set.
  assert.equal(await findWamrc({ explicit: '/nope/wamrc', env: { WAMRC: f.wamrc, PATH: '' } }), f.wamrc);
});

test('findWamrc: missing wamrc explains what it is, where to get it and the runtime pairing', async () => {
  await assert.rejects(findWamrc({ env: { PATH: '/nonexistent' } }), (err) => {
    code('WAMRC_NOT_FOUND')(err);
    const e = err as WasmpackError;
    assert.match(e.message, /not on PATH/);
    assert.match(e.hint!, /ahead-of-time compiler/);
    assert.match(e.hint!, /wamr-compiler/);
    assert.match(e.hint!, /release tarball/);
    assert.match(e.hint!, /same WAMR release/i);
    assert.match(e.hint!, /2\.4\.1\+ = 5/);
    return true;
  });
  await assert.rejects(findWamrc({ env: { WAMRC: '/nonexistent/wamrc', PATH: '' } }), code('WAMRC_NOT_FOUND', /WAMRC=\/nonexistent\/wamrc is not an executable/));
  await assert.rejects(findWamrc({ explicit: '/nonexistent/wamrc', env: { PATH: '' } }), code('WAMRC_NOT_FOUND', /aot\.wamrc/));
});

// --- flags ---

test('wamrcArgs: portable baseline CPU per architecture by default', () => {
  const io = { output: '/w/app.aot', input: '/w/app.wasm' };
  assert.deepEqual(wamrcArgs({ target: 'x86_64', ...io }).args, ['--target=x86_64', '--cpu=x86-64', '-o', '/w/app.aot', '/w/app.wasm']);
  const arm64 = wamrcArgs({ target: 'arm64', ...io });
  assert.deepEqual(arm64.flags, ['--target=aarch64v8', '--cpu=generic']);
  assert.equal(arm64.cpu, 'generic');
  assert.equal(arm64.target.name, 'aarch64');
  assert.deepEqual(wamrcArgs({ target: 'riscv64', ...io }).flags, ['--target=riscv64', '--target-abi=lp64d', '--cpu=generic-rv64', '--cpu-features=+m,+a,+c,+f,+d']);
  assert.deepEqual(wamrcArgs({ target: 'arm', ...io }).flags, ['--target=armv7', '--target-abi=gnueabihf', '--cpu=generic']);
  assert.deepEqual(wamrcArgs({ target: 'i386', ...io }).flags, ['--target=i386', '--cpu=i686']);
  assert.deepEqual(wamrcArgs({ target: 'aarch64v8.2', ...io }).flags, ['--target=aarch64v8.2', '--cpu=generic']);
  assert.equal(resolveAotTarget('AMD64').name, 'x86_64');
});

test('wamrcArgs: named CPU, features, levels, bounds checks and pass-through flags', () => {
  const built = wamrcArgs({
    target: 'x86_64',
    cpu: 'skylake',
    cpuFeatures: '-avx512f',
    optLevel: 2,
    sizeLevel: 1,
    boundsChecks: true,
    extraFlags: ['--disable-simd', '--enable-multi-thread'],
    output: 'o.aot',
    input: 'i.wasm',
  });
  assert.deepEqual(built.args, ['--target=x86_64', '--cpu=skylake', '--cpu-features=-avx512f', '--opt-level=2', '--size-level=1', '--bounds-checks=1', '--disable-simd', '--enable-multi-thread', '-o', 'o.aot', 'i.wasm']);
  assert.equal(built.cpu, 'skylake');
  assert.deepEqual(wamrcArgs({ target: 'aarch64', boundsChecks: false, output: 'o', input: 'i' }).flags.at(-1), '--bounds-checks=0');
  // A named CPU drops the baseline features (they belong to the baseline).
  assert.deepEqual(wamrcArgs({ target: 'riscv64', cpu: 'sifive-u74', output: 'o', input: 'i' }).flags, ['--target=riscv64', '--target-abi=lp64d', '--cpu=sifive-u74']);
});

test('wamrcArgs: native is host-only, omits --target/--cpu so wamrc takes the host CPU and features', () => {
  const native = wamrcArgs({ target: 'x86_64', cpu: 'native', hostArch: 'x64', output: 'o', input: 'i' });
  assert.deepEqual(native.args, ['-o', 'o', 'i']);
  assert.equal(native.cpu, 'native');
  assert.throws(() => wamrcArgs({ target: 'aarch64', cpu: 'native', hostArch: 'x64', output: 'o', input: 'i' }), code('AOT_BAD_OPTION', /x86_64.*aarch64/));
  assert.throws(() => wamrcArgs({ target: 'x86_64', cpu: 'native', cpuFeatures: '+avx2', hostArch: 'x64', output: 'o', input: 'i' }), code('AOT_BAD_OPTION'));
});

test('wamrcArgs: refuses bad levels, reserved pass-through flags and unknown targets', () => {
  assert.throws(() => wamrcArgs({ target: 'x86_64', optLevel: 4, output: 'o', input: 'i' }), code('AOT_BAD_OPTION', /opt-level/));
  assert.throws(() => wamrcArgs({ target: 'x86_64', sizeLevel: 1.5, output: 'o', input: 'i' }), code('AOT_BAD_OPTION', /size-level/));
  assert.throws(() => wamrcArgs({ target: 'x86_64', extraFlags: ['--target=aarch64'], output: 'o', input: 'i' }), code('AOT_BAD_OPTION', /--target/));
  assert.throws(() => wamrcArgs({ target: 'x86_64', extraFlags: ['-o'], output: 'o', input: 'i' }), code('AOT_BAD_OPTION'));
  assert.throws(() => wamrcArgs({ target: 'sparc', output: 'o', input: 'i' }), code('AOT_UNKNOWN_TARGET', /x86_64, aarch64/));
  assert.equal(hostAotTarget('arm64').name, 'aarch64');
  assert.throws(() => hostAotTarget('s390x'), code('AOT_UNKNOWN_TARGET'));
});

// --- header ---

test('parseAotHeader reads format version, machine and arch (WAMR 2.x and 1.x layouts)', () => {
  const h = parseAotHeader(fakeAotBytes({ formatVersion: 5, machine: 183, arch: 'aarch64v8' }));
  assert.equal(h.formatVersion, 5);
  assert.equal(h.machine, 183);
  assert.equal(h.arch, 'aarch64v8');
  assert.equal(h.is64Bit, true);
  assert.equal(h.littleEndian, true);
  assert.equal(h.eType, 1);
  assert.equal(h.featureFlags, 4n);
  const legacy = parseAotHeader(fakeAotBytes({ formatVersion: 3, machine: 62, arch: 'x86_64', legacyLayout: true }));
  assert.equal(legacy.formatVersion, 3);
  assert.equal(legacy.machine, 62);
  assert.equal(legacy.arch, 'x86_64');
  assert.equal(legacy.featureFlags, undefined);
  const i386 = parseAotHeader(fakeAotBytes({ formatVersion: 4, machine: 3, arch: 'i386', is64: false }));
  assert.equal(i386.is64Bit, false);
});

test('parseAotHeader refuses bad magic, truncation, a wrong first section and an unterminated arch', () => {
  const good = fakeAotBytes({ formatVersion: 5, machine: 62, arch: 'x86_64' });
  assert.throws(() => parseAotHeader(fakeAotBytes({ formatVersion: 5, machine: 62, arch: 'x86_64', magic: Buffer.from('\0asm', 'latin1') })), code('AOT_BAD_HEADER', /wasm magic/));
  assert.throws(() => parseAotHeader(Buffer.from('ELF\x7f........', 'latin1')), code('AOT_BAD_HEADER', /magic is/));
  assert.throws(() => parseAotHeader(good.subarray(0, 6)), code('AOT_BAD_HEADER', /6 bytes long/));
  assert.throws(() => parseAotHeader(good.subarray(0, 12)), code('AOT_BAD_HEADER', /truncated/));
  assert.throws(() => parseAotHeader(good.subarray(0, 40)), code('AOT_BAD_HEADER', /ends inside the target-info section/));
  const wrongSection = Buffer.from(good);
  wrongSection.writeUInt32LE(1, 8);
  assert.throws(() => parseAotHeader(wrongSection), code('AOT_BAD_HEADER', /type 1/));
  const hugeSection = Buffer.from(good);
  hugeSection.writeUInt32LE(100_000, 12);
  assert.throws(() => parseAotHeader(hugeSection), code('AOT_BAD_HEADER', /claims 100000 bytes/));
  const unterminated = Buffer.from(good);
  unterminated.fill(0x41, 16 + 48 - 16, 16 + 48); // arch = 16 x 'A'
  assert.throws(() => parseAotHeader(unterminated), code('AOT_BAD_HEADER', /NUL/));
  assert.throws(() => parseAotHeader(Buffer.alloc(0)), code('AOT_BAD_HEADER'));
});

// --- compile with the double ---

test('compileAot cross-compiles each target with baseline flags and records header facts', async (t) => {
  const f = await fixture(t);
  const results = await compileAot({ runner: runProcess, wamrc: f.wamrc, module: f.module, targets: ['x86_64', 'aarch64', 'amd64'], workDir: f.dir, env: f.env() });
  assert.equal(results.length, 2, 'amd64 is x86_64: compiled once');
  const [x86, arm] = results as [AotResult, AotResult];
  const moduleDigest = `sha256:${createHash('sha256').update(MODULE_BYTES).digest('hex')}`;
  assert.equal(x86.target, 'x86_64');
  assert.equal(x86.machine, 62);
  assert.equal(x86.arch, 'x86_64');
  assert.equal(x86.cpu, 'x86-64');
  assert.deepEqual(x86.flags, ['--target=x86_64', '--cpu=x86-64']);
  assert.equal(x86.formatVersion, 5);
  assert.equal(x86.wamrcVersion, '2.4.1');
  assert.equal(x86.moduleDigest, moduleDigest);
  assert.equal(x86.path, join(f.dir, 'aot', 'app-x86_64.aot'));
  assert.match(x86.runtimes, /2\.4\.1/);
  assert.equal(arm.machine, 183);
  assert.equal(arm.arch, 'aarch64v8');
  assert.equal(arm.wamrcTarget, 'aarch64v8');
  assert.equal((await readAotHeader(arm.path)).machine, 183);
  const fileBytes = await readFile(arm.path);
  assert.equal(arm.digest, `sha256:${createHash('sha256').update(fileBytes).digest('hex')}`);
  assert.equal(arm.size, fileBytes.length);
  assert.deepEqual(await f.calls(), [
    ['--version'],
    ['--target=x86_64', '--cpu=x86-64', '-o', x86.path, f.module],
    ['--target=aarch64v8', '--cpu=generic', '-o', arm.path, f.module],
  ]);
});

test('compileAot with no targets compiles for the host; a given version skips --version', async (t) => {
  const f = await fixture(t);
  const version = parseWamrcVersion('wamrc 2.3.1');
  const [result] = await compileAot({ runner: runProcess, wamrc: f.wamrc, module: f.module, name: 'hello', targets: [], workDir: f.dir, version, env: f.env({ WAMRC_DOUBLE_VERSION: '2.3.1' }), hostArch: process.arch });
  assert.equal(result!.target, hostAotTarget().name);
  assert.equal(result!.formatVersion, 4);
  assert.match(result!.path, /hello-/);
  assert.equal((await f.calls()).length, 1);
});

test('compileAot refuses bad headers, the wrong machine and a version mismatch', async (t) => {
  const f = await fixture(t);
  const run = (fault: string, extra: Record<string, string> = {}) =>
    compileAot({ runner: runProcess, wamrc: f.wamrc, module: f.module, targets: ['x86_64'], workDir: f.dir, env: f.env({ WAMRC_DOUBLE_FAULT: fault, ...extra }) });
  await assert.rejects(run('bad-magic'), code('AOT_BAD_HEADER', /\\0asm/));
  await assert.rejects(run('truncated'), code('AOT_BAD_HEADER', /truncated/));
  await assert.rejects(run('wrong-machine'), code('AOT_WRONG_MACHINE', /aarch64 \(e_machine 183.*x86_64 was requested/));
  await assert.rejects(run('wrong-version'), code('AOT_VERSION_MISMATCH', /format version 6, but wamrc 2\.4\.1 should write 5/));
  await assert.rejects(run('no-output'), code('AOT_COMPILE_FAILED', /wrote no/));
  await assert.rejects(run('fail'), code('AOT_COMPILE_FAILED', /WAMRC_DOUBLE_FAULT=fail/));
});

test('compileAot trusts the header when the wamrc version is unknown, and accepts 6 from a 2.4.3 main build', async (t) => {
  const f = await fixture(t);
  const [newer] = await compileAot({ runner: runProcess, wamrc: f.wamrc, module: f.module, targets: ['x86_64'], workDir: f.dir, env: f.env({ WAMRC_DOUBLE_VERSION: '3.0.0', WAMRC_DOUBLE_FORMAT: '7' }) });
  assert.equal(newer!.formatVersion, 7);
  assert.match(newer!.note!, /newer than the WAMR releases/);
  assert.match(newer!.runtimes, /same WAMR build/);
  const [main] = await compileAot({ runner: runProcess, wamrc: f.wamrc, module: f.module, targets: ['aarch64'], workDir: f.dir, env: f.env({ WAMRC_DOUBLE_VERSION: '2.4.3', WAMRC_DOUBLE_FORMAT: '6' }) });
  assert.equal(main!.formatVersion, 6);
  await assert.rejects(
    compileAot({ runner: runProcess, wamrc: f.wamrc, module: f.module, targets: ['x86_64'], workDir: f.dir, env: f.env({ WAMRC_DOUBLE_VERSION: '2.4.3', WAMRC_DOUBLE_FORMAT: '4' }) }),
    code('AOT_VERSION_MISMATCH', /should write 5 or 6/),
  );
});

test('compileAot passes wamrc refusals through with its own message', async (t) => {
  const f = await fixture(t);
  // The double, like wamrc, refuses --cpu-features without --cpu: native + features is refused before it runs.
  await assert.rejects(
    compileAot({ runner: runProcess, wamrc: f.wamrc, module: f.module, targets: ['x86_64'], workDir: f.dir, env: f.env(), extraFlags: ['--bogus-flag'], version: parseWamrcVersion('wamrc 2.4.1'), cpu: 'native', cpuFeatures: '+avx', hostArch: 'x64' }),
    code('AOT_BAD_OPTION'),
  );
  const notWasm = join(f.dir, 'not.wasm');
  await writeFile(notWasm, 'hello');
  await assert.rejects(compileAot({ runner: runProcess, wamrc: f.wamrc, module: notWasm, targets: ['x86_64'], workDir: f.dir, env: f.env() }), code('AOT_COMPILE_FAILED', /magic header not detected/));
});
