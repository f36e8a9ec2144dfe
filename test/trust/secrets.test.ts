/**
 * Secrets (the trust suite, part 5): every command that talks to a registry, run with credentials
 * and --verbose against a token-auth registry (htpasswd behind the token service, identity tokens
 * on), on success and failure paths. Their stdout, stderr and every file they wrote (the project,
 * outputs, HOME, TMPDIR) are scanned for the password, the identity token, every bearer token the
 * token service issued, and the base64 of each (and of user:password). The one allowed place is the
 * auth file, which must be mode 0600. Upload `_state` tokens must not show either. Signing adds
 * the key password (right and wrong) and the decrypted private key to what is looked for.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wasmpack, type CliResult } from '../helpers/cli.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { recordFigures } from '../helpers/trust-figures.js';
import { writeMinimalModule } from '../helpers/wasm-fixtures.js';
import { decryptPrivateKey } from '../../src/supply-chain/sign/cosign-key.js';

const USER = 'secret-keeper';
const PASSWORD = `pw-${randomBytes(12).toString('hex')}`;
const WRONG = `wrong-${randomBytes(12).toString('hex')}`;
const IDENTITY = `idt-${randomBytes(16).toString('hex')}`;
const KEY_PASSWORD = `kp-${randomBytes(12).toString('hex')}`;
const WRONG_KEY_PASSWORD = `wkp-${randomBytes(12).toString('hex')}`;

function forms(value: string, username?: string): string[] {
  const out = [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('base64url'), Buffer.from(value).toString('base64').replace(/=+$/, '')];
  if (username) out.push(Buffer.from(`${username}:${value}`).toString('base64'));
  return out;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

describe('no secret leaves the auth file', () => {
  let registry: RunningRegistry;
  let proxy: FaultProxy;
  let home: string;
  let tmp: string;
  let project: string;
  let outputs: string;
  let authfile: string;
  let env: NodeJS.ProcessEnv;
  const results: Array<{ what: string; result: CliResult }> = [];
  let scans = 0;
  /** The signing key, decrypted: it must appear nowhere (the .key file holds it only encrypted). */
  let privateKeyDer = '';

  before(async () => {
    registry = await startRegistry({ token: true, htpasswd: { user: USER, password: PASSWORD } });
    registry.tokenServer!.behaviour.offlineTokens = true;
    registry.tokenServer!.behaviour.refreshToken = IDENTITY;
    proxy = await startFaultProxy({ upstream: registry.url });
    const root = await mkdtemp(join(tmpdir(), 'wasmpack-trust-secrets-'));
    home = join(root, 'home');
    tmp = join(root, 'tmp');
    project = join(root, 'project');
    outputs = join(root, 'out');
    for (const d of [home, tmp, project, outputs]) await mkdir(d, { recursive: true });
    authfile = join(home, 'auth.json');
    env = { HOME: home, TMPDIR: tmp, XDG_RUNTIME_DIR: '', XDG_CONFIG_HOME: join(home, '.config'), DOCKER_CONFIG: join(home, '.docker'), REGISTRY_AUTH_FILE: '', DOCKER_AUTH_CONFIG: '' };
    await writeMinimalModule(join(project, 'app.wasm'), 4096);
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
    if (home) await rm(join(home, '..'), { recursive: true, force: true });
  });

  async function run(what: string, args: string[], input?: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
    const result = await wasmpack(args, { env: { ...env, ...extraEnv }, cwd: project, ...(input !== undefined ? { input } : {}) });
    results.push({ what, result });
    return result;
  }

  test('every registry command, with credentials and --verbose', async () => {
    const reg = registry.host;
    const ref = `${reg}/secret/app:1`;
    const login = await run('login', ['login', reg, '-u', USER, '--password-stdin', '--authfile', authfile, '--verbose'], `${PASSWORD}\n`);
    assert.equal(login.code, 0, login.stderr);
    assert.equal((await stat(authfile)).mode & 0o777, 0o600, 'the auth file is private');
    assert.ok((await readFile(authfile, 'utf8')).includes(IDENTITY), 'the identity token was stored instead of the password');
    assert.ok(!(await readFile(authfile, 'utf8')).includes(PASSWORD));
    assert.equal((await run('login --get-login', ['login', '--get-login', reg, '--authfile', authfile])).code, 0);
    const built = await run('build --push -o', ['build', '.', '--wasm', 'app.wasm', '-t', ref, '--push', '--authfile', authfile, '--verbose', '-o', `oci-archive:${join(outputs, 'app.tar')}`, '--digestfile', join(outputs, 'digest'), '--iidfile', join(outputs, 'iid')]);
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stderr, /^http: (GET|POST) http:\/\/127\.0\.0\.1:\d+\/token 200 /m, 'token requests are logged, without their query');
    assert.equal((await run('push --creds --json', ['push', `${reg}/secret/app:2`, '--creds', `${USER}:${PASSWORD}`, '--verbose', '--json'])).code, 0);
    assert.equal((await run('push --password-stdin', ['push', `${reg}/secret/app:3`, '--creds', USER, '--password-stdin', '--verbose'], PASSWORD)).code, 0);
    assert.equal((await run('inspect', ['inspect', ref, '--authfile', authfile, '--verbose'])).code, 0);
    assert.equal((await run('inspect --json', ['inspect', ref, '--creds', `${USER}:${PASSWORD}`, '--verbose', '--json'])).code, 0);
    assert.equal((await run('inspect --raw', ['inspect', ref, '--creds', `${USER}:${PASSWORD}`, '--verbose', '--raw'])).code, 0);
    // Failure paths: their messages name URLs, hosts and what was sent.
    assert.equal((await run('push, wrong password', ['push', `${reg}/secret/app:4`, '--creds', `${USER}:${WRONG}`, '--verbose'])).code, 1);
    assert.equal((await run('login, wrong password', ['login', reg, '-u', USER, '--password-stdin', '--authfile', join(outputs, 'never.json'), '--verbose'], WRONG)).code, 1);
    assert.equal((await run('inspect, missing tag', ['inspect', `${reg}/secret/none:1`, '--creds', `${USER}:${PASSWORD}`, '--verbose'])).code, 1);
    // An upload refused through a proxy: the error names the upload URL, whose _state is a credential.
    proxy.addRule({ method: 'PUT', path: /\/blobs\/uploads\//, times: Infinity, action: { kind: 'status', status: 400, body: JSON.stringify({ errors: [{ code: 'BLOB_UPLOAD_INVALID', message: 'nope' }] }) } });
    const refused = await run('push, upload refused', ['push', `${proxy.host}/secret/refused:5`, '--creds', `${USER}:${PASSWORD}`, '--verbose']);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /blobs\/uploads\/[0-9a-f-]+ returned 400/);
    proxy.clearRules();

    // Signing: the key password, the private key itself and the attestation path.
    const key = join(outputs, 'signer');
    assert.equal((await run('key generate', ['key', 'generate', key], undefined, { COSIGN_PASSWORD: KEY_PASSWORD })).code, 0);
    await writeFile(join(outputs, 'sbom.json'), '{"spdxVersion":"SPDX-2.3"}');
    const signed = await run('build --push --sign-key', ['build', '.', '--wasm', 'app.wasm', '-t', `${reg}/secret/signed:1`, '--push', '--sign-key', `${key}.key`, '--authfile', authfile, '--verbose'], undefined, { COSIGN_PASSWORD: KEY_PASSWORD });
    assert.equal(signed.code, 0, signed.stderr);
    assert.equal((await run('sign --attest', ['sign', `${reg}/secret/signed:1`, '--key', `${key}.key`, '--attest', `spdxjson=${join(outputs, 'sbom.json')}`, '--authfile', authfile, '--verbose', '--json'], undefined, { COSIGN_PASSWORD: KEY_PASSWORD })).code, 0);
    assert.equal((await run('sign, wrong key password', ['sign', `${reg}/secret/signed:1`, '--key', `${key}.key`, '--authfile', authfile, '--verbose'], undefined, { COSIGN_PASSWORD: WRONG_KEY_PASSWORD })).code, 1);
    assert.equal((await run('key generate --password-stdin', ['key', 'generate', join(outputs, 'piped'), '--password-stdin'], KEY_PASSWORD)).code, 0);
    assert.equal((await run('verify --json', ['verify', `${reg}/secret/signed:1`, '--key', `${key}.pub`, '--authfile', authfile, '--verbose', '--json'])).code, 0);
    privateKeyDer = decryptPrivateKey(await readFile(`${key}.key`, 'utf8'), KEY_PASSWORD, 'signer.key').export({ type: 'pkcs8', format: 'der' }).toString('base64');
    assert.equal((await run('logout', ['logout', reg, '--authfile', authfile])).code, 0);
  });

  test('no password, token or their base64 in any output or written file but the auth file', async () => {
    const tokens = registry.tokenServer!.issued;
    assert.ok(tokens.length >= 3, `the token service issued ${tokens.length} tokens`);
    const secrets = [...forms(PASSWORD, USER), ...forms(WRONG, USER), ...forms(IDENTITY), ...tokens.flatMap((t) => forms(t)), ...forms(KEY_PASSWORD), ...forms(WRONG_KEY_PASSWORD), privateKeyDer, privateKeyDer.slice(0, 64)];
    const leaks: string[] = [];
    const scan = (where: string, text: string): void => {
      scans++;
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${where} contains ${secret.slice(0, 12)}...`);
      if (/_state=/.test(text)) leaks.push(`${where} contains an upload _state token`);
    };
    for (const { what, result } of results) {
      scan(`${what}: stdout`, result.stdout);
      scan(`${what}: stderr`, result.stderr);
    }
    const files = [...(await filesUnder(home)), ...(await filesUnder(project)), ...(await filesUnder(outputs)), ...(await filesUnder(tmp))];
    assert.ok(files.some((f) => f.endsWith('app.tar')) && files.some((f) => f.endsWith('last-build.json')), 'the commands wrote their files');
    for (const file of files) {
      if (file === authfile) continue;
      scan(file, (await readFile(file)).toString('latin1'));
    }
    recordFigures('secrets', { secretScans: scans, violations: leaks.length });
    process.stdout.write(`# secrets: ${results.length} commands, ${scans} outputs and files scanned for ${secrets.length} secret forms\n`);
    assert.deepEqual(leaks, []);
  });
});
