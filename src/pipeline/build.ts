import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { WasmpackError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import type { ProjectConfig } from '../config/config.js';
import { detectLanguage } from '../toolchains/detect.js';
import type { BuildOutput, Language, LanguageDriver } from '../toolchains/driver.js';
import { runProcess, type Runner } from '../process/exec.js';
import { gitInfo } from '../process/git.js';
import { prebuiltDriver } from '../toolchains/prebuilt.js';
import { validateModule, type ModuleReport } from '../wasm/validate.js';
import { cDriver } from '../toolchains/c/driver.js';
import { rustDriver } from '../toolchains/rust/driver.js';
import { goDriver } from '../toolchains/go/driver.js';
import { buildCompatImage, buildWasmArtifact, isoTime, type BuiltImage, type ImageFormat } from '../oci/image.js';
import { Annotation, type Compression } from '../oci/media-types.js';
import { DEFAULT_TAG, parseReference, type Reference } from '../oci/reference.js';
import type { Reporter } from '../report/reporter.js';
import { transaction } from '../targets/copy.js';
import { LayoutTarget } from '../targets/layout.js';
import type { ImageGraph } from './graph.js';
import { layoutDir, openLastBuild, readLastBuildRecord, saveLastBuild } from './last-build.js';
import { buildFingerprint } from './up-to-date.js';
import { collect } from '../streams.js';
import type { Blob } from '../oci/content.js';
import { copyGraph } from './copy-graph.js';
import { scratchSink } from '../targets/files.js';
import { imageTimestamp } from './timestamp.js';
import { buildAot, type AotOutcome } from './aot.js';
import { decideFormat, peekWasmKind } from './component.js';
import { packagedModule } from './module-bytes.js';
import { supplyChain } from '../supply-chain/attach.js';
import { provenanceParameters } from '../supply-chain/parameters.js';
import type { SbomChoice, SupplyChainDocuments } from '../supply-chain/documents.js';
import { sha256Stream } from '../oci/digest.js';

/** The files a project's config can come from, for pointing at the one an error is in. */
export { CONFIG_FILE } from '../config/load.js';

export interface BuildRequest {
  dir: string;
  /** What relative paths on the command line (dir, --wasm, --config) are relative to; default process.cwd(). */
  cwd?: string;
  configFile?: string;
  /** A prebuilt module: relative to `cwd` (a "wasm" in wasmpack.json is relative to that file). */
  wasm?: string;
  language?: Language;
  release?: boolean;
  strip?: boolean;
  tags?: string[];
  format?: ImageFormat;
  compression?: Compression;
  variant?: 'compat' | 'compat-smart';
  /** The SBOM attached as a referrer (default spdx). */
  sbom?: SbomChoice;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  env?: Record<string, string>;
  cmd?: string[];
  timestamp?: number;
  rust?: ProjectConfig['rust'];
  go?: ProjectConfig['go'];
  /** AOT settings from flags; `enabled` turns it on. */
  aot?: ProjectConfig['aot'];
  /** false: compile even when nothing changed since the last build (--no-cache). */
  cache?: boolean;
}

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
  /** The -t references as written (the layout's entry names, and what results print). */
  tags: string[];
  /** The same, parsed once: where `--push` (and a later `wasmpack push`) sends the graph. */
  destinations: Reference[];
  format: ImageFormat;
  image: BuiltImage;
  /** The image and its AOT companions, ready for publish(). */
  graph: ImageGraph;
  module: { path: string; size: number; unstrippedSize: number; report: ModuleReport };
  toolchain: string;
  timestamp: number;
  warnings: string[];
  aot?: AotOutcome;
  /** The SBOM and provenance documents (the signing step wraps them); the SBOM is also a referrer in graph. */
  supplyChain: SupplyChainDocuments;
  /** Nothing changed since the last build: this is that build, read back from the layout. */
  upToDate?: boolean;
  /** Removes the scratch directory (the module file lives there until then). */
  cleanup(): Promise<void>;
}

const DRIVERS: Record<Exclude<Language, 'wasm'>, LanguageDriver> = { c: cDriver, rust: rustDriver, go: goDriver };

/**
 * Project directory -> image in the project's local OCI layout. Nothing is visible in the layout
 * until every blob is written (see LayoutTarget), and the scratch directory is removed on failure.
 */
