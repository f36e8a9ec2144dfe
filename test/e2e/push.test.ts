import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertCleanError, copyExample, wasmpack, WASMPACK_BIN } from '../helpers/cli.js';
import { readImage, skopeo } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { writeMinimalModule } from '../helpers/wasm-fixtures.js';
import { tempDir } from '../helpers/temp-dirs.js';

const USER = 'wasm-user';
const PASSWORD = 's3cret-Pa55word!';

/** An isolated environment: no credentials of the user running the tests can leak in. */
async function cleanEnv(): Promise<NodeJS.ProcessEnv> {
  const home = await tempDir('wasmpack-home-');
  return { HOME: home, XDG_RUNTIME_DIR: '', XDG_CONFIG_HOME: join(home, '.config'), DOCKER_CONFIG: join(home, '.docker'), REGISTRY_AUTH_FILE: '', DOCKER_AUTH_CONFIG: '' };
}

describe('plain HTTP registry on loopback', () => {
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry();
  });
  after(async () => registry?.stop());

  test('build --push prints the digest skopeo reads back; several tags push the blobs once', async () => {
    const dir = await copyExample('hello-c');
    const env = await cleanEnv();
    const a = `${registry.host}/team/hello:1.0`;
    const b = `${registry.host}/team/hello:latest`;
    const built = await wasmpack(['build', dir, '-t', a, '-t', b, '--push', '--json'], { env });
    assert.equal(built.code, 0, built.stderr);
    const doc = JSON.parse(built.stdout);
    assert.equal(doc.pushed.length, 1);
    assert.deepEqual(doc.pushed[0].tags, ['1.0', 'latest']);
    assert.deepEqual(doc.pushed[0].blobs, { pushed: 2, skipped: 0, mounted: 0 });
    for (const ref of [a, b]) assert.equal((await readImage(`docker://${ref}`, '--tls-verify=false')).manifestDigest, doc.digest);

    // re-push of an unchanged image uploads zero blob bytes
    const again = await wasmpack(['push', '-C', dir, '--json'], { env });
    assert.equal(again.code, 0, again.stderr);
    const second = JSON.parse(again.stdout);
    assert.equal(second.pushed[0].bytesUploaded, 0);
    assert.deepEqual(second.pushed[0].blobs, { pushed: 0, skipped: 2, mounted: 0 });
    assert.ok(second.pushed[0].requests < doc.pushed[0].requests, `re-push used ${second.pushed[0].requests} requests, fresh push ${doc.pushed[0].requests}`);
  });

  test('a second repository on the same registry mounts the blobs instead of uploading them', async () => {
    const dir = await copyExample('hello-c');
    const env = await cleanEnv();
    assert.equal((await wasmpack(['build', dir, '-q'], { env })).code, 0);
    const result = await wasmpack(['push', '-C', dir, '-t', `${registry.host}/mount/one:1`, '-t', `${registry.host}/mount/two:1`, '--json'], { env });
    assert.equal(result.code, 0, result.stderr);
    const doc = JSON.parse(result.stdout);
    assert.equal(doc.pushed[0].blobs.pushed, 2);
    assert.equal(doc.pushed[1].blobs.mounted, 2);
    assert.equal(doc.pushed[1].bytesUploaded, 0);
    assert.equal((await readImage(`docker://${registry.host}/mount/two:1`, '--tls-verify=false')).manifestDigest, doc.digest);
  });

  test('push SOURCE DEST from an OCI layout, and --digestfile', async () => {
    const dir = await copyExample('hello-rust');
    const env = await cleanEnv();
    assert.equal((await wasmpack(['build', dir, '-t', 'local/hello:1', '-q'], { env })).code, 0);
    const digestfile = join(dir, 'digest');
    const result = await wasmpack(['push', `oci:${join(dir, '.wasmpack', 'oci')}:local/hello:1`, `docker://${registry.host}/from-layout:1`, '--digestfile', digestfile], { env });
    assert.equal(result.code, 0, result.stderr);
    const digest = await readFile(digestfile, 'utf8');
    assert.equal(result.stdout.trim(), `${registry.host}/from-layout:1@${digest}`);
    assert.equal((await readImage(`docker://${registry.host}/from-layout:1`, '--tls-verify=false')).manifestDigest, digest);
  });

  test('nothing built, or nowhere to push: clear errors', async () => {
    const empty = await tempDir('wasmpack-nobuild-');
    assertCleanError(await wasmpack(['push', '-C', empty]), 'NO_BUILD');
    const dir = await copyExample('hello-c');
    assert.equal((await wasmpack(['build', dir, '-q'])).code, 0);
    assertCleanError(await wasmpack(['push', '-C', dir]), 'NO_DESTINATION');
    assertCleanError(await wasmpack(['push', '-C', dir, 'Localhost:5000/Bad']), 'BAD_REFERENCE');
  });

  test('Ctrl-C during an upload exits 130 and leaves no tag', async () => {
    const dir = await tempDir('wasmpack-sigint-');
    await writeMinimalModule(join(dir, 'big.wasm'), 16 * 1024 * 1024);
    const proxy = await startFaultProxy({ upstream: registry.url });
    try {
      // Every upload PUT waits, so the signal arrives mid-push.
      proxy.addRule({ method: 'PUT', path: /\/blobs\/uploads\//, times: Infinity, action: { kind: 'delay', ms: 3000 } });
      const ref = `${proxy.host}/interrupted:1`;
      assert.equal((await wasmpack(['build', dir, '--wasm', join(dir, 'big.wasm'), '-t', ref, '--compression', 'none', '-q'])).code, 0);
      const child = spawn(process.execPath, [WASMPACK_BIN, 'push', '-C', dir], { env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (proxy.requests.some((r) => r.method === 'PUT')) {
            clearInterval(poll);
            resolve();
          }
        }, 20);
      });
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 130, stderr);
      assert.match(stderr, /error\[INTERRUPTED\]/);
      assert.doesNotMatch(stderr, /^\s+at /m);
      await assert.rejects(skopeo('inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/interrupted:1`));
    } finally {
      await proxy.stop();
    }
  });
});

