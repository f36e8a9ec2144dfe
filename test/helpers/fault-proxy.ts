/**
 * A loopback HTTP proxy in front of a registry that injects faults the registry client must
 * survive: 5xx/429 answers, a connection reset in the middle of a request body (kept from the
 * registry, as a buffering proxy would, or passed on cut short), answers cut off mid-body or lost
 * after the registry acted, slow answers, rewritten or cross-host Locations, redirects to another
 * server, dropped headers. Faults come from rules, or at random (`chaos`) from a seeded random
 * source. It records every request (method, path, headers, body bytes received) and counts
 * request-body bytes, so tests can assert what the client sent, where, and how much.
 *
 * The Host header is passed through, so the registry builds Locations that point at the proxy.
 * With `addRequestHeaders` it can also stand in for "another host" (a CDN or presigned-URL
 * store) that authenticates to the registry by itself.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';

export type FaultAction =
  /** Answer without asking the registry. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Read this many request-body bytes (0: none), then destroy the connection; the registry sees nothing. */
  | { kind: 'reset'; afterBytes?: number }
  /** Pass this many request-body bytes on to the registry, then destroy both connections. */
  | { kind: 'cutRequest'; afterBytes: number }
  /** Forward; then send the status, headers and half the answer's body, and destroy the connection (an empty body: nothing at all). */
  | { kind: 'cutResponse' }
  /** Wait, then forward. */
  | { kind: 'delay'; ms: number }
  /** Forward, then rewrite the Location: path-only, absolute on the proxy, or on another origin. */
  | { kind: 'location'; to: 'relative' | 'absolute' | { origin: string } }
  /** Answer with a redirect to the same path and query on another origin. */
  | { kind: 'redirect'; status?: number; origin: string }
  /** Forward, then remove a response header. */
  | { kind: 'dropHeader'; name: string };

export interface FaultRule {
  method?: string;
  /** Matched against path + query. */
  path?: RegExp;
  /** How many matching requests get the fault (default 1; Infinity for all). */
  times?: number;
  /** Matching requests to let through before the fault applies (default 0). */
  skip?: number;
  action: FaultAction;
}

/** Faults at random: each request gets `choose`'s fault with probability `rate`. */
export interface Chaos {
  rate: number;
  /** Seeded, so a failure replays. */
  random: () => number;
  choose(req: { method: string; path: string; headers: Record<string, string | string[] | undefined> }, random: () => number): FaultAction;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Which fault was applied, if any. */
  fault?: FaultAction['kind'];
  /** Request-body bytes that arrived from the client. */
  bodyBytes: number;
}

export interface FaultProxyOptions {
  /** http(s)://127.0.0.1:PORT of the registry. */
  upstream: string;
  /** CA certificate (PEM path) of an HTTPS upstream. */
  caCertPath?: string;
  /** Headers added to every forwarded request (e.g. the registry's Basic credentials). */
  addRequestHeaders?: Record<string, string>;
}

