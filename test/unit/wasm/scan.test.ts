// The streaming section walk (positioned reads) must say exactly what the in-memory reader says,
// errors and offsets included, whatever the module's size and wherever its sections fall.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { inspectWasm } from '../../../src/wasm/binary.js';
import { scanModuleFile, streamRanges } from '../../../src/wasm/scan.js';
import { planStrip, stripModule } from '../../../src/wasm/strip.js';
import { COMMAND_WAT, componentBytes, customSection, watToWasm } from '../../helpers/wasm-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasmpack-scan-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function sameAsInMemory(name: string, bytes: Buffer): Promise<void> {
  const { size, bytes: whole, ...scanned } = await scanModuleFile(await file(name, bytes));
  assert.equal(size, bytes.length);
  assert.deepEqual(scanned, inspectWasm(bytes), name);
  assert.equal(whole !== undefined, bytes.length <= 64 * 1024, 'a small module is read once, whole');
}

async function sameError(name: string, bytes: Buffer): Promise<void> {
  let expected: Error | undefined;
  try {
    inspectWasm(bytes);
  } catch (err) {
    expected = err as Error;
  }
  assert.ok(expected, `${name} must be invalid`);
  await assert.rejects(scanModuleFile(await file(name, bytes)), (err: Error) => err.name === expected!.name && err.message === expected!.message);
}

test('a small module: the same sections, imports, exports and custom names as the in-memory reader', async () => {
  const module = Buffer.concat([await watToWasm(COMMAND_WAT, { debugNames: true }), customSection('producers', Buffer.from([0])), customSection('.debug_info', Buffer.alloc(300, 7))]);
  await sameAsInMemory('small.wasm', module);
  await sameAsInMemory('component.wasm', componentBytes());
});

test('sections past the first read, a name across its edge, and a long name are read where they are', async () => {
  const command = await watToWasm(COMMAND_WAT);
  const header = command.subarray(0, 8);
  const rest = command.subarray(8);
  // 64 KiB - a few bytes of padding puts the next custom section's name across the first read's end.
  const pad = customSection('pad', Buffer.alloc(64 * 1024 - 40, 1));
  const straddling = customSection('a-name-that-crosses-the-first-read', Buffer.alloc(10));
  const longName = customSection('n'.repeat(1000), Buffer.alloc(5));
  const big = customSection('.debug_line', Buffer.alloc(200 * 1024, 2));
  await sameAsInMemory('large.wasm', Buffer.concat([header, pad, straddling, longName, big, rest]));
});

test('truncated and malformed modules fail with the in-memory reader\'s error and offset', async () => {
  const command = await watToWasm(COMMAND_WAT);
  await sameError('cut.wasm', command.subarray(0, command.length - 3));
  await sameError('cut-large.wasm', Buffer.concat([command, customSection('pad', Buffer.alloc(100 * 1024))]).subarray(0, 90 * 1024));
  // A custom section whose name is longer than the section.
  await sameError('bad-name.wasm', Buffer.concat([command.subarray(0, 8), Buffer.from([0, 3, 50, 0x61, 0x62])]));
  await sameError('bad-utf8.wasm', Buffer.concat([command.subarray(0, 8), Buffer.from([0, 3, 2, 0xff, 0xfe])]));
});

test('the kept ranges of the plan stream to exactly what stripModule writes', async () => {
  const module = Buffer.concat([await watToWasm(COMMAND_WAT, { debugNames: true }), customSection('.debug_info', Buffer.alloc(70 * 1024, 3)), customSection('producers', Buffer.from([0]))]);
  const path = await file('strip-me.wasm', module);
  const scan = await scanModuleFile(path);
  const plan = planStrip(scan.sections, scan.size);
  const chunks: Buffer[] = [];
  for await (const chunk of streamRanges(path, plan.kept)) chunks.push(chunk as Buffer);
  await stripModule(path, join(dir, 'stripped.wasm'));
  assert.deepEqual(Buffer.concat(chunks), await readFile(join(dir, 'stripped.wasm')));
  assert.equal(Buffer.concat(chunks).length, plan.after);
  assert.deepEqual(plan.removed, ['name', '.debug_info']);
});
