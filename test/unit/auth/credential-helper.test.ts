import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { WasmpackError } from '../../../src/errors.js';
import { createCredentialStore } from '../../../src/auth/store.js';
import { removeLogin, saveLogin } from '../../../src/auth/login.js';

/**
 * A REAL docker credential helper (not a double): an executable node script named
 * docker-credential-testhelper, put on PATH, speaking the helper protocol over stdin/stdout and
 * keeping its credentials in $TESTHELPER_DIR/store.json. Special servers: hang.example never
 * answers, broken.example fails like a locked keychain.
 */
const HELPER_SOURCE = `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const dir = process.env.TESTHELPER_DIR;
const storeFile = path.join(dir, 'store.json');
const load = () => (fs.existsSync(storeFile) ? JSON.parse(fs.readFileSync(storeFile, 'utf8')) : {});
const action = process.argv[2];
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  fs.appendFileSync(path.join(dir, 'calls.log'), JSON.stringify({ args: process.argv.slice(2), stdin: input }) + '\\n');
  const notFound = () => { process.stdout.write('credentials not found in native keychain\\n'); process.exit(1); };
  if (action === 'get') {
    const server = input.trim();
    if (server === 'hang.example') { setInterval(() => {}, 1000); return; }
    if (server === 'broken.example') { process.stderr.write('error: keychain is locked\\n'); process.exit(3); }
    const entry = load()[server];
    if (!entry) return notFound();
    process.stdout.write(JSON.stringify({ ServerURL: server, Username: entry.Username, Secret: entry.Secret }));
  } else if (action === 'store') {
    const c = JSON.parse(input);
    const all = load();
    all[c.ServerURL] = { Username: c.Username, Secret: c.Secret };
    fs.writeFileSync(storeFile, JSON.stringify(all));
  } else if (action === 'erase') {
    const all = load();
    const server = input.trim();
    if (!all[server]) return notFound();
    delete all[server];
    fs.writeFileSync(storeFile, JSON.stringify(all));
  } else {
    process.stderr.write('unknown action ' + action + '\\n');
    process.exit(2);
  }
});
`;

const SECRET = 'helper-secret-value-123';

