import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionOutputs, aotImages, pinnedImage } from '../../../src/action/outputs.js';
import { buildView } from './fixtures.js';

const aot = [{ target: 'x86_64', cpu: 'x86-64-v2', formatVersion: 5, wamrcVersion: '2.2.0', size: 9000, runtimes: 'WAMR >= 2.0', suffixes: ['-aot-x86_64'] }];

test('every output: digest, image pinned to it, newline-separated tags, config digest, the build document', () => {
  const view = buildView();
  const out = actionOutputs({ view, references: ['ghcr.io/acme/app:1.0', 'ghcr.io/acme/app:latest'], metadata: { name: 'hello' } });
  assert.deepEqual(out, {
    digest: view.digest,
    image: `ghcr.io/acme/app:1.0@${view.digest}`,
    tags: 'ghcr.io/acme/app:1.0\nghcr.io/acme/app:latest',
    imageid: view.imageId,
    metadata: '{"name":"hello"}',
  });
});

test('sbom is an output only when the caller pushed a bare SBOM referrer', () => {
  const view = buildView();
  const digest = `sha256:${'5'.repeat(64)}`;
  assert.equal(actionOutputs({ view, references: ['r/a:1'], metadata: {}, sbom: digest }).sbom, digest);
  assert.ok(!('sbom' in actionOutputs({ view, references: ['r/a:1'], metadata: {} })));
});

test('aot is only an output when AOT images were built; their references follow the portable ones', () => {
  const view = buildView({ aot });
  const out = actionOutputs({ view, references: ['ghcr.io/acme/app:1.0', 'ghcr.io/acme/app:latest'], metadata: {} });
  assert.deepEqual(JSON.parse(out.aot!), [{ target: 'x86_64', cpu: 'x86-64-v2', formatVersion: 5, wamrcVersion: '2.2.0', size: 9000, runtimes: 'WAMR >= 2.0', references: ['ghcr.io/acme/app:1.0-aot-x86_64', 'ghcr.io/acme/app:latest-aot-x86_64'] }]);
  assert.deepEqual(aotImages(buildView({ aot }), [])[0]!.references, ['ghcr.io/acme/app:1.0-aot-x86_64']);
});

test('with no references, image is the local tag pinned to the digest', () => {
  const view = buildView({ localTag: 'hello:latest' });
  assert.equal(pinnedImage(view, []), `hello:latest@${view.digest}`);
});
