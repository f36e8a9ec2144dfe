/**
 * A loopback registry's scheme is remembered between clients (runs): the second contact skips the
 * failed HTTPS probe, and a remembered scheme that stops working is forgotten and probed again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { RegistryClient } from '../../../../src/targets/registry/client.js';
import type { HttpRequest, HttpResponse, HttpSend } from '../../../../src/targets/registry/http.js';
import { fileSchemeMemory, schemeMemoryPath } from '../../../../src/targets/registry/scheme-memory.js';
import { staticCredentialsDouble } from '../../../helpers/registry-fixtures.js';

const noCredentialsDouble = staticCredentialsDouble();

/** Test double: a registry that speaks `scheme` only; the other scheme fails as it would on the wire. */
function loopbackDouble(scheme: () => 'https' | 'http'): HttpSend & { seen: string[] } {
  const seen: string[] = [];
  const send = (async (req: HttpRequest): Promise<HttpResponse> => {
    seen.push(`${req.method} ${req.url}`);
    const wanted = scheme();
    if (!req.url.startsWith(`${wanted}:`)) {
      // TLS hello to a plain server: OpenSSL's "wrong version number"; plain HTTP to a TLS server: 400.
      if (wanted === 'http') throw Object.assign(new Error('wrong version number'), { code: 'ERR_SSL_WRONG_VERSION_NUMBER' });
      return { status: 400, headers: {}, body: Readable.from([Buffer.from('Client sent an HTTP request to an HTTPS server.')]) };
    }
    return { status: 200, headers: {}, body: Readable.from([]) };
  }) as HttpSend & { seen: string[] };
  send.seen = seen;
  return send;
}

test('a loopback registry is probed once; later clients go straight to the scheme it answered on', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-scheme-'));
  try {
    const path = schemeMemoryPath({ XDG_CACHE_HOME: dir }, '/nonexistent');
    assert.equal(path, join(dir, 'wasmpack', 'loopback-schemes.json'));
    let speaks: 'https' | 'http' = 'http';
    const send = loopbackDouble(() => speaks);
    const client = () => new RegistryClient({ registry: '127.0.0.1:5999', credentials: noCredentialsDouble, send, schemeMemory: fileSchemeMemory(path) });

    await client().ping();
    assert.deepEqual(send.seen.splice(0), ['GET https://127.0.0.1:5999/v2/', 'GET http://127.0.0.1:5999/v2/']);
    assert.deepEqual(JSON.parse(await readFile(path, 'utf8')), { '127.0.0.1:5999': 'http' });

    const second = client();
    await second.ping();
    assert.deepEqual(send.seen.splice(0), ['GET http://127.0.0.1:5999/v2/']);
    assert.equal(second.baseUrl, 'http://127.0.0.1:5999');

    // The registry now speaks TLS: the remembered scheme fails, is forgotten, and both are probed.
    speaks = 'https';
    const third = client();
    await third.ping();
    assert.deepEqual(send.seen.splice(0), ['GET http://127.0.0.1:5999/v2/', 'GET https://127.0.0.1:5999/v2/']);
    assert.equal(third.baseUrl, 'https://127.0.0.1:5999');
    assert.deepEqual(JSON.parse(await readFile(path, 'utf8')), { '127.0.0.1:5999': 'https' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('only loopback registries are remembered: a remote one is never tried over plain HTTP', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-scheme-'));
  try {
    const path = join(dir, 'schemes.json');
    const memory = fileSchemeMemory(path);
    await memory.remember('reg.example', 'http');
    const send = loopbackDouble(() => 'https');
    await new RegistryClient({ registry: 'reg.example', credentials: noCredentialsDouble, send, schemeMemory: memory }).ping();
    assert.deepEqual(send.seen, ['GET https://reg.example/v2/']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
