import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachmentReferrer, EMPTY_CONFIG } from '../../../src/supply-chain/referrer.js';
import { sbomAttachment } from '../../../src/supply-chain/documents.js';
import { buildCompatImage } from '../../../src/oci/image.js';
import { copyAndCommit } from '../../../src/targets/copy.js';
import { LayoutTarget } from '../../../src/targets/layout.js';
import { readLayoutImage, readLayoutReferrers } from '../../../src/targets/layout-source.js';
import { MINIMAL_COMMAND } from '../../helpers/wasm-fixtures.js';
import { Readable } from 'node:stream';

async function image() {
  return buildCompatImage({ files: [{ path: '/app.wasm', size: MINIMAL_COMMAND.length, open: () => Readable.from([MINIMAL_COMMAND]), mode: 0o755 }], entrypoint: '/app.wasm', timestamp: 0, compression: 'none' });
}

test('an SBOM referrer: OCI 1.1 artifact manifest, empty config, one layer of the SBOM, the image as subject', async () => {
  const built = await image();
  const sbom = sbomAttachment('spdx', Buffer.from('{"spdxVersion":"SPDX-2.3"}'));
  const node = attachmentReferrer(sbom, { subject: built.manifest.descriptor, timestamp: 1_700_000_000, title: 'app.spdx.json' });
  const doc = JSON.parse(node.bytes.toString('utf8'));
  assert.equal(doc.mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.equal(doc.artifactType, 'application/spdx+json');
  assert.deepEqual(doc.config, { mediaType: 'application/vnd.oci.empty.v1+json', digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 });
  assert.equal(EMPTY_CONFIG.bytes.toString(), '{}');
  assert.equal(doc.layers.length, 1);
  assert.equal(doc.layers[0].mediaType, 'application/spdx+json');
  assert.equal(doc.layers[0].annotations['org.opencontainers.image.title'], 'app.spdx.json');
  assert.deepEqual(doc.subject, built.manifest.descriptor);
  assert.equal(doc.annotations['org.opencontainers.image.created'], '2023-11-14T22:13:20Z');
  assert.ok(attachmentReferrer(sbom, { subject: built.manifest.descriptor, timestamp: 1_700_000_000, title: 'app.spdx.json' }).bytes.equals(node.bytes), 'reproducible');
});

test('a layout keeps every referrer (listed with its artifactType) and still names its one image when asked without a tag', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-layout-'));
  try {
    const built = await image();
    const spdx = attachmentReferrer(sbomAttachment('spdx', Buffer.from('{"a":1}')), { subject: built.manifest.descriptor, timestamp: 0, title: 'a.spdx.json' });
    const cdx = attachmentReferrer(sbomAttachment('cyclonedx', Buffer.from('{"b":2}')), { subject: built.manifest.descriptor, timestamp: 0, title: 'a.cdx.json' });
    await copyAndCommit(built.manifest, new LayoutTarget(dir), { tags: ['app:latest'] });
    await copyAndCommit(spdx, new LayoutTarget(dir), { tags: [] });
    await copyAndCommit(cdx, new LayoutTarget(dir), { tags: [] });
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    assert.deepEqual(
      index.manifests.map((m: any) => [m.digest, m.artifactType ?? m.annotations?.['org.opencontainers.image.ref.name']]),
      [
        [built.manifest.descriptor.digest, 'app:latest'],
        [spdx.descriptor.digest, 'application/spdx+json'],
        [cdx.descriptor.digest, 'application/vnd.cyclonedx+json'],
      ],
    );
    assert.equal((await readLayoutImage(dir)).descriptor.digest, built.manifest.descriptor.digest);
    assert.deepEqual((await readLayoutReferrers(dir, built.manifest.descriptor.digest)).map((r) => r.descriptor.digest), [spdx.descriptor.digest, cdx.descriptor.digest]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
