// node's zstd (node >= 22.15, wasmpack's floor) must give the same layer bytes however the tar
// stream was cut, or a layer's digest would depend on chunking (see zstdCompressor in
// src/oci/layer.ts); the zstd CLI checks the frames independently. test/e2e/node22-smoke.test.ts
// checks that node 22 and node 24 give the same zstd layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, createHash } from 'node:crypto';
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { reblock, zstdCompressor } from '../../../src/oci/layer.js';
import { MINIMAL_COMMAND } from '../../helpers/wasm-fixtures.js';

const exec = promisify(execFile);

function pieces(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

async function digestThrough(stages: Transform[], chunks: Buffer[]): Promise<string> {
  const hash = createHash('sha256');
  const sink = new Writable({
    write(chunk: Buffer, _enc, callback) {
      hash.update(chunk);
      callback();
    },
  });
  await pipeline([Readable.from(chunks), ...stages, sink]);
  return hash.digest('hex');
}

const INPUTS: Record<string, Buffer> = {
  text: Buffer.from('(module (func (export "_start")))\n'.repeat(40_000)),
  incompressible: createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16)).update(Buffer.alloc(3 << 20)),
  module: Buffer.concat([Buffer.alloc(512, 1), MINIMAL_COMMAND, Buffer.alloc(1024)]),
};

test('reblock hands on whole blocks whatever the input chunking, and every byte once', async () => {
  const input = INPUTS.text!;
  const seen: number[] = [];
  const out: Buffer[] = [];
  // A Writable sees each chunk as written (an async iterator would merge buffered chunks).
  const sink = new Writable({
    write(chunk: Buffer, _enc, callback) {
      seen.push(chunk.length);
      out.push(chunk);
      callback();
    },
  });
  await pipeline(Readable.from(pieces(input, 7777)), reblock(65536), sink);
  assert.ok(seen.slice(0, -1).every((n) => n === 65536), `all but the last are whole: ${seen.join(',')}`);
  assert.ok(seen.at(-1)! > 0 && seen.at(-1)! <= 65536);
  assert.deepEqual(Buffer.concat(out), input);
});

test("node's zstd fed whole blocks gives the same bytes however the layer's stream was cut", async () => {
  for (const [name, input] of Object.entries(INPUTS)) {
    const whole = await digestThrough(zstdCompressor(), [input]);
    for (const size of [512, 7777, 65536, 1 << 20]) assert.equal(await digestThrough(zstdCompressor(), pieces(input, size)), whole, `${name} in ${size}-byte pieces`);
  }
});

test('the zstd CLI (an independent decoder) reads the frames back: no checksum, the input exactly', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-zstd-'));
  try {
    for (const [name, input] of Object.entries(INPUTS)) {
      const out: Buffer[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _enc, callback) {
          out.push(chunk);
          callback();
        },
      });
      await pipeline([Readable.from(pieces(input, 7777)), ...zstdCompressor(), sink]);
      const file = join(dir, `${name}.zst`);
      await writeFile(file, Buffer.concat(out));
      const { stdout: listing } = await exec('zstd', ['-lv', file]);
      assert.match(listing, /Check: None/, `${name}: no checksum, as the digest recipe says`);
      const { stdout } = await exec('zstd', ['-dc', file], { encoding: 'buffer', maxBuffer: 64 << 20 });
      assert.ok(stdout.equals(input), `${name}: zstd -d gives the input back`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
