import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArgv } from '../../../src/action/build-args.js';
import { parseBuildArgs } from '../../../src/action/wasmpack.js';
import { WasmpackError } from '../../../src/errors.js';

test('typed inputs become build flags in a fixed order', () => {
  assert.deepEqual(buildArgv({ dir: '/w/app', references: ['r:1', 'r:2'], format: 'artifact', aot: true, aotTargets: ['x86_64'], annotations: { a: '1=2' }, labels: { l: 'v' }, timestamp: 7 }), [
    '/w/app', '--tag', 'r:1', '--tag', 'r:2', '--format', 'artifact', '--aot', '--aot-target', 'x86_64', '--annotation', 'a=1=2', '--label', 'l=v', '--timestamp', '7',
  ]);
  assert.deepEqual(buildArgv({ dir: '/w', references: [], aot: false, aotTargets: [], annotations: {}, labels: {} }), ['/w']);
});

test('the sbom input is the build\'s --sbom; args may not set it too', () => {
  for (const sbom of ['spdx', 'cyclonedx', 'none'] as const) {
    const argv = buildArgv({ dir: '/w', references: [], aot: false, aotTargets: [], annotations: {}, labels: {}, sbom });
    assert.deepEqual(argv, ['/w', '--sbom', sbom]);
    assert.equal(parseBuildArgs(argv, []).request.sbom, sbom);
  }
  assert.throws(() => parseBuildArgs(['/w'], ['--sbom', 'none']), (err: unknown) => err instanceof WasmpackError && err.code === 'ACTION_BAD_INPUT' && /"args" has --sbom/.test(err.message) && /use sbom instead/.test(err.hint ?? ''));
});

test('the CLI\'s own parser turns inputs and args into the pipeline request', () => {
  const parsed = parseBuildArgs(buildArgv({ dir: '/w/app', references: ['localhost:5000/app:1'], aot: false, aotTargets: ['aarch64'], annotations: { k: 'v' }, labels: {}, timestamp: 9 }), ['--debug', '--compression', 'zstd', '-o', 'oci-archive:/tmp/x.tar', '--cert-dir', '/certs', '--tls-verify=false']);
  assert.equal(parsed.request.dir, '/w/app');
  assert.deepEqual(parsed.request.tags, ['localhost:5000/app:1']);
  assert.equal(parsed.request.release, false);
  assert.equal(parsed.request.compression, 'zstd');
  assert.equal(parsed.request.timestamp, 9);
  assert.deepEqual(parsed.request.annotations, { k: 'v' });
  assert.deepEqual(parsed.request.aot, { enabled: true, targets: ['aarch64'] });
  assert.deepEqual(parsed.outputs, ['oci-archive:/tmp/x.tar']);
  assert.deepEqual(parsed.registry, { tlsVerify: false, certDir: '/certs', insecureRegistries: [] });
});

test('args may not set what the inputs own, nor be a bad command line', () => {
  const code = (c: string, text: RegExp) => (err: unknown) => err instanceof WasmpackError && err.code === c && text.test(err.message);
  for (const flag of ['-t', '--tag=x', '--push', '--creds', '--password-stdin', '--iidfile', '--json']) {
    assert.throws(() => parseBuildArgs(['/w'], [flag, 'v']), code('ACTION_BAD_INPUT', /input "args" has/));
  }
  assert.throws(() => parseBuildArgs(['/w'], ['--debug', '--no-such-flag', '--strip']), code('ACTION_BAD_INPUT', /not a valid `wasmpack build` command line: .* at "--no-such-flag"/));
  assert.throws(() => parseBuildArgs(['/w'], ['other-dir']), code('ACTION_BAD_INPUT', /at "other-dir"/));
  assert.throws(() => parseBuildArgs(['/w'], ['--debug', '--compression']), code('ACTION_BAD_INPUT', /at "--compression"/));
  assert.throws(() => parseBuildArgs(['/w'], ['-o', 'dir:/tmp/x']), code('UNKNOWN_TRANSPORT', /./));
  assert.throws(() => parseBuildArgs(['/w'], ['--compression', 'lz4']), code('BAD_FLAG', /--compression/));
});
