import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { isDebugSection, stripModule } from '../../../src/wasm/strip.js';
import { validateModule } from '../../../src/wasm/validate.js';
import { readSections } from '../../../src/wasm/binary.js';
import { WasmpackError } from '../../../src/errors.js';
import { COMMAND_WAT, customSection, watToWasm } from '../../helpers/wasm-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasmpack-strip-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function nonCustomSections(bytes: Buffer): Buffer[] {
  return readSections(bytes)
    .filter((s) => s.id !== 0)
    .map((s) => bytes.subarray(s.start, s.end));
}

test('stripping drops the name section, keeps every other section byte for byte, and still validates', async () => {
  const withNames = await watToWasm(COMMAND_WAT, { debugNames: true });
  // Add DWARF-like and kept custom sections around the module's own.
  const input = Buffer.concat([withNames, customSection('.debug_info', Buffer.alloc(300, 7)), customSection('producers', Buffer.from([0])), customSection('sourceMappingURL', Buffer.from('x'))]);
  const src = join(dir, 'in.wasm');
  const out = join(dir, 'out.wasm');
  await writeFile(src, input);
  const result = await stripModule(src, out);
  const stripped = await readFile(out);
  assert.deepEqual(result.removed, ['name', '.debug_info', 'sourceMappingURL']);
  assert.equal(result.before, input.length);
  assert.equal(result.after, stripped.length);
  assert.ok(result.after < result.before - 300, `size shrinks: ${result.before} -> ${result.after}`);
  assert.deepEqual(nonCustomSections(stripped), nonCustomSections(input));
  assert.deepEqual(stripped.subarray(0, 8), input.subarray(0, 8));
  const report = await validateModule(out);
  assert.deepEqual(report.customSections, ['producers']);
  assert.equal(report.isCommand, true);
  assert.deepEqual((await readdir(dir)).sort(), ['in.wasm', 'out.wasm'], 'no temp file left');
});

test('stripping is deterministic and idempotent', async () => {
  const src = join(dir, 'det.wasm');
  await writeFile(src, await watToWasm(COMMAND_WAT, { debugNames: true }));
  await stripModule(src, join(dir, 'a.wasm'));
  await stripModule(src, join(dir, 'b.wasm'));
  const again = await stripModule(join(dir, 'a.wasm'), join(dir, 'c.wasm'));
  const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => readFile(join(dir, `${n}.wasm`))));
  assert.deepEqual(a, b);
  assert.deepEqual(a, c);
  assert.deepEqual(again.removed, []);
});

test('stripping in place (input === output) works', async () => {
  const path = join(dir, 'inplace.wasm');
  await writeFile(path, await watToWasm(COMMAND_WAT, { debugNames: true }));
  const result = await stripModule(path, path);
  assert.deepEqual(result.removed, ['name']);
  assert.equal((await readFile(path)).length, result.after);
});

test('which sections count as debug info', () => {
  for (const name of ['name', '.debug_info', '.debug_line', '.debug_str', 'sourceMappingURL', 'external_debug_info']) assert.equal(isDebugSection(name), true, name);
  for (const name of ['producers', 'target_features', 'dylink.0', 'component-type:app', 'linking', 'names']) assert.equal(isDebugSection(name), false, name);
});

test('stripping a non-wasm or truncated file fails with a coded error and writes nothing', async () => {
  const text = join(dir, 'text.wasm');
  await writeFile(text, 'not wasm');
  await assert.rejects(stripModule(text, join(dir, 'never.wasm')), (e: unknown) => e instanceof WasmpackError && e.code === 'NOT_WASM');
  const cut = join(dir, 'cut.wasm');
  const whole = await watToWasm(COMMAND_WAT);
  await writeFile(cut, whole.subarray(0, whole.length - 3));
  await assert.rejects(stripModule(cut, join(dir, 'never.wasm')), (e: unknown) => e instanceof WasmpackError && e.code === 'WASM_INVALID');
  assert.ok(!(await readdir(dir)).includes('never.wasm'));
});
