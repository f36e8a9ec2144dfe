import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { WasmpackError } from '../errors.js';
import { signatureTag, SigningMediaType } from '../supply-chain/sign/formats.js';
import { collect } from '../streams.js';
import { describeAotImage, type AotImageDescription } from '../oci/aot-image.js';
import { isManifestNode, type Blob, type Descriptor, type ManifestNode, type Platform } from '../oci/content.js';
import { sha256 } from '../oci/digest.js';
import { Annotation, MediaType, isIndexType } from '../oci/media-types.js';
import { openSource, type RegistryAccess } from '../targets/connect.js';
import type { Source } from '../targets/source.js';
import { parseTransport } from '../targets/transport-spec.js';
import type { Reporter } from '../report/reporter.js';
import { openLastBuild } from './last-build.js';
import { summarizeReferrer, type ReferrerSummary } from '../supply-chain/referrers.js';

export type { AotImageDescription };
export { referrerLabel, type ReferrerSummary } from '../supply-chain/referrers.js';

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
export type ImageKind = 'compat' | 'artifact' | 'aot' | 'index' | 'other';

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
  format: ImageKind;
  aot?: AotImageDescription;
  /** Last build only: the tags the image was built for. */
  tags?: string[];
  /** Last build only: AOT siblings and referrers. */
  companions?: AotCompanion[];
  /** Manifests whose subject is this image (SBOMs, signatures, attestations, AOT code): from the layout, or the registry's referrers (its sha256-<hex> fallback tag); listed, not verified. */
  referrers?: ReferrerSummary[];
  /** Registry images: simple-signing signatures under the sha256-<hex>.sig tag, unverified (`verify` checks them). */
  signatures?: number;
}

/** Reads an image's manifest and config from any source (a registry, a layout, an archive) or the last build, without reading layers. */
export async function inspectImage(request: InspectRequest, deps: InspectDeps): Promise<InspectedImage> {
  if (request.image === undefined) return fromLastBuild(resolve(request.dir));
  const info = await stat(request.image).catch(() => undefined);
  if (info?.isDirectory() && !request.image.startsWith('oci:')) return fromLastBuild(resolve(request.image));
  const spec = parseTransport(request.image);
  const source = openSource(spec, deps.access);
  try {
    const remote = spec.transport === 'registry';
    if (remote) deps.reporter.step(`fetching ${spec.reference.toString()}`);
    const node = await source.resolve();
    const config = await configOf(node);
    if (remote) deps.reporter.succeed();
    const image = describe(remote ? spec.reference.toString() : request.image, remote ? 'registry' : 'layout', node.bytes, node.descriptor.mediaType, config, node.descriptor.digest);
    return isIndexType(node.descriptor.mediaType) ? image : await withAttachments(image, source, node.descriptor.digest);
  } finally {
    await source.close();
  }
}

async function fromLastBuild(dir: string): Promise<InspectedImage> {
  const build = await openLastBuild(dir);
  const node = build.graph.image;
  const image = describe(`oci:${build.layout}:${build.ref}`, 'last-build', node.bytes, node.descriptor.mediaType, await configOf(node));
  image.tags = build.tags.map(String);
  const companions: AotCompanion[] = [
    ...build.graph.companions.map((c) => companion(c.image, `${build.ref}${c.suffix}`)),
    ...build.graph.referrers.filter((r) => describeAotImage(r.bytes)).map((r) => companion(r)),
  ];
  if (companions.length) image.companions = companions;
  return withReferrers(image, build.graph.referrers.filter((r) => !describeAotImage(r.bytes)));
}

function withReferrers(image: InspectedImage, nodes: readonly ManifestNode[]): InspectedImage {
  const referrers = nodes.map((n) => summarizeReferrer({ digest: n.descriptor.digest, ...(JSON.parse(n.bytes.toString('utf8')) as ManifestDocument) }));
  return referrers.length ? { ...image, referrers } : image;
}

/**
 * What is stored beside an image in its source: referrers (a registry's sha256-<hex> fallback
 * index, a layout's untagged entries) as their manifests describe themselves, and the
 * simple-signing signatures under the sha256-<hex>.sig tag. Listed, not verified.
 */
async function withAttachments(image: InspectedImage, source: Source, digest: string): Promise<InspectedImage> {
  const listed = withReferrers(image, await source.referrers(digest));
  const signatures = await source.resolve(signatureTag(digest)).then(
    (sig) => ((JSON.parse(sig.bytes.toString('utf8')) as { layers?: Descriptor[] }).layers ?? []).filter((l) => l.mediaType === SigningMediaType.simpleSigning).length,
    () => 0,
  );
  return signatures ? { ...listed, signatures } : listed;
}

function companion(node: ManifestNode, tag?: string): AotCompanion {
  const aot = describeAotImage(node.bytes);
  return { ...(tag ? { tag } : {}), digest: node.descriptor.digest, ...(aot ? { aot } : {}) };
}

/** The config's bytes (an index has none), read through the source's checked opener. */
async function configOf(node: ManifestNode): Promise<Buffer | undefined> {
  if (isIndexType(node.descriptor.mediaType) || node.children.some(isManifestNode)) return undefined;
  const config = node.children[0] as Blob | undefined;
  if (!config) return undefined;
  if (config.descriptor.size > MAX_CONFIG_BYTES) return undefined;
  return readStream(config.open(), MAX_CONFIG_BYTES);
}

function readStream(stream: Readable, limit: number): Promise<Buffer> {
  return collect(stream, {
    limit,
    tooLarge: (max) => new WasmpackError('CONFIG_TOO_BIG', `the image config is larger than ${max} bytes`, 'this is not a config wasmpack can show; use `skopeo inspect --config`'),
  });
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

function classify(manifest: ManifestDocument, config: unknown, aot: AotImageDescription | undefined): ImageKind {
  if (manifest.manifests || (manifest.mediaType && isIndexType(manifest.mediaType))) return 'index';
  if (aot) return 'aot';
  const configType = manifest.config?.mediaType;
  if (configType === MediaType.wasmConfig || configType === MediaType.wasmToOciConfig) return 'artifact';
  const platform = config as Partial<Platform> | undefined;
  if (manifest.annotations?.[Annotation.variant] || (platform?.architecture === 'wasm' && /^wasi/.test(platform.os ?? ''))) return 'compat';
  return 'other';
}

/** The file name a layer carries (the CNCF artifact's module), if any. */
export function layerTitle(layer: Descriptor): string | undefined {
  return layer.annotations?.[Annotation.title];
}
