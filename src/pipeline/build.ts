import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageFormat, BuiltImage } from '../oci/image.js';
import { DEFAULT_TAG, withTagSuffix, type Reference } from '../oci/reference.js';
import { runProcess, type Runner } from '../process/exec.js';
import { gitInfo } from '../process/git.js';
import type { Reporter } from '../report/reporter.js';
import { scratchSink } from '../targets/files.js';
import type { AotImages } from '../oci/aot-image.js';
import type { AotResult } from '../toolchains/wamrc.js';
import { findWasmOpt, wasmOptRecord } from '../toolchains/wasm-opt.js';
import type { ModuleReport } from '../wasm/validate.js';
import { assemble } from './assemble.js';
import { planBuild, type BuildPlan, type BuildRequest } from './build-plan.js';
import { compile } from './compile.js';
import type { ImageGraph } from './graph.js';
import { layoutDir, openLastBuild, readLastBuildRecord, saveLastBuild } from './last-build.js';
import { store, storedImage } from './store.js';
import { imageTimestamp } from './timestamp.js';
import { buildFingerprint, type Fingerprint, type FingerprintInputs } from './up-to-date.js';
import { collect } from '../streams.js';
import { supplyChain } from '../supply-chain/attach.js';
import { provenanceParameters } from '../supply-chain/parameters.js';
import type { Attachment, SupplyChainDocuments } from '../supply-chain/documents.js';
import type { Blob } from '../oci/content.js';

/*
 * `wasmpack build` as ko's Build -> Result, in three steps each callable alone:
 *   compile  (compile.ts)  toolchain -> module (+ wasm-opt, validation, strip plan, wamrc)
 *   assemble (assemble.ts) module + config -> image graph, deterministic
 *   store    (store.ts)    graph -> the project's local OCI layout
 * This file plans, decides whether the last build stands (up-to-date.ts), owns the scratch
 * directory (removed before it returns: the result reads the layout) and records the build.
 */

/** The files a project's config can come from, for pointing at the one an error is in. */
export { CONFIG_FILE } from '../config/load.js';
export type { BuildRequest } from './build-plan.js';

