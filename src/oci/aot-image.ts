import { WasmpackError } from '../errors.js';
import { bytesBlob, manifestNode, openerBlob, type Descriptor, type ManifestNode, type Opener } from './content.js';
import { digestHex } from './digest.js';
import { buildCompatImage, imageManifest, isoTime, type BuiltImage } from './image.js';
import type { LayerSink } from './layer.js';
import { Annotation, MediaType, type Compression } from './media-types.js';
import { tagWithSuffix } from './reference.js';
import { compatibleRuntimes } from './aot-formats.js';

export { WAMR_AOT_FORMATS, aotFormatSummary, compatibleRuntimes, formatForWamrVersion, type RuntimeCompatibility } from './aot-formats.js';

/*
 * How a WAMR ahead-of-time build ships next to the portable image. The rule everything here follows: the portable tag is always the portable .wasm
 * image, byte for byte the same with or without --aot, because only WAMR can run an .aot and
 * runwasi, wasmtime, wasmedge and wasmer would fail on one. A WAMR user finds the AOT build
 * from the portable tag in three ways, chosen with --aot-ship:
 *
 *  - sibling:  <tag>-aot-<arch>, a compat image whose entrypoint is /<name>.aot
 *  - embed:    <tag>-wasm-aot-<arch>, a compat image with /<name>.wasm (entrypoint) and /<name>.aot
 *  - referrer: an OCI 1.1 artifact whose subject is the portable manifest, one layer per arch
 *              (found with the referrers API, or the sha256-<hex> fallback tag)
 *
 * Every AOT manifest carries the annotations below, so `wasmpack inspect` (and anyone with
 * skopeo) can tell which WAMR release loads it and which module it was compiled from.
 */

export const AotAnnotation = {
  wamrcVersion: 'dev.wasmpack.aot.wamrc-version',
  formatVersion: 'dev.wasmpack.aot.format-version',
  target: 'dev.wasmpack.aot.target',
  cpu: 'dev.wasmpack.aot.cpu',
  flags: 'dev.wasmpack.aot.flags',
  /** The .wasm the AOT code was compiled from: AOT is trusted native code, so say where it came from. */
  wasmDigest: Annotation.wasmDigest,
  /** sibling | embedded | referrer */
  layout: 'dev.wasmpack.aot.layout',
  /** Where the .aot is inside the image (sibling, embedded). */
  path: 'dev.wasmpack.aot.path',
  /** Human text: the WAMR releases whose loader accepts this format version. */
  runtimes: 'dev.wasmpack.aot.runtimes',
} as const;

export type AotLayout = 'sibling' | 'embedded' | 'referrer';
export type AotShip = 'sibling' | 'embed' | 'referrer';

/** What an image needs to know about one compiled .aot (src/toolchains/wamrc.ts AotResult satisfies it). */
export interface AotBuild {
  /** The .aot's bytes, with their digest and size (wamrc.ts hashes each output once). */
  open: Opener;
  digest: string;
  size: number;
  /** Friendly architecture name used in tags: x86_64, aarch64, ... */
  target: string;
  cpu: string;
  /** The wamrc flags that shaped the code (no paths). */
  flags: string[];
  wamrcVersion: string;
  /** From the .aot header, not from the wamrc version. */
  formatVersion: number;
  /** sha256 of the .wasm it was compiled from. */
  moduleDigest: string;
}

// --- tags ---------------------------------------------------------------------------------------

/** What the sibling and embedded images add to every portable tag. */
export const aotSuffix = (arch: string): string => `-aot-${arch}`;
export const embeddedSuffix = (arch: string): string => `-wasm-aot-${arch}`;

/** The sibling tag of an architecture: aotTag('1.0', 'x86_64') = '1.0-aot-x86_64'. */
export function aotTag(tag: string, arch: string): string {
  return tagWithSuffix(tag, aotSuffix(arch), 'AOT_BAD_TAG');
}

/** The tag of the image holding both the .wasm and the .aot: '1.0-wasm-aot-x86_64'. */
export function embeddedTag(tag: string, arch: string): string {
  return tagWithSuffix(tag, embeddedSuffix(arch), 'AOT_BAD_TAG');
}

/**
 * The tag a registry without the referrers API uses to list referrers of `digest`.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#referrers-tag-schema
 */
export function referrersFallbackTag(digest: string): string {
  return `sha256-${digestHex(digest)}`;
}

// --- annotations --------------------------------------------------------------------------------

