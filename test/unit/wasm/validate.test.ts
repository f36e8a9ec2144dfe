import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { validateModule, importWarning } from '../../../src/wasm/validate.js';
import { describeLeadingBytes, inspectWasm, readHeader } from '../../../src/wasm/binary.js';
import { WasmpackError } from '../../../src/errors.js';
import { commandComponent } from '../../helpers/jco.js';
import { COMMAND_WAT, CORE_HEADER, REACTOR_WAT, WASMEDGE_WAT, componentBytes, customSection, section, watToWasm } from '../../helpers/wasm-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasmpack-validate-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function rejectsWith(promise: Promise<unknown>, code: string, pattern?: RegExp): Promise<WasmpackError> {
  const err = await promise.then(
    () => assert.fail(`expected ${code}`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof WasmpackError, `not a WasmpackError: ${String(err)}`);
  assert.equal(err.code, code, err.message);
  if (pattern) assert.match(err.message, pattern);
  assert.ok(err.hint && err.hint.length > 0, 'every error carries a hint');
  return err;
}

test('a valid command module: imports, exports, custom sections, isCommand', async () => {
  const bytes = await watToWasm(COMMAND_WAT, { debugNames: true });
  const report = await validateModule(await file('command.wasm', bytes));
  assert.equal(report.kind, 'module');
  assert.equal(report.size, bytes.length);
  assert.equal(report.isCommand, true);
  assert.deepEqual(report.imports, [
    { module: 'wasi_snapshot_preview1', name: 'fd_write', kind: 'func' },
    { module: 'wasi_snapshot_preview1', name: 'proc_exit', kind: 'func' },
  ]);
  assert.deepEqual(report.exports, [
    { name: 'memory', kind: 'memory' },
    { name: '_start', kind: 'func' },
  ]);
  assert.deepEqual(report.customSections, ['name']);
  assert.deepEqual(report.nonWasiImportModules, []);
  assert.deepEqual(report.warnings, []);
});

test('a reactor without _start fails with WASM_NOT_COMMAND unless allowed', async () => {
  const path = await file('reactor.wasm', await watToWasm(REACTOR_WAT));
  const err = await rejectsWith(validateModule(path), 'WASM_NOT_COMMAND', /_start/);
  assert.match(err.hint!, /cargo bin target|main\(\)/);
  const report = await validateModule(path, { requireCommand: false });
  assert.equal(report.isCommand, false);
  assert.deepEqual(report.exports.map((e) => e.name), ['memory', '_initialize', 'add']);
});

test('non-WASI imports are listed by module with the runtime they need; every import kind decodes', async () => {
  const report = await validateModule(await file('wasmedge.wasm', await watToWasm(WASMEDGE_WAT)));
  assert.deepEqual(report.nonWasiImportModules, ['env', 'wasmedge_wasi_socket']);
  assert.deepEqual(
    report.imports.filter((i) => i.module === 'env').map((i) => i.kind),
    ['func', 'table', 'memory', 'global'],
  );
  assert.equal(report.warnings.length, 2);
  assert.match(report.warnings[0]!, /"env".*missing_symbol.*link error/);
  assert.match(report.warnings[1]!, /"wasmedge_wasi_socket".*sock_open, sock_bind.*only WasmEdge/);
});

test('import warnings name the runtime for each known host module', () => {
  const one = (module: string, name = 'f') => importWarning(module, [{ module, name, kind: 'func' }]);
  assert.match(one('wasi_unstable'), /old WASI snapshot 0.*most runtimes still accept/);
  assert.match(one('wasi:cli/environment@0.2.0'), /WASI 0\.2.*adapter/);
  assert.match(one('wasi', 'thread-spawn'), /wasi-threads/);
  assert.match(one('gojs'), /GOOS=wasip1/);
  assert.match(one('acme_host'), /only a runtime that implements "acme_host"/);
});

test('a component is reported as such and rejected by default with WASM_COMPONENT', async () => {
  const path = await file('component.wasm', componentBytes());
  await rejectsWith(validateModule(path), 'WASM_COMPONENT', /component \(WASI 0\.2\)/);
  const report = await validateModule(path, { accept: ['module', 'component'] });
  assert.equal(report.kind, 'component');
  assert.equal(report.isCommand, true, 'exports wasi:cli/run');
  assert.deepEqual(report.imports, [
    { module: '', name: 'wasi:cli/environment@0.2.0', kind: 'instance' },
    { module: '', name: 'wasi:io/error@0.2.0', kind: 'type' },
  ]);
  assert.deepEqual(report.exports, [
    { name: 'wasi:cli/run@0.2.0', kind: 'instance' },
    { name: 'hello', kind: 'func' },
  ]);
  assert.deepEqual(report.customSections, ['producers']);
  assert.deepEqual(report.warnings, []);
  const header = readHeader(componentBytes());
  assert.deepEqual(header, { kind: 'component', version: 0x0d, layer: 1 });
});

