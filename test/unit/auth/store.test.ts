import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WasmpackError } from '../../../src/errors.js';
import { createCredentialStore } from '../../../src/auth/store.js';
import { credentialSources, loginAuthFilePath } from '../../../src/auth/sources.js';
import { parseCredsFlag } from '../../../src/auth/creds-flag.js';
import { providerHint } from '../../../src/auth/provider-hints.js';
import type { Runner } from '../../../src/process/exec.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const SECRET = 's3cr3t-Pa55:with:colons';

async function tempHome(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-auth-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function writeJson(path: string, value: unknown): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/** A runner double that fails the test if anything tries to spawn a credential helper. */
const noHelpersRunnerDouble: Runner = async (command) => {
  throw new Error(`unexpected helper spawn: ${command}`);
};

const basicEntry = (user: string, pass = SECRET) => ({ auth: b64(`${user}:${pass}`) });

test('the documented source order: --creds, --authfile, REGISTRY_AUTH_FILE, XDG_RUNTIME_DIR, XDG_CONFIG_HOME, DOCKER_AUTH_CONFIG, DOCKER_CONFIG', async (t) => {
  const home = await tempHome(t);
  const paths = {
    authfile: join(home, 'explicit.json'),
    registryAuthFile: join(home, 'registry-auth-file.json'),
    runtime: join(home, 'run', 'containers', 'auth.json'),
    configHome: join(home, 'cfg', 'containers', 'auth.json'),
    docker: join(home, 'dockercfg', 'config.json'),
  };
  const env = { REGISTRY_AUTH_FILE: paths.registryAuthFile, XDG_RUNTIME_DIR: join(home, 'run'), XDG_CONFIG_HOME: join(home, 'cfg'), DOCKER_CONFIG: join(home, 'dockercfg'), DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { 'ghcr.io': basicEntry('from-env-json') } }) };
  // Every source knows ghcr.io with a different user; removing the winner each round shows the next one.
  const layers: Array<[string, string]> = [
    [paths.authfile, 'from-authfile'],
    [paths.registryAuthFile, 'from-registry-auth-file'],
    [paths.runtime, 'from-runtime'],
    [paths.configHome, 'from-config-home'],
    [paths.docker, 'from-docker-config'],
  ];
  for (const [path, user] of layers) await writeJson(path, { auths: { 'ghcr.io': basicEntry(user) } });

  const user = async (opts: { creds?: boolean; authfile?: boolean; env: NodeJS.ProcessEnv }) => {
    const store = createCredentialStore({ env: opts.env, homedir: home, runner: noHelpersRunnerDouble, ...(opts.creds ? { creds: { username: 'from-flag', password: SECRET } } : {}), ...(opts.authfile ? { authfile: paths.authfile } : {}) });
    const found = await store.get('ghcr.io');
    assert.ok(found);
    assert.equal(found.credential.kind, 'basic');
    return found.credential.kind === 'basic' ? found.credential.username : '';
  };
  assert.equal(await user({ creds: true, authfile: true, env }), 'from-flag');
  assert.equal(await user({ authfile: true, env }), 'from-authfile');
  assert.equal(await user({ env }), 'from-registry-auth-file');
  const { REGISTRY_AUTH_FILE: _r, ...env2 } = env;
  assert.equal(await user({ env: env2 }), 'from-runtime');
  const { XDG_RUNTIME_DIR: _x, ...env3 } = env2;
  assert.equal(await user({ env: env3 }), 'from-config-home');
  await rm(paths.configHome);
  assert.equal(await user({ env: env3 }), 'from-env-json');
  const { DOCKER_AUTH_CONFIG: _d, ...env4 } = env3;
  assert.equal(await user({ env: env4 }), 'from-docker-config');
});