export async function buildProject(request: BuildRequest, options: BuildDeps): Promise<BuildResult> {
  const deps = { ...options, runner: options.runner ?? runProcess };
  const cwd = request.cwd ?? process.cwd();
  const dir = resolve(cwd, request.dir);
  const dirInfo = await stat(dir).catch(() => undefined);
  if (!dirInfo?.isDirectory()) {
    throw new WasmpackError('NO_PROJECT', `project directory ${dir} does not exist`, 'pass an existing directory: wasmpack build DIR');
  }
  const { config: fileConfig, source } = await loadConfig(dir, request.configFile && resolve(cwd, request.configFile));
  // Flags name paths from where the user stands; the config file from where it is.
  const configDir = source?.endsWith('.json') ? dirname(source) : dir;
  const wasm = request.wasm !== undefined ? resolve(cwd, request.wasm) : fileConfig.wasm !== undefined ? resolve(configDir, fileConfig.wasm) : undefined;
  const config = mergeConfig(fileConfig, { ...request, ...(wasm ? { wasm } : {}) });
  // References are parsed here, once: a bad tag is found before anything is compiled.
  const destinations = (config.tags ?? []).map(parseReference);
  const language = await detectLanguage(dir, config, wasm);
  const driver = language === 'wasm' ? prebuiltDriver(wasm!) : DRIVERS[language];
  // git runs while the module is built and checked: three processes whose start-up is otherwise
  // on the critical path of every build (gitInfo never rejects).
  const gitPending = gitInfo(deps.runner, dir, deps.env);
  // Make's rule: nothing that goes into the image changed, so the last image stands. AOT builds
  // always run (wamrc is outside what the fingerprint sees).
  const fingerprint = config.aot?.enabled
    ? undefined
    : await buildFingerprint({ dir, settings: { config, language, release: request.release ?? true, timestamp: request.timestamp ?? null }, extraFiles: wasm ? [wasm] : [], env: deps.env, git: await gitPending });
  if (fingerprint && request.cache !== false) {
    const current = await upToDate(dir, fingerprint, destinations);
    if (current) {
      deps.reporter.succeed(`up to date: image ${current.localTag}@${current.digest} (sources, config and toolchain unchanged since the last build; --no-cache builds anyway)`);
      return current;
    }
  }
  const workDir = await mkdtemp(join(tmpdir(), 'wasmpack-build-'));
  const cleanup = () => rm(workDir, { recursive: true, force: true });
  try {
    const release = request.release ?? true;
    // Drivers report their own steps (which toolchain, what it built).
    // TMPDIR in the scratch directory: a compiler killed by Ctrl-C leaves its temp files where cleanup() removes them.
    const output = await driver.build({ dir, config, runner: deps.runner, env: { ...deps.env, TMPDIR: workDir }, reporter: deps.reporter, release, workDir, signal: deps.signal });

    // Components are accepted (see component.ts); a core module must still be a command.
    const kind = await peekWasmKind(output.module);
    const report = await validateModule(output.module, { accept: ['module', 'component'], requireCommand: kind !== 'component' });
    const decision = decideFormat({
      report,
      requested: config.format,
      runSettings: { env: Object.keys(config.env ?? {}).length > 0, cmd: (config.cmd?.length ?? 0) > 0, labels: Object.keys(config.labels ?? {}).length > 0 },
      aot: config.aot?.enabled ?? false,
    });
    const warnings = [...report.warnings, ...decision.warnings];
    warnings.forEach((w) => deps.reporter.warn(w));
    decision.notes.forEach((n) => deps.reporter.info(n));
    const unstrippedSize = report.size;
    // Stripping is a plan over the sections already walked; the kept bytes stream once into the layer.
    const strip = config.strip ?? release;
    const module = packagedModule(output.module, report, { strip, name: output.name, workDir });
    if (strip) deps.reporter.info(`stripped ${output.name}.wasm: ${module.plan.before} -> ${module.plan.after} bytes`);
    const moduleSize = module.size;

    const git = await gitPending;
    const timestamp = imageTimestamp(request.timestamp, deps.env, git.commitTime);
    const format = decision.format;
    const annotations = imageAnnotations(output, git, timestamp, config.annotations ?? {});
    deps.reporter.step(`assembling ${format} image`);
    const image =
      format === 'artifact'
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
            compression: config.compression ?? 'gzip',
            layerSink: scratchSink(join(workDir, 'layer')),
          });

    // The layout entries are the -t references as written (skopeo reads oci:DIR:<ref>).
    const localTags = config.tags?.length ? [...new Set(config.tags)] : [`${output.name}:${DEFAULT_TAG}`];
    const localTag = localTags[0]!;
    const aot = config.aot?.enabled
      ? await buildAot(
          // AOT tags are the portable tag plus a suffix (1.0 -> 1.0-aot-x86_64); see src/oci/aot-image.ts.
          { ...config.aot, module, name: output.name, portable: image, tags: [destinations[0]?.tag ?? DEFAULT_TAG], timestamp, compression: config.compression ?? 'gzip', annotations, workDir },
          { runner: deps.runner, reporter: deps.reporter, env: deps.env, ...(deps.signal ? { signal: deps.signal } : {}) },
        )
      : undefined;
    const attached = await supplyChain({
      sbom: config.sbom,
      language,
      dir,
      module: { path: output.module, sections: report.sections, name: output.name, version: output.metadata.version, license: output.metadata.licenses, toolchain: output.toolchain, inputs: output.inputs },
      moduleDigest: (await sha256Stream(module.open())).digest,
      image: image.manifest.descriptor,
      timestamp,
      parameters: provenanceParameters(config, { release, ...(request.timestamp !== undefined ? { timestamp: request.timestamp } : {}) }),
      internal: { language, format },
      source: { ...(git.source ? { uri: git.source } : {}), ...(git.revision ? { revision: git.revision } : {}) },
      runner: deps.runner,
      env: deps.env,
    });
    if (attached.summary) deps.reporter.info(`SBOM (${attached.summary.format}): ${attached.summary.packages} packages, referrer ${attached.summary.digest}`);
    const graph: ImageGraph = {
      image: image.manifest,
      companions: (aot?.images.extraTagged ?? []).map((e) => ({ suffix: e.suffix, image: e.node })),
      referrers: [...(aot?.images.referrers ?? []), ...attached.referrers],
      name: output.name,
      reference: localTag,
    };

    // Everything is built before anything is written; the layout commits once, for every entry.
    const layout = layoutDir(dir);
    // The last build's referrers (its SBOM) replace those of an earlier build of the same image.
    const target = new LayoutTarget(layout, { exactReferrers: graph.referrers });
    await transaction(target, () => copyGraph(graph, target, localTags, {}));
    const found: Found = { name: output.name, format, toolchain: output.toolchain, timestamp, warnings, module: { size: moduleSize, unstrippedSize, report }, supplyChain: savedDocuments(attached.documents) };
    await saveLastBuild(dir, { ref: localTag, tags: config.tags ?? [], companions: graph.companions.map((c) => c.suffix), ...(fingerprint ? { fingerprint, found } : {}) });
    deps.reporter.succeed(`image ${localTag}@${image.manifest.descriptor.digest}`);
    return {
      projectDir: dir,
      name: output.name,
      digest: image.manifest.descriptor.digest,
      layout,
      localTag,
      tags: config.tags ?? [],
      destinations,
      format,
      image,
      graph,
      module: { path: output.module, size: moduleSize, unstrippedSize, report },
      toolchain: output.toolchain,
      timestamp,
      warnings,
      ...(aot ? { aot } : {}),
      supplyChain: attached.documents,
      cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
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
  supplyChain?: Record<string, SavedAttachment>;
}

