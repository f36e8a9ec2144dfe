import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildProvenance, provenancePredicate, BUILD_TYPE } from '../../../src/supply-chain/provenance.js';
import { provenanceParameters } from '../../../src/supply-chain/parameters.js';

const BASE = {
  parameters: { language: 'rust', release: true, sbom: 'spdx' },
  internal: { format: 'compat' },
  source: { uri: 'https://github.com/acme/app', revision: 'a'.repeat(40) },
  toolchains: [{ name: 'rustc', version: '1.63.0' }, { name: 'clang', version: '14.0.6' }, { name: 'rustc', version: '1.63.0' }],
  timestamp: 1_700_000_000,
};

test('outside Actions: the local builder, times from the image clock, an invocation id derived from the build, the same bytes twice', () => {
  const a = buildProvenance({ ...BASE, env: { HOME: '/root' } });
  assert.equal(a.predicateType, 'https://slsa.dev/provenance/v1');
  assert.equal(a.bare, false, 'provenance is only attached signed');
  assert.ok(a.bytes.equals(buildProvenance({ ...BASE, env: { HOME: '/elsewhere' } }).bytes));
  const doc = JSON.parse(a.bytes.toString('utf8'));
  assert.equal(doc.buildDefinition.buildType, BUILD_TYPE);
  assert.deepEqual(doc.buildDefinition.externalParameters, { build: BASE.parameters });
  assert.equal(doc.runDetails.metadata.startedOn, '2023-11-14T22:13:20Z');
  assert.equal(doc.runDetails.metadata.finishedOn, '2023-11-14T22:13:20Z');
  assert.match(doc.runDetails.metadata.invocationId, /^urn:wasmpack:build:[0-9a-f]{64}$/);
  assert.deepEqual(doc.buildDefinition.resolvedDependencies, [
    { uri: 'git+https://github.com/acme/app', digest: { gitCommit: 'a'.repeat(40) } },
    { name: 'clang', uri: 'pkg:generic/clang@14.0.6' },
    { name: 'rustc', uri: 'pkg:generic/rustc@1.63.0' },
  ]);
  const other = provenancePredicate({ ...BASE, parameters: { ...BASE.parameters, sbom: 'none' }, env: {} }) as any;
  assert.notEqual(other.runDetails.metadata.invocationId, doc.runDetails.metadata.invocationId);
});

test('in GitHub Actions: the workflow, its commit and the run, from the GITHUB_* variables; no token', () => {
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '123',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_REPOSITORY_ID: '42',
    RUNNER_ENVIRONMENT: 'github-hosted',
    GITHUB_TOKEN: 'ghs_secretsecretsecret',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'another-secret',
  };
  const bytes = buildProvenance({ ...BASE, env }).bytes;
  const doc = JSON.parse(bytes.toString('utf8'));
  assert.deepEqual(doc.buildDefinition.externalParameters.workflow, { ref: 'refs/heads/main', repository: 'https://github.com/acme/app', path: '.github/workflows/release.yml' });
  assert.deepEqual(doc.buildDefinition.resolvedDependencies[0], { uri: 'git+https://github.com/acme/app@refs/heads/main', digest: { gitCommit: 'b'.repeat(40) } });
  assert.equal(doc.runDetails.builder.id, 'https://github.com/actions/runner/github-hosted');
  assert.equal(doc.runDetails.metadata.invocationId, 'https://github.com/acme/app/actions/runs/123/attempts/2');
  assert.equal(doc.buildDefinition.internalParameters.github.event_name, 'push');
  assert.doesNotMatch(bytes.toString('utf8'), /secret/);
});

test('external parameters: the settings as chosen, --env values left out, paths reduced to names', () => {
  const params = provenanceParameters(
    { language: 'wasm', wasm: '/home/me/build/app.wasm', env: { API_KEY: 'hunter2', MODE: 'prod' }, tags: ['ghcr.io/acme/app:1'], annotations: {}, sbom: 'cyclonedx' },
    { release: true },
  );
  assert.deepEqual(params, { language: 'wasm', release: true, sbom: 'cyclonedx', tags: ['ghcr.io/acme/app:1'], envNames: ['API_KEY', 'MODE'], wasm: 'app.wasm' });
  assert.doesNotMatch(JSON.stringify(params), /hunter2|\/home/);
});
