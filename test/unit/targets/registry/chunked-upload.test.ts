/**
 * Chunked uploads, retries and --verbose lines against an in-memory registry double
 * (chunkedRegistryDouble): offsets, resume after a reset, a lost session, cut-off answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { CredentialStore } from '../../../../src/auth/credentials.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesBlob, openBytes, openerBlob } from '../../../../src/oci/content.js';
import { fileBlob } from '../../../../src/targets/files.js';
import { RegistryClient, type RegistryClientOptions } from '../../../../src/targets/registry/client.js';
import type { HttpRequest, HttpResponse, HttpSend } from '../../../../src/targets/registry/http.js';
import type { RetryEnvironment } from '../../../../src/targets/registry/retries.js';
import { confirmedOffset, contentRange } from '../../../../src/targets/registry/upload-range.js';

const noCredentialsDouble: CredentialStore = { get: async () => undefined, searched: () => ['double'] };
/** Test double for the retry clock: no waiting. */
const instantClock: RetryEnvironment = { sleep: async () => undefined, random: () => 0.5, now: () => 0 };

type Fault = 'reset-midway' | 'reset-after-storing' | 'lose-session' | '503' | 'cut-body';

/**
 * Test double of a registry's upload API, enough for chunked uploads: sessions with offsets,
 * PATCH with Content-Range checks, GET status with Range, PUT ?digest=, HEAD blob, and manifest
 * GET. `faults` is consulted per request ("METHOD kind #n").
 */
function chunkedRegistryDouble(faults: (req: HttpRequest, n: number) => Fault | undefined = () => undefined): HttpSend & { seen: HttpRequest[]; received: number; blobs: Map<string, Buffer>; manifest?: Buffer } {
  const sessions = new Map<string, Buffer[]>();
  const blobs = new Map<string, Buffer>();
  let nextId = 0;
  const seen: HttpRequest[] = [];
  const answer = (status: number, headers: Record<string, string> = {}, body = ''): HttpResponse => ({ status, headers: { 'content-length': String(Buffer.byteLength(body)), ...headers }, body: Readable.from(body ? [Buffer.from(body)] : []) });
  const reset = (): never => {
    throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  };
  const readBody = async (body: HttpRequest['body'], limit = Infinity): Promise<Buffer> => {
    if (body === undefined) return Buffer.alloc(0);
    if (typeof body === 'string' || Buffer.isBuffer(body)) return Buffer.from(body).subarray(0, limit);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= limit) {
        body.destroy();
        break;
      }
    }
    return Buffer.concat(chunks).subarray(0, limit);
  };
  const send = (async (req: HttpRequest): Promise<HttpResponse> => {
    seen.push(req);
    const n = seen.length;
    const fault = faults(req, n);
    const url = new URL(req.url);
    const path = url.pathname;
    if (path === '/v2/') return answer(200);
    if (fault === '503') {
      await readBody(req.body);
      return answer(503);
    }
    const sessionMatch = /\/blobs\/uploads\/([^/]+)$/.exec(path);
    if (req.method === 'POST') return answer(202, { location: `/v2/a/b/blobs/uploads/s${++nextId}?_state=st-${nextId}-0`, range: '0-0' });
    if (sessionMatch) {
      const id = sessionMatch[1]!;
      const parts = sessions.get(id) ?? (sessions.set(id, []), sessions.get(id)!);
      const offset = parts.reduce((s, p) => s + p.length, 0);
      if (fault === 'lose-session') {
        sessions.delete(id);
        await readBody(req.body);
        return answer(404, {}, JSON.stringify({ errors: [{ code: 'BLOB_UPLOAD_UNKNOWN' }] }));
      }
      if (req.method === 'GET') return answer(204, { location: `/v2/a/b/blobs/uploads/${id}?_state=st-${id}-${offset}`, range: offset === 0 ? '0-0' : `0-${offset - 1}` });
      if (req.method === 'PATCH') {
        const range = /^(\d+)-(\d+)$/.exec(req.headers['content-range'] ?? '');
        if (!range || Number(range[1]) !== offset) return answer(416);
        const length = Number(range[2]) - Number(range[1]) + 1;
        if (fault === 'reset-midway') {
          // The double keeps nothing of a chunk that did not arrive whole (as a buffering proxy would).
          await readBody(req.body, Math.floor(length / 2));
          return reset();
        }
        const data = await readBody(req.body);
        assert.equal(data.length, length, 'Content-Range and body agree');
        parts.push(data);
        send.received += data.length;
        const now = offset + data.length;
        if (fault === 'reset-after-storing') return reset();
        return answer(202, { location: `/v2/a/b/blobs/uploads/${id}?_state=st-${id}-${now}`, range: `0-${now - 1}` });
      }
      if (req.method === 'PUT') {
        const digest = url.searchParams.get('digest')!;
        const data = Buffer.concat([...parts, await readBody(req.body)]);
        sessions.delete(id);
        blobs.set(digest, data);
        if (fault === 'reset-after-storing') return reset();
        return answer(201, { 'docker-content-digest': digest });
      }
      if (req.method === 'DELETE') return answer(204);
    }
    const blobMatch = /\/blobs\/(sha256:[0-9a-f]{64})$/.exec(path);
    if (blobMatch && req.method === 'HEAD') return answer(blobs.has(blobMatch[1]!) ? 200 : 404);
    if (path.includes('/manifests/') && req.method === 'GET') {
      const body = send.manifest!;
      if (fault === 'cut-body') {
        const cut = new Readable({ read() {} });
        cut.push(body.subarray(0, 10));
        setImmediate(() => cut.destroy(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })));
        return { status: 200, headers: { 'content-length': String(body.length), 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: cut };
      }
      return answer(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body.toString());
    }
    return answer(404);
  }) as HttpSend & { seen: HttpRequest[]; received: number; blobs: Map<string, Buffer>; manifest?: Buffer };
  send.seen = seen;
  send.received = 0;
  send.blobs = blobs;
  return send;
}

