import { fileOpener, layerFile, scratchSink } from '../../../src/targets/files.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { Readable } from 'node:stream';
import {
  AotAnnotation,
  aotReferrer,
  aotTag,
  buildAotImages,
  describeAotImage,
  embeddedImage,
  embeddedTag,
  referrersFallbackTag,
  siblingAotImage,
  type AotBuild,
} from '../../../src/oci/aot-image.js';
import { buildCompatImage, type BuiltImage } from '../../../src/oci/image.js';
import { isManifestNode, walk, type Blob, type ManifestNode } from '../../../src/oci/content.js';
import { sha256 } from '../../../src/oci/digest.js';
import { readAll } from '../../helpers/streams.js';
import { Annotation, MediaType } from '../../../src/oci/media-types.js';
import { WasmpackError } from '../../../src/errors.js';
import { fakeAotBytes } from '../../helpers/wamrc-double.js';

// The .aot files here are fakeAotBytes from the wamrc test double: a valid header, no code.

const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, 0x04, 0x6e, 0x61, 0x6d, 0x65]);
const TIMESTAMP = 1_700_000_000;
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';

async function fixture(t: { after: (fn: () => Promise<void>) => void }) {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-aot-image-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const module = join(dir, 'app.wasm');
  await writeFile(module, WASM);
  const moduleDigest = sha256(WASM);
  const build = async (target: string, machine: number, arch: string): Promise<AotBuild> => {
    const path = join(dir, `app-${target}.aot`);
    const bytes = fakeAotBytes({ formatVersion: 5, machine, arch });
    await writeFile(path, bytes);
    return { open: fileOpener(path), digest: sha256(bytes), size: bytes.length, target, cpu: target === 'x86_64' ? 'x86-64' : 'generic', flags: [`--target=${arch}`, `--cpu=${target === 'x86_64' ? 'x86-64' : 'generic'}`], wamrcVersion: '2.4.1', formatVersion: 5, moduleDigest };
  };
  const x86 = await build('x86_64', 62, 'x86_64');
  const arm = await build('aarch64', 183, 'aarch64v8');
  const portable = await buildCompatImage({ files: [await layerFile('/app.wasm', module)], entrypoint: '/app.wasm', timestamp: TIMESTAMP, compression: 'gzip', layerSink: scratchSink(join(dir, 'portable.layer')) });
  const moduleContent = { open: fileOpener(module), size: WASM.length, digest: moduleDigest, name: 'app' };
  const scratch = (name: string) => scratchSink(join(dir, name));
  return { dir, modulePath: module, module: moduleContent, moduleDigest, x86, arm, portable, scratch };
}

function doc(node: ManifestNode): Record<string, any> {
  return JSON.parse(node.bytes.toString('utf8')) as Record<string, any>;
}

async function configOf(image: BuiltImage): Promise<Record<string, any>> {
  return JSON.parse(image.config.bytes.toString('utf8')) as Record<string, any>;
}

