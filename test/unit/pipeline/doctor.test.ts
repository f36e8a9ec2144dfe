/**
 * doctor with a controlled environment: an empty PATH and auth files of our own. What it finds on
 * the real machine (clang-16, Debian's rustc, Go 1.23, jco) is checked by test/e2e/first-hour.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { doctor } from '../../../src/pipeline/doctor.js';

const PASSWORD = 'hunter2-but-longer';

test('credentials are listed by registry name only; a secret never reaches the report', async (t) => {
  const home = await mkdtemp(join(tmpdir(), 'wasmpack-doctor-'));
  t.after(() => rm(home, { recursive: true, force: true }));
  await mkdir(join(home, '.docker'));
  await mkdir(join(home, 'empty-path'));
  const basic = Buffer.from(`me:${PASSWORD}`).toString('base64');
  await writeFile(join(home, 'auth.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: basic }, 'localhost:5000': { identitytoken: PASSWORD } } }));
  await writeFile(join(home, '.docker', 'config.json'), JSON.stringify({ credHelpers: { '123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login' }, credsStore: 'desktop' }));
  await writeFile(join(home, 'broken.json'), `{"auths": {"x": {"auth": "${basic}"}`);
  const env = { PATH: join(home, 'empty-path'), REGISTRY_AUTH_FILE: join(home, 'auth.json'), DOCKER_AUTH_CONFIG: `{"auths": {"quay.io": {"auth": "${basic}"}}}` };

  const report = await doctor({ env, homedir: home, dir: home });
  const text = JSON.stringify(report);
  for (const secret of [PASSWORD, basic]) assert.ok(!text.includes(secret), 'no secret in the report');
  assert.deepEqual(
    report.credentials.map((c) => [c.source, c.registries, c.helpers, c.credsStore]),
    [
      [`REGISTRY_AUTH_FILE ${join(home, 'auth.json')}`, ['ghcr.io', 'localhost:5000'], [], undefined],
      ['DOCKER_AUTH_CONFIG', ['quay.io'], [], undefined],
      [join(home, '.docker', 'config.json'), [], [{ registry: '123.dkr.ecr.us-east-1.amazonaws.com', helper: 'ecr-login' }], 'desktop'],
    ],
  );

  const broken = await doctor({ env: { ...env, REGISTRY_AUTH_FILE: join(home, 'broken.json') }, homedir: home, dir: home });
  const entry = broken.credentials.find((c) => c.source.includes('broken.json'))!;
  assert.match(entry.problem!, /^AUTH_FILE_INVALID/);
  assert.ok(!JSON.stringify(broken).includes(basic), 'a file that does not parse is not quoted');
});

test('with nothing on PATH: wamrc and the runtimes are missing, each with install commands; node is there', async (t) => {
  const home = await mkdtemp(join(tmpdir(), 'wasmpack-doctor-'));
  t.after(() => rm(home, { recursive: true, force: true }));
  const report = await doctor({ env: { PATH: home }, homedir: home, dir: home });
  assert.equal(report.wamrc.found, false);
  assert.equal(report.wamrc.problem?.code, 'WAMRC_NOT_FOUND');
  assert.ok(report.wamrc.install?.debian.includes('WAMRC'));
  assert.ok(report.wamrc.targets.includes('x86_64') && report.wamrc.targets.includes('aarch64'));
  for (const name of ['iwasm', 'wasmtime', 'wasmedge', 'wasmer'] as const) {
    const runtime = report.runtimes.find((r) => r.name === name)!;
    assert.equal(runtime.found, false, name);
    assert.ok(runtime.install?.debian && runtime.install.macos, name);
  }
  const node = report.runtimes.find((r) => r.name === 'node')!;
  assert.deepEqual([node.found, node.path, node.defaultFor], [true, process.execPath, ['module']]);
  assert.deepEqual(report.runtimes.find((r) => r.name === 'iwasm')!.runs, ['module', 'aot']);
  // An empty directory is no project: doctor says so (and `--strict` would fail on it).
  assert.deepEqual([report.project.buildable, report.project.problem?.code], [false, 'NO_PROJECT']);
  assert.equal(report.node.version, process.version);
  // No clang on this PATH: C cannot be built, and the hint installs it.
  const c = report.languages.find((l) => l.language === 'c')!;
  assert.equal(c.selected, undefined);
  assert.equal(c.problem?.code, 'C_TOOLCHAIN_MISSING');
  assert.match(c.install!.debian, /clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32/);
});
