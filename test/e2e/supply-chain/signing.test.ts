// Signing end to end against the real cosign, 3.x and 2.x, offline, on a real registry: what
// wasmpack writes, cosign accepts (and refuses with another key or a tampered layer); what cosign
// writes, wasmpack verify accepts. Keys both ways: ours from `wasmpack key generate`, cosign's
// from `cosign generate-key-pair`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCleanError, copyExample, wasmpack } from '../../helpers/cli.js';
import { skopeo } from '../../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../../helpers/registry.js';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy.js';
import { writeMinimalModule } from '../../helpers/wasm-fixtures.js';
import { cosign, cosignAttest, cosignSign, cosignVerify, cosignVerifyAttestation, offlineFiles, type CosignMajor } from '../../helpers/cosign.js';

const OUR_PASSWORD = 'wasmpack-key-pass-1';
const COSIGN_KEY_PASSWORD = 'cosign-key-pass-2';
const MAJORS: CosignMajor[] = [3, 2];

const SPDX = { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'hello-c', dataLicense: 'CC0-1.0', documentNamespace: 'https://wasmpack.dev/spdx/test', creationInfo: { created: '1970-01-01T00:00:00Z', creators: ['Tool: wasmpack-test'] }, packages: [] };
const CYCLONEDX = { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] };
const PROVENANCE = { buildDefinition: { buildType: 'https://wasmpack.dev/build/v1', externalParameters: {} }, runDetails: { builder: { id: 'https://wasmpack.dev/test' } } };

