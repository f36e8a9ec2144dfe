import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { WasmpackError } from '../errors.js';
import { describeAotImage, type AotImageDescription } from '../oci/aot-image.js';
import type { Blob, Descriptor, ManifestNode, Platform } from '../oci/content.js';
import { sha256 } from '../oci/digest.js';
import { Annotation, MediaType, isIndexType } from '../oci/media-types.js';
import { manifestReference, parseReference } from '../oci/reference.js';
import { readLayoutImage, readLayoutManifest } from '../targets/layout.js';
import type { RegistryAccess } from '../targets/open.js';
import { RegistryClient } from '../targets/registry/client.js';
import { parseTransport } from '../targets/transport-spec.js';
import type { Reporter } from '../report/reporter.js';
import { loadLastBuild } from './state.js';

/** Image configs are small JSON documents; anything bigger is not one we would print. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

export interface InspectRequest {
  /** A registry reference, oci:DIR[:TAG], a project directory, or undefined for the last build in `dir`. */
  image?: string;
  dir: string;
}

export interface InspectDeps {
  access: RegistryAccess;
  reporter: Reporter;
}

/** compat: OCI image runwasi/crun run; artifact: CNCF Wasm artifact; aot: a WAMR AOT image or referrer. */
export type ImageFormat = 'compat' | 'artifact' | 'aot' | 'index' | 'other';

export interface ManifestDocument {
  schemaVersion?: number;
  mediaType?: string;
  artifactType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** The AOT images recorded beside the last build (sibling/embedded tags and referrers). */
export interface AotCompanion {
  /** The layout entry (tag) or, for a referrer, undefined. */
  tag?: string;
  digest: string;
  aot?: AotImageDescription;
}

export interface InspectedImage {
  /** What was inspected, as a user would name it again. */
  reference: string;
  source: 'registry' | 'layout' | 'last-build';
  digest: string;
  mediaType: string;
  /** The manifest exactly as stored (for --raw). */
  manifestBytes: Buffer;
  manifest: ManifestDocument;
  /** The parsed config; undefined for an index or a config that is not JSON. */
  config?: unknown;
  format: ImageFormat;
  aot?: AotImageDescription;
  /** Last build only: the tags the image was built for. */
  tags?: string[];
  /** Last build only: AOT siblings and referrers. */
  companions?: AotCompanion[];
}

/** Reads an image's manifest and config from a registry, a layout or the last build, without pulling layers. */
export async function inspectImage(request: InspectRequest, deps: InspectDeps): Promise<InspectedImage> {
  if (request.image === undefined) return fromLastBuild(resolve(request.dir));
  const info = await stat(request.image).catch(() => undefined);
  if (info?.isDirectory() && !request.image.startsWith('oci:')) return fromLastBuild(resolve(request.image));
  const spec = parseTransport(request.image);
  switch (spec.transport) {
    case 'oci': {
      const node = await readLayoutImage(resolve(spec.dir), spec.tag);
      return describe(request.image, 'layout', node.bytes, node.descriptor.mediaType, await layoutConfig(node));
    }
    case 'registry':
      return fromRegistry(spec.reference, deps);
    default:
      throw new WasmpackError(
        'UNSUPPORTED_SOURCE',
        `wasmpack inspect reads registries and OCI layouts, not ${request.image}`,
        'inspect a reference (ghcr.io/acme/app:1.0), oci:DIR[:TAG], or the last build (no argument); `skopeo inspect` reads archives',
      );
  }
}

async function fromLastBuild(dir: string): Promise<InspectedImage> {
  const build = await loadLastBuild(dir);
  const node = await readLayoutImage(build.layout, build.localTag);
  if (node.descriptor.digest !== build.digest) {
    throw new WasmpackError('STALE_BUILD', `the local image ${build.localTag} changed since the last build recorded it`, 'run `wasmpack build` again');
  }
  const image = describe(`oci:${build.layout}:${build.localTag}`, 'last-build', node.bytes, node.descriptor.mediaType, await layoutConfig(node));
  image.tags = build.tags;
  const companions: AotCompanion[] = [];
  for (const extra of build.extra ?? []) {
    const sibling = await readLayoutImage(build.layout, extra.localTag);
    companions.push(companion(sibling, extra.localTag));
  }
  for (const digest of build.referrers ?? []) companions.push(companion(await readLayoutManifest(build.layout, digest)));
  if (companions.length) image.companions = companions;
  return image;
}

function companion(node: ManifestNode, tag?: string): AotCompanion {
  const aot = describeAotImage(node.bytes);
  return { ...(tag ? { tag } : {}), digest: node.descriptor.digest, ...(aot ? { aot } : {}) };
}

async function fromRegistry(text: string, deps: InspectDeps): Promise<InspectedImage> {
  const ref = parseReference(text);
  const { access } = deps;
  const client = new RegistryClient({
    registry: ref.apiHost,
    credentials: access.credentials,
    insecure: access.tlsVerify === false || (access.insecureRegistries ?? []).includes(ref.registry),
    ...(access.tlsVerify === false ? { tlsVerify: false } : {}),
    ...(access.certDir ? { certDir: access.certDir } : {}),
    ...(access.signal ? { signal: access.signal } : {}),
  });
  try {
    deps.reporter.step(`fetching ${ref.toString()}`);
    const manifest = await client.getManifest(ref.repository, manifestReference(ref));
    const doc = parseManifest(manifest.bytes, ref.toString());
    let config: Buffer | undefined;
    if (doc.config && !isIndexType(manifest.mediaType)) config = await client.getBlob(ref.repository, doc.config.digest, MAX_CONFIG_BYTES);
    deps.reporter.succeed();
    return describe(ref.toString(), 'registry', manifest.bytes, manifest.mediaType, config, manifest.digest);
  } finally {
    await client.close();
  }
}

async function layoutConfig(node: ManifestNode): Promise<Buffer | undefined> {
  if (isIndexType(node.descriptor.mediaType)) return undefined;
  const config = node.children[0] as Blob | undefined;
  if (!config) return undefined;
  if (config.descriptor.size > MAX_CONFIG_BYTES) return undefined;
  return readStream(config.open(), MAX_CONFIG_BYTES);
}

async function readStream(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new WasmpackError('CONFIG_TOO_BIG', `the image config is larger than ${limit} bytes`, 'this is not a config wasmpack can show; use `skopeo inspect --config`');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseManifest(bytes: Buffer, where: string): ManifestDocument {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as unknown;
    if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) return doc as ManifestDocument;
  } catch {
    // fall through
  }
  throw new WasmpackError('BAD_MANIFEST', `the manifest of ${where} is not a JSON object`, 'the image is corrupt or not an OCI image');
}

