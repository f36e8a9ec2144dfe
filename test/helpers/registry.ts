/**
 * Launches a real registry (Debian's distribution build, /usr/bin/docker-registry) for tests:
 * filesystem storage with delete enabled, on 127.0.0.1:<free port>, optionally with TLS
 * (self-signed, SAN IP:127.0.0.1 + DNS:localhost), htpasswd (bcrypt) basic auth, or token auth
 * backed by the in-process token server. Resolves once GET /v2/ answers.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { startTokenServer, type TokenServer } from './token-server.js';

const run = promisify(execFile);

export const REGISTRY_BINARY = process.env.WASMPACK_TEST_REGISTRY ?? '/usr/bin/docker-registry';
export const TOKEN_SERVICE = 'wasmpack-test-registry';
export const TOKEN_ISSUER = 'wasmpack-test-issuer';

export interface RegistryOptions {
  tls?: boolean;
  /** Basic auth with this user (htpasswd file, bcrypt). With `token`, the token server checks it instead. */
  htpasswd?: { user: string; password: string };
  /** Bearer token auth through an in-process token server. */
  token?: boolean;
}

export interface RunningRegistry {
  /** 127.0.0.1:PORT */
  host: string;
  /** http(s)://127.0.0.1:PORT */
  url: string;
  /** The self-signed certificate (PEM) when tls is on: trust it as a CA. */
  caCertPath?: string;
  /** A directory holding only ca.crt, for `--cert-dir` (skopeo, wasmpack). */
  certDir?: string;
  /** Where the registry keeps its data (filesystem driver root). */
  storageDir: string;
  tokenServer?: TokenServer;
  /** The registry's own log (stderr), for failing tests to print. */
  log(): string;
  stop(): Promise<void>;
}

export async function startRegistry(options: RegistryOptions = {}): Promise<RunningRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-registry-'));
  const storageDir = join(dir, 'storage');
  await mkdir(storageDir);
  let tokenServer: TokenServer | undefined;
  let child: ChildProcess | undefined;
  try {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const lines = [
      'version: 0.1',
      'log:',
      '  level: warn',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${JSON.stringify(storageDir)}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${host}`,
      '  secret: wasmpack-test-secret',
    ];
    let caCertPath: string | undefined;
    let certDir: string | undefined;
    let tlsFiles: { keyPath: string; certPath: string } | undefined;
    if (options.tls) {
      certDir = join(dir, 'certs');
      await mkdir(certDir);
      tlsFiles = await selfSignedCert(join(dir, 'tls'), true);
      caCertPath = join(certDir, 'ca.crt');
      await writeFile(caCertPath, readFileSync(tlsFiles.certPath));
      lines.push('  tls:', `    certificate: ${JSON.stringify(tlsFiles.certPath)}`, `    key: ${JSON.stringify(tlsFiles.keyPath)}`);
    }
    if (options.token) {
      const signing = await selfSignedCert(join(dir, 'token-signing'), false);
      tokenServer = await startTokenServer({
        service: TOKEN_SERVICE,
        issuer: TOKEN_ISSUER,
        signingKeyPath: signing.keyPath,
        signingCertPath: signing.certPath,
        ...(options.htpasswd ? { user: options.htpasswd } : {}),
        ...(tlsFiles ? { tls: tlsFiles } : {}),
      });
      lines.push(
        'auth:',
        '  token:',
        `    realm: ${JSON.stringify(tokenServer.realm)}`,
        `    service: ${TOKEN_SERVICE}`,
        `    issuer: ${TOKEN_ISSUER}`,
        `    rootcertbundle: ${JSON.stringify(signing.certPath)}`,
      );
    } else if (options.htpasswd) {
      const htpasswdPath = join(dir, 'htpasswd');
      await run('htpasswd', ['-Bbc', htpasswdPath, options.htpasswd.user, options.htpasswd.password]);
      lines.push('auth:', '  htpasswd:', '    realm: wasmpack-test', `    path: ${JSON.stringify(htpasswdPath)}`);
    }
    const configPath = join(dir, 'config.yml');
    await writeFile(configPath, lines.join('\n') + '\n');

    let log = '';
    const started = spawn(REGISTRY_BINARY, ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    const keep = (chunk: Buffer): void => {
      log = (log + chunk.toString('utf8')).slice(-65536);
    };
    started.stdout!.on('data', keep);
    started.stderr!.on('data', keep);
    const exited = new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code)));
    const url = `${options.tls ? 'https' : 'http'}://${host}`;
    await waitForV2(url, caCertPath, exited, () => log);

    const running: RunningRegistry = {
      host,
      url,
      storageDir,
      log: () => log,
      stop: async () => {
        if (started.exitCode === null && started.signalCode === null) {
          started.kill('SIGTERM');
          await exited;
        }
        await tokenServer?.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
    if (caCertPath) running.caCertPath = caCertPath;
    if (certDir) running.certDir = certDir;
    if (tokenServer) running.tokenServer = tokenServer;
    return running;
  } catch (err) {
    child?.kill('SIGKILL');
    await tokenServer?.stop();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** A self-signed RSA certificate; `serving` adds SANs for 127.0.0.1 and localhost. */
async function selfSignedCert(prefix: string, serving: boolean): Promise<{ keyPath: string; certPath: string }> {
  const keyPath = `${prefix}.key`;
  const certPath = `${prefix}.crt`;
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', serving ? '/CN=localhost' : '/CN=wasmpack-test-token-signer'];
  if (serving) args.push('-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost');
  await run('openssl', args);
  return { keyPath, certPath };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls GET /v2/ until any HTTP answer (200 or 401) arrives; fails early if the registry exits. */
async function waitForV2(url: string, ca: string | undefined, exited: Promise<number | null>, log: () => string): Promise<void> {
  let done = false;
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
    done = true;
  });
  const deadline = Date.now() + 20_000;
  while (!done && Date.now() < deadline) {
    if (await answers(`${url}/v2/`, ca)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry did not come up (${done ? `exited with ${exitCode}` : 'timeout'}):\n${log()}`);
}

function answers(url: string, ca: string | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const request = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = request(url, { method: 'GET', ...(ca ? { ca: readFileSync(ca) } : {}) }, (res) => {
      res.resume();
      resolve(res.statusCode === 200 || res.statusCode === 401);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}
