import { execFile } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { tempDir } from './temp-dirs.js';

const exec = promisify(execFile);

/** Runs skopeo (an independent reader of what we wrote). */
export async function skopeo(...args: string[]): Promise<string> {
  const { stdout } = await exec('skopeo', ['--insecure-policy', ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export interface ReadImage {
  manifest: Record<string, any>;
  manifestDigest: string;
  config: Record<string, any>;
}

/** Reads an image through skopeo from any transport it knows (oci:, oci-archive:, docker://...). */
export async function readImage(transportRef: string, ...flags: string[]): Promise<ReadImage> {
  const raw = await skopeo('inspect', ...flags, '--raw', transportRef);
  const config = JSON.parse(await skopeo('inspect', ...flags, '--config', '--raw', transportRef));
  return { manifest: JSON.parse(raw), manifestDigest: `sha256:${createHash('sha256').update(raw).digest('hex')}`, config };
}

/**
 * Every compat image a test produces is checked against the Wasm OCI image shape with readers
 * that are not ours: skopeo for the documents.
 */
export function assertCompatImage(image: ReadImage, name: string): void {
  const { manifest, config } = image;
  assert.equal(manifest.schemaVersion, 2);
  assert.equal(manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.equal(manifest.config.mediaType, 'application/vnd.oci.image.config.v1+json');
  assert.equal(manifest.layers.length, 1);
  assert.match(manifest.layers[0].mediaType, /^application\/vnd\.oci\.image\.layer\.v1\.tar(\+gzip|\+zstd)?$/);
  assert.equal(manifest.annotations['module.wasm.image/variant'], 'compat');
  assert.equal(config.os, 'wasi');
  assert.equal(config.architecture, 'wasm');
  assert.deepEqual(config.config.Entrypoint, [`/${name}.wasm`]);
  assert.equal(config.config.WorkingDir, '/');
  assert.equal(config.rootfs.diff_ids.length, 1);
  assert.ok(!(config.config.Env ?? []).some((e: string) => e.startsWith('PATH=')), 'no default PATH');
}

/** Extracts an image's files from an OCI layout with umoci (which refuses os=wasi for plain unpack). */
export async function unpackLayout(layoutDir: string, tag: string): Promise<string> {
  const work = await tempDir('wasmpack-umoci-');
  // umoci takes DIR:TAG and may write to the layout: give it a copy
  await cp(layoutDir, join(work, 'image'), { recursive: true });
  const rootfs = join(work, 'rootfs');
  await exec('umoci', ['raw', 'unpack', '--rootless', '--image', `${join(work, 'image')}:${tag}`, rootfs]);
  return rootfs;
}

export async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
