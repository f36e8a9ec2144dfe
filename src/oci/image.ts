import { sha256Stream } from './digest.js';
import { jsonBlob, manifestNode, openerBlob, type Blob, type Content, type Descriptor, type ManifestNode } from './content.js';
import { writeLayer, type LayerFile, type LayerSink } from './layer.js';
import { Annotation, MediaType, type Compression } from './media-types.js';

export type ImageFormat = 'compat' | 'artifact';

export interface ImageSpec {
  /** Files of the single layer; the entrypoint must be one of them. */
  files: LayerFile[];
  /** Absolute path inside the image of the module to run ("/app.wasm"). */
  entrypoint: string;
  cmd?: string[];
  env?: string[];
  labels?: Record<string, string>;
  /** Manifest annotations (module.wasm.image/variant is added here). */
  annotations?: Record<string, string>;
  /** Seconds since the epoch: the only clock the image sees. */
  timestamp: number;
  variant?: 'compat' | 'compat-smart';
  compression: Compression;
  /** Where a compressed layer is written (unused for an uncompressed one: see writeLayer). */
  layerSink?: LayerSink;
}

export interface BuiltImage {
  manifest: ManifestNode;
  config: Blob & { bytes: Buffer };
  layers: Blob[];
}

export function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The default output: a FROM-scratch "compat" container image that crun, podman, runwasi and
 * Kubernetes read. One manifest, never an index: a node filters
 * an index by its own platform and would find no match.
 */
export async function buildCompatImage(spec: ImageSpec): Promise<BuiltImage> {
  const layer = await writeLayer(spec.files, { mtime: spec.timestamp, compression: spec.compression, ...(spec.layerSink ? { sink: spec.layerSink } : {}) });
  const created = isoTime(spec.timestamp);
  const runConfig: Record<string, unknown> = { Entrypoint: [spec.entrypoint], WorkingDir: '/' };
  if (spec.cmd?.length) runConfig.Cmd = spec.cmd;
  if (spec.env?.length) runConfig.Env = spec.env;
  if (spec.labels && Object.keys(spec.labels).length) runConfig.Labels = spec.labels;
  const config = jsonBlob(MediaType.ociConfig, {
    created,
    architecture: 'wasm',
    os: 'wasi',
    config: runConfig,
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
    history: [{ created, created_by: 'wasmpack build' }],
  });
  const annotations = { ...spec.annotations, [Annotation.variant]: spec.variant ?? 'compat' };
  const manifest = manifestNode(MediaType.ociManifest, imageManifest(config.descriptor, [layer.descriptor], annotations), [config, layer]);
  return { manifest, config, layers: [layer] };
}

export interface ArtifactSpec {
  /** The module's bytes (the layer is the module itself); its digest is computed if not given. */
  module: Content;
  /** The file name recorded as the layer title (app.wasm). */
  title: string;
  kind: 'module' | 'component';
  component?: { imports: string[]; exports: string[]; target?: string };
  annotations?: Record<string, string>;
  author?: string;
  timestamp: number;
}

/**
 * The CNCF TAG-Runtime "Wasm OCI Artifact": the module itself is the one layer.
 * https://tag-runtime.cncf.io/wgs/wasm/deliverables/wasm-oci-artifact/
 */
export async function buildWasmArtifact(spec: ArtifactSpec): Promise<BuiltImage> {
  const { digest, size } = spec.module.digest !== undefined && spec.module.size !== undefined ? { digest: spec.module.digest, size: spec.module.size } : await sha256Stream(spec.module.open());
  const layerDescriptor: Descriptor = {
    mediaType: MediaType.wasmLayer,
    digest,
    size,
    annotations: { [Annotation.title]: spec.title },
  };
  const layer = openerBlob(layerDescriptor, spec.module.open, spec.module);
  const configDoc: Record<string, unknown> = {
    created: isoTime(spec.timestamp),
    architecture: 'wasm',
    os: spec.kind === 'component' ? 'wasip2' : 'wasip1',
    layerDigests: [digest],
  };
  if (spec.author) configDoc.author = spec.author;
  if (spec.kind === 'component' && spec.component) configDoc.component = spec.component;
  const config = jsonBlob(MediaType.wasmConfig, configDoc);
  const manifest = manifestNode(MediaType.ociManifest, imageManifest(config.descriptor, [layerDescriptor], spec.annotations ?? {}), [config, layer]);
  return { manifest, config, layers: [layer] };
}

export function imageManifest(config: Descriptor, layers: Descriptor[], annotations: Record<string, string>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const doc: Record<string, unknown> = { schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers, ...extra };
  if (Object.keys(annotations).length) doc.annotations = annotations;
  return doc;
}