function describe(reference: string, source: InspectedImage['source'], manifestBytes: Buffer, mediaType: string, configBytes: Buffer | undefined, knownDigest?: string): InspectedImage {
  const manifest = parseManifest(manifestBytes, reference);
  let config: unknown;
  if (configBytes) {
    try {
      config = JSON.parse(configBytes.toString('utf8'));
    } catch {
      config = undefined;
    }
  }
  const aot = describeAotImage(manifest as Record<string, unknown>);
  const image: InspectedImage = {
    reference,
    source,
    digest: knownDigest ?? sha256(manifestBytes),
    mediaType: manifest.mediaType ?? mediaType,
    manifestBytes,
    manifest,
    format: classify(manifest, config, aot),
  };
  if (config !== undefined) image.config = config;
  if (aot) image.aot = aot;
  return image;
}

function classify(manifest: ManifestDocument, config: unknown, aot: AotImageDescription | undefined): ImageFormat {
  if (manifest.manifests || (manifest.mediaType && isIndexType(manifest.mediaType))) return 'index';
  if (aot) return 'aot';
  const configType = manifest.config?.mediaType;
  if (configType === MediaType.wasmConfig || configType === MediaType.wasmToOciConfig) return 'artifact';
  const platform = config as Partial<Platform> | undefined;
  if (manifest.annotations?.[Annotation.variant] || (platform?.architecture === 'wasm' && /^wasi/.test(platform.os ?? ''))) return 'compat';
  return 'other';
}

// --- human summary -----------------------------------------------------------------------------

const FORMAT_TEXT: Record<ImageFormat, string> = {
  compat: 'compat (OCI image: runwasi/containerd shims and crun run it)',
  artifact: 'artifact (CNCF Wasm OCI artifact: wasmtime/wkg/Spin-style tools read it)',
  aot: 'WAMR AOT (native code: only WAMR (iwasm) loads it)',
  index: 'index (a list of manifests)',
  other: 'not a Wasm image wasmpack recognises',
};

