import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectWasm } from '../../../src/wasm/binary.js';
import { reportOf, validateModule, type ModuleReport } from '../../../src/wasm/validate.js';
import { componentEntryPoints, componentInterfaces, decideFormat, peekWasmKind } from '../../../src/pipeline/component.js';
import { WasmpackError } from '../../../src/errors.js';
import { COMMAND_WAT, COMPONENT_HEADER, leb, section, wasmName, watToWasm } from '../../helpers/wasm-fixtures.js';
import { commandComponent, libraryComponent, witInterfaces } from '../../helpers/jco.js';

/*
 * Real components come from jco (`jco new --wasi-command`, `jco embed` + `jco new`), and `jco wit`
 * says independently what they import and export. The hand-built binaries below are kept only for
 * what jco cannot make: an HTTP handler, a component exporting nothing, a truncated export list.
 */

/** A component with instance imports and the given instance exports (parseable, not linkable). */
function component(imports: string[], exports: string[]): Buffer {
  const importEntries = imports.map((name, i) => Buffer.concat([Buffer.from([0x00]), wasmName(name), Buffer.from([0x05]), leb(i)]));
  const exportEntries = exports.map((name, i) => Buffer.concat([Buffer.from([0x00]), wasmName(name), Buffer.from([0x05]), leb(i), Buffer.from([0x00])]));
  return Buffer.concat([
    COMPONENT_HEADER,
    ...(imports.length ? [section(10, Buffer.concat([leb(imports.length), ...importEntries]))] : []),
    ...(exports.length ? [section(11, Buffer.concat([leb(exports.length), ...exportEntries]))] : []),
  ]);
}

function reportOfBytes(bytes: Buffer): ModuleReport {
  return reportOf(inspectWasm(bytes), bytes.length);
}

const IMPORTS = ['wasi:cli/environment@0.2.0', 'wasi:cli/stdout@0.2.0', 'wasi:io/streams@0.2.0'];
const COMMAND = reportOfBytes(component(IMPORTS, ['wasi:cli/run@0.2.0']));
const HTTP = reportOfBytes(component(['wasi:http/types@0.2.0'], ['wasi:http/incoming-handler@0.2.0']));
const LIBRARY = reportOfBytes(component([], ['acme:greeter/greet@0.1.0']));
const EMPTY = reportOfBytes(COMPONENT_HEADER);

test('format table: a module stays compat unless asked; a component becomes the artifact unless asked', async () => {
  const module = reportOfBytes(await watToWasm(COMMAND_WAT));
  const rows: Array<[ModuleReport, 'compat' | 'artifact' | undefined, 'compat' | 'artifact']> = [
    [module, undefined, 'compat'],
    [module, 'compat', 'compat'],
    [module, 'artifact', 'artifact'],
    [COMMAND, undefined, 'artifact'],
    [COMMAND, 'artifact', 'artifact'],
    [COMMAND, 'compat', 'compat'],
    [HTTP, undefined, 'artifact'],
    [HTTP, 'compat', 'compat'],
    [LIBRARY, undefined, 'artifact'],
    [LIBRARY, 'compat', 'compat'],
  ];
  for (const [report, requested, expected] of rows) {
    const decision = decideFormat({ report, ...(requested ? { requested } : {}) });
    assert.equal(decision.format, expected, `${report.kind} ${report.exports.map((e) => e.name).join(',')} --format ${requested ?? '(default)'}`);
    assert.equal(decision.component !== undefined, report.kind === 'component', 'only components get a component config field');
  }
  assert.deepEqual(decideFormat({ report: module }).notes, [], 'nothing to say about a plain module');
});

