// node's built-in zstd (node >= 22.15) and zstd-napi must give the same layer bytes, or a layer's
// digest would depend on which one ran (see zstdCompressor in src/oci/layer.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, createHash } from 'node:crypto';
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { reblock, zstdCompressor, zstdNapiCompressor } from '../../../src/oci/layer.js';
import { MINIMAL_COMMAND } from '../../helpers/wasm-fixtures.js';

const hasNodeZstd = typeof (zlib as unknown as { createZstdCompress?: unknown }).createZstdCompress === 'function';

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

test("node's zstd (fed whole blocks) and zstd-napi give identical bytes at the layer level", async (t) => {
  if (!hasNodeZstd) {
    t.skip(`skipped: node ${process.version} has no zlib zstd (node >= 22.15 has)`);
    return;
  }
  for (const [name, input] of Object.entries(INPUTS)) {
    for (const size of [512, 7777, 65536, 1 << 20]) {
      const viaNode = await digestThrough(await zstdCompressor(), pieces(input, size));
      const viaNapi = await digestThrough([await zstdNapiCompressor()], pieces(input, size));
      assert.equal(viaNode, viaNapi, `${name} in ${size}-byte pieces`);
    }
  }
});

test('zstd-napi does not depend on how its input is cut', async () => {
  for (const [name, input] of Object.entries(INPUTS)) {
    const whole = await digestThrough([await zstdNapiCompressor()], [input]);
    for (const size of [512, 7777]) assert.equal(await digestThrough([await zstdNapiCompressor()], pieces(input, size)), whole, `${name} in ${size}-byte pieces`);
  }
});
