// The documents cosign and the Sigstore verifiers read, checked field by field, and the sign ->
// verify round trip on an OCI layout (no registry): appended signatures, a copied signature that
// names another digest, an edited layer, an unsigned image.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleReferrer, preAuthEncoding, signatureManifest, signatureLayer, signatureTag, simpleSigningPayload, statement } from '../../../src/supply-chain/sign/formats.js';
import { keySigner } from '../../../src/supply-chain/sign/signer.js';
import { keyBundleSigner, signStoredImage } from '../../../src/supply-chain/sign/sign-image.js';
import { openStore } from '../../../src/supply-chain/sign/store.js';
import { assertVerified, verifyStoredImage, type TrustPolicy } from '../../../src/supply-chain/sign/verify-image.js';
import { LayoutTarget, blobPath, readIndex } from '../../../src/targets/layout.js';
import { copyAndCommit } from '../../../src/targets/copy.js';
import { WasmpackError } from '../../../src/errors.js';
import { smallImage } from '../../helpers/registry-fixtures.js';
import { staticCredentialsDouble } from '../../helpers/registry-fixtures.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

test('simple-signing payload, the .sig tag and an appending signature manifest', () => {
  const payload = simpleSigningPayload({ dockerReference: 'ghcr.io/acme/app', digest: DIGEST }, { creator: 'wasmpack' });
  assert.equal(payload.toString(), `{"critical":{"identity":{"docker-reference":"ghcr.io/acme/app"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":{"creator":"wasmpack"}}`);
  assert.equal(signatureTag(DIGEST), `sha256-${'ab'.repeat(32)}.sig`);
  const first = signatureLayer(payload, { 'dev.cosignproject.cosign/signature': 'c2lnMQ==' });
  const second = signatureLayer(payload, { 'dev.cosignproject.cosign/signature': 'c2lnMg==' });
  const one = JSON.parse(signatureManifest([], [first]).node.bytes.toString());
  assert.equal(one.layers[0].mediaType, 'application/vnd.dev.cosign.simplesigning.v1+json');
  const two = JSON.parse(signatureManifest(one.layers, [second]).node.bytes.toString());
  assert.equal(two.layers.length, 2, 'a second signer appends');
  assert.deepEqual(two.layers[0], one.layers[0], 'the first signature is kept as it was');
  const again = JSON.parse(signatureManifest(two.layers, [second]).node.bytes.toString());
  assert.equal(again.layers.length, 2, 'the same signature is not added twice');
});

