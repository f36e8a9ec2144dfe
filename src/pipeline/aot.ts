import { compileAot, findWamrc, wamrcVersion, type AotResult } from '../toolchains/wamrc.js';
import type { Runner } from '../process/exec.js';
import type { AotConfig } from '../config/config.js';
import { buildAotImages, type AotImages, type AotShip } from '../oci/aot-image.js';
import type { BuiltImage } from '../oci/image.js';
import type { Compression } from '../oci/media-types.js';
import type { Reporter } from '../report/reporter.js';
import { fileOpener, scratchSink } from '../targets/files.js';
import { join } from 'node:path';
import type { PackagedModule } from './module-bytes.js';

export interface AotRequest extends AotConfig {
  module: PackagedModule;
  name: string;
  portable: BuiltImage;
  /** The portable image's local tags: AOT tags are derived from each. */
  tags: string[];
  timestamp: number;
  compression: Compression;
  annotations: Record<string, string>;
  workDir: string;
}

export interface AotOutcome {
  results: AotResult[];
  images: AotImages;
}

/**
 * wamrc for each requested architecture, every header checked, then the AOT images the ship
 * options ask for. The portable image is never changed (see src/oci/aot-image.ts).
 */
export async function buildAot(request: AotRequest, deps: { runner: Runner; reporter: Reporter; env: NodeJS.ProcessEnv; signal?: AbortSignal }): Promise<AotOutcome> {
  const wamrc = await findWamrc({ ...(request.wamrc ? { explicit: request.wamrc } : {}), env: deps.env });
  const version = await wamrcVersion(deps.runner, wamrc, { env: deps.env });
  deps.reporter.step(`AOT-compiling ${request.name}.wasm with wamrc ${version.version} for ${request.targets?.join(', ') || 'this machine'}`);
  const results = await compileAot({
    runner: deps.runner,
    wamrc,
    // wamrc reads a file: the packaged module is written out for it (once, hashed on the way).
    module: (await request.module.stored()).location,
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
  const images = await buildAotImages({
    portable: request.portable,
    module: { ...(await request.module.stored()), name: request.name },
    results: results.map((r) => ({ ...r, open: fileOpener(r.path) })),
    ship: (request.ship ?? ['sibling']) as AotShip[],
    tags: request.tags,
    timestamp: request.timestamp,
    scratch: (name) => scratchSink(join(request.workDir, name)),
    compression: request.compression,
    annotations: request.annotations,
  });
  deps.reporter.succeed(`AOT images: ${images.extraTagged.map((t) => t.tag).join(', ') || 'none'}${images.referrers.length ? ` + ${images.referrers.length} referrer` : ''}`);
  return { results, images };
}
