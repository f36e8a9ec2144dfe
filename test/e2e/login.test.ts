/**
 * `wasmpack login` / `logout` against real registries (distribution with htpasswd, with token
 * auth, with TLS), then `wasmpack push` using only what login saved, read back with skopeo.
 * Every run gets its own HOME / XDG / DOCKER_CONFIG directories, so the user's real auth files
 * are never read or written.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assertCleanError, copyExample, wasmpack } from '../helpers/cli.js';
import { skopeo } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { tempDir } from '../helpers/temp-dirs.js';

const USER = 'alice';
const PASSWORD = 'correct horse battery staple';
const WRONG = 'not-the-password-42';

/** An environment in which no auth file of the person running the tests is visible. */
async function isolatedEnv(extra: NodeJS.ProcessEnv = {}): Promise<{ root: string; env: NodeJS.ProcessEnv }> {
  const root = await tempDir('wasmpack-login-');
  return {
    root,
    env: {
      HOME: join(root, 'home'),
      XDG_CONFIG_HOME: join(root, 'config'),
      XDG_RUNTIME_DIR: '',
      REGISTRY_AUTH_FILE: '',
      DOCKER_CONFIG: join(root, 'docker'),
      DOCKER_AUTH_CONFIG: '',
      ...extra,
    },
  };
}

async function readAuths(path: string): Promise<Record<string, { auth?: string; identitytoken?: string }>> {
  return (JSON.parse(await readFile(path, 'utf8')) as { auths: Record<string, { auth?: string }> }).auths;
}

