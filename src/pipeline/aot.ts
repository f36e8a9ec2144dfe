import { compileAot as runWamrc, findWamrc, wamrcVersion, type AotResult } from '../toolchains/wamrc.js';
import type { Runner } from '../process/exec.js';
import type { AotConfig } from '../config/config.js';
import { buildAotImages, type AotImages, type AotShip } from '../oci/aot-image.js';
import type { BuiltImage } from '../oci/image.js';
import type { LayerSink } from '../oci/layer.js';
import type { Compression } from '../oci/media-types.js';
import type { Reporter } from '../report/reporter.js';
import { fileOpener } from '../targets/files.js';
import type { PackagedModule } from './module-bytes.js';

/*
 * WAMR ahead-of-time builds in the two halves of a build: wamrc is part of compile (a toolchain
 * turning the packaged module into .aot files), the AOT images part of assemble (the portable
 * image is never changed; see src/oci/aot-image.ts).
 */

export interface AotCompileRequest extends AotConfig {
  module: PackagedModule;
  name: string;
  workDir: string;
}

/** wamrc for each requested architecture, every header checked. */
export async function compileAot(request: AotCompileRequest, deps: { runner: Runner; reporter: Reporter; env: NodeJS.ProcessEnv; signal?: AbortSignal }): Promise<AotResult[]> {
  const wamrc = await findWamrc({ ...(request.wamrc ? { explicit: request.wamrc } : {}), env: deps.env });
  const version = await wamrcVersion(deps.runner, wamrc, { env: deps.env });
  deps.reporter.step(`AOT-compiling ${request.name}.wasm with wamrc ${version.version} for ${request.targets?.join(', ') || 'this machine'}`);
  // wamrc reads a file: the packaged module is written out for it once, hashed on the way, and
  // that digest is the one every AOT image records (no second read).
  const stored = await request.module.stored();
  const results = await runWamrc({
    runner: deps.runner,
    wamrc,
    module: stored.location,
    moduleDigest: stored.digest,
    name: request.name,
    targets: request.targets ?? [],
    workDir: request.workDir,
    version,
    env: deps.env,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(request.cpu ? { cpu: request.cpu } : {}),
    ...(request.cpuFeatures ? { cpuFeatures: request.cpuFeatures } : {}),
    ...(request.optLevel !== undefined ? { optLevel: request.optLevel } : {}),
    ...(request.sizeLevel !== undefined ? { sizeLevel: request.sizeLevel } : {}),
    ...(request.boundsChecks !== undefined ? { boundsChecks: request.boundsChecks } : {}),
    ...(request.flags ? { extraFlags: request.flags } : {}),
  });
  for (const r of results) {
    deps.reporter.info(`${r.target}: ${r.size} bytes, AOT format ${r.formatVersion}, cpu ${r.cpu}; loads on ${r.runtimes}${r.note ? ` (${r.note})` : ''}`);
  }
  return results;
}

export interface AotImagesRequest {
  results: AotResult[];
  ship?: AotConfig['ship'];
  module: PackagedModule;
  name: string;
  portable: BuiltImage;
  timestamp: number;
  compression: Compression;
  annotations: Record<string, string>;
  scratch: (name: string) => LayerSink;
}

/** The AOT images the ship options ask for, beside the portable image. */
export async function aotImages(request: AotImagesRequest): Promise<AotImages> {
  return buildAotImages({
    portable: request.portable,
    module: { ...(await request.module.stored()), name: request.name },
    results: request.results.map((r) => ({ ...r, open: fileOpener(r.path) })),
    ship: (request.ship ?? ['sibling']) as AotShip[],
    timestamp: request.timestamp,
    scratch: request.scratch,
    compression: request.compression,
    annotations: request.annotations,
  });
}
