import type { ProjectConfig } from '../config/config.js';
import type { BuildOutput } from '../toolchains/driver.js';
import type { AotImages } from '../oci/aot-image.js';
import { buildCompatImage, buildWasmArtifact, isoTime, type BuiltImage } from '../oci/image.js';
import { scavengeWhileStreaming } from './scavenge.js';
import type { LayerSink } from '../oci/layer.js';
import { Annotation } from '../oci/media-types.js';
import type { GitInfo } from '../process/git.js';
import { aotImages } from './aot.js';
import type { CompiledModule } from './compile.js';
import type { ImageGraph } from './graph.js';

export interface AssembleInput {
  compiled: CompiledModule;
  config: ProjectConfig;
  git: Pick<GitInfo, 'revision' | 'source'>;
  timestamp: number;
  /** The name the graph is built as ("localhost:5000/app:1.0", "hello-c:latest"). */
  reference: string;
  /** Where compressed layers are written while they are hashed: one sink per name. */
  scratch: (name: string) => LayerSink;
}

export interface Assembled {
  image: BuiltImage;
  graph: ImageGraph;
  aot?: AotImages;
}

/**
 * Module + config -> image graph. No toolchain, no network, no layout: the same compiled module,
 * config, time and commit give the same graph, byte for byte (layers stream through `scratch`,
 * the one side effect, which the caller chooses). The graph's `referrers` is the extension point
 * for anything that describes the image without changing it (AOT referrers today; an SBOM or an
 * attestation is one more manifest whose subject is graph.image).
 */
/** Below this a module's reads leave too little garbage to matter (and a small build stays lean). */
const SCAVENGE_FROM_BYTES = 16 * 1024 * 1024;

export async function assemble(input: AssembleInput): Promise<Assembled> {
  const { compiled, config, timestamp } = input;
  const { output, module, report, decision } = compiled;
  const annotations = imageAnnotations(output, input.git, timestamp, config.annotations ?? {}, compiled.wasmOpt);
  const compression = config.compression ?? 'gzip';
  // A large module streams through the layer in read-sized chunks: collect them as they die.
  const stopScavenging = module.size >= SCAVENGE_FROM_BYTES ? scavengeWhileStreaming() : () => undefined;
  let image: BuiltImage;
  try {
    image =
      decision.format === 'artifact'
        ? await buildWasmArtifact({ module: await module.stored(), title: `${output.name}.wasm`, kind: report.kind, ...(decision.component ? { component: decision.component } : {}), annotations, timestamp, ...(output.metadata.authors ? { author: output.metadata.authors } : {}) })
        : await buildCompatImage({
            files: [{ path: `/${output.name}.wasm`, size: module.size, open: module.open, mode: 0o755 }],
            entrypoint: `/${output.name}.wasm`,
            cmd: config.cmd,
            env: Object.entries(config.env ?? {}).map(([k, v]) => `${k}=${v}`),
            labels: config.labels,
            annotations,
            timestamp,
            variant: config.variant ?? 'compat',
            compression,
            layerSink: input.scratch('layer'),
          });
  } finally {
    stopScavenging();
  }
  const aot = compiled.aot
    ? await aotImages({ results: compiled.aot, ship: config.aot?.ship, module, name: output.name, portable: image, timestamp, compression, annotations, scratch: input.scratch })
    : undefined;
  const graph: ImageGraph = {
    image: image.manifest,
    companions: (aot?.extraTagged ?? []).map((e) => ({ suffix: e.suffix, image: e.node })),
    referrers: aot?.referrers ?? [],
    name: output.name,
    reference: input.reference,
  };
  return { image, graph, ...(aot ? { aot } : {}) };
}

/** org.opencontainers.image.* from what the project says and git, the wasm-opt step, then the user's own (which win). */
export function imageAnnotations(output: BuildOutput, git: { revision?: string; source?: string }, timestamp: number, user: Record<string, string>, wasmOpt?: string): Record<string, string> {
  const m = output.metadata;
  const found: Record<string, string | undefined> = {
    [Annotation.created]: isoTime(timestamp),
    [Annotation.title]: m.title ?? output.name,
    [Annotation.version]: m.version,
    [Annotation.licenses]: m.licenses,
    [Annotation.description]: m.description,
    [Annotation.authors]: m.authors,
    [Annotation.url]: m.url,
    [Annotation.source]: git.source,
    [Annotation.revision]: git.revision,
    [Annotation.wasmOpt]: wasmOpt,
  };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(found)) if (value) out[key] = value;
  return { ...out, ...user };
}
