import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { uploadBody, uploadRing } from '../../../../src/targets/registry/upload-body.js';
import { READ_CHUNK } from '../../../../src/targets/files.js';
import { readAll, type HttpSend } from '../../../../src/targets/registry/http.js';
import { nodeTransport } from '../../../../src/targets/registry/node-transport.js';

async function scratchFile(t: { after(fn: () => Promise<void>): void }, bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-upload-body-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'blob');
  await writeFile(path, bytes);
  return path;
}

/** What a consumer that keeps nothing sees: each piece copied out as it arrives. */
async function copiedOut(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of body) pieces.push(Buffer.from(piece));
  return Buffer.concat(pieces);
}

test('uploadRing: a small blob gets one buffer of its size, a large one eight of READ_CHUNK', () => {
  assert.deepEqual(uploadRing(10).buffers.map((b) => b.length), [10]);
  assert.deepEqual(uploadRing(3 * READ_CHUNK + 1).buffers.map((b) => b.length), [READ_CHUNK, READ_CHUNK, READ_CHUNK, READ_CHUNK]);
  assert.deepEqual(uploadRing(100 * READ_CHUNK).buffers.map((b) => b.length), Array(8).fill(READ_CHUNK));
  assert.deepEqual(uploadRing(0).buffers.map((b) => b.length), [1]);
});

test('uploadBody: whole files and ranges come out exactly, the ring reused from one body to the next', async (t) => {
  const bytes = randomBytes(10 * READ_CHUNK + 12345);
  const path = await scratchFile(t, bytes);
  const ring = uploadRing(bytes.length);
  let counted = 0;
  assert.ok((await copiedOut(uploadBody(path, { start: 0, end: bytes.length }, ring, (n) => (counted += n)))).equals(bytes));
  assert.equal(counted, bytes.length);
  for (const [start, end] of [[1000, 3 * READ_CHUNK + 7], [READ_CHUNK, 2 * READ_CHUNK], [bytes.length - 5, bytes.length], [42, 42]] as const) {
    const got = await copiedOut(uploadBody(path, { start, end }, ring, () => undefined));
    assert.ok(got.equals(bytes.subarray(start, end)), `bytes [${start}, ${end})`);
  }
});

test("uploadBody hands out the ring's own buffers again and again: a consumer that kept pieces without copying them sees them overwritten", async (t) => {
  const bytes = randomBytes(20 * READ_CHUNK);
  const path = await scratchFile(t, bytes);
  const ring = uploadRing(bytes.length);
  const kept: Buffer[] = [];
  for await (const piece of uploadBody(path, { start: 0, end: bytes.length }, ring, () => undefined)) kept.push(piece as Buffer);
  assert.equal(kept.length, 20);
  assert.ok(kept.every((piece) => ring.buffers.some((buffer) => buffer.buffer === piece.buffer)), 'every piece lies in a ring buffer');
  assert.ok(!Buffer.concat(kept).equals(bytes), 'pieces were reused: this is why the body may only go to a consumer that is done with a piece before it asks for the next ones');
});

test('uploadBody: a second body while the first still holds the ring reads into buffers of its own; the ring is free again once both closed', async (t) => {
  const bytes = randomBytes(12 * READ_CHUNK + 5);
  const path = await scratchFile(t, bytes);
  const ring = uploadRing(bytes.length);
  const first = uploadBody(path, { start: 0, end: bytes.length }, ring, () => undefined);
  const second = uploadBody(path, { start: 0, end: bytes.length }, ring, () => undefined);
  const [a, b] = await Promise.all([copiedOut(first), copiedOut(second)]);
  assert.ok(a.equals(bytes) && b.equals(bytes), 'both bodies are the file');
  assert.equal(ring.lent, false);
  const third: Buffer[] = [];
  for await (const piece of uploadBody(path, { start: 0, end: READ_CHUNK }, ring, () => undefined)) third.push(piece as Buffer);
  assert.equal(third[0]!.buffer, ring.buffers[0]!.buffer, 'the next body gets the ring again');
});

test('uploadBody: a file shorter than the blob is an error naming the file, not a short body', async (t) => {
  const path = await scratchFile(t, randomBytes(100));
  await assert.rejects(copiedOut(uploadBody(path, { start: 0, end: 200 }, uploadRing(200), () => undefined)), (err: Error) => err.message.includes(path) && /ended at byte 100/.test(err.message));
  await assert.rejects(copiedOut(uploadBody(join(path, 'missing'), { start: 0, end: 1 }, uploadRing(1), () => undefined)), { code: 'ENOTDIR' });
});

for (const transport of ['node:http (direct)', 'undici (behind a proxy)'] as const) {
  test(`uploadBody through ${transport} to a server that reads slowly: the bytes that arrive are the file, with a ring far smaller than the blob`, async (t) => {
    const bytes = randomBytes(48 * READ_CHUNK + 3);
    const path = await scratchFile(t, bytes);
    // The server pauses between reads, so the socket backs up and the client pauses the body often.
    const server = createServer((req, res) => {
      const hash = createHash('sha256');
      req.on('data', (piece: Buffer) => {
        hash.update(piece);
        req.pause();
        setTimeout(() => req.resume(), 1);
      });
      req.on('end', () => res.end(hash.digest('hex')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;
    const send = transport === 'undici (behind a proxy)' ? undiciSend(t) : directSend(t);
    const ring = uploadRing(bytes.length);
    assert.ok(ring.buffers.length * READ_CHUNK < bytes.length / 4, 'the ring holds a small part of the blob');
    for (let round = 0; round < 2; round++) {
      const body = uploadBody(path, { start: 0, end: bytes.length }, ring, () => undefined);
      const res = await send({ method: 'PUT', url: `http://127.0.0.1:${port}/`, headers: { 'content-length': String(bytes.length) }, body });
      assert.equal((await readAll(res.body, 1024)).toString(), createHash('sha256').update(bytes).digest('hex'), `round ${round}: what arrived is the file`);
    }
  });
}

function directSend(t: { after(fn: () => Promise<void>): void }): HttpSend {
  const transport = nodeTransport({ connections: 2, connectTimeoutMs: 5_000, idleTimeoutMs: 30_000 });
  t.after(() => transport.close());
  return transport.send;
}

function undiciSend(t: { after(fn: () => Promise<void>): void }): HttpSend {
  const agent = new Agent();
  t.after(() => agent.close());
  return async (req) => {
    const res = await request(req.url, { dispatcher: agent, method: req.method as 'PUT', headers: req.headers, body: req.body ?? null });
    return { status: res.statusCode, headers: res.headers, body: res.body };
  };
}