function client(send: HttpSend, extra: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({ registry: 'localhost:5000', scheme: 'http', credentials: noCredentialsDouble, send, retryEnvironment: instantClock, chunkThreshold: 1000, chunkSize: 256, now: () => 0, ...extra });
}

function blobOf(size: number) {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
  return bytesBlob('application/octet-stream', bytes);
}

const patches = (send: { seen: HttpRequest[] }) => send.seen.filter((r) => r.method === 'PATCH').map((r) => r.headers['content-range']);

test('byte ranges: Content-Range is inclusive, "0-0" means nothing yet, blobs open exact ranges', async (t) => {
  assert.equal(contentRange(0, 256), '0-255');
  assert.equal(confirmedOffset('0-0'), 0);
  assert.equal(confirmedOffset('0-255'), 256);
  assert.equal(confirmedOffset('bytes=0-9'), 10);
  assert.equal(confirmedOffset('5-9'), undefined);
  assert.equal(confirmedOffset(undefined), undefined);
  const read = async (stream: Readable): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString();
  };
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-range-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'blob'), 'abcdefghijklmnop');
  const descriptor = { mediaType: 'application/octet-stream', digest: `sha256:${'0'.repeat(64)}`, size: 16 };
  // A file seeks, bytes slice, and a stream-only opener is read and cut: all give the same bytes.
  const streamOnly = openerBlob(descriptor, () => Readable.from([Buffer.from('abcdefg'), Buffer.from('hijklmnop')]));
  for (const blob of [fileBlob(descriptor, join(dir, 'blob')), bytesBlob('application/octet-stream', Buffer.from('abcdefghijklmnop')), streamOnly]) {
    assert.equal(await read(openBytes(blob, { start: 4, end: 11 })), 'efghijk');
    assert.equal(await read(openBytes(blob, { start: 15, end: 16 })), 'p');
    assert.equal(await read(openBytes(blob, { start: 3, end: 3 })), '');
    assert.equal(await read(openBytes(blob, { start: 0, end: 16 })), 'abcdefghijklmnop');
  }
});

