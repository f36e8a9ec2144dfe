import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, runProcess } from '../../src/process/exec.js';
import { removeLogin, saveLogin } from '../../src/auth/login.js';
import { createCredentialStore } from '../../src/auth/store.js';

/**
 * The auth file `wasmpack login` writes is podman's own: podman (the real one, no network needed
 * for --get-login and logout) must read what we write, and we must read what podman leaves.
 */
test('podman reads the auth file wasmpack login writes, and wasmpack sees podman logout', async (t) => {
  const podman = await findOnPath('podman');
  if (!podman) {
    t.skip('skipped: podman not on PATH');
    return;
  }
  const home = await mkdtemp(join(tmpdir(), 'wasmpack-podman-auth-'));
  t.after(() => rm(home, { recursive: true, force: true }));
  // Both tools find the file the same way: ${XDG_RUNTIME_DIR}/containers/auth.json.
  const env = { PATH: process.env.PATH ?? '', HOME: home, XDG_RUNTIME_DIR: home };
  const password = 'pw-never-printed';

  await saveLogin({ host: 'localhost:5000', username: 'alice', password, env, homedir: home });
  await saveLogin({ host: 'docker.io', username: 'hubuser', password, env, homedir: home });

  const getLogin = async (host: string) => runProcess(podman, ['login', '--get-login', host], { env, timeoutMs: 30_000 });
  const local = await getLogin('localhost:5000');
  assert.equal(local.code, 0, local.stderr);
  assert.equal(local.stdout.trim(), 'alice');
  const hub = await getLogin('docker.io');
  assert.equal(hub.code, 0, hub.stderr);
  assert.equal(hub.stdout.trim(), 'hubuser');

  const out = await runProcess(podman, ['logout', 'localhost:5000'], { env, timeoutMs: 30_000 });
  assert.equal(out.code, 0, out.stderr);
  const store = createCredentialStore({ env, homedir: home });
  assert.equal(await store.get('localhost:5000'), undefined);
  assert.deepEqual((await store.get('docker.io'))?.credential, { kind: 'basic', username: 'hubuser', password });

  assert.deepEqual((await removeLogin({ host: 'docker.io', env, homedir: home })).removedFrom, [join(home, 'containers', 'auth.json')]);
  const after = await getLogin('docker.io');
  assert.notEqual(after.code, 0, 'podman no longer finds a login for docker.io');
});