export interface FaultProxy {
  /** 127.0.0.1:PORT */
  host: string;
  url: string;
  requests: RecordedRequest[];
  /** Request-body bytes received from clients since the start (or the last resetCounters). */
  readonly bytesReceived: number;
  /** Faults applied, by kind. */
  readonly faults: Record<string, number>;
  addRule(rule: FaultRule): void;
  clearRules(): void;
  /** Random faults on every request until called with undefined. */
  chaos(chaos: Chaos | undefined): void;
  resetCounters(): void;
  stop(): Promise<void>;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.upstream);
  const ca = options.caCertPath ? readFileSync(options.caCertPath) : undefined;
  const rules: Array<FaultRule & { left: number; skipped: number }> = [];
  const requests: RecordedRequest[] = [];
  let selfOrigin = '';
  let bytesReceived = 0;
  let faults: Record<string, number> = {};
  let chaos: Chaos | undefined;

  const take = (req: IncomingMessage): FaultAction | undefined => {
    const rule = rules.find((r) => r.left > 0 && (!r.method || r.method === req.method) && (!r.path || r.path.test(req.url ?? '')) && r.skipped++ >= (r.skip ?? 0));
    if (rule) {
      rule.left--;
      return rule.action;
    }
    if (chaos && chaos.random() < chaos.rate) return chaos.choose({ method: req.method ?? '', path: req.url ?? '', headers: req.headers }, chaos.random);
    return undefined;
  };

  const forward = (req: IncomingMessage, res: ServerResponse, action: FaultAction | undefined): void => {
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, ...options.addRequestHeaders };
    const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
    const out = send(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, ...(ca ? { ca } : {}) },
      (up) => {
        const raw: string[] = [];
        for (let i = 0; i < up.rawHeaders.length; i += 2) {
          const name = up.rawHeaders[i]!;
          let value = up.rawHeaders[i + 1]!;
          const lower = name.toLowerCase();
          if (action?.kind === 'dropHeader' && lower === action.name.toLowerCase()) continue;
          if (action?.kind === 'location' && lower === 'location') value = rewriteLocation(value, action.to, selfOrigin);
          raw.push(name, value);
        }
        if (action?.kind === 'cutResponse') {
          const length = Number(up.headers['content-length'] ?? 0);
          // No body to cut: the answer is lost after the registry acted on the request.
          if (!(length > 0) || req.method === 'HEAD') {
            up.resume();
            return void res.socket?.destroy();
          }
          res.writeHead(up.statusCode ?? 502, raw);
          let sent = 0;
          up.on('data', (chunk: Buffer) => {
            const room = Math.floor(length / 2) - sent;
            if (room > 0) res.write(chunk.subarray(0, room));
            sent += chunk.length;
            if (sent >= length / 2) {
              up.destroy();
              res.socket?.destroy();
            }
          });
          return;
        }
        res.writeHead(up.statusCode ?? 502, raw);
        up.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    if (action?.kind === 'cutRequest') {
      let passed = 0;
      req.on('data', (chunk: Buffer) => {
        const room = action.afterBytes - passed;
        if (room > 0) out.write(chunk.subarray(0, room));
        passed += chunk.length;
        if (passed >= action.afterBytes) {
          // Let the registry read what it was given, then cut both sides.
          setTimeout(() => {
            out.destroy();
            req.socket.destroy();
          }, 50);
        }
      });
      req.on('end', () => {
        out.destroy();
        req.socket.destroy();
      });
      return;
    }
    req.pipe(out);
  };

  const server = createServer((req, res) => {
    const action = take(req);
    const record: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers }, bodyBytes: 0 };
    if (action) {
      record.fault = action.kind;
      faults[action.kind] = (faults[action.kind] ?? 0) + 1;
    }
    requests.push(record);
    req.on('data', (chunk: Buffer) => {
      record.bodyBytes += chunk.length;
      bytesReceived += chunk.length;
    });
    switch (action?.kind) {
      case 'status': {
        req.resume();
        const body = action.body ?? '';
        req.on('end', () => {
          res.writeHead(action.status, { 'content-length': Buffer.byteLength(body), ...(body ? { 'content-type': 'application/json' } : {}), ...action.headers });
          res.end(body);
        });
        return;
      }
      case 'reset': {
        let seen = 0;
        const limit = action.afterBytes ?? 0;
        if (limit === 0) return void req.socket.destroy();
        req.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (seen >= limit) req.socket.destroy();
        });
        req.on('end', () => req.socket.destroy());
        return;
      }
      case 'delay':
        req.pause();
        setTimeout(() => forward(req, res, undefined), action.ms);
        return;
      case 'redirect':
        req.resume();
        req.on('end', () => {
          res.writeHead(action.status ?? 307, { location: `${action.origin}${req.url ?? '/'}`, 'content-length': 0 });
          res.end();
        });
        return;
      default:
        forward(req, res, action);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  selfOrigin = `http://${host}`;
  return {
    host,
    url: selfOrigin,
    requests,
    get bytesReceived() {
      return bytesReceived;
    },
    get faults() {
      return { ...faults };
    },
    addRule: (rule) => rules.push({ ...rule, left: rule.times ?? 1, skipped: 0 }),
    clearRules: () => {
      rules.length = 0;
    },
    chaos: (next) => {
      chaos = next;
    },
    resetCounters: () => {
      bytesReceived = 0;
      faults = {};
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function rewriteLocation(value: string, to: 'relative' | 'absolute' | { origin: string }, selfOrigin: string): string {
  const url = new URL(value, selfOrigin);
  // Keep the registry's query bytes exactly: take them from the original string.
  const q = value.indexOf('?');
  const query = q >= 0 ? value.slice(q) : '';
  const path = `${url.pathname}${query}`;
  if (to === 'relative') return path;
  if (to === 'absolute') return `${selfOrigin}${path}`;
  return `${to.origin}${path}`;
}