export function aotAnnotations(build: AotBuild, layout: AotLayout): Record<string, string> {
  return {
    [AotAnnotation.wamrcVersion]: build.wamrcVersion,
    [AotAnnotation.formatVersion]: String(build.formatVersion),
    [AotAnnotation.target]: build.target,
    [AotAnnotation.cpu]: build.cpu,
    [AotAnnotation.flags]: build.flags.join(' '),
    [AotAnnotation.wasmDigest]: build.moduleDigest,
    [AotAnnotation.layout]: layout,
    [AotAnnotation.runtimes]: compatibleRuntimes(build.formatVersion).text,
  };
}

/** Inherited annotations minus the ones each image sets itself. */
function inherited(annotations: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(annotations ?? {})) {
    if (key === Annotation.variant || key.startsWith('dev.wasmpack.aot.')) continue;
    out[key] = value;
  }
  return out;
}

// --- the three layouts --------------------------------------------------------------------------

export interface SiblingSpec {
  /** Module name: the file is /<name>.aot. */
  name: string;
  build: AotBuild;
  timestamp: number;
  compression: Compression;
  /** Where the compressed layer goes (the caller's scratch file). */
  layerSink?: LayerSink;
  /** Project annotations to repeat (org.opencontainers.image.*). */
  annotations?: Record<string, string>;
  /** The portable image's Env, Cmd and Labels: an AOT image runs like the image it was compiled from. */
  run?: RunSettings;
}

export interface RunSettings {
  env?: string[];
  cmd?: string[];
  labels?: Record<string, string>;
}

/** Env, Cmd and Labels of a built image's config. */
export function runSettingsOf(config: Buffer): RunSettings {
  const doc = JSON.parse(config.toString('utf8')) as { config?: { Env?: string[]; Cmd?: string[]; Labels?: Record<string, string> } };
  const c = doc.config ?? {};
  return { ...(c.Env?.length ? { env: c.Env } : {}), ...(c.Cmd?.length ? { cmd: c.Cmd } : {}), ...(c.Labels && Object.keys(c.Labels).length ? { labels: c.Labels } : {}) };
}

/**
 * A compat image whose entrypoint is /<name>.aot. The platform stays wasi/wasm, which is only
 * acceptable because of who can reach it: crun's wamr handler hands the file to WAMR's
 * wasm_runtime_load, which picks the interpreter or the AOT loader by the magic bytes, so crun
 * (with WAMR) runs it. Every other wasm runtime would take the same platform and fail on the
 * \0aot magic (runwasi checks for \0asm), and the .aot is native code for one CPU architecture
 * that the platform cannot express. That is why it never sits under the portable tag: its own
 * tag says -aot-<arch>, so only someone who asked for WAMR AOT on that architecture pulls it.
 * The variant is "compat", never "compat-smart": crun's smart mode wants args[0] to end in .wasm.
 */
export async function siblingAotImage(spec: SiblingSpec): Promise<BuiltImage> {
  const path = `/${spec.name}.aot`;
  return buildCompatImage({
    files: [{ path, size: spec.build.size, open: spec.build.open }],
    entrypoint: path,
    ...spec.run,
    annotations: { ...inherited(spec.annotations), ...aotAnnotations(spec.build, 'sibling'), [AotAnnotation.path]: path },
    timestamp: spec.timestamp,
    variant: 'compat',
    compression: spec.compression,
    ...(spec.layerSink ? { layerSink: spec.layerSink } : {}),
  });
}

export interface EmbeddedSpec extends SiblingSpec {
  /** The portable .wasm: /<name>.wasm, the entrypoint. */
  module: { open: Opener; size: number };
}

/**
 * One image with /<name>.wasm as the entrypoint (so every wasm runtime still runs it) and
 * /<name>.aot beside it for WAMR users, who override the entrypoint (iwasm /<name>.aot).
 */
export async function embeddedImage(spec: EmbeddedSpec): Promise<BuiltImage> {
  const wasmPath = `/${spec.name}.wasm`;
  const aotPath = `/${spec.name}.aot`;
  return buildCompatImage({
    files: [
      { path: wasmPath, size: spec.module.size, open: spec.module.open },
      { path: aotPath, size: spec.build.size, open: spec.build.open },
    ],
    entrypoint: wasmPath,
    ...spec.run,
    annotations: { ...inherited(spec.annotations), ...aotAnnotations(spec.build, 'embedded'), [AotAnnotation.path]: aotPath },
    timestamp: spec.timestamp,
    variant: 'compat',
    compression: spec.compression,
    ...(spec.layerSink ? { layerSink: spec.layerSink } : {}),
  });
}

export interface ReferrerSpec {
  /** The portable manifest: the referrer's subject. */
  subject: Descriptor;
  name: string;
  builds: AotBuild[];
  timestamp: number;
  annotations?: Record<string, string>;
}

