import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lstat, mkdtemp, mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WasmpackError } from '../../../src/errors.js';
import { removeLogin, saveLogin } from '../../../src/auth/login.js';
import { createCredentialStore } from '../../../src/auth/store.js';
import type { Runner } from '../../../src/process/exec.js';

const SECRET = 'login-secret:with-colon';
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A runner double that fails the test if login tries to spawn a credential helper. */
const noHelpersRunnerDouble: Runner = async (command) => {
  throw new Error(`unexpected helper spawn: ${command}`);
};

async function tempHome(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-login-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const readJson = async (p: string) => JSON.parse(await readFile(p, 'utf8')) as { auths: Record<string, Record<string, string>>; [k: string]: unknown };

test('login creates ~/.config/containers/auth.json (no XDG_RUNTIME_DIR) with mode 0600 in a 0700 directory', async (t) => {
  const home = await tempHome(t);
  const result = await saveLogin({ host: 'localhost:5000', username: 'alice', password: SECRET, env: {}, homedir: home, runner: noHelpersRunnerDouble });
  const file = join(home, '.config/containers/auth.json');
  assert.deepEqual(result, { storedIn: file, via: 'file', notes: [] });
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.equal((await stat(dirname(file))).mode & 0o777, 0o700);
  assert.deepEqual(await readJson(file), { auths: { 'localhost:5000': { auth: b64(`alice:${SECRET}`) } } });
  assert.deepEqual(await readdir(dirname(file)), ['auth.json'], 'no temp file left behind');
  // What login wrote is what lookup reads.
  const found = await createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble }).get('localhost:5000');
  assert.deepEqual(found?.credential, { kind: 'basic', username: 'alice', password: SECRET });
});

test('login preserves other entries and top-level keys, replaces the host entry in place, and tightens the mode', async (t) => {
  const home = await tempHome(t);
  const file = join(home, 'run/containers/auth.json');
  await mkdir(dirname(file), { recursive: true });
  const before = {
    auths: { 'quay.io': { auth: b64('q:q') }, 'ghcr.io': { auth: b64('old:old'), identitytoken: 'old-token' }, 'quay.io/acme': { auth: b64('a:a') } },
    credHelpers: { 'gcr.io': 'gcloud' },
    somethingElse: { kept: true },
  };
  await writeFile(file, JSON.stringify(before), { mode: 0o644 });
  await saveLogin({ host: 'ghcr.io', username: 'octo', password: SECRET, env: { XDG_RUNTIME_DIR: join(home, 'run') }, homedir: home, runner: noHelpersRunnerDouble });
  const after = await readJson(file);
  assert.deepEqual(after, { ...before, auths: { 'quay.io': { auth: b64('q:q') }, 'quay.io/acme': { auth: b64('a:a') }, 'ghcr.io': { auth: b64(`octo:${SECRET}`) } } });
  assert.equal((await stat(file)).mode & 0o777, 0o600);
});

test('login to Docker Hub writes "docker.io" and drops older spellings that lookup would find first', async (t) => {
  const home = await tempHome(t);
  const file = join(home, 'auth.json');
  await writeFile(file, JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: b64('old:old') }, 'index.docker.io': { auth: b64('old2:old2') } } }));
  await saveLogin({ host: 'https://index.docker.io/v1/', username: 'hub', password: SECRET, authfile: file, env: {}, homedir: home, runner: noHelpersRunnerDouble });
  assert.deepEqual(await readJson(file), { auths: { 'docker.io': { auth: b64(`hub:${SECRET}`) } } });
  const found = await createCredentialStore({ env: {}, homedir: home, authfile: file, runner: noHelpersRunnerDouble }).get('registry-1.docker.io');
  assert.deepEqual(found?.credential, { kind: 'basic', username: 'hub', password: SECRET });
});

test('REGISTRY_AUTH_FILE is where login writes when set; --authfile ignores docker credential helpers', async (t) => {
  const home = await tempHome(t);
  await mkdir(join(home, '.docker'), { recursive: true });
  await writeFile(join(home, '.docker/config.json'), JSON.stringify({ credsStore: 'would-be-used-without-authfile' }));
  const registryAuthFile = join(home, 'r', 'auth.json');
  await saveLogin({ host: 'ghcr.io', username: 'u', password: SECRET, env: { REGISTRY_AUTH_FILE: registryAuthFile }, homedir: home, authfile: join(home, 'explicit.json'), runner: noHelpersRunnerDouble });
  assert.deepEqual(Object.keys((await readJson(join(home, 'explicit.json'))).auths), ['ghcr.io']);
  await assert.rejects(stat(registryAuthFile), { code: 'ENOENT' });
  await writeFile(join(home, '.docker/config.json'), '{}');
  await saveLogin({ host: 'ghcr.io', username: 'u', password: SECRET, env: { REGISTRY_AUTH_FILE: registryAuthFile }, homedir: home, runner: noHelpersRunnerDouble });
  assert.deepEqual(Object.keys((await readJson(registryAuthFile)).auths), ['ghcr.io']);
});

