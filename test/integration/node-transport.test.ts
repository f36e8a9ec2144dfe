/**
 * node-transport.ts against real sockets on loopback: what the registry client relies on from it
 * (every header a server repeated, bodies streamed with their length, timeouts that name
 * themselves as ETIMEDOUT so the retry policy knows them, kept-alive connections).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { nodeTransport } from '../../src/targets/registry/node-transport.js';
import { readAll } from '../../src/targets/registry/http.js';
import { isRetryable } from '../../src/targets/registry/retries.js';

async function server(t: { after(fn: () => Promise<void>): void }, handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const s = createServer(handle);
  s.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  t.after(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        s.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, connections: () => connections };
}

const settings = { connections: 2, connectTimeoutMs: 5_000, idleTimeoutMs: 5_000 };

test('headers a server sends twice keep both values; names are lower case', async (t) => {
  const { url } = await server(t, (_req, res) => {
    res.setHeader('WWW-Authenticate', ['Basic realm="a"', 'Bearer realm="b"']);
    res.setHeader('Docker-Content-Digest', 'sha256:abc');
    res.end();
  });
  const transport = nodeTransport(settings);
  t.after(() => transport.close());
  const res = await transport.send({ method: 'GET', url: `${url}/v2/`, headers: {} });
  await readAll(res.body, 1024);
  assert.deepEqual(res.headers['www-authenticate'], ['Basic realm="a"', 'Bearer realm="b"']);
  assert.equal(res.headers['docker-content-digest'], 'sha256:abc');
});

test('a streamed body goes with the length its caller states; a buffer states its own; the connection is kept for the next request', async (t) => {
  const seen: Array<{ length?: string; chunked: boolean; bytes: number }> = [];
  const { url, connections } = await server(t, (req, res) => {
    let bytes = 0;
    req.on('data', (piece: Buffer) => (bytes += piece.length));
    req.on('end', () => {
      seen.push({ ...(req.headers['content-length'] ? { length: req.headers['content-length'] } : {}), chunked: req.headers['transfer-encoding'] === 'chunked', bytes });
      res.statusCode = 201;
      res.end();
    });
  });
  const transport = nodeTransport(settings);
  t.after(() => transport.close());
  const streamed = await transport.send({ method: 'PUT', url: `${url}/a`, headers: { 'content-length': '6' }, body: Readable.from([Buffer.from('abc'), Buffer.from('def')]) });
  await readAll(streamed.body, 1024);
  const buffered = await transport.send({ method: 'PUT', url: `${url}/b`, headers: {}, body: Buffer.from('hello') });
  await readAll(buffered.body, 1024);
  assert.deepEqual(seen, [{ length: '6', chunked: false, bytes: 6 }, { length: '5', chunked: false, bytes: 5 }]);
  assert.equal(connections(), 1, 'one kept-alive connection served both');
});

test('a server that never answers is given up after the idle timeout with ETIMEDOUT, which is retryable', async (t) => {
  const { url } = await server(t, () => undefined);
  const transport = nodeTransport({ ...settings, idleTimeoutMs: 200 });
  t.after(() => transport.close());
  const started = Date.now();
  await assert.rejects(transport.send({ method: 'GET', url: `${url}/v2/`, headers: {} }), (err: Error & { code?: string }) => {
    assert.equal(err.code, 'ETIMEDOUT');
    assert.match(err.message, /no data from the registry/);
    assert.ok(isRetryable(err));
    return true;
  });
  assert.ok(Date.now() - started < 4_000, 'it did not wait for anything else');
});

test('a body that fails fails the request, and the server never gets a whole request', async (t) => {
  let completed = false;
  const { url } = await server(t, (req, res) => {
    req.on('error', () => undefined);
    req.on('end', () => {
      completed = true;
      res.end();
    });
    req.resume();
  });
  const transport = nodeTransport(settings);
  t.after(() => transport.close());
  const failing = new Readable({
    read() {
      this.push(Buffer.alloc(1000));
      this.destroy(Object.assign(new Error('the file vanished'), { code: 'ENOENT' }));
    },
  });
  await assert.rejects(transport.send({ method: 'PUT', url: `${url}/blob`, headers: { 'content-length': '100000' }, body: failing }), /the file vanished/);
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(completed, false, 'the server never saw the request end as if whole');
});
