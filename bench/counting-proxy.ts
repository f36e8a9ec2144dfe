/**
 * A loopback reverse proxy in front of the registry that counts what each client sends, so the
 * request counts of wasmpack and buildah/skopeo come from the same place and are comparable.
 *
 * The Host header is forwarded unchanged: distribution builds its absolute upload Locations from
 * the request's Host, so clients keep talking to the proxy for every step of an upload.
 */
import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TrafficCounts {
  requests: number;
  byMethod: Record<string, number>;
  /** Request body bytes sent to blob upload endpoints (POST/PATCH/PUT .../blobs/uploads/...). */
  blobBytesUploaded: number;
  /** Request body bytes of manifest PUTs. */
  manifestBytesUploaded: number;
  /** Token or other requests that did not reach /v2/ (none with an auth-less registry). */
  otherRequests: number;
}

export interface CountingProxy {
  /** 127.0.0.1:PORT, to use as the registry host. */
  host: string;
  /** Counts since the last take(), then starts from zero. */
  take(): TrafficCounts;
  stop(): Promise<void>;
}

// Hop-by-hop headers (RFC 9110 section 7.6.1) belong to one connection and are not forwarded.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade'];

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

function empty(): TrafficCounts {
  return { requests: 0, byMethod: {}, blobBytesUploaded: 0, manifestBytesUploaded: 0, otherRequests: 0 };
}

export async function startCountingProxy(upstreamHost: string): Promise<CountingProxy> {
  const [upstreamName, upstreamPort] = splitHost(upstreamHost);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  let counts = empty();

  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    counts.requests++;
    counts.byMethod[method] = (counts.byMethod[method] ?? 0) + 1;
    if (!path.startsWith('/v2/')) counts.otherRequests++;
    const isBlobUpload = path.includes('/blobs/uploads');
    const isManifest = method === 'PUT' && path.includes('/manifests/');
    req.on('data', (chunk: Buffer) => {
      if (isBlobUpload) counts.blobBytesUploaded += chunk.length;
      else if (isManifest) counts.manifestBytesUploaded += chunk.length;
    });
    const upstream = request(
      { host: upstreamName, port: upstreamPort, method, path, headers: endToEnd(req.headers), agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`bench proxy: upstream error: ${err.message}\n`);
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    take() {
      const taken = counts;
      counts = empty();
      return taken;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

function splitHost(host: string): [string, number] {
  const at = host.lastIndexOf(':');
  return [host.slice(0, at), Number(host.slice(at + 1))];
}