describe('signing with the real cosign 3.x and 2.x', () => {
  let registry: RunningRegistry;
  let work: string;
  let project: string;
  let env: NodeJS.ProcessEnv;
  let offline: { trustedRoot: string; signingConfig: string };
  let ours: { key: string; pub: string };
  let theirs: { key: string; pub: string };
  let digest: string;
  let repoCount = 0;

  /** The built image in a fresh repository of its own (so each case sees only its own signatures). */
  async function freshImage(): Promise<string> {
    const ref = `${registry.host}/signing/case${++repoCount}:1`;
    const pushed = await wasmpack(['push', '-C', project, ref], { env });
    assert.equal(pushed.code, 0, pushed.stderr);
    return ref;
  }

  const http = (path: string, init?: RequestInit) => fetch(`http://${registry.host}${path}`, init);
  async function getManifest(repo: string, reference: string): Promise<{ text: string; mediaType: string } | undefined> {
    const res = await http(`/v2/${repo}/manifests/${reference}`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json' } });
    if (res.status === 404) return undefined;
    return { text: await res.text(), mediaType: res.headers.get('content-type')! };
  }
  async function putManifest(repo: string, reference: string, text: string, mediaType: string): Promise<void> {
    const res = await http(`/v2/${repo}/manifests/${reference}`, { method: 'PUT', headers: { 'content-type': mediaType }, body: text });
    assert.equal(res.status, 201, await res.text());
  }
  const sigTag = (d: string) => `sha256-${d.slice(7)}.sig`;
  const repoOf = (ref: string) => ref.slice(registry.host.length + 1).replace(/:[^:/]+$/, '');

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), 'wasmpack-signing-'));
    env = { HOME: work, XDG_RUNTIME_DIR: '', XDG_CONFIG_HOME: join(work, '.config'), DOCKER_CONFIG: join(work, '.docker'), REGISTRY_AUTH_FILE: '', DOCKER_AUTH_CONFIG: '', COSIGN_PASSWORD: OUR_PASSWORD };
    offline = await offlineFiles(work);
    const generated = await wasmpack(['key', 'generate', join(work, 'ours')], { env });
    assert.equal(generated.code, 0, generated.stderr);
    ours = { key: join(work, 'ours.key'), pub: join(work, 'ours.pub') };
    const made = await cosign(3, ['generate-key-pair', '--output-key-prefix', join(work, 'theirs')], { COSIGN_PASSWORD: COSIGN_KEY_PASSWORD });
    assert.equal(made.code, 0, made.stderr);
    theirs = { key: join(work, 'theirs.key'), pub: join(work, 'theirs.pub') };
    await writeFile(join(work, 'sbom.spdx.json'), JSON.stringify(SPDX));
    await writeFile(join(work, 'bom.cdx.json'), JSON.stringify(CYCLONEDX));
    await writeFile(join(work, 'provenance.json'), JSON.stringify(PROVENANCE));
    project = await copyExample('hello-c');
  });
  after(async () => {
    await registry?.stop();
    if (work) await rm(work, { recursive: true, force: true });
    if (project) await rm(join(project, '..'), { recursive: true, force: true });
  });

  test('key generate writes cosign\'s format: both cosign majors read the private key; the pair is kept from overwriting', async () => {
    const key = await readFile(ours.key, 'utf8');
    assert.match(key, /^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/);
    assert.ok(!key.includes(OUR_PASSWORD));
    assert.equal((await stat(ours.key)).mode & 0o777, 0o600);
    const pub = await readFile(ours.pub, 'utf8');
    for (const major of MAJORS) {
      const read = await cosign(major, ['public-key', '--key', ours.key], { COSIGN_PASSWORD: OUR_PASSWORD });
      assert.equal(read.code, 0, read.stderr);
      assert.equal(read.stdout, pub, `cosign ${major} derives the same public key`);
    }
    const again = await wasmpack(['key', 'generate', join(work, 'ours')], { env });
    assertCleanError(again, 'KEY_EXISTS');
    assert.equal(await readFile(ours.key, 'utf8'), key, 'the existing key is untouched');
    const piped = await wasmpack(['key', 'generate', join(work, 'piped'), '--password-stdin'], { env: { ...env, COSIGN_PASSWORD: undefined }, input: 'from-stdin-pw\n' });
    assert.equal(piped.code, 0, piped.stderr);
    const readPiped = await cosign(3, ['public-key', '--key', join(work, 'piped.key')], { COSIGN_PASSWORD: 'from-stdin-pw' });
    assert.equal(readPiped.code, 0, readPiped.stderr);
  });

  test('build --push --sign-key: cosign verify --key of 3.x and 2.x accepts it; another key is refused', async () => {
    const ref = `${registry.host}/signing/built:1`;
    const built = await wasmpack(['build', project, '-t', ref, '--push', '--sign-key', ours.key, '--json'], { env });
    assert.equal(built.code, 0, built.stderr);
    const doc = JSON.parse(built.stdout);
    digest = doc.digest;
    assert.equal(doc.signed[0].signature.tag, sigTag(digest));
    assert.ok(!built.stderr.includes(OUR_PASSWORD) && !built.stdout.includes(OUR_PASSWORD));
    for (const major of MAJORS) {
      const ok = await cosignVerify(major, ours.pub, ref, offline.trustedRoot);
      assert.equal(ok.code, 0, `cosign ${major}: ${ok.stderr}`);
      assert.match(ok.stdout, new RegExp(`"docker-manifest-digest":"${digest}"`));
      const wrong = await cosignVerify(major, theirs.pub, ref, offline.trustedRoot);
      assert.notEqual(wrong.code, 0, `cosign ${major} must refuse another key`);
    }
  });

  test('wasmpack sign with a key from cosign generate-key-pair: both majors accept; a second signature appends', async () => {
    const ref = await freshImage();
    for (const [key, password] of [[theirs.key, COSIGN_KEY_PASSWORD], [ours.key, OUR_PASSWORD]] as const) {
      const signed = await wasmpack(['sign', ref, '--key', key], { env: { ...env, COSIGN_PASSWORD: password } });
      assert.equal(signed.code, 0, signed.stderr);
    }
    const manifest = JSON.parse((await getManifest(repoOf(ref), sigTag(digest)))!.text);
    assert.equal(manifest.layers.length, 2, 'the second signature is appended, the first kept');
    assert.equal(manifest.layers[0].mediaType, 'application/vnd.dev.cosign.simplesigning.v1+json');
    for (const major of MAJORS) {
      for (const pub of [theirs.pub, ours.pub]) {
        const ok = await cosignVerify(major, pub, ref, offline.trustedRoot);
        assert.equal(ok.code, 0, `cosign ${major} with ${pub}: ${ok.stderr}`);
      }
    }
    const both = await wasmpack(['verify', ref, '--key', theirs.pub, '--json'], { env });
    assert.equal(both.code, 0, both.stderr);
    const verified = JSON.parse(both.stdout);
    assert.equal(verified.verified.length, 1);
    assert.equal(verified.rejected.length, 1, 'the other signer\'s layer is reported, not trusted');
  });

  test('a tampered signature layer: cosign 3.x and 2.x and wasmpack verify refuse it', async () => {
    const ref = await freshImage();
    assert.equal((await wasmpack(['sign', ref, '--key', ours.key], { env })).code, 0);
    const repo = repoOf(ref);
    const stored = (await getManifest(repo, sigTag(digest)))!;
    const manifest = JSON.parse(stored.text);
    const signature = Buffer.from(manifest.layers[0].annotations['dev.cosignproject.cosign/signature'], 'base64');
    signature[signature.length - 1] = signature[signature.length - 1]! ^ 0x01;
    manifest.layers[0].annotations['dev.cosignproject.cosign/signature'] = signature.toString('base64');
    await putManifest(repo, sigTag(digest), JSON.stringify(manifest), stored.mediaType);
    for (const major of MAJORS) assert.notEqual((await cosignVerify(major, ours.pub, ref, offline.trustedRoot)).code, 0, `cosign ${major} must refuse a tampered signature`);
    const result = await wasmpack(['verify', ref, '--key', ours.pub], { env });
    assertCleanError(result, 'VERIFY_FAILED');
  });

  test('attestations: cosign verify-attestation --type spdxjson|cyclonedx|slsaprovenance1 of 3.x and 2.x accepts ours', async () => {
    const ref = await freshImage();
    const signed = await wasmpack(['sign', ref, '--key', ours.key, '--attest', `spdxjson=${join(work, 'sbom.spdx.json')}`, '--attest', `cyclonedx=${join(work, 'bom.cdx.json')}`, '--attest', `slsaprovenance1=${join(work, 'provenance.json')}`, '--json'], { env });
    assert.equal(signed.code, 0, signed.stderr);
    assert.equal(JSON.parse(signed.stdout).attestations.length, 3);
    const repo = repoOf(ref);
    const referrer = JSON.parse((await getManifest(repo, JSON.parse(signed.stdout).attestations[0].digest))!.text);
    assert.equal(referrer.artifactType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    assert.equal(referrer.config.mediaType, 'application/vnd.oci.empty.v1+json');
    assert.equal(referrer.subject.digest, digest);
    assert.equal(referrer.annotations['dev.sigstore.bundle.content'], 'dsse-envelope');
    assert.equal(referrer.annotations['dev.sigstore.bundle.predicateType'], 'https://spdx.dev/Document');
    for (const type of ['spdxjson', 'cyclonedx', 'slsaprovenance1']) {
      for (const major of MAJORS) {
        const ok = await cosignVerifyAttestation(major, ours.pub, type, ref, offline.trustedRoot);
        assert.equal(ok.code, 0, `cosign ${major} --type ${type}: ${ok.stderr}`);
        const wrong = await cosignVerifyAttestation(major, theirs.pub, type, ref, offline.trustedRoot);
        assert.notEqual(wrong.code, 0, `cosign ${major} --type ${type} must refuse another key`);
      }
    }
    const verified = await wasmpack(['verify', ref, '--key', ours.pub, '--json'], { env });
    assert.equal(verified.code, 0, verified.stderr);
    const doc = JSON.parse(verified.stdout);
    assert.deepEqual(doc.verified.map((v: { predicateType?: string }) => v.predicateType ?? 'simple-signing').sort(), ['https://cyclonedx.org/bom', 'https://slsa.dev/provenance/v1', 'https://spdx.dev/Document', 'simple-signing']);
    assert.deepEqual(doc.verified.map((v: { sbomFormat?: string }) => v.sbomFormat).filter(Boolean).sort(), ['cyclonedx', 'spdx']);

    const inspected = await wasmpack(['inspect', ref, '--json'], { env });
    assert.equal(inspected.code, 0, inspected.stderr);
    const listed = JSON.parse(inspected.stdout);
    assert.equal(listed.signatures, 1);
    const attestations = listed.referrers.filter((r: { kind: string }) => r.kind === 'attestation');
    assert.deepEqual(attestations.map((r: { predicateType: string }) => r.predicateType).sort(), ['https://cyclonedx.org/bom', 'https://slsa.dev/provenance/v1', 'https://spdx.dev/Document']);
  });

  for (const major of MAJORS) {
    test(`wasmpack verify accepts what cosign ${major}.x sign and attest wrote, and keeps cosign's fallback entries`, async () => {
      const ref = await freshImage();
      const signed = await cosignSign(major, theirs.key, COSIGN_KEY_PASSWORD, ref, offline.signingConfig);
      assert.equal(signed.code, 0, signed.stderr);
      const attested = await cosignAttest(major, theirs.key, COSIGN_KEY_PASSWORD, 'spdxjson', join(work, 'sbom.spdx.json'), ref, offline.signingConfig);
      assert.equal(attested.code, 0, attested.stderr);
      const result = await wasmpack(['verify', ref, '--key', theirs.pub, '--json'], { env });
      assert.equal(result.code, 0, result.stderr);
      const doc = JSON.parse(result.stdout);
      assert.ok(doc.verified.some((v: { kind: string }) => v.kind === 'signature'), result.stdout);
      assert.ok(doc.verified.some((v: { sbomFormat?: string }) => v.sbomFormat === 'spdx'), result.stdout);
      assertCleanError(await wasmpack(['verify', ref, '--key', ours.pub], { env }), 'VERIFY_FAILED');

      // Our attestation joins cosign's in the fallback index: nothing of cosign's is dropped.
      const repo = repoOf(ref);
      const before = JSON.parse((await getManifest(repo, `sha256-${digest.slice(7)}`))!.text).manifests.map((m: { digest: string }) => m.digest);
      assert.ok(before.length >= 1);
      assert.equal((await wasmpack(['sign', ref, '--key', ours.key, '--attest', `cyclonedx=${join(work, 'bom.cdx.json')}`], { env })).code, 0);
      const afterIndex = JSON.parse((await getManifest(repo, `sha256-${digest.slice(7)}`))!.text).manifests.map((m: { digest: string }) => m.digest);
      for (const d of before) assert.ok(afterIndex.includes(d), `cosign's referrer ${d} is kept`);
      assert.equal(afterIndex.length, before.length + 1);
      const stillTheirs = await cosignVerifyAttestation(major, theirs.pub, 'spdxjson', ref, offline.trustedRoot);
      assert.equal(stillTheirs.code, 0, stillTheirs.stderr);
    });
  }

  test('bad input: coded errors with hints, nothing written, no password printed', async () => {
    const ref = await freshImage();
    const repo = repoOf(ref);
    const wrong = await wasmpack(['sign', ref, '--key', ours.key], { env: { ...env, COSIGN_PASSWORD: 'not-the-password' } });
    assertCleanError(wrong, 'KEY_PASSWORD');
    assert.ok(!wrong.stderr.includes('not-the-password'));
    const pushWrong = await wasmpack(['push', '-C', project, `${registry.host}/signing/never:1`, '--sign-key', ours.key], { env: { ...env, COSIGN_PASSWORD: 'not-the-password' } });
    assertCleanError(pushWrong, 'KEY_PASSWORD');
    assert.equal(await getManifest('signing/never', '1'), undefined, 'a wrong password stops the push before anything is sent');

    const notAKey = join(work, 'not-a-key.txt');
    await writeFile(notAKey, 'hello\n');
    assertCleanError(await wasmpack(['sign', ref, '--key', notAKey], { env }), 'KEY_INVALID');
    assertCleanError(await wasmpack(['sign', ref, '--key', ours.pub], { env }), 'KEY_NOT_PRIVATE');
    assertCleanError(await wasmpack(['verify', ref, '--key', ours.key], { env }), 'KEY_NOT_PUBLIC');
    assert.equal(await getManifest(repo, sigTag(digest)), undefined, 'no signature was written by the failures');

    assertCleanError(await wasmpack(['sign', `${registry.host}/signing/absent:1`, '--key', ours.key], { env }), 'IMAGE_NOT_FOUND');
    assertCleanError(await wasmpack(['verify', ref, '--key', ours.pub], { env }), 'VERIFY_UNSIGNED');

    // A signature of another image copied under this image's .sig tag names the other digest.
    const otherDir = await mkdtemp(join(tmpdir(), 'wasmpack-signing-other-'));
    try {
      const module = await writeMinimalModule(join(otherDir, 'other.wasm'));
      const built = await wasmpack(['build', otherDir, '--wasm', module, '-t', `${registry.host}/signing/case${repoCount}:other`, '--push', '--sign-key', ours.key, '--json'], { env });
      assert.equal(built.code, 0, built.stderr);
      const otherDigest = JSON.parse(built.stdout).digest;
      const otherSig = (await getManifest(repo, sigTag(otherDigest)))!;
      await putManifest(repo, sigTag(digest), otherSig.text, otherSig.mediaType);
      assertCleanError(await wasmpack(['verify', ref, '--key', ours.pub], { env }), 'VERIFY_DIGEST_MISMATCH');
      for (const major of MAJORS) assert.notEqual((await cosignVerify(major, ours.pub, ref, offline.trustedRoot)).code, 0, `cosign ${major} refuses it too`);
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  test('pull and run with --key: a signed image runs; one signed by another key is refused before any byte of it is fetched', async () => {
    const signedRef = await freshImage();
    assert.equal((await wasmpack(['sign', signedRef, '--key', ours.key], { env })).code, 0);
    const ran = await wasmpack(['run', signedRef, '--key', ours.pub], { env });
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /Hello/);
    const out = join(work, 'pulled.wasm');
    const pulled = await wasmpack(['pull', signedRef, '--key', ours.pub, '-o', out], { env });
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.ok((await stat(out)).size > 0);

    const otherRef = await freshImage();
    assert.equal((await wasmpack(['sign', otherRef, '--key', theirs.key], { env: { ...env, COSIGN_PASSWORD: COSIGN_KEY_PASSWORD } })).code, 0);
    const proxy = await startFaultProxy({ upstream: registry.url });
    try {
      const viaProxy = otherRef.replace(registry.host, proxy.host);
      const refused = await wasmpack(['run', viaProxy, '--key', ours.pub], { env });
      assertCleanError(refused, 'VERIFY_FAILED');
      assert.doesNotMatch(refused.stdout, /Hello/);
      const refusedPull = await wasmpack(['pull', viaProxy, '--key', ours.pub, '-o', join(work, 'refused.wasm')], { env });
      assertCleanError(refusedPull, 'VERIFY_FAILED');
      await assert.rejects(stat(join(work, 'refused.wasm')));
      const layerGets = proxy.requests.filter((r) => r.method === 'GET' && /\/blobs\//.test(r.path) && !r.path.includes('sha256:44136fa'));
      // Only signature material was read: the .sig payloads, never the image's config or module layer.
      const image = JSON.parse((await getManifest(repoOf(otherRef), digest))!.text);
      for (const d of [image.config.digest, ...image.layers.map((l: { digest: string }) => l.digest)]) {
        assert.ok(!layerGets.some((r) => r.path.endsWith(d)), `the image blob ${d} was fetched before verification`);
      }
      const unsigned = await freshImage();
      assertCleanError(await wasmpack(['run', unsigned, '--key', ours.pub], { env }), 'VERIFY_UNSIGNED');
    } finally {
      await proxy.stop();
    }
  });

  describe('a registry that refuses the referrers fallback tag', () => {
    let proxy: FaultProxy;
    before(async () => {
      proxy = await startFaultProxy({ upstream: registry.url });
    });
    after(async () => proxy?.stop());

    test('sign --attest fails with REFERRERS_TAG_REFUSED and says why', async () => {
      const ref = await freshImage();
      proxy.addRule({ method: 'PUT', path: /\/manifests\/sha256-[0-9a-f]{64}$/, times: Infinity, action: { kind: 'status', status: 400, headers: { 'content-type': 'application/json' }, body: '{"errors":[{"code":"TAG_INVALID","message":"tag is immutable"}]}' } });
      const viaProxy = ref.replace(registry.host, proxy.host);
      const result = await wasmpack(['sign', viaProxy, '--key', ours.key, '--attest', `spdxjson=${join(work, 'sbom.spdx.json')}`], { env });
      assertCleanError(result, 'REFERRERS_TAG_REFUSED');
      assert.equal(await getManifest(repoOf(ref), sigTag(digest)), undefined, 'no signature names attestations that did not land');
    });
  });
});