// https://github.com/opencontainers/image-spec/blob/main/manifest.md#guidance-for-an-empty-descriptor
export function emptyConfigBlob() {
  return bytesBlob(MediaType.ociEmpty, Buffer.from('{}'));
}

/**
 * An OCI 1.1 artifact manifest that points at the portable manifest (subject) and carries one
 * .aot layer per architecture. Runtimes never pull it by tag; WAMR-aware tooling lists the
 * referrers of the portable digest and picks the layer for its architecture.
 * https://github.com/opencontainers/image-spec/blob/main/manifest.md (artifactType, subject)
 */
export async function aotReferrer(spec: ReferrerSpec): Promise<ManifestNode> {
  if (spec.builds.length === 0) throw new WasmpackError('AOT_NOTHING_TO_SHIP', 'an AOT referrer needs at least one compiled .aot', 'pass --aot-target');
  const config = emptyConfigBlob();
  const layers = await Promise.all(
    spec.builds.map(async (build) => {
      const annotations: Record<string, string> = {
        [Annotation.title]: `${spec.name}-${build.target}.aot`,
        [AotAnnotation.target]: build.target,
        [AotAnnotation.cpu]: build.cpu,
        [AotAnnotation.flags]: build.flags.join(' '),
        [AotAnnotation.formatVersion]: String(build.formatVersion),
      };
      return openerBlob({ mediaType: MediaType.wamrAot, digest: build.digest, size: build.size, annotations }, build.open);
    }),
  );
  const joined = (pick: (b: AotBuild) => string, sep = ','): string => [...new Set(spec.builds.map(pick))].join(sep);
  const formats = [...new Set(spec.builds.map((b) => b.formatVersion))];
  const annotations: Record<string, string> = {
    ...inherited(spec.annotations),
    [Annotation.created]: isoTime(spec.timestamp),
    [AotAnnotation.wamrcVersion]: joined((b) => b.wamrcVersion),
    [AotAnnotation.formatVersion]: formats.join(','),
    [AotAnnotation.target]: joined((b) => b.target),
    [AotAnnotation.cpu]: joined((b) => `${b.target}=${b.cpu}`),
    [AotAnnotation.flags]: joined((b) => `${b.target}: ${b.flags.join(' ')}`, '; '),
    [AotAnnotation.wasmDigest]: joined((b) => b.moduleDigest),
    [AotAnnotation.layout]: 'referrer',
    [AotAnnotation.runtimes]: formats.map((f) => compatibleRuntimes(f).text).join('; '),
  };
  const subject: Descriptor = { mediaType: spec.subject.mediaType, digest: spec.subject.digest, size: spec.subject.size };
  const document = imageManifest(
    config.descriptor,
    layers.map((l) => l.descriptor),
    annotations,
    { artifactType: MediaType.wamrAot, subject },
  );
  return manifestNode(MediaType.ociManifest, document, [config, ...layers]);
}

// --- one call for the pipeline ------------------------------------------------------------------

export interface AotImagesSpec {
  /** The portable image: only its manifest descriptor is used (as the referrer subject). */
  portable: BuiltImage;
  /** The portable module: its bytes (for embed), digest and name (/<name>.wasm, /<name>.aot). */
  module: { open: Opener; size: number; digest: string; name: string };
  results: AotBuild[];
  /** Default: ['sibling']. */
  ship?: AotShip[];
  timestamp: number;
  /** A scratch sink per layer (named so two layers never share one). */
  scratch: (name: string) => LayerSink;
  compression: Compression;
  annotations?: Record<string, string>;
}

export interface AotTagged {
  /** What this image's tags add to each portable tag (withTagSuffix): every destination gets it. */
  suffix: string;
  node: ManifestNode;
  layout: AotLayout;
  target: string;
}

export interface AotImages {
  /** Manifests to push under their own tags (never a portable tag). */
  extraTagged: AotTagged[];
  /** Manifests to push by digest (their subject is the portable manifest). */
  referrers: ManifestNode[];
}

