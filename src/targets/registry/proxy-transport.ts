/**
 * HTTP exchanges through HTTP(S)_PROXY, on undici: its EnvHttpProxyAgent tunnels HTTPS with
 * CONNECT, forwards plain HTTP and honours NO_PROXY, which node's own http client does not do
 * before node 24.5 (direct connections use node:http, see node-transport.ts). Loaded only when a
 * proxy is configured.
 *
 * The parts are imported from undici's own files: its index also loads fetch, WebSocket, the HTTP
 * cache, the mock and snapshot agents (1 MB of the bundle), none of which a registry exchange needs.
 */
import { setFlagsFromString } from 'node:v8';
import type { Dispatcher } from 'undici';
import connectOnDispatcher from 'undici/lib/api/api-connect.js';
import requestOnDispatcher from 'undici/lib/api/api-request.js';
import DispatcherClass from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import type { HttpSend, Transport } from './http.js';
import type { NodeTransportOptions } from './node-transport.js';

/**
 * undici parses HTTP with llhttp compiled to WebAssembly, and V8 tiers its one large parsing
 * function up to TurboFan as soon as a few responses ran through it: ~170 ms of CPU on a
 * background thread and ~14 MB of RSS, for a parser that reads a few dozen small responses.
 * Liftoff (V8's baseline wasm compiler) alone parses them just as well. Set before undici compiles
 * llhttp (on its first connection); it affects only WebAssembly compiled from then on in this
 * process. The two tier-up flags are spelled out: set at run time, `--liftoff-only` alone stops
 * tier-up on node 20 and 22, but V8 13 (node 24) does not apply its implications then.
 */
const BASELINE_WASM_FLAGS = '--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering';

// The proxy agent opens its CONNECT tunnels with the dispatcher's connect(), which undici's index
// puts on every dispatcher; loaded file by file, it is put there here.
Object.assign(DispatcherClass.prototype, { connect: connectOnDispatcher });

export function proxyTransport(options: NodeTransportOptions): Transport {
  setFlagsFromString(BASELINE_WASM_FLAGS);
  const tls = { timeout: options.connectTimeoutMs, ...(options.ca ? { ca: options.ca } : {}), ...(options.rejectUnauthorized === false ? { rejectUnauthorized: false } : {}) };
  const dispatcher: Dispatcher = new EnvHttpProxyAgent({
    connections: options.connections,
    keepAliveTimeout: 10_000,
    headersTimeout: options.idleTimeoutMs,
    bodyTimeout: options.idleTimeoutMs,
    connect: tls,
    requestTls: tls,
  });
  const send: HttpSend = async (req) => {
    const parsed = new URL(req.url);
    const res = await requestOnDispatcher.call(dispatcher, {
      origin: parsed.origin,
      path: `${parsed.pathname}${parsed.search}`,
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body ?? null,
      signal: req.signal,
    });
    return { status: res.statusCode, headers: res.headers, body: res.body };
  };
  return { send, close: () => dispatcher.close() };
}
