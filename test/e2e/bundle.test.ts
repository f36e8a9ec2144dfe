// The published package runs from its bundle alone: a copy of bin/, package.json, templates/ and
// schemas/ in a directory with no node_modules (and none above it) builds and pushes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../helpers/cli.js';
import { readImage } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { MINIMAL_COMMAND } from '../helpers/wasm-fixtures.js';

let registry: RunningRegistry;
let pkg: string;
let home: string;

before(async () => {
  registry = await startRegistry();
  const top = await mkdtemp(join(tmpdir(), 'wasmpack-bundle-'));
  pkg = join(top, 'package');
  for (const part of ['bin', 'package.json', 'templates', 'schemas']) await cp(join(REPO_ROOT, part), join(pkg, part), { recursive: true });
  home = await mkdtemp(join(tmpdir(), 'wasmpack-bundle-home-'));
});
after(async () => {
  await registry?.stop();
  if (pkg) await rm(dirname(pkg), { recursive: true, force: true });
  if (home) await rm(home, { recursive: true, force: true });
});

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(pkg, 'bin', 'wasmpack.js'), ...args], {
      cwd,
      // No NODE_PATH and a fresh HOME: nothing outside the copy can be resolved or read.
      env: { PATH: process.env.PATH, HOME: home, CI: 'true', XDG_CONFIG_HOME: join(home, '.config'), DOCKER_CONFIG: join(home, '.docker') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

test('the copy has no node_modules anywhere node would look, and no dist/', () => {
  for (let dir = pkg; ; dir = dirname(dir)) {
    assert.equal(existsSync(join(dir, 'node_modules')), false, `${dir}/node_modules exists: the test would not prove anything`);
    if (dirname(dir) === dir) break;
  }
  assert.equal(existsSync(join(pkg, 'dist')), false);
});

test('--version from the bundle alone', async () => {
  const result = await run(['--version'], pkg);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout.trim(), (await import(join(REPO_ROOT, 'package.json'), { with: { type: 'json' } })).default.version);
});

test('build --wasm and push to a real registry from the bundle alone; skopeo reads the same digest back', async () => {
  const project = await mkdtemp(join(tmpdir(), 'wasmpack-bundle-project-'));
  await writeFile(join(project, 'app.wasm'), MINIMAL_COMMAND);
  await writeFile(join(project, 'wasmpack.json'), JSON.stringify({ name: 'app' })); // the precompiled config validator runs too
  const ref = `${registry.host}/bundle/app:1.0`;
  const built = await run(['build', '--wasm', 'app.wasm', '-t', ref, '--timestamp', '0', '--json'], project);
  assert.equal(built.code, 0, built.stderr);
  const digest = JSON.parse(built.stdout).digest as string;
  const pushed = await run(['push', '--json'], project);
  assert.equal(pushed.code, 0, pushed.stderr);
  const doc = JSON.parse(pushed.stdout);
  assert.equal(doc.digest, digest);
  assert.equal(doc.pushed[0].blobs.pushed, 2, 'config and layer uploaded: undici and the registry client ran from the bundle');
  assert.equal((await readImage(`docker://${ref}`, '--tls-verify=false')).manifestDigest, digest);
  await rm(project, { recursive: true, force: true });
});

test("zstd from the bundle: node's own zstd (no native module)", async () => {
  const project = await mkdtemp(join(tmpdir(), 'wasmpack-bundle-zstd-'));
  await writeFile(join(project, 'app.wasm'), MINIMAL_COMMAND);
  const result = await run(['build', '--wasm', 'app.wasm', '--compression', 'zstd', '--timestamp', '0', '--json'], project);
  assert.equal(result.code, 0, result.stderr);
  const digest = (JSON.parse(result.stdout).digest as string).replace('sha256:', '');
  const manifest = JSON.parse(await readFile(join(project, '.wasmpack', 'oci', 'blobs', 'sha256', digest), 'utf8'));
  assert.equal(manifest.layers[0].mediaType, 'application/vnd.oci.image.layer.v1.tar+zstd');
  await rm(project, { recursive: true, force: true });
});
