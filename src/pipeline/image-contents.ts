import { basename } from 'node:path';
import { WasmpackError } from '../errors.js';
import { AotAnnotation } from '../oci/aot-image.js';
import type { Blob, Descriptor } from '../oci/content.js';
import { shortDigest } from '../oci/digest.js';
import { Annotation, MediaType } from '../oci/media-types.js';
import { applyLayers, isLayerMediaType, unpackLayer, DEFAULT_TAR_LIMITS, type TarFile, type TarLimits } from '../oci/tar-reader.js';
import { parseManifestJson } from '../targets/source.js';
import { hostAotTarget } from '../toolchains/wamrc.js';
import type { PulledImage } from './pull.js';

/*
 * What is inside a pulled image, as a container engine reads it: the run configuration from the
 * config, the files from the layers (unpacked by the refusing tar reader, each checked against
 * its diff_id, applied bottom to top) and the file to start. Also the two artifact shapes: the
 * CNCF Wasm artifact (the module is the layer) and the AOT referrer (one .aot per architecture).
 */

/** The run configuration a container engine reads from the image config. */
export interface RunConfig {
  Entrypoint?: string[];
  Cmd?: string[];
  Env?: string[];
  WorkingDir?: string;
}

export interface ImageContents {
  reference: string;
  digest: string;
  annotations: Record<string, string>;
  config: RunConfig;
  /** Every file of the image, after applying its layers in order. */
  files: Map<string, TarFile>;
  /** What a runtime starts: Entrypoint[0] (else Cmd[0]); for an artifact, its module. */
  entrypoint: { path: string; file: TarFile };
  /** The WAMR AOT file the image carries (sibling: the entrypoint itself; embedded: beside it). */
  aot?: { path: string; file: TarFile };
  kind: 'compat' | 'artifact' | 'aot-referrer';
}

export const WASM_LAYERS: ReadonlySet<string> = new Set<string>([MediaType.wasmLayer, MediaType.wasmComponentLayer, MediaType.wasmToOciLayer]);

/** Unpacks the image's layers (refusing unsafe entries, checking diff_ids) and finds its entrypoint. */
export async function readContents(pulled: PulledImage, limits: TarLimits = DEFAULT_TAR_LIMITS): Promise<ImageContents> {
  const { image, reference } = pulled;
  const manifest = parseManifestJson(image.bytes, reference) as { annotations?: Record<string, string>; artifactType?: string; layers?: Descriptor[] };
  const annotations = manifest.annotations ?? {};
  const [configBlob, ...layerBlobs] = image.children as Array<Blob & { bytes: Buffer }>;
  const base = { reference, digest: image.descriptor.digest, annotations };

  if (manifest.artifactType === MediaType.wamrAot) {
    // An AOT referrer: one .aot per architecture; this machine's is the one to use.
    const arch = hostAotTarget().name;
    const layer = layerBlobs.find((l) => l.descriptor.annotations?.[AotAnnotation.target] === arch);
    if (!layer) throw new WasmpackError('NO_ENTRYPOINT', `${reference} has no .aot for ${arch}`, `it has: ${layerBlobs.map((l) => l.descriptor.annotations?.[AotAnnotation.target]).join(', ') || 'none'}`);
    const path = layer.descriptor.annotations?.[Annotation.title] ?? `${arch}.aot`;
    const file = { path: safeName(path, reference), mode: 0o755, bytes: layer.bytes };
    return { ...base, config: {}, files: new Map([[file.path, file]]), entrypoint: { path: `/${file.path}`, file }, aot: { path: `/${file.path}`, file }, kind: 'aot-referrer' };
  }

  const configType = configBlob?.descriptor.mediaType;
  if (configType === MediaType.ociConfig || configType === MediaType.dockerConfig) {
    const config = parseManifestJson(configBlob!.bytes, `the config of ${reference}`) as { config?: RunConfig; rootfs?: { diff_ids?: string[] } };
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== layerBlobs.length) throw new WasmpackError('DIFF_ID_MISMATCH', `${reference}: the config lists ${diffIds.length} diff_ids for ${layerBlobs.length} layers`, 'the image is inconsistent; do not run it');
    const layers = [];
    for (const [i, layer] of layerBlobs.entries()) {
      const what = `layer ${shortDigest(layer.descriptor.digest)} of ${reference}`;
      if (!isLayerMediaType(layer.descriptor.mediaType)) throw new WasmpackError('LAYER_UNSUPPORTED', `${what} has media type ${layer.descriptor.mediaType}, which is not a tar layer`, 'wasmpack unpacks tar, tar+gzip and tar+zstd layers');
      const unpacked = await unpackLayer(layer.bytes, layer.descriptor.mediaType, what, limits);
      if (unpacked.diffId !== diffIds[i]) {
        throw new WasmpackError('DIFF_ID_MISMATCH', `${what} uncompresses to ${unpacked.diffId}, but the config's diff_id is ${diffIds[i]}`, 'the image is inconsistent; do not run it');
      }
      layers.push(unpacked);
    }
    const files = applyLayers(layers);
    const run = config.config ?? {};
    const program = run.Entrypoint?.[0] ?? run.Cmd?.[0];
    if (!program) throw new WasmpackError('NO_ENTRYPOINT', `${reference} has neither an Entrypoint nor a Cmd`, 'build it with wasmpack, or give the module: wasmpack run FILE.wasm');
    const entrypoint = findFile(files, program, run.WorkingDir, reference);
    const aotPath = annotations[AotAnnotation.path];
    const aot = aotPath ? findFile(files, aotPath, '/', reference) : undefined;
    return { ...base, config: run, files, entrypoint, ...(aot ? { aot } : {}), kind: 'compat' };
  }

  // The CNCF Wasm artifact: the module is the layer itself.
  const modules = layerBlobs.filter((l) => WASM_LAYERS.has(l.descriptor.mediaType));
  if (modules.length !== 1) {
    throw new WasmpackError('NO_ENTRYPOINT', `${reference} is neither a container image nor a Wasm artifact with one module (config ${configType ?? 'none'})`, 'wasmpack runs compat images and CNCF Wasm artifacts');
  }
  const layer = modules[0]!;
  const name = safeName(layer.descriptor.annotations?.[Annotation.title] ?? 'module.wasm', reference);
  const file = { path: name, mode: 0o755, bytes: layer.bytes };
  return { ...base, config: {}, files: new Map([[name, file]]), entrypoint: { path: `/${name}`, file }, kind: 'artifact' };
}

export function safeName(title: string, where: string): string {
  const name = basename(title);
  if (!name || name === '.' || name === '..') throw new WasmpackError('LAYER_UNSAFE_PATH', `${where}: the layer title "${title}" is not a file name`, 'the image is malformed; do not run it');
  return name;
}

/** The image-relative path ("app.wasm") of a program named in the config, as a runtime resolves it. */
export function entrypointKey(program: string, workingDir: string | undefined): string {
  const absolute = program.startsWith('/') ? program : `${(workingDir ?? '/').replace(/\/*$/, '')}/${program}`;
  return absolute.split('/').filter((s) => s && s !== '.').join('/');
}

function findFile(files: Map<string, TarFile>, program: string, workingDir: string | undefined, where: string): { path: string; file: TarFile } {
  const key = entrypointKey(program, workingDir);
  const file = files.get(key);
  if (!file) throw new WasmpackError('NO_ENTRYPOINT', `${where}: the entrypoint ${program} is not a file in the image`, `the image holds: ${[...files.keys()].slice(0, 10).join(', ') || 'no files'}`);
  return { path: `/${key}`, file };
}