test('a blob above the threshold goes up in PATCH chunks with Content-Range, then PUT ?digest=', async () => {
  const send = chunkedRegistryDouble();
  const blob = blobOf(1100);
  assert.equal(await client(send).pushBlob('a/b', blob), 'pushed');
  assert.deepEqual(patches(send), ['0-255', '256-511', '512-767', '768-1023', '1024-1099']);
  const put = send.seen.find((r) => r.method === 'PUT')!;
  assert.equal(put.headers['content-length'], '0');
  assert.match(put.url, /_state=st-s1-1100&digest=sha256%3A/, 'the last Location is followed');
  assert.ok(send.blobs.get(blob.descriptor.digest)!.equals(blob.bytes));
  assert.equal(send.received, 1100);
});

test('a reset in the middle of a chunk resumes from the offset the registry confirms', async () => {
  const send = chunkedRegistryDouble((req) => (req.method === 'PATCH' && req.headers['content-range'] === '512-767' && !resetDone++ ? 'reset-midway' : undefined));
  let resetDone = 0;
  const c = client(send);
  const blob = blobOf(1100);
  await c.pushBlob('a/b', blob);
  assert.deepEqual(patches(send), ['0-255', '256-511', '512-767', '512-767', '768-1023', '1024-1099']);
  const status = send.seen.filter((r) => r.method === 'GET' && r.url.includes('/uploads/'));
  assert.equal(status.length, 1, 'one GET asked where the upload stood');
  assert.equal(send.seen.filter((r) => r.method === 'POST').length, 1, 'the session was kept, not restarted');
  assert.ok(send.blobs.get(blob.descriptor.digest)!.equals(blob.bytes));
  assert.equal(c.stats.retries, 1);
  assert.equal(c.stats.blobBytesUploaded, 1100 + 256, 'only the chunk in flight was sent twice');
});

test('a chunk stored but its answer lost is not sent again', async () => {
  let once = 0;
  const send = chunkedRegistryDouble((req) => (req.method === 'PATCH' && req.headers['content-range'] === '256-511' && !once++ ? 'reset-after-storing' : undefined));
  const blob = blobOf(1100);
  await client(send).pushBlob('a/b', blob);
  assert.deepEqual(patches(send), ['0-255', '256-511', '512-767', '768-1023', '1024-1099']);
  assert.ok(send.blobs.get(blob.descriptor.digest)!.equals(blob.bytes));
});

test('a session the registry lost starts again from POST; a PUT whose answer was lost is found by HEAD', async () => {
  let lost = 0;
  let putLost = 0;
  const send = chunkedRegistryDouble((req) => {
    if (req.method === 'PATCH' && req.headers['content-range'] === '512-767' && !lost++) return 'reset-midway';
    if (req.method === 'GET' && req.url.includes('/uploads/') && lost === 1 && lost++) return 'lose-session';
    if (req.method === 'PUT' && !putLost++) return 'reset-after-storing';
    return undefined;
  });
  const c = client(send);
  const blob = blobOf(1100);
  assert.equal(await c.pushBlob('a/b', blob), 'pushed');
  assert.equal(send.seen.filter((r) => r.method === 'POST').length, 2, 'a new session after the lost one');
  assert.equal(send.seen.filter((r) => r.method === 'PUT').length, 1, 'the PUT was not repeated: HEAD found the blob');
  assert.ok(send.blobs.get(blob.descriptor.digest)!.equals(blob.bytes));
});

test('the chunk size is raised to the OCI-Chunk-Min-Length the registry asks for', async () => {
  const inner = chunkedRegistryDouble();
  const send: HttpSend = async (req) => {
    const res = await inner(req);
    if (req.method === 'POST') res.headers['oci-chunk-min-length'] = '512';
    return res;
  };
  await client(send).pushBlob('a/b', blobOf(1100));
  assert.deepEqual(patches(inner), ['0-511', '512-1023', '1024-1099']);
});

test('5xx on every PATCH gives up after maxAttempts with REGISTRY_SERVER_ERROR and cancels the session', async () => {
  const send = chunkedRegistryDouble((req) => (req.method === 'PATCH' ? '503' : undefined));
  await assert.rejects(client(send, { retry: { maxAttempts: 3 } }).pushBlob('a/b', blobOf(1100)), { code: 'REGISTRY_SERVER_ERROR' });
  assert.equal(send.seen.filter((r) => r.method === 'PATCH').length, 3, 'three attempts, not three per level');
  assert.equal(send.seen.filter((r) => r.method === 'POST').length, 1);
  assert.ok(send.seen.some((r) => r.method === 'DELETE'));
});

