/**
 * A loopback HTTP proxy in front of a registry that injects faults the registry client must
 * survive: 5xx/429 answers, a connection reset in the middle of a request body, slow answers,
 * rewritten or cross-host Locations, redirects to another server, dropped headers. It records
 * every request (method, path, headers) so tests can assert what the client sent, and where.
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
  /** Read this many request-body bytes (0: none), then destroy the connection. */
  | { kind: 'reset'; afterBytes?: number }
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
  action: FaultAction;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Which fault was applied, if any. */
  fault?: FaultAction['kind'];
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
  addRule(rule: FaultRule): void;
  clearRules(): void;
  stop(): Promise<void>;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.upstream);
  const ca = options.caCertPath ? readFileSync(options.caCertPath) : undefined;
  const rules: Array<FaultRule & { left: number }> = [];
  const requests: RecordedRequest[] = [];
  let selfOrigin = '';

  const take = (req: IncomingMessage): FaultAction | undefined => {
    const rule = rules.find((r) => r.left > 0 && (!r.method || r.method === req.method) && (!r.path || r.path.test(req.url ?? '')));
    if (!rule) return undefined;
    rule.left--;
    return rule.action;
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
        res.writeHead(up.statusCode ?? 502, raw);
        up.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  };

  const server = createServer((req, res) => {
    const action = take(req);
    const record: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers } };
    if (action) record.fault = action.kind;
    requests.push(record);
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
    addRule: (rule) => rules.push({ ...rule, left: rule.times ?? 1 }),
    clearRules: () => {
      rules.length = 0;
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
