import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { ManifestNode } from '../../../src/oci/content.js';
import { MediaType } from '../../../src/oci/media-types.js';
import { kubernetesIndexWarning } from '../../../src/pipeline/kubernetes.js';

function node(mediaType: string, document: object): ManifestNode {
  const bytes = Buffer.from(JSON.stringify(document));
  return { descriptor: { mediaType, digest: `sha256:${'0'.repeat(64)}`, size: bytes.length }, bytes, children: [], open: () => Readable.from([bytes]) };
}

const entry = (os: string, architecture: string) => ({ mediaType: MediaType.ociManifest, digest: `sha256:${'1'.repeat(64)}`, size: 1, platform: { os, architecture } });

test('an index of only wasi/wasm entries gets the warning, with the fix', () => {
  const warning = kubernetesIndexWarning(node(MediaType.ociIndex, { schemaVersion: 2, manifests: [entry('wasi', 'wasm'), entry('wasip2', 'wasm')] }), 'r/app:1');
  assert.match(warning!, /^r\/app:1 is an image index with no linux\/\* entry \(wasi\/wasm, wasip2\/wasm\)/);
  assert.match(warning!, /no match for platform in manifest/);
  assert.match(warning!, /skopeo copy --override-os wasi --override-arch wasm/);
  assert.ok(kubernetesIndexWarning(node(MediaType.dockerManifestList, { schemaVersion: 2, manifests: [entry('wasi', 'wasm')] }), 'r/app:1'));
});

test('a mixed index, a single manifest or an unreadable index get none', () => {
  assert.equal(kubernetesIndexWarning(node(MediaType.ociIndex, { schemaVersion: 2, manifests: [entry('wasi', 'wasm'), entry('linux', 'amd64')] }), 'r/app:1'), undefined);
  assert.equal(kubernetesIndexWarning(node(MediaType.ociManifest, { schemaVersion: 2 }), 'r/app:1'), undefined);
  const broken = { ...node(MediaType.ociIndex, {}), bytes: Buffer.from('{') };
  assert.equal(kubernetesIndexWarning(broken, 'r/app:1'), undefined);
});
