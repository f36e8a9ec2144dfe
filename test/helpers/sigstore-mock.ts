/**
 * Sigstore for tests: @sigstore/mock's Fulcio (a CA issuing certificates for the identity in the
 * OIDC token, with SCTs from a mock CT log) and Rekor (a transparency log answering with signed
 * entry timestamps), served over real HTTP on 127.0.0.1, plus a fake GitHub Actions OIDC token
 * endpoint (what ACTIONS_ID_TOKEN_REQUEST_URL points at) and the trusted_root.json that trusts
 * exactly these. The Action under test is a separate process, so in-process interception (nock)
 * would not reach it.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, rekorHandler } from '@sigstore/mock';

export interface SigstoreMock {
  url: string;
  fulcioURL: string;
  rekorURL: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for the Action. */
  tokenRequestURL: string;
  tokenRequestToken: string;
  /** The JWTs handed out (secrets: they must not appear in logs). */
  issuedTokens: string[];
  trustedRoot: Record<string, unknown>;
  stop(): Promise<void>;
}

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const b64 = (bytes: ArrayBufferView | Buffer) => Buffer.from((bytes as Buffer).buffer ? new Uint8Array((bytes as Buffer).buffer, (bytes as Buffer).byteOffset, (bytes as Buffer).byteLength) : (bytes as unknown as Uint8Array)).toString('base64');

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'mock' })}.${part(claims)}.${Buffer.from('mock-signature-not-checked').toString('base64url')}`;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `identity` becomes the certificate's URI SAN (what real Fulcio derives from job_workflow_ref). */
export async function startSigstoreMock(options: { identity: string; issuer: string }): Promise<SigstoreMock> {
  const tokenRequestToken = `runner-request-${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 24)}`;
  const issuedTokens: string[] = [];
  let server: Server | undefined;
  let url = '';
  let fulcio: ReturnType<typeof fulcioHandler> | undefined;
  let rekor: ReturnType<typeof rekorHandler> | undefined;
  server = createServer(async (req, res) => {
    const text = await body(req);
    const path = (req.url ?? '').split('?')[0];
    const reply = (status: number, response: string | ArrayBufferView, contentType = 'application/json') => {
      res.writeHead(status, { 'content-type': contentType });
      res.end(typeof response === 'string' ? response : Buffer.from(response.buffer, response.byteOffset, response.byteLength));
    };
    if (req.method === 'GET' && path === '/oidc/token') {
      const audience = new URL(req.url!, url).searchParams.get('audience');
      if (req.headers.authorization !== `bearer ${tokenRequestToken}`) return reply(401, '{"message":"bad request token"}');
      const token = jwt({ iss: options.issuer, sub: options.identity, aud: audience, exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) });
      issuedTokens.push(token);
      return reply(200, JSON.stringify({ value: token }));
    }
    const handler = req.method === 'POST' && path === fulcio?.path ? fulcio : req.method === 'POST' && path === rekor?.path ? rekor : undefined;
    if (!handler) return reply(404, '{"message":"not found"}');
    const answer = await handler.fn(text);
    reply(answer.statusCode, answer.response, answer.contentType ?? 'text/plain');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ctlog = await initializeCTLog(keyPair());
  const ca = await initializeCA(keyPair(), ctlog);
  const tlog = await initializeTLog(url, keyPair());
  fulcio = fulcioHandler(ca);
  rekor = rekorHandler(tlog);
  const start = new Date(Date.now() - 3600_000).toISOString();
  const key = (raw: Buffer) => ({ rawBytes: b64(raw), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [{ baseUrl: url, hashAlgorithm: 'SHA2_256', publicKey: key(tlog.publicKey), logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') } }],
    certificateAuthorities: [{ subject: { organization: 'sigstore.mock', commonName: 'sigstore' }, uri: url, certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] }, validFor: { start } }],
    ctlogs: [{ baseUrl: url, hashAlgorithm: 'SHA2_256', publicKey: key(ctlog.publicKey), logId: { keyId: b64(ctlog.logID) } }],
    timestampAuthorities: [],
  };
  return {
    url,
    fulcioURL: url,
    rekorURL: url,
    tokenRequestURL: `${url}/oidc/token?api-version=2.0`,
    tokenRequestToken,
    issuedTokens,
    trustedRoot,
    stop: () => new Promise((resolve) => server!.close(() => resolve())),
  };
}
