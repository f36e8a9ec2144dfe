// The example with dependencies, end to end through the CLI bundle: build with the real cargo and
// Debian's crates, push to a real registry, run it from there, and read its SBOM back with skopeo
// from the fallback tag index the registry (no referrers API) holds; inspect lists it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse as parseToml } from 'smol-toml';
import { copyExample, wasmpack } from '../../helpers/cli.js';
import { skopeo } from '../../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../../helpers/registry.js';
import { cyclonedxProblems, purlsOf } from '../../helpers/sbom-validate.js';

let registry: RunningRegistry;
let dir: string;
before(async () => {
  registry = await startRegistry();
  dir = await copyExample('json-rust');
});
after(async () => {
  await registry?.stop();
  if (dir) await rm(dirname(dir), { recursive: true, force: true });
});

test('json-rust: build --push --sbom cyclonedx, run from the registry, the SBOM referrer in the fallback index with every crate of Cargo.lock', async () => {
  const ref = `${registry.host}/e2e/json-rust:1.0`;
  const built = await wasmpack(['build', dir, '-t', ref, '--push', '--sbom', 'cyclonedx', '--json']);
  assert.equal(built.code, 0, built.stderr);
  const digest = JSON.parse(built.stdout).digest as string;
  assert.match(built.stderr, /SBOM \(cyclonedx\): \d+ packages/);

  const ran = await wasmpack(['run', ref, '--', '{"crate":"serde_json","n":[1,2]}']);
  assert.equal(ran.code, 0, ran.stderr);
  assert.equal(ran.stdout.trim(), '{"keys":2,"parsed":{"crate":"serde_json","n":[1,2]}}');

  // The image is still one manifest with that digest; its referrers are listed under sha256-<hex>.
  const image = await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${ref}`);
  assert.equal(`sha256:${createHash('sha256').update(image).digest('hex')}`, digest);
  const index = JSON.parse(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/e2e/json-rust:sha256-${digest.slice(7)}`));
  assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
  const entry = index.manifests.find((m: any) => m.artifactType === 'application/vnd.cyclonedx+json');
  assert.ok(entry, JSON.stringify(index));
  const referrer = JSON.parse(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/e2e/json-rust@${entry.digest}`));
  assert.equal(referrer.artifactType, 'application/vnd.cyclonedx+json');
  assert.equal(referrer.subject.digest, digest);
  assert.deepEqual(referrer.config, { mediaType: 'application/vnd.oci.empty.v1+json', digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 });

  const text = await (await fetch(`${registry.url}/v2/e2e/json-rust/blobs/${referrer.layers[0].digest}`)).text();
  assert.deepEqual(await cyclonedxProblems(text), []);
  const lock = parseToml(await readFile(join(dir, 'Cargo.lock'), 'utf8')) as { package: Array<{ name: string; version: string }> };
  const crates = lock.package.filter((p) => p.name !== 'json-rust');
  assert.ok(crates.some((c) => c.name === 'serde_json'));
  const doc = JSON.parse(text);
  assert.deepEqual(purlsOf(doc), crates.map((c) => `pkg:cargo/${c.name}@${c.version}`).sort());
  for (const c of crates) assert.equal(doc.components.find((x: any) => x.name === c.name).version, c.version);

  const inspected = await wasmpack(['inspect', ref]);
  assert.equal(inspected.code, 0, inspected.stderr);
  assert.match(inspected.stdout, new RegExp(`${entry.digest}  SBOM \\(cyclonedx\\)`));
  const local = await wasmpack(['inspect', '--json'], { cwd: dir });
  assert.deepEqual(JSON.parse(local.stdout).referrers, [{ digest: entry.digest, artifactType: 'application/vnd.cyclonedx+json', kind: 'sbom', sbomFormat: 'cyclonedx' }]);
});