/** Builds every AOT manifest the ship options ask for. The portable image is not touched. */
export async function buildAotImages(spec: AotImagesSpec): Promise<AotImages> {
  const ship = spec.ship?.length ? [...new Set(spec.ship)] : (['sibling'] as AotShip[]);
  const moduleDigest = spec.module.digest;
  for (const result of spec.results) {
    // AOT code is trusted native code: refuse to ship one compiled from another module.
    if (result.moduleDigest !== moduleDigest) {
      throw new WasmpackError(
        'AOT_MODULE_MISMATCH',
        `the AOT build for ${result.target} was compiled from ${result.moduleDigest}, but the portable module is ${moduleDigest}`,
        'rebuild with --aot so the AOT code is compiled from the module being published',
      );
    }
  }
  const seen = new Set<string>();
  for (const result of spec.results) {
    if (seen.has(result.target)) throw new WasmpackError('AOT_DUPLICATE_TARGET', `two AOT builds for ${result.target}`, 'list each --aot-target once');
    seen.add(result.target);
  }
  const extraTagged: AotTagged[] = [];
  const referrers: ManifestNode[] = [];
  for (const result of spec.results) {
    const common = { name: spec.module.name, build: result, timestamp: spec.timestamp, compression: spec.compression, annotations: spec.annotations, run: runSettingsOf(spec.portable.config.bytes) };
    if (ship.includes('sibling')) {
      const image = await siblingAotImage({ ...common, layerSink: spec.scratch(`aot-sibling-${result.target}.layer`) });
      extraTagged.push({ suffix: aotSuffix(result.target), node: image.manifest, layout: 'sibling', target: result.target });
    }
    if (ship.includes('embed')) {
      const image = await embeddedImage({ ...common, module: spec.module, layerSink: spec.scratch(`aot-embedded-${result.target}.layer`) });
      extraTagged.push({ suffix: embeddedSuffix(result.target), node: image.manifest, layout: 'embedded', target: result.target });
    }
  }
  if (ship.includes('referrer') && spec.results.length > 0) {
    referrers.push(await aotReferrer({ subject: spec.portable.manifest.descriptor, name: spec.module.name, builds: spec.results, timestamp: spec.timestamp, annotations: spec.annotations }));
  }
  return { extraTagged, referrers };
}

// --- reading it back (wasmpack inspect) ---------------------------------------------------------

export interface AotImageDescription {
  layout: AotLayout;
  wamrcVersion: string;
  formatVersions: number[];
  targets: Array<{ target: string; cpu?: string; formatVersion?: number; flags?: string; title?: string }>;
  wasmDigest?: string;
  /** The portable manifest a referrer belongs to. */
  subject?: string;
  /** One line per format version: which WAMR loads it. */
  runtimes: string[];
}

/** Describes an AOT manifest (any of the three layouts); undefined when it is not one. */
export function describeAotImage(manifest: string | Buffer | Record<string, unknown>): AotImageDescription | undefined {
  const doc = (typeof manifest === 'string' || Buffer.isBuffer(manifest) ? JSON.parse(manifest.toString()) : manifest) as {
    artifactType?: string;
    annotations?: Record<string, string>;
    layers?: Descriptor[];
    subject?: Descriptor;
  };
  const annotations = doc.annotations ?? {};
  const isReferrer = doc.artifactType === MediaType.wamrAot;
  if (!isReferrer && annotations[AotAnnotation.formatVersion] === undefined) return undefined;
  const formatVersions = (annotations[AotAnnotation.formatVersion] ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n));
  const targets = isReferrer
    ? (doc.layers ?? [])
        .filter((l) => l.mediaType === MediaType.wamrAot)
        .map((l) => {
          const a = l.annotations ?? {};
          const format = a[AotAnnotation.formatVersion];
          return { target: a[AotAnnotation.target] ?? 'unknown', cpu: a[AotAnnotation.cpu], flags: a[AotAnnotation.flags], formatVersion: format === undefined ? undefined : Number(format), title: a[Annotation.title] };
        })
    : [{ target: annotations[AotAnnotation.target] ?? 'unknown', cpu: annotations[AotAnnotation.cpu], flags: annotations[AotAnnotation.flags], formatVersion: formatVersions[0] }];
  const allFormats = [...new Set([...formatVersions, ...targets.map((t) => t.formatVersion).filter((f): f is number => f !== undefined)])];
  const layoutText = annotations[AotAnnotation.layout];
  const layout: AotLayout = isReferrer ? 'referrer' : layoutText === 'embedded' ? 'embedded' : 'sibling';
  const description: AotImageDescription = {
    layout,
    wamrcVersion: annotations[AotAnnotation.wamrcVersion] ?? 'unknown',
    formatVersions: allFormats,
    targets,
    runtimes: allFormats.length ? allFormats.map((f) => compatibleRuntimes(f).text) : ['AOT format not recorded: cannot tell which WAMR loads it'],
  };
  if (annotations[AotAnnotation.wasmDigest]) description.wasmDigest = annotations[AotAnnotation.wasmDigest];
  if (doc.subject?.digest) description.subject = doc.subject.digest;
  return description;
}