test('a manifest answer cut off mid-body is retried like a 5xx, not reported as too big', async () => {
  let cuts = 0;
  const send = chunkedRegistryDouble((req) => (req.method === 'GET' && req.url.includes('/manifests/') && cuts++ < 2 ? 'cut-body' : undefined));
  send.manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', layers: [] }));
  const c = client(send);
  const found = await c.getManifest('a/b', 'v1');
  assert.ok(found.bytes.equals(send.manifest));
  assert.equal(c.stats.retries, 2);
  const always = chunkedRegistryDouble((req) => (req.url.includes('/manifests/') ? 'cut-body' : undefined));
  always.manifest = send.manifest;
  await assert.rejects(client(always).getManifest('a/b', 'v1'), (err: Error & { code?: string; hint?: string }) => {
    assert.equal(err.code, 'REGISTRY_CONNECTION_LOST');
    assert.match(err.hint!, /answered earlier/);
    return true;
  });
});

test('a reset on a blob HEAD after the registry answered is retried; when it persists it is a lost connection', async () => {
  let resets = 0;
  const flaky: HttpSend = async (req) => {
    if (req.method === 'HEAD' && resets++ < 1) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    return { status: 404, headers: {}, body: Readable.from([]) };
  };
  const ok = client(async (req) => (req.url.endsWith('/v2/') ? { status: 200, headers: {}, body: Readable.from([]) } : flaky(req)));
  assert.equal(await ok.headBlob('a/b', 'sha256:' + 'e'.repeat(64)), false);
  assert.equal(ok.stats.retries, 1);
  const dead = client(async (req) => {
    if (req.url.endsWith('/v2/')) return { status: 200, headers: {}, body: Readable.from([]) };
    throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  });
  await assert.rejects(dead.headBlob('a/b', 'sha256:' + 'e'.repeat(64)), (err: Error & { code?: string; hint?: string }) => {
    assert.equal(err.code, 'REGISTRY_CONNECTION_LOST');
    assert.doesNotMatch(err.hint!, /DNS/);
    return true;
  });
  assert.equal(dead.stats.retries, 4, 'the default policy: five attempts');
});

test('--verbose: one line per exchange with method, URL without query, status, bytes, ms and retry number', async () => {
  let once = 0;
  const send = chunkedRegistryDouble((req) => (req.method === 'PATCH' && req.headers['content-range'] === '256-511' && !once++ ? 'reset-midway' : undefined));
  const lines: string[] = [];
  let clock = 0;
  const c = client(send, { log: (l) => lines.push(l), now: () => (clock += 5) });
  await c.pushBlob('a/b', blobOf(1100));
  assert.equal(lines.length, send.seen.length, 'one line per request');
  for (const line of lines) {
    assert.match(line, /^http: (GET|HEAD|POST|PATCH|PUT) http:\/\/localhost:5000\/v2\/\S* (\d{3}|failed \(\w+\)) sent \d+ B( received \d+ B)? \d+ ms retry \d+$/);
    assert.doesNotMatch(line, /\?|_state|digest=/);
  }
  assert.ok(lines.some((l) => / PATCH .* failed \(ECONNRESET\) sent 256 B .* retry 0$/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => / GET .*\/blobs\/uploads\/s1 204 .* retry 1$/.test(l)), 'the status request runs in the retry');
  assert.ok(lines.some((l) => / PATCH .* 202 sent 256 B .* retry 1$/.test(l)));
  assert.ok(lines.some((l) => / PUT http:\/\/localhost:5000\/v2\/a\/b\/blobs\/uploads\/s1 201 sent 0 B/.test(l)), 'the closing PUT, its digest query dropped');
  assert.ok(lines.every((l) => / \d+ ms /.test(l) && !/ 0 ms /.test(l)), 'the injected clock measured every exchange');
});