test('in-toto statement, DSSE PAE and the bundle referrer', () => {
  const doc = JSON.parse(statement('ghcr.io/acme/app', DIGEST, 'https://spdx.dev/Document', { spdxVersion: 'SPDX-2.3' }).toString());
  assert.deepEqual(doc, { _type: 'https://in-toto.io/Statement/v1', predicate: { spdxVersion: 'SPDX-2.3' }, predicateType: 'https://spdx.dev/Document', subject: [{ digest: { sha256: 'ab'.repeat(32) }, name: 'ghcr.io/acme/app' }] });
  // The DSSE spec's example: PAE("http://example.com/HelloWorld", "hello world").
  assert.equal(preAuthEncoding('http://example.com/HelloWorld', Buffer.from('hello world')).toString(), 'DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  const node = bundleReferrer(Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}'), { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: DIGEST, size: 500 }, 'https://spdx.dev/Document');
  const manifest = JSON.parse(node.bytes.toString());
  assert.equal(manifest.artifactType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
  assert.deepEqual(manifest.config, { mediaType: 'application/vnd.oci.empty.v1+json', digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 });
  assert.equal(manifest.layers.length, 1);
  assert.equal(manifest.layers[0].mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
  assert.deepEqual(manifest.subject, { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: DIGEST, size: 500 });
  assert.deepEqual(manifest.annotations, { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': 'https://spdx.dev/Document' });
  assert.equal(manifest.annotations['org.opencontainers.image.created'], undefined, 'no clock: the same bundle gives the same referrer');
});

test('sign and verify an image in an OCI layout: attestations, appended signatures, digest mismatch, tampering', async () => {
  const image = await smallImage();
  const other = await smallImage(Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, 0x03, 0x01, 0x00, 0x00]));
  try {
    const layout = join(image.dir, 'layout');
    await copyAndCommit(image.manifest, new LayoutTarget(layout), { tags: ['app'] });
    await copyAndCommit(other.manifest, new LayoutTarget(layout), { tags: ['other'] });
    const access = { credentials: staticCredentialsDouble() };
    const ours = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const theirs = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const policy: TrustPolicy = { kind: 'key', key: createPublicKey(ours.privateKey), source: 'ours.pub' };
    const store = openStore(`oci:${layout}:app`, access);

    await assert.rejects(async () => assertVerified(await verifyStoredImage(store, policy), policy), (err: WasmpackError) => err.code === 'VERIFY_UNSIGNED');

    const signer = keySigner(ours.privateKey);
    const sbom = { artifactType: 'application/spdx+json', mediaType: 'application/spdx+json', bytes: Buffer.from('{"spdxVersion":"SPDX-2.3"}'), predicateType: 'https://spdx.dev/Document' };
    const written = await signStoredImage(store, { signer, bundleSigner: keyBundleSigner(signer), attachments: [sbom] });
    assert.equal(written.signature?.signatures, 1);
    await signStoredImage(store, { signer: keySigner(theirs.privateKey), bundleSigner: keyBundleSigner(keySigner(theirs.privateKey)) });
    const result = await verifyStoredImage(store, policy);
    assertVerified(result, policy);
    assert.deepEqual(result.verified.map((v) => v.predicateType ?? v.format).sort(), ['https://spdx.dev/Document', 'simple-signing']);
    assert.equal(result.verified.find((v) => v.predicateType)?.sbomFormat, 'spdx');
    assert.equal(result.rejected.length, 1, "the other signer's layer is listed, not trusted");

    // The signature of `app`, copied under `other`'s .sig tag, names app's digest.
    const otherStore = openStore(`oci:${layout}:other`, access);
    const index = await readIndex(layout);
    const sig = index.manifests.find((d) => d.annotations?.['org.opencontainers.image.ref.name'] === signatureTag(image.manifest.descriptor.digest))!;
    const target = new LayoutTarget(layout);
    await target.pushManifest({ descriptor: sig, bytes: await readFile(blobPath(layout, sig.digest)), children: [], open: () => { throw new Error('unused'); } }, { tag: signatureTag(other.manifest.descriptor.digest) });
    await target.commit();
    await assert.rejects(async () => assertVerified(await verifyStoredImage(otherStore, policy), policy), (err: WasmpackError) => err.code === 'VERIFY_DIGEST_MISMATCH');

    // An edited signature annotation never verifies.
    const manifest = JSON.parse((await readFile(blobPath(layout, sig.digest))).toString());
    for (const layer of manifest.layers) layer.annotations['dev.cosignproject.cosign/signature'] = Buffer.from('tampered').toString('base64');
    const tampered = Buffer.from(JSON.stringify(manifest));
    const { sha256 } = await import('../../../src/oci/digest.js');
    await writeFile(blobPath(layout, sha256(tampered)), tampered);
    await target.pushManifest({ descriptor: { mediaType: sig.mediaType, digest: sha256(tampered), size: tampered.length }, bytes: tampered, children: [], open: () => { throw new Error('unused'); } }, { tag: signatureTag(image.manifest.descriptor.digest) });
    await target.commit();
    const afterTamper = await verifyStoredImage(store, policy);
    assert.ok(afterTamper.verified.every((v) => v.format !== 'simple-signing'), 'the edited simple signature is not trusted');
    assert.ok(afterTamper.rejected.some((r) => /does not match this key/.test(r.reason)));
  } finally {
    await image.cleanup();
    await other.cleanup();
  }
});
