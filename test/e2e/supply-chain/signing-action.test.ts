// The Action signs what it pushes: keyless against @sigstore/mock's Fulcio and Rekor with a fake
// runner OIDC endpoint (sigstore-js's own verifier, the real cosign 3.x and `wasmpack verify` check
// the result), with a key from secrets (the real cosign 3.x and 2.x check the signature and the
// SBOM and provenance attestations, and no bare SBOM is pushed beside them), and it refuses
// `sign: true` without `id-token: write` before pushing anything. Unsigned, the SBOM is a bare
// referrer in the sha256-<hex> fallback index.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { checkoutAction, runAction, workspaceWith } from '../../helpers/action-runner.js';
import { assertCleanError, wasmpack } from '../../helpers/cli.js';
import { cosign, cosignVerify, cosignVerifyAttestation, offlineFiles } from '../../helpers/cosign.js';
import { skopeo } from '../../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../../helpers/registry.js';
import { startSigstoreMock, type SigstoreMock } from '../../helpers/sigstore-mock.js';

const COMMIT_DATE = '2024-05-01T10:00:00Z';
const TAG_PUSH = (sha: string) => ({ name: 'push', ref: 'refs/tags/v1.0.0', sha, payload: { ref: 'refs/tags/v1.0.0', head_commit: { id: sha, timestamp: '2030-01-01T00:00:00Z' } } });
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0';
const ISSUER = 'https://token.actions.githubusercontent.com';
const KEY_PASSWORD = 'action-key-secret-pw';
const SPDX_PREDICATE = 'https://spdx.dev/Document';
const SLSA_PREDICATE = 'https://slsa.dev/provenance/v1';
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** The image's referrers as the registry lists them under the sha256-<hex> fallback tag, read by skopeo. */
async function fallbackIndex(host: string, repository: string, digest: string): Promise<Array<{ digest: string; artifactType?: string }>> {
  const index = JSON.parse(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${host}/${repository}:sha256-${digest.slice(7)}`)) as { mediaType: string; manifests: Array<{ digest: string; artifactType?: string }> };
  assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
  return index.manifests;
}

describe('the Action signs what it pushes', () => {
  let checkout: string;
  let registry: RunningRegistry;
  let sigstore: SigstoreMock;
  let work: string;
  let trustedRootFile: string;
  const workspaces: string[] = [];
  const workspace = async () => {
    const made = await workspaceWith('hello-c', COMMIT_DATE);
    workspaces.push(made.workspace);
    return made;
  };

  before(async () => {
    checkout = await checkoutAction();
    registry = await startRegistry();
    sigstore = await startSigstoreMock({ identity: IDENTITY, issuer: ISSUER });
    work = await mkdtemp(join(tmpdir(), 'wasmpack-signing-action-'));
    trustedRootFile = join(work, 'trusted_root.json');
    await writeFile(trustedRootFile, JSON.stringify(sigstore.trustedRoot));
  });
  after(async () => {
    await registry?.stop();
    await sigstore?.stop();
    if (work) await rm(work, { recursive: true, force: true });
    for (const dir of workspaces) await rm(dir, { recursive: true, force: true });
    if (checkout) await rm(join(checkout, '..'), { recursive: true, force: true });
  });

  const keylessEnv = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.tokenRequestURL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.tokenRequestToken,
    WASMPACK_SIGSTORE_FULCIO_URL: sigstore.fulcioURL,
    WASMPACK_SIGSTORE_REKOR_URL: sigstore.rekorURL,
  });

  test('keyless (sign: auto with id-token: write): a bundle sigstore-js verifies with the mock\'s trust root; wasmpack verify checks the identity; provenance: false attests the SBOM only', async () => {
    const { workspace: dir, sha } = await workspace();
    const repo = `${registry.host}/acme/keyless`;
    const run = await runAction(checkout, { workspace: dir, event: TAG_PUSH(sha), with: { path: 'hello-c', images: repo, provenance: 'false' }, env: keylessEnv() });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const signed = JSON.parse(run.outputs.signatures!) as Array<{ image: string; how: string; attestations: Array<{ predicateType: string; digest: string }> }>;
    assert.equal(signed.length, 1);
    assert.equal(signed[0]!.how, 'keyless');
    const statement = signed[0]!.attestations.find((a) => a.predicateType === 'https://sigstore.dev/cosign/sign/v1');
    assert.ok(statement, run.outputs.signatures);
    assert.deepEqual(signed[0]!.attestations.map((a) => a.predicateType).sort(), ['https://sigstore.dev/cosign/sign/v1', SPDX_PREDICATE].sort(), 'the SBOM is attested, the provenance is not (provenance: false)');
    assert.equal(run.outputs.sbom, undefined, 'signed, no bare SBOM');
    assert.match(run.summary, /#### Signed/);
    for (const token of sigstore.issuedTokens) {
      assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token) && !run.summary.includes(token), 'the OIDC token is never printed');
    }
    assert.ok(sigstore.issuedTokens.length >= 1, 'the Action asked the runner for a token');

    // sigstore-js's verifier, on the bundle as stored in the registry.
    const referrer = (await (await fetch(`${registry.url}/v2/acme/keyless/manifests/${statement!.digest}`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } })).json()) as { artifactType: string; subject: { digest: string }; layers: Array<{ digest: string }> };
    assert.equal(referrer.artifactType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    assert.equal(referrer.subject.digest, run.outputs.digest);
    const bundleJson = (await (await fetch(`${registry.url}/v2/acme/keyless/blobs/${referrer.layers[0]!.digest}`)).json()) as Parameters<typeof bundleFromJSON>[0] & { verificationMaterial: { certificate?: unknown; tlogEntries: unknown[] } };
    assert.ok(bundleJson.verificationMaterial.certificate, 'a keyless bundle carries its Fulcio certificate');
    assert.ok(bundleJson.verificationMaterial.tlogEntries.length >= 1, 'and its Rekor entry');
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1, tsaThreshold: 0 });
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundleJson)), { subjectAlternativeName: IDENTITY, extensions: { issuer: ISSUER } });
    assert.equal(signer.identity?.subjectAlternativeName, IDENTITY);

    const ref = `${repo}:1.0.0`;
    const ok = await wasmpack(['verify', ref, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', trustedRootFile, '--json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(JSON.parse(ok.stdout).verified.some((v: { kind: string; signer: string }) => v.kind === 'signature' && v.signer.startsWith(IDENTITY)));
    const regexp = await wasmpack(['verify', ref, '--certificate-identity-regexp', '^https://github\\.com/acme/', '--certificate-oidc-issuer', ISSUER, '--trusted-root', trustedRootFile]);
    assert.equal(regexp.code, 0, regexp.stderr);
    assertCleanError(await wasmpack(['verify', ref, '--certificate-identity', 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main', '--certificate-oidc-issuer', ISSUER, '--trusted-root', trustedRootFile]), 'VERIFY_FAILED');
    assertCleanError(await wasmpack(['verify', ref, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', 'https://accounts.google.com', '--trusted-root', trustedRootFile]), 'VERIFY_FAILED');
    // The real cosign 3.x reads the same bundle with the same trust root (cosign 2.x insists on
    // refreshing Sigstore's TUF root over the network for keyless checks, so it cannot run here).
    const cosignOk = await cosign(3, ['verify', '--trusted-root', trustedRootFile, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--allow-http-registry', ref]);
    assert.equal(cosignOk.code, 0, cosignOk.stderr);
    const cosignWrong = await cosign(3, ['verify', '--trusted-root', trustedRootFile, '--certificate-identity', 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main', '--certificate-oidc-issuer', ISSUER, '--allow-http-registry', ref]);
    assert.notEqual(cosignWrong.code, 0, 'cosign 3 refuses another identity');
    const otherRoot = join(work, 'other-root.json');
    const other = await startSigstoreMock({ identity: IDENTITY, issuer: ISSUER });
    await writeFile(otherRoot, JSON.stringify(other.trustedRoot));
    await other.stop();
    assertCleanError(await wasmpack(['verify', ref, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', otherRoot]), 'VERIFY_FAILED');
  });

  test('sign: true without id-token: write fails before pushing and names the permission', async () => {
    const { workspace: dir, sha } = await workspace();
    const repo = `${registry.host}/acme/no-permission`;
    const run = await runAction(checkout, { workspace: dir, event: TAG_PUSH(sha), with: { path: 'hello-c', images: repo, sign: 'true' } });
    assert.notEqual(run.code, 0);
    assert.match(run.stdout, /::error title=wasmpack SIGN_NO_ID_TOKEN::.*id-token: write/);
    const tags = await fetch(`${registry.url}/v2/acme/no-permission/tags/list`);
    assert.equal(tags.status, 404, 'nothing was pushed');
  });

  test('sign-key from secrets: cosign verify --key and verify-attestation (spdxjson, slsaprovenance1) of 3.x and 2.x accept the signature and attestations; no bare SBOM; the key and password stay masked', async () => {
    const prefix = join(work, 'action');
    assert.equal((await wasmpack(['key', 'generate', prefix], { env: { COSIGN_PASSWORD: KEY_PASSWORD } })).code, 0);
    const keyText = await readFile(`${prefix}.key`, 'utf8');
    const { workspace: dir, sha } = await workspace();
    const repo = `${registry.host}/acme/with-key`;
    const run = await runAction(checkout, { workspace: dir, event: TAG_PUSH(sha), with: { path: 'hello-c', images: repo, 'sign-key': keyText, 'sign-key-password': KEY_PASSWORD } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const signed = JSON.parse(run.outputs.signatures!);
    assert.equal(signed[0].how, 'key');
    assert.match(signed[0].signature, /^sha256:/);
    assert.match(run.stdout, /^::add-mask::/m);
    const visible = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    assert.ok(!visible.includes(KEY_PASSWORD) && !run.summary.includes(KEY_PASSWORD));
    const offline = await offlineFiles(work);
    for (const major of [3, 2] as const) {
      const ok = await cosignVerify(major, `${prefix}.pub`, `${repo}:1.0.0`, offline.trustedRoot);
      assert.equal(ok.code, 0, `cosign ${major}: ${ok.stderr}`);
    }

    // The build's SBOM and provenance are signed attestations that both cosign majors verify...
    const attestations = signed[0].attestations as Array<{ predicateType: string; digest: string }>;
    assert.deepEqual(attestations.map((a) => a.predicateType).sort(), [SLSA_PREDICATE, SPDX_PREDICATE].sort());
    for (const a of attestations) assert.ok(run.summary.includes(a.digest), `the summary lists ${a.predicateType}'s referrer`);
    for (const major of [3, 2] as const) {
      for (const [type, predicateType] of [['spdxjson', SPDX_PREDICATE], ['slsaprovenance1', SLSA_PREDICATE]] as const) {
        const ok = await cosignVerifyAttestation(major, `${prefix}.pub`, type, `${repo}:1.0.0`, offline.trustedRoot);
        assert.equal(ok.code, 0, `cosign ${major} verify-attestation --type ${type}: ${ok.stderr}`);
        // cosign prints each verified DSSE envelope; its payload is our in-toto statement for this image.
        const statements = ok.stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(Buffer.from(JSON.parse(line).payload, 'base64').toString('utf8')));
        const statement = statements.find((st) => st.predicateType === predicateType);
        assert.ok(statement, `cosign ${major} ${type}: ${ok.stdout.slice(0, 400)}`);
        assert.equal(`sha256:${statement.subject[0].digest.sha256}`, run.outputs.digest);
      }
    }
    // ...and the only SBOM in the registry: the fallback index holds Sigstore bundles, no bare SBOM.
    const referrers = await fallbackIndex(registry.host, 'acme/with-key', run.outputs.digest!);
    assert.ok(referrers.length >= 2, JSON.stringify(referrers));
    for (const a of attestations) assert.ok(referrers.some((r) => r.digest === a.digest && r.artifactType === BUNDLE), `${a.predicateType} is a bundle referrer`);
    assert.ok(!referrers.some((r) => r.artifactType === 'application/spdx+json' || r.artifactType === 'application/vnd.cyclonedx+json'), `no bare SBOM: ${JSON.stringify(referrers)}`);
    assert.equal(run.outputs.sbom, undefined);
  });

  test('unsigned (sign: false, sbom: cyclonedx): the SBOM is a bare referrer in the fallback index, and the sbom output and summary name it', async () => {
    const { workspace: dir, sha } = await workspace();
    const repo = `${registry.host}/acme/unsigned`;
    const run = await runAction(checkout, { workspace: dir, event: TAG_PUSH(sha), with: { path: 'hello-c', images: repo, sign: 'false', sbom: 'cyclonedx' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.signatures, undefined);
    const sbom = run.outputs.sbom;
    assert.match(sbom ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.ok(run.summary.includes(`SBOM referrer (unsigned): \`${sbom}\``), run.summary);
    const referrers = await fallbackIndex(registry.host, 'acme/unsigned', run.outputs.digest!);
    assert.deepEqual(referrers.map((r) => [r.digest, r.artifactType]), [[sbom, 'application/vnd.cyclonedx+json']], 'the bare SBOM, and nothing signed');
    const manifest = JSON.parse(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${repo}@${sbom}`)) as { subject: { digest: string }; layers: Array<{ digest: string }> };
    assert.equal(manifest.subject.digest, run.outputs.digest);
    const document = (await (await fetch(`${registry.url}/v2/acme/unsigned/blobs/${manifest.layers[0]!.digest}`)).json()) as { bomFormat: string; specVersion: string };
    assert.equal(document.bomFormat, 'CycloneDX');
    assert.equal(document.specVersion, '1.6');
  });
});