test('defaults without XDG/DOCKER env vars: ~/.config/containers/auth.json, then ~/.docker/config.json', async (t) => {
  const home = await tempHome(t);
  assert.deepEqual(credentialSources({ env: {}, homedir: home }).map((s) => s.label), [join(home, '.config/containers/auth.json'), join(home, '.docker/config.json')]);
  await writeJson(join(home, '.docker/config.json'), { auths: { 'localhost:5000': basicEntry('dockeruser') } });
  const store = createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble });
  const found = await store.get('localhost:5000');
  assert.deepEqual(found, { credential: { kind: 'basic', username: 'dockeruser', password: SECRET }, source: `${join(home, '.docker/config.json')} auths["localhost:5000"]` });
  assert.equal(await store.get('localhost:5001'), undefined, 'another port is another registry');
  assert.deepEqual(store.searched(), [`${join(home, '.config/containers/auth.json')} (not found)`, join(home, '.docker/config.json')]);
});

test('a REGISTRY_AUTH_FILE that points at a default path is read once', async (t) => {
  const home = await tempHome(t);
  const p = join(home, '.config/containers/auth.json');
  assert.equal(credentialSources({ env: { REGISTRY_AUTH_FILE: p }, homedir: home }).filter((s) => s.kind === 'file' && s.path === p).length, 1);
});

test('an explicit --authfile that does not exist is an error; a missing default file is not', async (t) => {
  const home = await tempHome(t);
  const store = createCredentialStore({ env: {}, homedir: home, authfile: join(home, 'nope.json'), runner: noHelpersRunnerDouble });
  await assert.rejects(store.get('ghcr.io'), (e: unknown) => e instanceof WasmpackError && e.code === 'AUTH_FILE_NOT_FOUND' && e.message.includes('nope.json'));
  assert.equal(await createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble }).get('ghcr.io'), undefined);
});

test('auths lookup: exact key, then URL-shaped keys by host; never substring matching', async (t) => {
  const home = await tempHome(t);
  await writeJson(join(home, '.docker/config.json'), {
    auths: {
      'https://ghcr.io/v1/': basicEntry('legacy-url-key'),
      'ghcr.io.evil.example': basicEntry('evil'),
      'registry.example.com': basicEntry('exact'),
      'http://registry.example.com/v2/': basicEntry('url-form-loses-to-exact'),
      'https://quay.io': basicEntry('scheme-no-path'),
    },
  });
  const store = createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble });
  const userOf = async (host: string) => {
    const f = await store.get(host);
    return f && f.credential.kind === 'basic' ? f.credential.username : undefined;
  };
  assert.equal(await userOf('ghcr.io'), 'legacy-url-key');
  assert.equal(await userOf('registry.example.com'), 'exact');
  assert.equal(await userOf('quay.io'), 'scheme-no-path');
  assert.equal(await userOf('ghcr.io.evil.example'), 'evil');
  assert.equal(await userOf('io'), undefined);
  assert.equal(await userOf('example.com'), undefined);
  assert.equal(await userOf('evil.example'), undefined);
});

test('auth.json namespace keys: the most specific namespace wins, and only for repositories under it', async (t) => {
  const home = await tempHome(t);
  await writeJson(join(home, '.config/containers/auth.json'), {
    auths: { 'quay.io': basicEntry('host'), 'quay.io/acme': basicEntry('acme'), 'quay.io/acme/secret-app': basicEntry('app') },
  });
  const store = createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble });
  const userOf = async (repo?: string) => {
    const f = await store.get('quay.io', repo);
    return f && f.credential.kind === 'basic' ? f.credential.username : undefined;
  };
  assert.equal(await userOf('acme/secret-app'), 'app');
  assert.equal(await userOf('acme/other'), 'acme');
  assert.equal(await userOf('acmeish/x'), 'host', 'a namespace is a whole path component, not a prefix');
  assert.equal(await userOf('other/x'), 'host');
  assert.equal(await userOf(undefined), 'host');
});