test('login with an identity token stores identitytoken and no password, as docker does', async (t) => {
  const home = await tempHome(t);
  const file = join(home, 'auth.json');
  await saveLogin({ host: 'myreg.azurecr.io', username: '00000000-0000-0000-0000-000000000000', password: 'ignored', identityToken: 'refresh-token', authfile: file, env: {}, homedir: home, runner: noHelpersRunnerDouble });
  assert.deepEqual(await readJson(file), { auths: { 'myreg.azurecr.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh-token' } } });
  const found = await createCredentialStore({ env: {}, homedir: home, authfile: file, runner: noHelpersRunnerDouble }).get('myreg.azurecr.io');
  assert.deepEqual(found?.credential, { kind: 'identity-token', token: 'refresh-token', username: '00000000-0000-0000-0000-000000000000' });
});

test('login through a symlinked auth file replaces the target and keeps the link', async (t) => {
  const home = await tempHome(t);
  const real = join(home, 'real.json');
  const link = join(home, 'link.json');
  await writeFile(real, JSON.stringify({ auths: { 'quay.io': { auth: b64('q:q') } } }));
  await symlink(real, link);
  await saveLogin({ host: 'ghcr.io', username: 'u', password: SECRET, authfile: link, env: {}, homedir: home, runner: noHelpersRunnerDouble });
  assert.deepEqual(Object.keys((await readJson(real)).auths), ['quay.io', 'ghcr.io']);
  assert.ok((await lstat(link)).isSymbolicLink());
  assert.equal((await stat(real)).mode & 0o777, 0o600);
});

test('login refuses to overwrite an auth file it cannot parse, and says so without quoting it', async (t) => {
  const home = await tempHome(t);
  const file = join(home, 'auth.json');
  const broken = `{"auths": {"quay.io": {"auth": "${b64(`q:${SECRET}`)}"}`;
  await writeFile(file, broken);
  await assert.rejects(saveLogin({ host: 'ghcr.io', username: 'u', password: SECRET, authfile: file, env: {}, homedir: home, runner: noHelpersRunnerDouble }), (e: unknown) => {
    assert.ok(e instanceof WasmpackError);
    assert.equal(e.code, 'AUTH_FILE_INVALID');
    assert.equal(e.message, `${file} is not valid JSON`);
    assert.ok(!`${e.message}${e.hint}`.includes(SECRET));
    return true;
  });
  assert.equal(await readFile(file, 'utf8'), broken);
});

test('login needs a username', async (t) => {
  const home = await tempHome(t);
  await assert.rejects(saveLogin({ host: 'ghcr.io', username: '', password: SECRET, env: {}, homedir: home, runner: noHelpersRunnerDouble }), (e: unknown) => e instanceof WasmpackError && e.code === 'BAD_CREDENTIALS' && !e.message.includes(SECRET));
});

test('logout removes every spelling of the host, keeps other entries and namespaces, and reports nothing to do the second time', async (t) => {
  const home = await tempHome(t);
  const file = join(home, '.config/containers/auth.json');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ auths: { 'ghcr.io': { auth: b64('a:a') }, 'https://ghcr.io/v1/': { auth: b64('b:b') }, 'ghcr.io/acme': { auth: b64('c:c') }, 'quay.io': { auth: b64('q:q') } }, credHelpers: { 'x.io': 'y' } }), { mode: 0o600 });
  assert.deepEqual(await removeLogin({ host: 'ghcr.io', env: {}, homedir: home, runner: noHelpersRunnerDouble }), { removedFrom: [file], notes: [] });
  assert.deepEqual(await readJson(file), { auths: { 'ghcr.io/acme': { auth: b64('c:c') }, 'quay.io': { auth: b64('q:q') } }, credHelpers: { 'x.io': 'y' } });
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.deepEqual(await removeLogin({ host: 'ghcr.io', env: {}, homedir: home, runner: noHelpersRunnerDouble }), { removedFrom: [], notes: [] });
  assert.deepEqual(await removeLogin({ host: 'never.example', env: {}, homedir: join(home, 'empty-home'), runner: noHelpersRunnerDouble }), { removedFrom: [], notes: [] });
});