async function setup(t: { after(fn: () => Promise<void>): void }, dockerConfig: unknown, stored: Record<string, { Username: string; Secret: string }> = {}) {
  const home = await mkdtemp(join(tmpdir(), 'wasmpack-helper-'));
  t.after(() => rm(home, { recursive: true, force: true }));
  const bin = join(home, 'bin');
  const helperDir = join(home, 'helper-data');
  await mkdir(bin, { recursive: true });
  await mkdir(helperDir, { recursive: true });
  const helper = join(bin, 'docker-credential-testhelper');
  await writeFile(helper, HELPER_SOURCE);
  await chmod(helper, 0o755);
  await writeFile(join(helperDir, 'store.json'), JSON.stringify(stored));
  const dockerPath = join(home, '.docker', 'config.json');
  await mkdir(dirname(dockerPath), { recursive: true });
  await writeFile(dockerPath, JSON.stringify(dockerConfig));
  const env: NodeJS.ProcessEnv = { PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, TESTHELPER_DIR: helperDir };
  const calls = async () => (await readFile(join(helperDir, 'calls.log'), 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { args: string[]; stdin: string });
  const stored_ = async () => JSON.parse(await readFile(join(helperDir, 'store.json'), 'utf8')) as Record<string, { Username: string; Secret: string }>;
  return { home, env, dockerPath, calls, stored: stored_ };
}

test('credsStore: the helper is spawned with "get" and the server URL on stdin', async (t) => {
  const s = await setup(t, { credsStore: 'testhelper', auths: { 'ghcr.io': {} } }, { 'ghcr.io': { Username: 'octo', Secret: SECRET } });
  const store = createCredentialStore({ env: s.env, homedir: s.home });
  const found = await store.get('ghcr.io');
  assert.deepEqual(found, { credential: { kind: 'basic', username: 'octo', password: SECRET }, source: `docker-credential-testhelper (credsStore in ${s.dockerPath})` });
  assert.deepEqual(await s.calls(), [{ args: ['get'], stdin: 'ghcr.io' }]);
  await store.get('ghcr.io');
  assert.equal((await s.calls()).length, 1, 'the answer is cached per store');
});

test('credHelpers[host] beats credsStore and auths; "<token>" means an identity token', async (t) => {
  const s = await setup(t, { credHelpers: { 'acr.example': 'testhelper' }, credsStore: 'not-installed-store', auths: { 'acr.example': { auth: Buffer.from('x:y').toString('base64') } } }, { 'acr.example': { Username: '<token>', Secret: SECRET } });
  const found = await createCredentialStore({ env: s.env, homedir: s.home }).get('acr.example');
  assert.deepEqual(found?.credential, { kind: 'identity-token', token: SECRET });
  assert.equal(found?.source, `docker-credential-testhelper (credHelpers["acr.example"] in ${s.dockerPath})`);
});

test('"credentials not found" from the helper falls through to auths in the same file', async (t) => {
  const s = await setup(t, { credsStore: 'testhelper', auths: { 'localhost:5000': { auth: Buffer.from('fileuser:filepass').toString('base64') } } });
  const found = await createCredentialStore({ env: s.env, homedir: s.home }).get('localhost:5000');
  assert.deepEqual(found?.credential, { kind: 'basic', username: 'fileuser', password: 'filepass' });
  assert.deepEqual(await s.calls(), [{ args: ['get'], stdin: 'localhost:5000' }]);
  assert.equal(await createCredentialStore({ env: s.env, homedir: s.home }).get('nothing.example'), undefined);
});

test('Docker Hub: the helper is asked about https://index.docker.io/v1/', async (t) => {
  const s = await setup(t, { credsStore: 'testhelper' }, { 'https://index.docker.io/v1/': { Username: 'hubuser', Secret: SECRET } });
  const found = await createCredentialStore({ env: s.env, homedir: s.home }).get('registry-1.docker.io');
  assert.deepEqual(found?.credential, { kind: 'basic', username: 'hubuser', password: SECRET });
  assert.deepEqual(await s.calls(), [{ args: ['get'], stdin: 'https://index.docker.io/v1/' }]);
});

test('a configured helper that is not installed is skipped and reported in searched()', async (t) => {
  const s = await setup(t, { credsStore: 'desktop-not-installed', auths: { 'ghcr.io': { auth: Buffer.from(`u:${SECRET}`).toString('base64') } } });
  const store = createCredentialStore({ env: s.env, homedir: s.home });
  assert.deepEqual((await store.get('ghcr.io'))?.credential, { kind: 'basic', username: 'u', password: SECRET });
  const note = `docker-credential-desktop-not-installed (credsStore in ${s.dockerPath}): docker-credential-desktop-not-installed is not installed, skipped`;
  assert.ok(store.searched().includes(note), store.searched().join('\n'));
  assert.deepEqual(store.warnings(), [note]);
  assert.ok(!store.searched().join('\n').includes(SECRET));
});

test('a failing helper is an error with its own message and no secret', async (t) => {
  const s = await setup(t, { credsStore: 'testhelper' });
  await assert.rejects(createCredentialStore({ env: s.env, homedir: s.home }).get('broken.example'), (e: unknown) => {
    assert.ok(e instanceof WasmpackError);
    assert.equal(e.code, 'AUTH_HELPER_FAILED');
    assert.equal(e.message, 'docker-credential-testhelper get for broken.example failed (exit 3): error: keychain is locked');
    assert.match(e.hint!, /echo broken\.example \| docker-credential-testhelper get/);
    return true;
  });
});

test('a helper that never answers times out', async (t) => {
  const s = await setup(t, { credsStore: 'testhelper' });
  await assert.rejects(createCredentialStore({ env: s.env, homedir: s.home, helperTimeoutMs: 300 }).get('hang.example'), (e: unknown) => {
    assert.ok(e instanceof WasmpackError);
    assert.equal(e.code, 'AUTH_HELPER_TIMEOUT');
    assert.match(e.message, /^docker-credential-testhelper get did not answer within/);
    return true;
  });
});

test('login with a credsStore stores through the helper (JSON on stdin), logout erases it', async (t) => {
  const s = await setup(t, { credsStore: 'testhelper' });
  const authFile = join(s.home, 'run', 'containers', 'auth.json');
  const env = { ...s.env, XDG_RUNTIME_DIR: join(s.home, 'run') };
  const result = await saveLogin({ host: 'ghcr.io', username: 'octo', password: SECRET, env, homedir: s.home });
  assert.deepEqual(result, { storedIn: 'docker-credential-testhelper', via: 'helper', notes: [] });
  assert.deepEqual(await s.stored(), { 'ghcr.io': { Username: 'octo', Secret: SECRET } });
  const storeCall = (await s.calls()).find((c) => c.args[0] === 'store');
  assert.deepEqual(JSON.parse(storeCall!.stdin), { ServerURL: 'ghcr.io', Username: 'octo', Secret: SECRET });
  await assert.rejects(stat(authFile), { code: 'ENOENT' }, 'no auth file written when a helper holds the credential');

  const found = await createCredentialStore({ env, homedir: s.home }).get('ghcr.io');
  assert.deepEqual(found?.credential, { kind: 'basic', username: 'octo', password: SECRET });

  assert.deepEqual(await removeLogin({ host: 'ghcr.io', env, homedir: s.home }), { removedFrom: ['docker-credential-testhelper'], notes: [] });
  assert.deepEqual(await s.stored(), {});
  assert.deepEqual(await removeLogin({ host: 'ghcr.io', env, homedir: s.home }), { removedFrom: [], notes: [] });
});

test('login through a helper removes a stale entry for the host from the auth file, which would shadow it', async (t) => {
  const s = await setup(t, { credHelpers: { 'ghcr.io': 'testhelper' } });
  const authFile = join(s.home, '.config', 'containers', 'auth.json');
  await mkdir(dirname(authFile), { recursive: true });
  await writeFile(authFile, JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from('old:old').toString('base64') }, 'quay.io': { auth: Buffer.from('q:q').toString('base64') } } }));
  await saveLogin({ host: 'ghcr.io', username: 'new', password: SECRET, env: s.env, homedir: s.home });
  assert.deepEqual(Object.keys((JSON.parse(await readFile(authFile, 'utf8')) as { auths: object }).auths), ['quay.io']);
  assert.deepEqual((await createCredentialStore({ env: s.env, homedir: s.home }).get('ghcr.io'))?.credential, { kind: 'basic', username: 'new', password: SECRET });
});

test('login with a configured but missing helper writes the auth file and says why', async (t) => {
  const s = await setup(t, { credsStore: 'desktop-not-installed' });
  const result = await saveLogin({ host: 'ghcr.io', username: 'octo', password: SECRET, env: s.env, homedir: s.home });
  const authFile = join(s.home, '.config', 'containers', 'auth.json');
  assert.equal(result.via, 'file');
  assert.equal(result.storedIn, authFile);
  assert.deepEqual(result.notes, [`docker-credential-desktop-not-installed (credsStore in ${s.dockerPath}) is not installed; using ${authFile} instead`]);
});
