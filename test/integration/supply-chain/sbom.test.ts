// SBOMs of the real examples, built with the real toolchains (cargo with Debian's crate registry,
// go, clang with wasi-libc), read back from the project's layout as any reader would, validated
// against CycloneDX 1.6's schema and SPDX 2.3's required fields, and built twice for identical bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { buildProject, type BuildResult } from '../../../src/pipeline/build.js';
import { runProcess } from '../../../src/process/exec.js';
import { silentReporter } from '../../../src/report/reporter.js';
import { blobPath } from '../../../src/targets/layout.js';
import { readLayoutReferrers } from '../../../src/targets/layout-source.js';
import { createHash } from 'node:crypto';
import { copyExample } from '../../helpers/cli.js';
import { unpackLayout } from '../../helpers/inspect-image.js';
import { cyclonedxProblems, purlsOf, spdxProblems } from '../../helpers/sbom-validate.js';

async function build(dir: string, sbom: 'spdx' | 'cyclonedx'): Promise<BuildResult> {
  const result = await buildProject({ dir, cwd: dir, sbom, cache: false, timestamp: 1_700_000_000 }, { runner: runProcess, reporter: silentReporter, env: process.env });
  return result;
}

/** The SBOM as stored in the layout: the referrer of the image, its one layer. */
async function storedSbom(result: BuildResult): Promise<{ text: string; doc: any; artifactType: string }> {
  const referrers = await readLayoutReferrers(result.layout, result.digest);
  assert.equal(referrers.length, 1, 'one SBOM referrer beside the image');
  const manifest = JSON.parse(referrers[0]!.bytes.toString('utf8'));
  const text = await readFile(blobPath(result.layout, manifest.layers[0].digest), 'utf8');
  return { text, doc: JSON.parse(text), artifactType: manifest.artifactType };
}

async function withExample<T>(name: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await copyExample(name);
  try {
    return await work(dir);
  } finally {
    await rm(dirname(dir), { recursive: true, force: true });
  }
}

test('json-rust: every crate of its Cargo.lock with version, checksum and purl; both formats valid; two builds, the same bytes', async () => {
  await withExample('json-rust', async (dir) => {
    const spdx = await build(dir, 'spdx');
    const first = await storedSbom(spdx);
    assert.equal(first.artifactType, 'application/spdx+json');
    assert.deepEqual(spdxProblems(first.doc), []);
    const lock = parseToml(await readFile(join(dir, 'Cargo.lock'), 'utf8')) as { package: Array<{ name: string; version: string; source?: string; checksum?: string }> };
    const crates = lock.package.filter((p) => p.name !== 'json-rust');
    assert.ok(crates.length >= 4, `serde_json and its dependencies are in Cargo.lock (${crates.length})`);
    assert.deepEqual(purlsOf(first.doc), crates.map((c) => `pkg:cargo/${c.name}@${c.version}`).sort());
    for (const crate of crates) {
      const pkg = first.doc.packages.find((p: any) => p.name === crate.name);
      assert.equal(pkg.versionInfo, crate.version);
      assert.deepEqual(pkg.checksums, [{ algorithm: 'SHA256', checksumValue: crate.checksum }]);
    }
    // The described package is the module the image holds, by sha256 (umoci reads the layer).
    const module = first.doc.packages.find((p: any) => p.SPDXID === 'SPDXRef-Package-module');
    const rootfs = await unpackLayout(spdx.layout, spdx.localTag);
    try {
      assert.equal(module.checksums[0].checksumValue, createHash('sha256').update(await readFile(join(rootfs, 'json-rust.wasm'))).digest('hex'));
    } finally {
      await rm(dirname(rootfs), { recursive: true, force: true });
    }
    assert.ok(first.doc.creationInfo.creators.some((c: string) => /^Tool: rustc-1\.\d+\.\d+$/.test(c)), first.doc.creationInfo.creators.join(', '));

    const again = await build(dir, 'spdx');
    assert.equal(again.digest, spdx.digest);
    assert.equal((await storedSbom(again)).text, first.text, 'a rebuild gives the same SBOM bytes');

    const cdx = await build(dir, 'cyclonedx');
    assert.equal(cdx.digest, spdx.digest, 'the SBOM never changes the image');
    const cyclonedx = await storedSbom(cdx);
    assert.equal(cyclonedx.artifactType, 'application/vnd.cyclonedx+json');
    assert.deepEqual(await cyclonedxProblems(cyclonedx.text), []);
    assert.deepEqual(purlsOf(cyclonedx.doc), purlsOf(first.doc));
    const cdxAgain = await build(dir, 'cyclonedx');
    assert.equal((await storedSbom(cdxAgain)).text, cyclonedx.text);
  });
});

test('hello-rust (no dependencies): the module alone, described by its sha256', async () => {
  await withExample('hello-rust', async (dir) => {
    const { doc } = await storedSbom(await build(dir, 'spdx'));
    assert.deepEqual(spdxProblems(doc), []);
    assert.equal(doc.packages.length, 1);
    assert.equal(doc.packages[0].name, 'hello-rust');
    assert.match(doc.packages[0].checksums[0].checksumValue, /^[0-9a-f]{64}$/);
  });
});

test('hello-go: go list -m -json all through the real go, and the standard library it links', async () => {
  await withExample('hello-go', async (dir) => {
    const result = await build(dir, 'cyclonedx');
    const { text, doc } = await storedSbom(result);
    assert.deepEqual(await cyclonedxProblems(text), []);
    const stdlib = doc.components.find((c: any) => c.name === 'stdlib');
    assert.match(stdlib.purl, /^pkg:golang\/stdlib@go1\.\d+(\.\d+)?$/);
    assert.ok(doc.metadata.tools.components.some((t: any) => t.name === 'go'));
    const spdx = await storedSbom(await build(dir, 'spdx'));
    assert.deepEqual(spdxProblems(spdx.doc), []);
  });
});

test('hello-c and hash-c: clang by version, Debian wasi-libc by package version, every source by sha256', async () => {
  for (const name of ['hello-c', 'hash-c']) {
    await withExample(name, async (dir) => {
      const result = await build(dir, 'spdx');
      const { doc } = await storedSbom(result);
      assert.deepEqual(spdxProblems(doc), []);
      assert.ok(doc.creationInfo.creators.some((c: string) => /^Tool: clang-\d+\.\d+\.\d+$/.test(c)), doc.creationInfo.creators.join(', '));
      const libc = doc.packages.find((p: any) => p.name === 'wasi-libc');
      assert.match(libc.externalRefs[0].referenceLocator, /^pkg:deb\/debian\/wasi-libc@.+\?arch=all$/);
      const sources = doc.packages.filter((p: any) => p.primaryPackagePurpose === 'SOURCE');
      assert.ok(sources.length >= 1);
      for (const s of sources) {
        assert.equal(s.checksums[0].checksumValue, createHash('sha256').update(await readFile(join(dir, s.name))).digest('hex'), s.name);
      }
      const cdx = await storedSbom(await build(dir, 'cyclonedx'));
      assert.deepEqual(await cyclonedxProblems(cdx.text), []);
    });
  }
});