test('Docker Hub: docker.io, index.docker.io and registry-1.docker.io all find https://index.docker.io/v1/ first', async (t) => {
  const home = await tempHome(t);
  const docker = join(home, '.docker/config.json');
  await writeJson(docker, { auths: { 'docker.io': basicEntry('short-key'), 'https://index.docker.io/v1/': basicEntry('hub-user') } });
  const store = createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble });
  for (const host of ['docker.io', 'index.docker.io', 'registry-1.docker.io']) {
    const f = await store.get(host);
    assert.deepEqual(f?.credential, { kind: 'basic', username: 'hub-user', password: SECRET }, host);
    assert.equal(f?.source, `${docker} auths["https://index.docker.io/v1/"]`);
  }
  for (const key of ['index.docker.io', 'docker.io']) {
    await writeJson(docker, { auths: { [key]: basicEntry(`via-${key}`) } });
    const f = await createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble }).get('registry-1.docker.io');
    assert.deepEqual(f?.credential, { kind: 'basic', username: `via-${key}`, password: SECRET });
  }
});

test('entries: {} is skipped, auth splits at the first ":", identitytoken and registrytoken', async (t) => {
  const home = await tempHome(t);
  await writeJson(join(home, '.config/containers/auth.json'), { auths: { 'ghcr.io': {}, 'a.example': { auth: b64('u:') , identitytoken: 'refresh-tok' }, 'b.example': { registrytoken: 'bearer-tok' }, 'c.example': { username: 'plain', password: 'pw' } } });
  await writeJson(join(home, '.docker/config.json'), { auths: { 'ghcr.io': basicEntry('after-empty') } });
  const store = createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble });
  assert.deepEqual((await store.get('ghcr.io'))?.credential, { kind: 'basic', username: 'after-empty', password: SECRET });
  assert.deepEqual((await store.get('a.example'))?.credential, { kind: 'identity-token', token: 'refresh-tok', username: 'u' });
  assert.deepEqual((await store.get('b.example'))?.credential, { kind: 'registry-token', token: 'bearer-tok' });
  assert.deepEqual((await store.get('c.example'))?.credential, { kind: 'basic', username: 'plain', password: 'pw' });
});

test('broken files and entries give clear errors that never contain the secret', async (t) => {
  const home = await tempHome(t);
  const docker = join(home, '.docker/config.json');
  const cases: Array<[unknown, string, RegExp]> = [
    [`{"auths": {"ghcr.io": {"auth": "${b64('user:' + SECRET)}"}`, 'AUTH_FILE_INVALID', /config\.json is not valid JSON$/],
    [{ auths: { 'ghcr.io': { auth: b64(SECRET.replace(/:/g, '')) } } }, 'AUTH_ENTRY_INVALID', /auths\["ghcr\.io"\] in .*config\.json: "auth" does not decode to user:password/],
    [{ auths: { 'ghcr.io': { auth: `${SECRET}!!` } } }, 'AUTH_ENTRY_INVALID', /"auth" is not base64/],
    [{ auths: [SECRET] }, 'AUTH_FILE_INVALID', /"auths" in .* is not a JSON object/],
  ];
  for (const [content, code, message] of cases) {
    await writeJson(docker, content);
    const store = createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble });
    await assert.rejects(store.get('ghcr.io'), (e: unknown) => {
      assert.ok(e instanceof WasmpackError);
      assert.equal(e.code, code);
      assert.match(e.message, message);
      for (const text of [e.message, e.hint ?? '']) {
        assert.ok(!text.includes(SECRET) && !text.includes(SECRET.replace(/:/g, '')) && !text.includes(b64('user:' + SECRET)), `secret leaked: ${text}`);
      }
      return true;
    });
  }
  const envStore = createCredentialStore({ env: { DOCKER_AUTH_CONFIG: `{"auths": ${SECRET}` }, homedir: home, runner: noHelpersRunnerDouble });
  await assert.rejects(envStore.get('ghcr.io'), (e: unknown) => e instanceof WasmpackError && e.message === 'the DOCKER_AUTH_CONFIG environment variable is not valid JSON');
});