function decode(auth: string | undefined): string {
  return Buffer.from(auth ?? '', 'base64').toString('utf8');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Builds examples/hello-c (a fresh copy) tagged for `host`; returns the project directory. */
async function buildHello(host: string, tag = '1'): Promise<string> {
  const dir = await copyExample('hello-c');
  const built = await wasmpack(['build', dir, '-t', `${host}/hello:${tag}`]);
  assert.equal(built.code, 0, built.stderr);
  return dir;
}

describe('login to a registry with htpasswd Basic auth (plain HTTP on loopback)', () => {
  let registry: RunningRegistry;
  let project: string;
  before(async () => {
    registry = await startRegistry({ htpasswd: { user: USER, password: PASSWORD } });
    project = await buildHello(registry.host);
  });
  after(async () => {
    await registry?.stop();
  });

  test('--authfile: verified, written 0600, and push uses it without --creds; skopeo reads the pushed digest', async () => {
    const { root, env } = await isolatedEnv();
    const authfile = join(root, 'auth.json');
    const login = await wasmpack(['login', registry.host, '-u', USER, '--password-stdin', '--authfile', authfile], { env, input: `${PASSWORD}\n` });
    assert.equal(login.code, 0, login.stderr);
    assert.match(login.stderr, /Login Succeeded/);
    assert.ok(login.stderr.includes(authfile), 'says where the credentials went');
    assert.ok(!login.stderr.includes(PASSWORD) && !login.stdout.includes(PASSWORD), 'never prints the password');
    assert.equal((await stat(authfile)).mode & 0o777, 0o600);
    assert.equal(decode((await readAuths(authfile))[registry.host]?.auth), `${USER}:${PASSWORD}`);

    const push = await wasmpack(['push', '-C', project, '--authfile', authfile, '--json'], { env });
    assert.equal(push.code, 0, push.stderr);
    const digest = JSON.parse(push.stdout).digest as string;
    const inspected = JSON.parse(await skopeo('inspect', '--tls-verify=false', '--creds', `${USER}:${PASSWORD}`, `docker://${registry.host}/hello:1`));
    assert.equal(inspected.Digest, digest);
  });

  test('without --authfile: XDG_RUNTIME_DIR/containers/auth.json, found again by a plain push; -p warns about shell history', async () => {
    const { root, env } = await isolatedEnv();
    env.XDG_RUNTIME_DIR = join(root, 'run');
    const login = await wasmpack(['login', registry.host, '-u', USER, '-p', PASSWORD], { env });
    assert.equal(login.code, 0, login.stderr);
    assert.match(login.stderr, /warning: --password .*shell history/);
    const file = join(root, 'run', 'containers', 'auth.json');
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.equal(decode((await readAuths(file))[registry.host]?.auth), `${USER}:${PASSWORD}`);
    assert.ok(!(await exists(join(root, 'config', 'containers', 'auth.json'))), 'only the login file is written');

    const project2 = await buildHello(registry.host, 'xdg');
    const push = await wasmpack(['push', '-C', project2], { env });
    assert.equal(push.code, 0, push.stderr);
    const [line] = push.stdout.trim().split('\n');
    const digest = line!.slice(line!.indexOf('@') + 1);
    const inspected = JSON.parse(await skopeo('inspect', '--tls-verify=false', '--creds', `${USER}:${PASSWORD}`, `docker://${registry.host}/hello:xdg`));
    assert.equal(inspected.Digest, digest);
  });

  test('wrong password: REGISTRY_UNAUTHORIZED, nothing saved, password never printed', async () => {
    const { root, env } = await isolatedEnv();
    const authfile = join(root, 'auth.json');
    const login = await wasmpack(['login', registry.host, '-u', USER, '--password-stdin', '--authfile', authfile], { env, input: WRONG });
    assertCleanError(login, 'REGISTRY_UNAUTHORIZED');
    assert.ok(!login.stderr.includes(WRONG), 'the wrong password is not echoed');
    assert.doesNotMatch(login.stderr, /Login Succeeded/);
    assert.equal(await exists(authfile), false);
  });

  test('REGISTRY_AUTH_FILE + --password-stdin, --get-login, then logout makes push fail with a hint naming `wasmpack login`', async () => {
    const { root, env } = await isolatedEnv();
    env.REGISTRY_AUTH_FILE = join(root, 'registry-auth.json');
    const login = await wasmpack(['login', registry.host, '--username', USER, '--password-stdin'], { env, input: PASSWORD });
    assert.equal(login.code, 0, login.stderr);
    assert.equal(decode((await readAuths(env.REGISTRY_AUTH_FILE))[registry.host]?.auth), `${USER}:${PASSWORD}`);
    assert.equal((await stat(env.REGISTRY_AUTH_FILE)).mode & 0o777, 0o600);

    const who = await wasmpack(['login', '--get-login', registry.host], { env });
    assert.equal(who.code, 0, who.stderr);
    assert.equal(who.stdout, `${USER}\n`);

    const logout = await wasmpack(['logout', registry.host], { env });
    assert.equal(logout.code, 0, logout.stderr);
    assert.deepEqual(await readAuths(env.REGISTRY_AUTH_FILE), {});

    const again = await wasmpack(['logout', registry.host], { env });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, new RegExp(`not logged in to ${registry.host.replace(/\./g, '\\.')}`));

    const notLoggedIn = await wasmpack(['login', '--get-login', registry.host], { env });
    assertCleanError(notLoggedIn, 'NOT_LOGGED_IN');

    const push = await wasmpack(['push', '-C', project, `${registry.host}/hello:after-logout`], { env });
    assertCleanError(push, 'REGISTRY_UNAUTHORIZED');
    assert.match(push.stderr, new RegExp(`hint: .*\`wasmpack login ${registry.host.replace(/\./g, '\\.')}\``));
  });

  test('logout --all empties the auth file', async () => {
    const { root, env } = await isolatedEnv();
    const authfile = join(root, 'auth.json');
    assert.equal((await wasmpack(['login', registry.host, '-u', USER, '--password-stdin', '--authfile', authfile], { env, input: PASSWORD })).code, 0);
    const out = await wasmpack(['logout', '--all', '--authfile', authfile], { env });
    assert.equal(out.code, 0, out.stderr);
    assert.deepEqual(await readAuths(authfile), {});
  });

  test('no username or password and stdin is not a terminal: BAD_CREDENTIALS with a hint', async () => {
    const { env } = await isolatedEnv();
    const result = await wasmpack(['login', registry.host], { env });
    assertCleanError(result, 'BAD_CREDENTIALS');
    assert.match(result.stderr, /--password-stdin/);
  });
});