async function layerFiles(layer: Blob): Promise<Map<string, { mode: number; bytes: Buffer }>> {
  const tarBytes = gunzipSync(await readAll(layer.open()));
  const files = new Map<string, { mode: number; bytes: Buffer }>();
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => chunks.push(c as Buffer));
      stream.on('end', () => {
        files.set(header.name, { mode: header.mode ?? 0, bytes: Buffer.concat(chunks) });
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([tarBytes]).pipe(extract);
  await done;
  return files;
}

function assertAotAnnotations(annotations: Record<string, string>, expected: { target: string; cpu: string; wasmDigest: string; layout: string }) {
  assert.equal(annotations[AotAnnotation.wamrcVersion], '2.4.1');
  assert.equal(annotations[AotAnnotation.formatVersion], '5');
  assert.equal(annotations[AotAnnotation.target], expected.target);
  assert.equal(annotations[AotAnnotation.cpu], expected.cpu);
  assert.ok(annotations[AotAnnotation.flags]?.includes('--target='), 'flags recorded');
  assert.equal(annotations['dev.wasmpack.wasm.digest'], expected.wasmDigest);
  assert.equal(annotations[AotAnnotation.layout], expected.layout);
  assert.match(annotations[AotAnnotation.runtimes]!, /WAMR 2\.4\.1/);
}

test('tag helpers: sibling, embedded and the referrers fallback tag', () => {
  assert.equal(aotTag('1.0', 'x86_64'), '1.0-aot-x86_64');
  assert.equal(aotTag('latest', 'aarch64'), 'latest-aot-aarch64');
  assert.equal(embeddedTag('1.0', 'aarch64'), '1.0-wasm-aot-aarch64');
  const digest = sha256('x');
  assert.equal(referrersFallbackTag(digest), `sha256-${digest.slice(7)}`);
  assert.throws(() => aotTag('a'.repeat(120), 'x86_64'), (e) => e instanceof WasmpackError && e.code === 'AOT_BAD_TAG');
  assert.throws(() => referrersFallbackTag('md5:abc'), (e) => e instanceof WasmpackError && e.code === 'BAD_DIGEST');
});

test('sibling image: compat image whose entrypoint is /<name>.aot, with every AOT annotation', async (t) => {
  const f = await fixture(t);
  const image = await siblingAotImage({ name: 'app', build: f.x86, timestamp: TIMESTAMP, compression: 'gzip', layerSink: scratchSink(join(f.dir, 's.layer')), annotations: { [Annotation.version]: '1.0', [Annotation.variant]: 'compat-smart' } });
  const manifest = doc(image.manifest);
  assert.equal(manifest.mediaType, MediaType.ociManifest);
  assert.equal(manifest.schemaVersion, 2);
  assert.equal(manifest.config.mediaType, MediaType.ociConfig);
  assertAotAnnotations(manifest.annotations, { target: 'x86_64', cpu: 'x86-64', wasmDigest: f.moduleDigest, layout: 'sibling' });
  assert.equal(manifest.annotations[AotAnnotation.path], '/app.aot');
  assert.equal(manifest.annotations[Annotation.version], '1.0', 'project annotations are repeated');
  // compat, never compat-smart: crun's smart mode only handles args[0] ending in .wasm/.wat.
  assert.equal(manifest.annotations[Annotation.variant], 'compat');
  const config = await configOf(image);
  assert.equal(config.os, 'wasi');
  assert.equal(config.architecture, 'wasm');
  assert.deepEqual(config.config.Entrypoint, ['/app.aot']);
  const files = await layerFiles(image.layers[0]!);
  assert.deepEqual([...files.keys()], ['app.aot']);
  assert.equal(files.get('app.aot')!.bytes.subarray(0, 4).toString('latin1'), '\0aot');
  assert.equal(files.get('app.aot')!.mode, 0o755);
});

test('embedded image: /<name>.wasm stays the entrypoint, /<name>.aot sits beside it', async (t) => {
  const f = await fixture(t);
  const image = await embeddedImage({ name: 'app', module: f.module, build: f.arm, timestamp: TIMESTAMP, compression: 'gzip', layerSink: scratchSink(join(f.dir, 'e.layer')) });
  const manifest = doc(image.manifest);
  assertAotAnnotations(manifest.annotations, { target: 'aarch64', cpu: 'generic', wasmDigest: f.moduleDigest, layout: 'embedded' });
  const config = await configOf(image);
  assert.deepEqual(config.config.Entrypoint, ['/app.wasm']);
  assert.equal(config.architecture, 'wasm');
  const files = await layerFiles(image.layers[0]!);
  assert.deepEqual([...files.keys()], ['app.aot', 'app.wasm']);
  assert.deepEqual(files.get('app.wasm')!.bytes, WASM);
  assert.equal(files.get('app.aot')!.bytes.readUInt16LE(16 + 6), 183);
});

test('referrer: OCI 1.1 artifact, subject = portable manifest, empty config, one layer per arch', async (t) => {
  const f = await fixture(t);
  const node = await aotReferrer({ subject: f.portable.manifest.descriptor, name: 'app', builds: [f.x86, f.arm], timestamp: TIMESTAMP });
  const manifest = doc(node);
  assert.equal(manifest.mediaType, MediaType.ociManifest);
  assert.equal(manifest.artifactType, MediaType.wamrAot);
  assert.deepEqual(manifest.subject, { mediaType: MediaType.ociManifest, digest: f.portable.manifest.descriptor.digest, size: f.portable.manifest.descriptor.size });
  assert.deepEqual(manifest.config, { mediaType: MediaType.ociEmpty, digest: EMPTY_DIGEST, size: 2 });
  assert.equal(manifest.layers.length, 2);
  const [l0, l1] = manifest.layers;
  assert.equal(l0.mediaType, MediaType.wamrAot);
  assert.equal(l0.annotations[Annotation.title], 'app-x86_64.aot');
  assert.equal(l0.annotations[AotAnnotation.target], 'x86_64');
  assert.equal(l0.annotations[AotAnnotation.cpu], 'x86-64');
  assert.equal(l1.annotations[AotAnnotation.target], 'aarch64');
  assert.equal(l1.digest, sha256(fakeAotBytes({ formatVersion: 5, machine: 183, arch: 'aarch64v8' })));
  assert.equal(manifest.annotations[AotAnnotation.target], 'x86_64,aarch64');
  assert.equal(manifest.annotations[AotAnnotation.cpu], 'x86_64=x86-64,aarch64=generic');
  assert.equal(manifest.annotations[AotAnnotation.wasmDigest], f.moduleDigest);
  assert.equal(manifest.annotations[AotAnnotation.formatVersion], '5');
  assert.equal(manifest.annotations[Annotation.created], '2023-11-14T22:13:20Z');
  // The children are what a copy pushes: the empty config and both .aot blobs.
  const digests = node.children.map((c) => c.descriptor.digest);
  assert.deepEqual(digests, [EMPTY_DIGEST, l0.digest, l1.digest]);
  const emptyBytes = await readAll(node.children[0]!.open());
  assert.equal(emptyBytes.toString(), '{}');
  await assert.rejects(aotReferrer({ subject: f.portable.manifest.descriptor, name: 'app', builds: [], timestamp: TIMESTAMP }), (e) => e instanceof WasmpackError && e.code === 'AOT_NOTHING_TO_SHIP');
});

test('buildAotImages: the portable image is untouched; a tag suffix per layout and target; referrer points at it', async (t) => {
  const f = await fixture(t);
  const before = Buffer.from(f.portable.manifest.bytes);
  const beforeDigest = f.portable.manifest.descriptor.digest;
  const out = await buildAotImages({
    portable: f.portable,
    module: f.module,
    results: [f.x86, f.arm],
    ship: ['sibling', 'embed', 'referrer'],
    timestamp: TIMESTAMP,
    scratch: f.scratch,
    compression: 'gzip',
  });
  assert.deepEqual(f.portable.manifest.bytes, before);
  assert.equal(f.portable.manifest.descriptor.digest, beforeDigest);
  assert.deepEqual(
    out.extraTagged.map((e) => `${e.suffix} ${e.layout}`),
    ['-aot-x86_64 sibling', '-wasm-aot-x86_64 embedded', '-aot-aarch64 sibling', '-wasm-aot-aarch64 embedded'],
  );
  for (const tagged of out.extraTagged) {
    assert.ok(tagged.suffix.length > 0, 'never a portable tag');
    assert.notEqual(tagged.node.descriptor.digest, beforeDigest);
  }
  assert.equal(out.referrers.length, 1);
  assert.equal(doc(out.referrers[0]!).subject.digest, beforeDigest);
  // Every AOT manifest is a complete graph (config + layers reachable for the copy routine).
  for (const node of [...out.extraTagged.map((e) => e.node), ...out.referrers]) {
    const content = walk(node);
    assert.equal(content.at(-1), node);
    assert.ok(content.filter((c) => !isManifestNode(c)).length >= 2);
  }
});

test('buildAotImages defaults to sibling only, is deterministic, and refuses AOT built from another module', async (t) => {
  const f = await fixture(t);
  const spec = { portable: f.portable, module: f.module, results: [f.x86], timestamp: TIMESTAMP, scratch: f.scratch, compression: 'gzip' as const };
  const a = await buildAotImages(spec);
  const b = await buildAotImages(spec);
  assert.deepEqual(a.extraTagged.map((e) => e.suffix), ['-aot-x86_64']);
  assert.equal(a.referrers.length, 0);
  assert.equal(a.extraTagged[0]!.node.descriptor.digest, b.extraTagged[0]!.node.descriptor.digest);
  await assert.rejects(
    buildAotImages({ ...spec, results: [{ ...f.x86, moduleDigest: sha256('another module') }] }),
    (e) => e instanceof WasmpackError && e.code === 'AOT_MODULE_MISMATCH' && /compiled from sha256:/.test(e.message),
  );
  await assert.rejects(buildAotImages({ ...spec, results: [f.x86, f.x86] }), (e) => e instanceof WasmpackError && e.code === 'AOT_DUPLICATE_TARGET');
});

test('describeAotImage: which WAMR loads each layout; undefined for the portable image', async (t) => {
  const f = await fixture(t);
  assert.equal(describeAotImage(f.portable.manifest.bytes), undefined);
  const sibling = await siblingAotImage({ name: 'app', build: f.x86, timestamp: TIMESTAMP, compression: 'gzip', layerSink: scratchSink(join(f.dir, 's.layer')) });
  const s = describeAotImage(sibling.manifest.bytes)!;
  assert.equal(s.layout, 'sibling');
  assert.equal(s.wamrcVersion, '2.4.1');
  assert.deepEqual(s.formatVersions, [5]);
  assert.equal(s.targets[0]!.target, 'x86_64');
  assert.equal(s.targets[0]!.cpu, 'x86-64');
  assert.equal(s.wasmDigest, f.moduleDigest);
  assert.match(s.runtimes[0]!, /loads only in WAMR 2\.4\.1/);
  const embedded = await embeddedImage({ name: 'app', module: f.module, build: { ...f.arm, formatVersion: 3, wamrcVersion: '2.2.0' }, timestamp: TIMESTAMP, compression: 'gzip', layerSink: scratchSink(join(f.dir, 'e.layer')) });
  const e = describeAotImage(embedded.manifest.bytes.toString())!;
  assert.equal(e.layout, 'embedded');
  assert.match(e.runtimes[0]!, /WAMR 1\.x through 2\.2\.x/);
  const referrer = await aotReferrer({ subject: f.portable.manifest.descriptor, name: 'app', builds: [f.x86, f.arm], timestamp: TIMESTAMP });
  const r = describeAotImage(doc(referrer))!;
  assert.equal(r.layout, 'referrer');
  assert.equal(r.subject, f.portable.manifest.descriptor.digest);
  assert.deepEqual(r.targets.map((x) => [x.target, x.cpu, x.formatVersion, x.title]), [
    ['x86_64', 'x86-64', 5, 'app-x86_64.aot'],
    ['aarch64', 'generic', 5, 'app-aarch64.aot'],
  ]);
});

test('buildAotImages: sibling and embedded images keep the portable image\'s Env, Cmd and Labels', async (t) => {
  const f = await fixture(t);
  const portable = await buildCompatImage({ files: [await layerFile('/app.wasm', f.modulePath)], entrypoint: '/app.wasm', env: ['A=1'], cmd: ['--serve'], labels: { team: 'x' }, timestamp: TIMESTAMP, compression: 'gzip', layerSink: scratchSink(join(f.dir, 'env.layer')) });
  const images = await buildAotImages({ portable, module: f.module, results: [f.x86], ship: ['sibling', 'embed'], timestamp: TIMESTAMP, scratch: f.scratch, compression: 'gzip' });
  assert.equal(images.extraTagged.length, 2);
  for (const { node, layout } of images.extraTagged) {
    const config = JSON.parse((node.children[0] as Blob & { bytes: Buffer }).bytes.toString('utf8')) as { config: Record<string, unknown> };
    assert.deepEqual(config.config.Env, ['A=1'], layout);
    assert.deepEqual(config.config.Cmd, ['--serve'], layout);
    assert.deepEqual(config.config.Labels, { team: 'x' }, layout);
    assert.deepEqual(config.config.Entrypoint, [layout === 'sibling' ? '/app.aot' : '/app.wasm']);
  }
});