test('the artifact config lists the component\'s imports and exports by name', () => {
  const decision = decideFormat({ report: COMMAND });
  assert.deepEqual(decision.component, { imports: IMPORTS, exports: ['wasi:cli/run@0.2.0'] });
  assert.equal(decision.warnings.length, 0);
  assert.match(decision.notes.join('\n'), /CNCF Wasm OCI artifact \(os wasip2, 3 imports, 1 exports/);
  assert.match(decision.notes.join('\n'), /--format compat/);
});

test('a component as compat: an info line names the runtimes; a warning only when nothing is runnable', () => {
  for (const report of [COMMAND, HTTP]) {
    const decision = decideFormat({ report, requested: 'compat' });
    assert.match(decision.notes.join('\n'), /runwasi's wasmtime shim runs it/);
    assert.match(decision.notes.join('\n'), /crun's handlers, WAMR and wasmer load core modules only/);
    assert.deepEqual(decision.warnings, [], report.exports[0]!.name);
  }
  const library = decideFormat({ report: LIBRARY, requested: 'compat' });
  assert.equal(library.format, 'compat');
  assert.equal(library.warnings.length, 1);
  assert.match(library.warnings[0]!, /neither wasi:cli\/run nor wasi:http\/incoming-handler \(it exports acme:greeter\/greet@0\.1\.0\)/);
  assert.match(library.warnings[0]!, /not runnable as a command/);
  assert.deepEqual(decideFormat({ report: LIBRARY }).warnings, [], 'a library component is fine as an artifact');
});

test('env, cmd and labels cannot go into an artifact: the build says so instead of dropping them silently', async () => {
  const runSettings = { env: true, cmd: false, labels: true };
  const [warning] = decideFormat({ report: COMMAND, runSettings }).warnings;
  assert.match(warning ?? '', /no run configuration, so these settings are not recorded: env, labels \(use --format compat/);
  assert.deepEqual(decideFormat({ report: COMMAND, requested: 'compat', runSettings }).warnings, [], 'compat keeps them');
  const module = reportOfBytes(await watToWasm(COMMAND_WAT));
  assert.equal(decideFormat({ report: module, requested: 'artifact', runSettings: { cmd: true } }).warnings.length, 1);
});

test('no format serves a component that exports nothing, or AOT of a component', () => {
  assert.throws(() => decideFormat({ report: EMPTY }), (err: WasmpackError) => {
    assert.equal(err.code, 'WASM_NOT_COMMAND');
    assert.match(err.message, /component that exports nothing/);
    assert.match(err.hint ?? '', /wasm32-wasip2/);
    return true;
  });
  assert.throws(() => decideFormat({ report: EMPTY, requested: 'compat' }), { code: 'WASM_NOT_COMMAND' });
  assert.throws(() => decideFormat({ report: COMMAND, aot: true }), (err: WasmpackError) => {
    assert.equal(err.code, 'AOT_COMPONENT');
    assert.match(err.hint ?? '', /drop --aot/);
    return true;
  });
});

test('an export list the reader could not finish is not mistaken for "exports nothing"', () => {
  // export section: count 1, then an unknown name encoding byte: the reader keeps what it read and notes it
  const broken = reportOfBytes(Buffer.concat([COMPONENT_HEADER, section(11, Buffer.from([0x01, 0x07]))]));
  assert.equal(broken.exports.length, 0);
  assert.ok(broken.warnings.some((w) => w.startsWith('could not decode every component export')), broken.warnings.join('\n'));
  assert.equal(decideFormat({ report: broken }).format, 'artifact');
});

test('componentEntryPoints and componentInterfaces read versioned and unversioned names', () => {
  const report = reportOfBytes(component(['wasi:io/streams@0.2.0', 'wasi:io/streams@0.2.0'], ['wasi:cli/run', 'wasi:http/incoming-handler@0.2.3']));
  assert.deepEqual(componentEntryPoints(report), { command: true, httpProxy: true });
  assert.deepEqual(componentInterfaces(report).imports, ['wasi:io/streams@0.2.0'], 'each name once');
  assert.deepEqual(componentEntryPoints(LIBRARY), { command: false, httpProxy: false });
  assert.deepEqual(componentEntryPoints(reportOfBytes(component([], ['wasi:cli/runner@1.0.0']))), { command: false, httpProxy: false }, 'a prefix is not a match');
});

test('a real command component (jco new --wasi-command): its interfaces as jco wit reads them, and the artifact by default', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-component-unit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'core.wasm'), await watToWasm(COMMAND_WAT));
  const path = await commandComponent(join(dir, 'core.wasm'), join(dir, 'command.wasm'));
  const report = await validateModule(path, { accept: ['module', 'component'], requireCommand: false });
  assert.equal(report.kind, 'component');
  const wit = await witInterfaces(path);
  const ours = componentInterfaces(report);
  assert.deepEqual([...ours.imports].sort(), [...wit.imports].sort());
  assert.deepEqual(ours.exports, wit.exports);
  assert.deepEqual(componentEntryPoints(report), { command: true, httpProxy: false });
  const decision = decideFormat({ report });
  assert.equal(decision.format, 'artifact');
  assert.deepEqual(decision.warnings, []);
});

test('peekWasmKind reads the layer field; validateModule accepts a (real, library) component without requiring a command', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-component-unit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const paths = { module: join(dir, 'm.wasm'), component: await libraryComponent(dir, watToWasm), text: join(dir, 't.wasm'), short: join(dir, 's.wasm') };
  await writeFile(paths.module, await watToWasm(COMMAND_WAT));
  await writeFile(paths.text, '(module)');
  await writeFile(paths.short, '\0asm');
  assert.equal(await peekWasmKind(paths.module), 'module');
  assert.equal(await peekWasmKind(paths.component), 'component');
  assert.equal(await peekWasmKind(paths.text), undefined);
  assert.equal(await peekWasmKind(paths.short), undefined);
  assert.equal(await peekWasmKind(join(dir, 'missing.wasm')), undefined);
  const report = await validateModule(paths.component, { accept: ['module', 'component'], requireCommand: false });
  assert.equal(report.kind, 'component');
  assert.equal(report.isCommand, false);
  assert.deepEqual(report.imports.map((i) => i.name), []);
  assert.deepEqual(componentInterfaces(report).exports, ['acme:greeter/greet@0.1.0']);
  const library = decideFormat({ report, requested: 'compat' });
  assert.match(library.warnings.join('\n'), /not runnable as a command/);
});