test('a real component (jco new --wasi-command) is rejected by default and reported as a command when accepted', async () => {
  const core = await file('core.wasm', await watToWasm(COMMAND_WAT));
  const path = await commandComponent(core, core.replace(/core\.wasm$/, 'real-component.wasm'));
  await rejectsWith(validateModule(path), 'WASM_COMPONENT', /component \(WASI 0\.2\)/);
  const report = await validateModule(path, { accept: ['module', 'component'] });
  assert.equal(report.kind, 'component');
  assert.equal(report.isCommand, true);
  assert.ok(report.exports.some((e) => /^wasi:cli\/run@0\.2\./.test(e.name)), report.exports.map((e) => e.name).join(', '));
  assert.ok(report.imports.some((i) => /^wasi:cli\/exit@0\.2\./.test(i.name)), 'the preview1 adapter imports wasi:cli/exit');
});

test('an undecodable component export keeps the names read so far and says so', () => {
  const broken = Buffer.concat([componentBytes(), section(11, Buffer.from([0x02, 0x00, 0x01, 0x41, 0x09]))]);
  const info = inspectWasm(broken);
  assert.equal(info.exports.length, 2);
  assert.equal(info.notes.length, 1);
  assert.match(info.notes[0]!, /could not decode every component export/);
});

test('files that are not wasm say what they look like (NOT_WASM)', async () => {
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
  const err = await rejectsWith(validateModule(await file('app', elf)), 'NOT_WASM', /starts with ELF/);
  assert.match(err.hint!, /--wasm.*wasm32-wasi/);
  await rejectsWith(validateModule(await file('notes.txt', 'hello world\nthis is text\n')), 'NOT_WASM', /is text \("hello world/);
  await rejectsWith(validateModule(await file('app.wat', '(module (func))')), 'NOT_WASM', /WebAssembly text/);
  await rejectsWith(validateModule(await file('empty.wasm', Buffer.alloc(0))), 'NOT_WASM', /is empty/);
  await rejectsWith(validateModule(await file('aot', Buffer.from([0x00, 0x61, 0x6f, 0x74, 3, 0, 0, 0]))), 'NOT_WASM', /WAMR AOT/);
  assert.match(describeLeadingBytes(Buffer.from([1, 2, 3, 4, 0, 0xff])), /01 02 03 04 00 ff instead of 00 61 73 6d/);
});

test('a truncated module fails with WASM_INVALID and the offset', async () => {
  const whole = await watToWasm(COMMAND_WAT);
  await rejectsWith(validateModule(await file('cut.wasm', whole.subarray(0, whole.length - 5))), 'WASM_INVALID', /truncated|end of data/);
  await rejectsWith(validateModule(await file('header-only.wasm', whole.subarray(0, 6))), 'WASM_INVALID', /header/);
});

test('a structurally sound but invalid module fails with wabt\'s message (WASM_INVALID)', async () => {
  // type section: one func type () -> (); function section: 1 func of type 0; code: body `i32.add; end`
  // (pops from an empty stack): sections parse, validation fails.
  const type = section(1, Buffer.from([0x01, 0x60, 0x00, 0x00]));
  const func = section(3, Buffer.from([0x01, 0x00]));
  const exp = section(7, Buffer.concat([Buffer.from([0x01, 0x06]), Buffer.from('_start'), Buffer.from([0x00, 0x00])]));
  const code = section(10, Buffer.from([0x01, 0x03, 0x00, 0x6a, 0x0b]));
  const path = await file('invalid.wasm', Buffer.concat([CORE_HEADER, type, func, exp, code]));
  await rejectsWith(validateModule(path), 'WASM_INVALID', /type mismatch|expected|i32\.add/);
});

test('an unknown core version is WASM_INVALID', async () => {
  const path = await file('v2.wasm', Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00]));
  await rejectsWith(validateModule(path), 'WASM_INVALID', /version 2/);
});

test('custom section names are listed in file order', () => {
  const bytes = Buffer.concat([CORE_HEADER, customSection('producers'), customSection('.debug_info', Buffer.from([1, 2])), customSection('target_features')]);
  assert.deepEqual(inspectWasm(bytes).customSections, ['producers', '.debug_info', 'target_features']);
});

test('a missing file is WASM_NOT_FOUND', async () => {
  await rejectsWith(validateModule(join(dir, 'nope.wasm')), 'WASM_NOT_FOUND');
});