describe('TLS registry with htpasswd (basic auth)', () => {
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry({ tls: true, htpasswd: { user: USER, password: PASSWORD } });
  });
  after(async () => registry?.stop());

  test('--creds with --cert-dir pushes; skopeo reads the same digest', async () => {
    const dir = await copyExample('hello-rust');
    const env = await cleanEnv();
    const ref = `${registry.host}/secure/hello:1`;
    const result = await wasmpack(['build', dir, '-t', ref, '--push', '--creds', `${USER}:${PASSWORD}`, '--cert-dir', registry.certDir!], { env });
    assert.equal(result.code, 0, result.stderr);
    const digest = result.stdout.trim().split('@')[1];
    const read = await readImage(`docker://${ref}`, '--cert-dir', registry.certDir!, '--creds', `${USER}:${PASSWORD}`);
    assert.equal(read.manifestDigest, digest);
    assert.ok(!result.stderr.includes(PASSWORD));
  });

  test('--password-stdin reads the password from standard input', async () => {
    const dir = await copyExample('hello-c');
    const env = await cleanEnv();
    assert.equal((await wasmpack(['build', dir, '-t', `${registry.host}/secure/stdin:1`, '-q'], { env })).code, 0);
    const result = await wasmpack(['push', '-C', dir, '--creds', USER, '--password-stdin', '--cert-dir', registry.certDir!], { env, input: `${PASSWORD}\n` });
    assert.equal(result.code, 0, result.stderr);
  });

  test('no or wrong credentials: REGISTRY_UNAUTHORIZED naming where credentials were looked for, no secret shown, no tag', async () => {
    const dir = await copyExample('hello-c');
    const env = await cleanEnv();
    const ref = `${registry.host}/secure/denied:1`;
    assert.equal((await wasmpack(['build', dir, '-t', ref, '-q'], { env })).code, 0);
    const anonymous = await wasmpack(['push', '-C', dir, '--cert-dir', registry.certDir!], { env });
    assertCleanError(anonymous, 'REGISTRY_UNAUTHORIZED');
    assert.match(anonymous.stderr, /auth\.json|config\.json/);
    const wrong = await wasmpack(['push', '-C', dir, '--creds', `${USER}:not-${PASSWORD}`, '--cert-dir', registry.certDir!], { env });
    assertCleanError(wrong, 'REGISTRY_UNAUTHORIZED');
    assert.ok(!wrong.stderr.includes(`not-${PASSWORD}`), 'the password never appears');
    await assert.rejects(skopeo('inspect', '--raw', '--cert-dir', registry.certDir!, '--creds', `${USER}:${PASSWORD}`, `docker://${ref}`));
  });

  test('an untrusted certificate is a TLS error, not a silent downgrade', async () => {
    const dir = await copyExample('hello-c');
    const env = await cleanEnv();
    assert.equal((await wasmpack(['build', dir, '-t', `${registry.host}/secure/tls:1`, '-q'], { env })).code, 0);
    assertCleanError(await wasmpack(['push', '-C', dir, '--creds', `${USER}:${PASSWORD}`], { env }), 'REGISTRY_TLS');
  });
});

describe('token auth registry', () => {
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry({ token: true, htpasswd: { user: USER, password: PASSWORD } });
  });
  after(async () => registry?.stop());

  test('credentials from an auth file (podman format) get a token once per push', async () => {
    const dir = await copyExample('hello-c');
    const env = await cleanEnv();
    const authfile = join(env.HOME!, 'auth.json');
    await writeFile(authfile, JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } } }), { mode: 0o600 });
    const ref = `${registry.host}/tokened/hello:1`;
    const before = registry.tokenServer!.requests.length;
    const result = await wasmpack(['build', dir, '-t', ref, '--push', '--authfile', authfile, '--tls-verify=false'], { env });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(registry.tokenServer!.requests.length - before, 1, 'one token fetch for the whole push');
    const read = await readImage(`docker://${ref}`, '--tls-verify=false', '--creds', `${USER}:${PASSWORD}`);
    assert.equal(read.manifestDigest, result.stdout.trim().split('@')[1]);
  });
});