describe('login to a registry with token auth', () => {
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry({ token: true, htpasswd: { user: USER, password: PASSWORD } });
  });
  after(async () => {
    await registry?.stop();
  });

  test('the token service grants a token for the credentials; push then works with the saved login', async () => {
    const { root, env } = await isolatedEnv();
    const authfile = join(root, 'auth.json');
    const before = registry.tokenServer!.requests.length;
    const login = await wasmpack(['login', registry.host, '-u', USER, '--password-stdin', '--authfile', authfile], { env, input: PASSWORD });
    assert.equal(login.code, 0, login.stderr);
    const asked = registry.tokenServer!.requests.slice(before).find((r) => r.method === 'GET' && r.path === '/token');
    assert.ok(asked, 'login asked the token service');
    assert.deepEqual(asked.query.account, [USER]);
    assert.deepEqual(asked.query.offline_token, ['true']);
    assert.equal(asked.query.scope, undefined, 'a login token needs no scope');
    assert.equal(decode((await readAuths(authfile))[registry.host]?.auth), `${USER}:${PASSWORD}`);

    const project = await buildHello(registry.host);
    const push = await wasmpack(['push', '-C', project, '--authfile', authfile, '--json'], { env });
    assert.equal(push.code, 0, push.stderr);
    const digest = JSON.parse(push.stdout).digest as string;
    const raw = await skopeo('inspect', '--tls-verify=false', '--creds', `${USER}:${PASSWORD}`, '--raw', `docker://${registry.host}/hello:1`);
    assert.equal(`sha256:${createHash('sha256').update(raw).digest('hex')}`, digest);
  });

  test('wrong password: the token service refuses, REGISTRY_UNAUTHORIZED, nothing saved', async () => {
    const { root, env } = await isolatedEnv();
    const authfile = join(root, 'auth.json');
    const login = await wasmpack(['login', registry.host, '-u', USER, '--password-stdin', '--authfile', authfile], { env, input: WRONG });
    assertCleanError(login, 'REGISTRY_UNAUTHORIZED');
    assert.ok(!login.stderr.includes(WRONG));
    assert.equal(await exists(authfile), false);
  });
});

describe('login to a registry over TLS with a self-signed certificate', () => {
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry({ tls: true, htpasswd: { user: USER, password: PASSWORD } });
  });
  after(async () => {
    await registry?.stop();
  });

  test('--cert-dir trusts the CA; without it the login fails with REGISTRY_TLS; --tls-verify=false skips the check', async () => {
    const { root, env } = await isolatedEnv();
    const authfile = join(root, 'auth.json');
    const untrusted = await wasmpack(['login', registry.host, '-u', USER, '--password-stdin', '--authfile', authfile], { env, input: PASSWORD });
    assertCleanError(untrusted, 'REGISTRY_TLS');
    assert.equal(await exists(authfile), false);

    const trusted = await wasmpack(['login', registry.host, '-u', USER, '--password-stdin', '--authfile', authfile, '--cert-dir', registry.certDir!], { env, input: PASSWORD });
    assert.equal(trusted.code, 0, trusted.stderr);
    assert.equal(decode((await readAuths(authfile))[registry.host]?.auth), `${USER}:${PASSWORD}`);

    const unverified = await wasmpack(['login', registry.host, '-u', USER, '--password-stdin', '--authfile', join(root, 'other.json'), '--tls-verify=false'], { env, input: PASSWORD });
    assert.equal(unverified.code, 0, unverified.stderr);
  });
});
