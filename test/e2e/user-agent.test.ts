/**
 * The bundle installed as a dependency of another project reports wasmpack's version, not the
 * project's: bin/ and package.json are copied to node_modules/wasmpack of a fake consumer whose
 * own package.json says 9.9.9, and a small HTTP server (an htpasswd-style registry's /v2/ check)
 * records the User-Agent of every request `wasmpack login` sends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/cli.js';

function run(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

test('installed under a project whose version is 9.9.9, the bundle sends its own version as User-Agent', async (t) => {
  const ours = (JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  assert.notEqual(ours, '9.9.9');
  const consumer = await mkdtemp(join(tmpdir(), 'wasmpack-consumer-'));
  t.after(() => rm(consumer, { recursive: true, force: true }));
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer-app', version: '9.9.9', dependencies: { wasmpack: ours } }));
  const installed = join(consumer, 'node_modules', 'wasmpack');
  await mkdir(installed, { recursive: true });
  await cp(join(REPO_ROOT, 'bin'), join(installed, 'bin'), { recursive: true });
  await cp(join(REPO_ROOT, 'package.json'), join(installed, 'package.json'));

  const agents: string[] = [];
  const server = createServer((req, res) => {
    agents.push(req.headers['user-agent'] ?? '');
    if (req.url === '/v2/' && req.headers.authorization) {
      res.writeHead(200, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' }).end('{}');
    } else {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"', 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;

  const bin = join(installed, 'bin', 'wasmpack.js');
  const env = { HOME: join(consumer, 'home'), XDG_CONFIG_HOME: join(consumer, 'config'), XDG_RUNTIME_DIR: '', REGISTRY_AUTH_FILE: '', DOCKER_CONFIG: join(consumer, 'docker') };
  const login = await run(bin, ['login', registry, '-u', 'alice', '-p', 'secret', '--authfile', join(consumer, 'auth.json')], consumer, env);
  assert.equal(login.code, 0, login.stderr);
  assert.ok(agents.length > 0, 'the server saw no request');
  assert.deepEqual([...new Set(agents)], [`wasmpack/${ours}`]);

  const version = await run(bin, ['--version'], consumer, env);
  assert.equal(version.stdout.trim(), ours);
});
