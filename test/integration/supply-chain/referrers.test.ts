// Where the SBOM referrer goes: a registry without the referrers API (docker-registry 2.8) gets the
// spec's sha256-<hex> fallback index, read-append-put, so what another tool listed there stays;
// an OCI layout and an OCI archive list it beside the image; the image itself never changes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { buildProject } from '../../../src/pipeline/build.js';
import { pushImage } from '../../../src/pipeline/push.js';
import { runProcess } from '../../../src/process/exec.js';
import { silentReporter } from '../../../src/report/reporter.js';
import { startRegistry, type RunningRegistry } from '../../helpers/registry.js';
import { answeredRequests, staticCredentialsDouble } from '../../helpers/registry-fixtures.js';
import { skopeo } from '../../helpers/inspect-image.js';
import { MINIMAL_COMMAND } from '../../helpers/wasm-fixtures.js';

const exec = promisify(execFile);
let registry: RunningRegistry;
const scratch: string[] = [];
before(async () => {
  registry = await startRegistry();
});
after(async () => {
  await registry?.stop();
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

const sha = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Plain distribution-spec calls, so what another tool wrote is written without wasmpack. */
async function putBlob(repo: string, bytes: Buffer): Promise<void> {
  const started = await fetch(`${registry.url}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  assert.equal(started.status, 202);
  const location = new URL(started.headers.get('location')!, registry.url);
  location.searchParams.set('digest', sha(bytes));
  const put = await fetch(location, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  assert.equal(put.status, 201, await put.text());
}

async function putManifest(repo: string, reference: string, doc: unknown, mediaType: string): Promise<Buffer> {
  const bytes = Buffer.from(JSON.stringify(doc));
  const put = await fetch(`${registry.url}/v2/${repo}/manifests/${reference}`, { method: 'PUT', body: bytes, headers: { 'content-type': mediaType } });
  assert.equal(put.status, 201, await put.text());
  return bytes;
}

async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-sbom-ref-'));
  scratch.push(dir);
  await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
  return dir;
}

test('the fallback index keeps the entry another tool put there, gains ours once, and the image is unchanged', async () => {
  const dir = await project();
  const repo = 'team/sbom-app';
  const tag = `${registry.host}/${repo}:1.0`;
  const built = await buildProject({ dir, cwd: dir, wasm: 'app.wasm', tags: [tag], timestamp: 0 }, { runner: runProcess, reporter: silentReporter, env: process.env });
  const imageHex = built.digest.slice('sha256:'.length);

  // What cosign 2.5 leaves after `cosign attest --new-bundle-format`: a bundle referrer and a fallback index naming it.
  const empty = Buffer.from('{}');
  const bundle = Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}');
  await putBlob(repo, empty);
  await putBlob(repo, bundle);
  const foreignDoc = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json', config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha(empty), size: 2 }, layers: [{ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', digest: sha(bundle), size: bundle.length }], subject: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: built.digest, size: built.image.manifest.descriptor.size } };
  const foreign = await putManifest(repo, sha(JSON.stringify(foreignDoc)), foreignDoc, 'application/vnd.oci.image.manifest.v1+json');
  const foreignEntry = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha(foreign), size: foreign.length, artifactType: 'application/vnd.oci.empty.v1+json', annotations: { 'org.opencontainers.image.created': '2026-12-01T10:00:00Z', 'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1' } };
  await putManifest(repo, `sha256-${imageHex}`, { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [foreignEntry] }, 'application/vnd.oci.image.index.v1+json');

  const push = () => pushImage({ destinations: [], dir }, { access: { credentials: staticCredentialsDouble() }, reporter: silentReporter });
  assert.equal((await push()).digest, built.digest);
  await push(); // a second push must not list our SBOM twice

  const index = JSON.parse(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/${repo}:sha256-${imageHex}`));
  assert.equal(index.manifests.length, 2, JSON.stringify(index.manifests));
  assert.deepEqual(index.manifests[0], foreignEntry, "the other tool's entry is kept as it was");
  const ours = index.manifests[1];
  assert.equal(ours.artifactType, 'application/spdx+json');
  assert.equal(ours.digest, built.graph.referrers[0]!.descriptor.digest);

  const referrer = JSON.parse(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/${repo}@${ours.digest}`));
  assert.equal(referrer.subject.digest, built.digest);
  assert.equal(referrer.config.mediaType, 'application/vnd.oci.empty.v1+json');
  const sbom = (await (await fetch(`${registry.url}/v2/${repo}/blobs/${referrer.layers[0].digest}`)).json()) as { spdxVersion: string };
  assert.equal(sbom.spdxVersion, 'SPDX-2.3');

  // The image is the single manifest it was, under its tag.
  const image = await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${tag}`);
  assert.equal(sha(image), built.digest);
  assert.equal(JSON.parse(image).mediaType, 'application/vnd.oci.image.manifest.v1+json');
});