interface RunConfig {
  Entrypoint?: string[];
  Cmd?: string[];
  Env?: string[];
  WorkingDir?: string;
}

/** The lines `wasmpack inspect` prints. */
export function summaryLines(image: InspectedImage): string[] {
  const lines: string[] = [];
  const row = (label: string, value: string): void => {
    lines.push(`${`${label}:`.padEnd(14)}${value}`);
  };
  row('Image', image.reference);
  if (image.tags?.length) row('Tags', image.tags.join(', '));
  row('Digest', image.digest);
  row('Media type', image.mediaType);
  if (image.manifest.artifactType) row('Artifact type', image.manifest.artifactType);
  row('Format', FORMAT_TEXT[image.format]);

  const cfg = (image.config ?? {}) as { os?: string; architecture?: string; variant?: string; config?: RunConfig; created?: string };
  if (cfg.os || cfg.architecture) row('Platform', `${cfg.os ?? '?'}/${cfg.architecture ?? '?'}${cfg.variant ? `/${cfg.variant}` : ''}`);
  if (cfg.created) row('Created', cfg.created);
  if (cfg.config?.Entrypoint?.length) row('Entrypoint', cfg.config.Entrypoint.join(' '));
  if (cfg.config?.Cmd?.length) row('Cmd', cfg.config.Cmd.join(' '));
  if (cfg.config?.Env?.length) row('Env', cfg.config.Env.join(', '));
  if (image.manifest.config) row('Config', `${image.manifest.config.mediaType} (${formatSize(image.manifest.config.size)})`);

  const layers = image.manifest.layers ?? [];
  if (layers.length) {
    const total = layers.reduce((sum, l) => sum + l.size, 0);
    row('Layers', `${layers.length}, ${formatSize(total)} in total`);
    for (const layer of layers) {
      const title = layer.annotations?.[Annotation.title];
      lines.push(`  ${layer.digest.slice(0, 19)}  ${formatSize(layer.size).padStart(10)}  ${layer.mediaType}${title ? `  ${title}` : ''}`);
    }
  }
  for (const child of image.manifest.manifests ?? []) {
    const p = child.platform;
    lines.push(`  ${child.digest}  ${child.mediaType}${p ? `  ${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}` : ''}`);
  }
  if (image.manifest.subject) row('Subject', image.manifest.subject.digest);

  const annotations = Object.entries(image.manifest.annotations ?? {});
  if (annotations.length) {
    lines.push('Annotations:');
    for (const [key, value] of annotations.sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${key}=${value}`);
  }
  if (image.aot) lines.push(...aotLines(image.aot, '  ', 'AOT:'));
  for (const c of image.companions ?? []) {
    lines.push(`AOT image ${c.tag ?? '(referrer)'}:`);
    lines.push(`  digest ${c.digest}`);
    if (c.aot) lines.push(...aotLines(c.aot, '  '));
  }
  return lines;
}

function aotLines(aot: AotImageDescription, indent: string, heading?: string): string[] {
  const lines = heading ? [heading] : [];
  lines.push(`${indent}layout ${aot.layout}, compiled by wamrc ${aot.wamrcVersion}`);
  for (const t of aot.targets) {
    const extra = [t.cpu && `cpu ${t.cpu}`, t.formatVersion !== undefined && `AOT format ${t.formatVersion}`, t.flags && `flags ${t.flags}`].filter(Boolean).join(', ');
    lines.push(`${indent}target ${t.target}${extra ? ` (${extra})` : ''}`);
  }
  for (const runtime of aot.runtimes) lines.push(`${indent}loads in: ${runtime}`);
  if (aot.wasmDigest) lines.push(`${indent}compiled from ${aot.wasmDigest}`);
  if (aot.subject) lines.push(`${indent}for image ${aot.subject}`);
  return lines;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The --json document: one object, the manifest and config as parsed JSON. */
export function inspectDocument(image: InspectedImage): Record<string, unknown> {
  return {
    reference: image.reference,
    digest: image.digest,
    mediaType: image.mediaType,
    format: image.format,
    manifest: image.manifest,
    config: image.config ?? null,
    ...(image.aot ? { aot: image.aot } : {}),
    ...(image.tags ? { tags: image.tags } : {}),
    ...(image.companions ? { aotImages: image.companions } : {}),
  };
}