test('a helper name that is not a plain name is refused before anything is spawned', async (t) => {
  const home = await tempHome(t);
  await writeJson(join(home, '.docker/config.json'), { credHelpers: { 'ghcr.io': '../../tmp/evil' } });
  await assert.rejects(createCredentialStore({ env: {}, homedir: home, runner: noHelpersRunnerDouble }).get('ghcr.io'), (e: unknown) => e instanceof WasmpackError && e.code === 'AUTH_FILE_INVALID' && e.message.includes('"../../tmp/evil", which is not a valid helper name'));
});

test('searched() names places, never secrets', async (t) => {
  const home = await tempHome(t);
  const env = { DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { 'x.example': basicEntry('u') } }), REGISTRY_AUTH_FILE: join(home, 'r.json') };
  const store = createCredentialStore({ env, homedir: home, creds: { username: 'flaguser', password: SECRET }, runner: noHelpersRunnerDouble });
  await store.get('ghcr.io');
  const text = store.searched().join('\n');
  assert.deepEqual(store.searched()[0], '--creds');
  assert.ok(text.includes('DOCKER_AUTH_CONFIG'));
  assert.ok(text.includes(join(home, 'r.json')));
  assert.ok(!text.includes(SECRET) && !text.includes(b64(`u:${SECRET}`)) && !text.includes('flaguser'), text);
});

test('parseCredsFlag splits at the first ":"', () => {
  assert.deepEqual(parseCredsFlag('user:pa:ss'), { username: 'user', password: 'pa:ss' });
  assert.deepEqual(parseCredsFlag('user:'), { username: 'user', password: '' });
  assert.deepEqual(parseCredsFlag('user'), { username: 'user' });
  assert.throws(() => parseCredsFlag(`:${SECRET}`), (e: unknown) => e instanceof WasmpackError && e.code === 'BAD_CREDENTIALS' && !e.message.includes(SECRET));
});

test('providerHint knows the big registries and nothing else', () => {
  assert.match(providerHint('ghcr.io')!, /GITHUB_TOKEN.*write:packages|write:packages.*GITHUB_TOKEN/s);
  assert.match(providerHint('123456789012.dkr.ecr.eu-west-1.amazonaws.com')!, /username AWS.*aws ecr get-login-password.*ecr-login/s);
  assert.match(providerHint('public.ecr.aws')!, /ecr-public get-login-password/);
  assert.match(providerHint('europe-west1-docker.pkg.dev')!, /oauth2accesstoken.*_json_key/s);
  assert.match(providerHint('gcr.io')!, /_json_key/);
  assert.match(providerHint('myreg.azurecr.io')!, /00000000-0000-0000-0000-000000000000/);
  assert.match(providerHint('docker.io')!, /Docker Hub/);
  assert.match(providerHint('registry-1.docker.io')!, /personal access token/);
  assert.equal(providerHint('localhost:5000'), undefined);
  assert.equal(providerHint('notghcr.io'), undefined);
});

test('loginAuthFilePath: --authfile, REGISTRY_AUTH_FILE, XDG_RUNTIME_DIR, then ~/.config', () => {
  const home = '/home/u';
  assert.equal(loginAuthFilePath({ env: { REGISTRY_AUTH_FILE: '/r.json', XDG_RUNTIME_DIR: '/run/user/1' }, homedir: home, authfile: '/a.json' }), '/a.json');
  assert.equal(loginAuthFilePath({ env: { REGISTRY_AUTH_FILE: '/r.json', XDG_RUNTIME_DIR: '/run/user/1' }, homedir: home }), '/r.json');
  assert.equal(loginAuthFilePath({ env: { XDG_RUNTIME_DIR: '/run/user/1' }, homedir: home }), '/run/user/1/containers/auth.json');
  assert.equal(loginAuthFilePath({ env: { XDG_CONFIG_HOME: '/cfg' }, homedir: home }), '/cfg/containers/auth.json');
  assert.equal(loginAuthFilePath({ env: {}, homedir: home }), '/home/u/.config/containers/auth.json');
});