test('an OCI layout and an OCI archive hold the SBOM referrer beside the image; a docker-archive holds the image only', async () => {
  const dir = await project();
  const out = await mkdtemp(join(tmpdir(), 'wasmpack-sbom-out-'));
  scratch.push(out);
  const built = await buildProject({ dir, cwd: dir, wasm: 'app.wasm', tags: ['app:1'], timestamp: 0, sbom: 'cyclonedx' }, { runner: runProcess, reporter: silentReporter, env: process.env });
  const referrer = built.graph.referrers[0]!.descriptor.digest;
  await pushImage({ destinations: [`oci:${join(out, 'layout')}:app`, `oci-archive:${join(out, 'app.tar')}:app`, `docker-archive:${join(out, 'docker.tar')}:app:1`], dir }, { access: { credentials: staticCredentialsDouble() }, reporter: silentReporter });

  const layoutIndex = JSON.parse(await readFile(join(out, 'layout', 'index.json'), 'utf8'));
  assert.deepEqual(layoutIndex.manifests.map((m: any) => m.artifactType ?? m.annotations['org.opencontainers.image.ref.name']), ['app', 'application/vnd.cyclonedx+json']);
  assert.equal(layoutIndex.manifests[1].digest, referrer);
  // skopeo still reads the image by its tag
  assert.equal(sha(await skopeo('inspect', '--raw', `oci:${join(out, 'layout')}:app`)), built.digest);

  const unpacked = join(out, 'archive');
  await mkdir(unpacked);
  await exec('tar', ['-xf', join(out, 'app.tar'), '-C', unpacked]);
  const archiveIndex = JSON.parse(await readFile(join(unpacked, 'index.json'), 'utf8'));
  assert.deepEqual(archiveIndex.manifests.map((m: any) => m.digest), [built.digest, referrer]);
  const stored = JSON.parse(await readFile(join(unpacked, 'blobs', 'sha256', referrer.slice(7)), 'utf8'));
  const cdx = JSON.parse(await readFile(join(unpacked, 'blobs', 'sha256', stored.layers[0].digest.slice(7)), 'utf8'));
  assert.equal(cdx.bomFormat, 'CycloneDX');
  assert.equal(sha(await skopeo('inspect', '--raw', `oci-archive:${join(out, 'app.tar')}:app`)), built.digest);

  const docker = join(out, 'docker');
  await mkdir(docker);
  await exec('tar', ['-xf', join(out, 'docker.tar'), '-C', docker]);
  const listing = (await exec('tar', ['-tf', join(out, 'docker.tar')])).stdout;
  assert.doesNotMatch(listing, new RegExp(referrer.slice(7)), 'a docker-archive has no place for referrers');
});

test('a new tag for an image whose SBOM is there already: ping, a HEAD of each manifest, the tag PUT, and nothing else', async () => {
  const dir = await project();
  const repo = 'team/retag';
  const built = await buildProject({ dir, cwd: dir, wasm: 'app.wasm', tags: [`${registry.host}/${repo}:1.0`], timestamp: 0 }, { runner: runProcess, reporter: silentReporter, env: process.env });
  assert.equal(built.graph.referrers.length, 1, 'the build made its SBOM referrer');
  await pushImage({ destinations: [], dir }, { access: { credentials: staticCredentialsDouble() }, reporter: silentReporter });
  const exchanges: string[] = [];
  const again = await pushImage({ destinations: [`${registry.host}/${repo}:2.0`], dir }, { access: { credentials: staticCredentialsDouble(), log: (line) => exchanges.push(line) }, reporter: silentReporter });
  assert.equal(again.digest, built.digest);
  const answered = answeredRequests(exchanges);
  const manifests = `/v2/${repo}/manifests`;
  assert.deepEqual(answered.sort(), ['GET /v2/', `HEAD ${manifests}/${built.digest}`, `HEAD ${manifests}/${built.graph.referrers[0]!.descriptor.digest}`, `PUT ${manifests}/2.0`].sort(), exchanges.join('\n'));
});