type SavedAttachment = Omit<NonNullable<SupplyChainDocuments['sbom']>, 'bytes'> & { bytes: string };

function savedDocuments(documents: SupplyChainDocuments): Record<string, SavedAttachment> {
  return Object.fromEntries(Object.entries(documents).map(([k, a]) => [k, { ...a, bytes: a.bytes.toString('base64') }]));
}

function loadedDocuments(saved: Record<string, SavedAttachment> | undefined): SupplyChainDocuments {
  return Object.fromEntries(Object.entries(saved ?? {}).map(([k, a]) => [k, { ...a, bytes: Buffer.from(a.bytes, 'base64') }]));
}

/** The last build as this build's result, when its fingerprint matches and its layout still holds it. */
async function upToDate(dir: string, fingerprint: string, destinations: Reference[]): Promise<BuildResult | undefined> {
  const record = await readLastBuildRecord(dir);
  if (record?.fingerprint !== fingerprint || !record.found) return undefined;
  const last = await openLastBuild(dir, record).catch(() => undefined);
  if (!last) return undefined;
  const found = record.found as Found;
  const [config, ...layers] = last.graph.image.children as Blob[];
  const image: BuiltImage = { manifest: last.graph.image, config: { ...config!, bytes: await collect(config!.open()) }, layers };
  return {
    projectDir: dir,
    name: found.name,
    digest: image.manifest.descriptor.digest,
    layout: last.layout,
    localTag: last.ref,
    tags: record.tags,
    destinations,
    format: found.format,
    image,
    graph: last.graph,
    module: { path: '', ...found.module },
    toolchain: found.toolchain,
    timestamp: found.timestamp,
    warnings: found.warnings,
    supplyChain: loadedDocuments(found.supplyChain),
    upToDate: true,
    cleanup: async () => {},
  };
}

/** CLI flags win over the config file, field by field; maps merge. */
function mergeConfig(file: ProjectConfig, request: BuildRequest): ProjectConfig {
  const pick = <K extends keyof ProjectConfig>(key: K, value: ProjectConfig[K] | undefined): ProjectConfig[K] | undefined => value ?? file[key];
  return {
    ...file,
    language: pick('language', request.language),
    wasm: pick('wasm', request.wasm),
    strip: pick('strip', request.strip),
    tags: request.tags?.length ? request.tags : file.tags,
    format: pick('format', request.format),
    compression: pick('compression', request.compression),
    variant: pick('variant', request.variant),
    sbom: pick('sbom', request.sbom),
    cmd: request.cmd?.length ? request.cmd : file.cmd,
    annotations: { ...file.annotations, ...request.annotations },
    labels: { ...file.labels, ...request.labels },
    env: { ...file.env, ...request.env },
    rust: { ...file.rust, ...request.rust },
    go: { ...file.go, ...request.go },
    aot: { ...file.aot, ...request.aot },
  };
}

function imageAnnotations(output: BuildOutput, git: { revision?: string; source?: string }, timestamp: number, user: Record<string, string>): Record<string, string> {
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
  };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(found)) if (value) out[key] = value;
  return { ...out, ...user };
}