export interface BuildDeps {
  /** How external tools run; the real one unless a test injects a double. */
  runner?: Runner;
  reporter: Reporter;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export interface BuildResult {
  /** The project directory (absolute): its .wasmpack/ holds the build for push. */
  projectDir: string;
  name: string;
  digest: string;
  /** The local layout and its entry: oci:<layout>:<localTag>. */
  layout: string;
  localTag: string;
  /** The -t references, parsed once: the layout's entry names (their `text`) and where --push sends the graph. */
  tags: Reference[];
  /** The AOT companions' tags beside every tag (1.0-aot-x86_64, latest-aot-x86_64). */
  aotTags: string[];
  format: ImageFormat;
  image: BuiltImage;
  /** The image and its AOT companions and referrers, read from the layout: ready for publish(). */
  graph: ImageGraph;
  module: { size: number; unstrippedSize: number; report: ModuleReport };
  toolchain: string;
  timestamp: number;
  warnings: string[];
  aot?: { results: AotResult[]; images: AotImages };
  /** "wasm-opt version 108 -O2" when wasm-opt ran. */
  wasmOpt?: string;
  /** What the up-to-date check looked at (absent for AOT builds, which always run). */
  fingerprint?: FingerprintInputs;
  /** The SBOM and provenance documents (the signing step wraps them); the SBOM is also a referrer in graph. */
  supplyChain: SupplyChainDocuments;
  /** Nothing changed since the last build: this is that build, read back from the layout. */
  upToDate?: boolean;
}

/** Project directory -> image in the project's local OCI layout (and its record in last-build.json). */
export async function buildProject(request: BuildRequest, options: BuildDeps): Promise<BuildResult> {
  const deps = { ...options, runner: options.runner ?? runProcess };
  const plan = await planBuild(request);
  const { dir, config } = plan;
  // git runs while the module is built and checked (gitInfo never rejects).
  const gitPending = gitInfo(deps.runner, dir, deps.env);
  const wasmOpt = plan.wasmOpt ? await findWasmOpt(plan.wasmOpt, deps.runner, deps.env) : undefined;
  // Make's rule: nothing that goes into the image changed, so the last image stands. AOT builds
  // always run (wamrc is outside what the fingerprint sees).
  const fingerprint = config.aot?.enabled
    ? undefined
    : await buildFingerprint({
        dir,
        settings: { config, language: plan.language, release: plan.release, timestamp: plan.timestamp ?? null },
        ...(plan.language === 'wasm' ? { prebuilt: plan.wasm! } : {}),
        tools: wasmOpt ? [wasmOptRecord(wasmOpt)] : [],
        env: deps.env,
        git: await gitPending,
      });
  if (fingerprint && request.cache !== false) {
    const current = await lastBuildIfCurrent(plan, fingerprint);
    if (current) {
      deps.reporter.succeed(`up to date: image ${current.localTag}@${current.digest} (sources, config and toolchain unchanged since the last build; --no-cache builds anyway)`);
      return current;
    }
  }

  const workDir = await mkdtemp(join(tmpdir(), 'wasmpack-build-'));
  try {
    const compiled = await compile(plan, { runner: deps.runner, reporter: deps.reporter, env: deps.env, workDir, ...(deps.signal ? { signal: deps.signal } : {}), ...(wasmOpt ? { wasmOpt } : {}) });
    const { output } = compiled;
    const git = await gitPending;
    const timestamp = imageTimestamp(plan.timestamp, deps.env, git.commitTime);
    // The layout entries are the -t references as written (skopeo reads oci:DIR:<ref>).
    const entries = plan.tags.length ? plan.tags.map((t) => t.text) : [`${output.name}:${DEFAULT_TAG}`];
    deps.reporter.step(`assembling ${compiled.decision.format} image`);
    const assembled = await assemble({ compiled, config, git, timestamp, reference: entries[0]!, scratch: (name) => scratchSink(join(workDir, name)) });
    // The SBOM (a referrer of the image) and the provenance, from what the compile used.
    const attached = await supplyChain({
      sbom: config.sbom,
      language: plan.language,
      dir,
      module: { path: output.module, sections: compiled.report.sections, name: output.name, version: output.metadata.version, license: output.metadata.licenses, toolchain: output.toolchain, inputs: output.inputs },
      moduleDigest: await compiled.module.digest(),
      image: assembled.image.manifest.descriptor,
      timestamp,
      parameters: provenanceParameters(config, { release: plan.release, ...(plan.timestamp !== undefined ? { timestamp: plan.timestamp } : {}) }),
      internal: { language: plan.language, format: compiled.decision.format },
      source: { ...(git.source ? { uri: git.source } : {}), ...(git.revision ? { revision: git.revision } : {}) },
      runner: deps.runner,
      env: deps.env,
    });
    if (attached.summary) deps.reporter.info(`SBOM (${attached.summary.format}): ${attached.summary.packages} packages, referrer ${attached.summary.digest}`);
    // Everything is built before anything is written; the layout commits once, for every entry.
    const layout = layoutDir(dir);
    const graph = await store({ ...assembled.graph, referrers: [...assembled.graph.referrers, ...attached.referrers] }, layout, entries);
    const found: Found = { name: output.name, format: compiled.decision.format, toolchain: output.toolchain, timestamp, warnings: compiled.warnings, module: { size: compiled.module.size, unstrippedSize: compiled.report.size, report: compiled.report }, ...(compiled.wasmOpt ? { wasmOpt: compiled.wasmOpt } : {}), supplyChain: savedDocuments(attached.documents) };
    await saveLastBuild(dir, { ref: entries[0]!, tags: plan.tags.map((t) => t.text), companions: graph.companions.map((c) => c.suffix), ...(fingerprint ? { fingerprint: fingerprint.digest, found } : {}) });
    if (assembled.aot) deps.reporter.succeed(`AOT images: ${aotTags(plan, graph).join(', ') || 'none'}${graph.referrers.length ? ` + ${graph.referrers.length} referrer` : ''}`);
    deps.reporter.succeed(`image ${entries[0]}@${graph.image.descriptor.digest}`);
    return {
      ...resultOf(plan, found, graph, storedImage(graph, assembled.image), entries[0]!, fingerprint),
      ...(compiled.aot && assembled.aot ? { aot: { results: compiled.aot, images: assembled.aot } } : {}),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** What a build learns that its image does not record: kept so an up-to-date build can report it. */
interface Found {
  name: string;
  format: ImageFormat;
  toolchain: string;
  timestamp: number;
  warnings: string[];
  module: { size: number; unstrippedSize: number; report: ModuleReport };
  wasmOpt?: string;
  /** The supply-chain documents, base64: an up-to-date build hands them to signing as a fresh one does. */
  supplyChain?: Record<string, Omit<Attachment, 'bytes'> & { bytes: string }>;
}

function savedDocuments(documents: SupplyChainDocuments): NonNullable<Found['supplyChain']> {
  return Object.fromEntries(Object.entries(documents).map(([k, a]) => [k, { ...a, bytes: a.bytes.toString('base64') }]));
}

function loadedDocuments(saved: Found['supplyChain']): SupplyChainDocuments {
  return Object.fromEntries(Object.entries(saved ?? {}).map(([k, a]) => [k, { ...a, bytes: Buffer.from(a.bytes, 'base64') }]));
}

function resultOf(plan: BuildPlan, found: Found, graph: ImageGraph, image: BuiltImage, localTag: string, fingerprint: Fingerprint | undefined): BuildResult {
  return {
    projectDir: plan.dir,
    name: found.name,
    digest: graph.image.descriptor.digest,
    layout: layoutDir(plan.dir),
    localTag,
    tags: plan.tags,
    aotTags: aotTags(plan, graph),
    format: found.format,
    image,
    graph,
    module: found.module,
    toolchain: found.toolchain,
    timestamp: found.timestamp,
    warnings: found.warnings,
    supplyChain: loadedDocuments(found.supplyChain),
    ...(found.wasmOpt ? { wasmOpt: found.wasmOpt } : {}),
    ...(fingerprint ? { fingerprint: fingerprint.inputs } : {}),
  };
}

/** Every companion beside every tag: the tags a push writes besides the portable ones. */
function aotTags(plan: BuildPlan, graph: ImageGraph): string[] {
  const tags = plan.tags.length ? plan.tags : undefined;
  return graph.companions.flatMap((c) => (tags ? tags.map((t) => withTagSuffix(t, c.suffix, 'AOT_BAD_TAG').tag!) : [`${DEFAULT_TAG}${c.suffix}`]));
}

/** The last build as this build's result, when its fingerprint matches and its layout still holds it. */
async function lastBuildIfCurrent(plan: BuildPlan, fingerprint: Fingerprint): Promise<BuildResult | undefined> {
  const record = await readLastBuildRecord(plan.dir);
  if (record?.fingerprint !== fingerprint.digest || !record.found) return undefined;
  const last = await openLastBuild(plan.dir, record).catch(() => undefined);
  if (!last) return undefined;
  const [config] = last.graph.image.children as Blob[];
  const image = storedImage(last.graph, { config: { ...config!, bytes: await collect(config!.open()) } });
  return { ...resultOf(plan, record.found as Found, last.graph, image, last.ref, fingerprint), upToDate: true };
}
