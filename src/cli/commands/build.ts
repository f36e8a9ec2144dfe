import { writeFile } from 'node:fs/promises';
import { Command, Option, UsageError } from 'clipanion';
import type { BuildRequest, BuildResult } from '../../pipeline/build.js';
import { integer, keyValues, oneOf } from '../base.js';
import { RegistryCommand } from '../registry-options.js';
import { pushDocument, pushedLines, signPushed } from './push.js';
import { signDocument, signedLines } from './sign.js';
import type { SignResult } from '../../pipeline/signing.js';
import { signerFromFlag } from '../signing-options.js';

export class BuildCommand extends RegistryCommand {
  static override paths = [['build']];
  static override usage = Command.Usage({
    category: 'Build & publish',
    description: 'Build a Rust, C or Go project (or a prebuilt module) into a Wasm OCI image',
    details: `
      Detects the project in DIR (Cargo.toml, go.mod, C sources, or wasmpack.json), compiles it to
      wasm32-wasi(p1), validates and strips the module, and assembles a reproducible FROM-scratch
      image (platform wasi/wasm, entrypoint /<name>.wasm, annotation module.wasm.image/variant=compat)
      in DIR/.wasmpack/oci, where \`wasmpack push\` finds it. Prints ref@digest on stdout.
    `,
    examples: [
      ['Build the project in this directory', '$0 build'],
      ['Build and tag', '$0 build -t ghcr.io/acme/app:1.0'],
      ['Package a module built elsewhere', '$0 build --wasm zig-out/bin/app.wasm -t app:1.0'],
      ['Write a docker-archive for podman load', '$0 build -o docker-archive:app.tar'],
      ['Build and push in one step', '$0 build --push -t localhost:5000/app:1.0'],
      ['Add a WAMR AOT sibling image for x86_64 and aarch64', '$0 build --aot --aot-target x86_64 --aot-target aarch64 -t ghcr.io/acme/app:1.0'],
    ],
  });

  dir = Option.String({ required: false, name: 'DIR' });
  tags = Option.Array('-t,--tag', { description: 'Image reference to tag the build with (repeatable)' });
  wasm = Option.String('--wasm', { description: 'Package this prebuilt .wasm instead of compiling' });
  language = Option.String('--language', { description: 'rust, c, go or wasm: skip detection' });
  config = Option.String('--config', { description: 'Config file (default DIR/wasmpack.json or Cargo.toml metadata)' });
  debug = Option.Boolean('--debug', false, { description: 'Debug build (no optimisation, not stripped)' });
  strip = Option.Boolean('--strip', { description: 'Drop debug and name sections (default on for release builds)' });
  wasmOpt = Option.String('--wasm-opt', { tolerateBoolean: true, description: 'Run binaryen\'s wasm-opt on the module: --wasm-opt (O2) or --wasm-opt=LEVEL (O1-O4, Os, Oz); recorded in the image' });
  format = Option.String('--format', { description: 'compat (container image; default for core modules) or artifact (CNCF Wasm OCI artifact; default for WASI 0.2 components)' });
  compression = Option.String('--compression', { description: 'gzip (default), zstd or none' });
  variant = Option.String('--variant', { description: 'compat (default) or compat-smart' });
  sbom = Option.String('--sbom', { description: 'SBOM attached as a referrer: spdx (default; SPDX 2.3), cyclonedx (CycloneDX 1.6) or none' });
  annotations = Option.Array('--annotation', { description: 'Manifest annotation K=V (repeatable)' });
  labels = Option.Array('--label', { description: 'Config label K=V (repeatable)' });
  env = Option.Array('--env', { description: 'Environment K=V baked into the image (repeatable)' });
  cmd = Option.Array('--cmd', { description: 'Argument passed to the module (repeatable, in order)' });
  timestamp = Option.String('--timestamp', { description: 'Seconds since the epoch for every time in the image (default SOURCE_DATE_EPOCH, last commit, 0)' });
  outputs = Option.Array('-o,--output', { description: 'Also write to oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REF], or push to a registry REF (as `wasmpack push REF`)' });
  iidfile = Option.String('--iidfile', { description: 'Write the image ID (config digest) to this file' });
  digestfile = Option.String('--digestfile', { description: 'Write the manifest digest to this file' });
  bin = Option.String('--bin', { description: 'Rust: the binary target to build' });
  cargoPackage = Option.String('--package,-p', { description: 'Rust: the workspace member to build' });
  features = Option.Array('--features', { description: 'Rust: features to enable' });
  toolchain = Option.String('--toolchain', { description: 'Go: auto (default), go or tinygo' });
  noCache = Option.Boolean('--no-cache', false, { description: 'Compile even when nothing changed since the last build' });
  push = Option.Boolean('--push', false, { description: 'Push to the tags after building (same flags as wasmpack push)' });
  signKey = Option.String('--sign-key', { description: 'With --push: sign what is pushed with this cosign private key (password from COSIGN_PASSWORD)' });
  aot = Option.Boolean('--aot', { description: 'Also AOT-compile the module with WAMR\'s wamrc (see README#aot)' });
  aotTargets = Option.Array('--aot-target', { description: 'Architecture to AOT-compile for (repeatable; default: this machine\'s)' });
  aotCpu = Option.String('--aot-cpu', { description: 'native, or a CPU name for wamrc (default: a portable baseline per architecture, see README#aot)' });
  aotCpuFeatures = Option.String('--aot-cpu-features', { description: 'wamrc --cpu-features, e.g. +sse4.2 (with a named --aot-cpu)' });
  aotOptLevel = Option.String('--aot-opt-level', { description: 'wamrc --opt-level (0-3)' });
  aotSizeLevel = Option.String('--aot-size-level', { description: 'wamrc --size-level (0-3)' });
  aotBoundsChecks = Option.Boolean('--aot-bounds-checks', { description: 'wamrc --bounds-checks=1 (or --no-aot-bounds-checks)' });
  aotShip = Option.Array('--aot-ship', { description: 'sibling (default), embed or referrer (repeatable)' });

  async run(): Promise<number> {
    // Pipelines load on use: `wasmpack --help` should not pay for the registry client, wabt and ajv.
    if (this.signKey !== undefined && !this.push && !this.outputs?.length) throw new UsageError('--sign-key signs what is pushed: add --push (or -o REGISTRY/REPO:TAG)');
    const signer = await signerFromFlag(this.signKey, this.context);
    const { buildAndPublish } = await import('../../pipeline/build-and-publish.js');
    const result = await buildAndPublish(
      { ...this.buildRequest(), outputs: this.outputs ?? [], push: this.push, signed: signer !== undefined },
      // Credentials are read (maybe from stdin) only when something is sent.
      { reporter: this.reporter, env: process.env, signal: this.signal, access: () => this.registryAccess() },
    );
    const { build, outputs, pushed } = result;
    await this.writeIdFiles(build);
    // Registry destinations of --push and of -o are signed alike; layouts and archives are not.
    const signed: SignResult[] = [];
    if (signer) {
      const { buildAttachments } = await import('../../pipeline/signing.js');
      const attachments = buildAttachments(build);
      for (const published of [pushed, outputs]) if (published) signed.push(...(await signPushed(published, signer, await this.registryAccess(), attachments)));
    }
    const refs = [...(pushed ? pushedLines(pushed) : (build.tags.length ? build.tags.map((t) => t.text) : [build.localTag]).map((t) => `${t}@${build.digest}`)), ...signed.flatMap(signedLines)];
    this.output(refs, { ...buildDocument(build), ...(outputs ? { outputs: pushDocument(outputs).pushed } : {}), ...(pushed ? { pushed: pushDocument(pushed).pushed } : {}), ...(signer ? { signed: signed.map(signDocument) } : {}) });
    return 0;
  }

  /** The pipeline request these flags describe (the GitHub Action parses its `args` input with it too). */
  buildRequest(): BuildRequest {
    return {
      dir: this.dir ?? '.',
      ...(this.noCache ? { cache: false } : {}),
      configFile: this.config,
      wasm: this.wasm,
      language: oneOf('--language', this.language, ['rust', 'c', 'go', 'wasm'] as const),
      release: !this.debug,
      strip: this.strip,
      ...(this.wasmOpt !== undefined ? { wasmOpt: this.wasmOpt } : {}),
      tags: this.tags,
      format: oneOf('--format', this.format, ['compat', 'artifact'] as const),
      compression: oneOf('--compression', this.compression, ['gzip', 'zstd', 'none'] as const),
      variant: oneOf('--variant', this.variant, ['compat', 'compat-smart'] as const),
      sbom: oneOf('--sbom', this.sbom, ['spdx', 'cyclonedx', 'none'] as const),
      annotations: keyValues('--annotation', this.annotations),
      labels: keyValues('--label', this.labels),
      env: keyValues('--env', this.env),
      cmd: this.cmd,
      timestamp: integer('--timestamp', this.timestamp),
      rust: onlyGiven({ bin: this.bin, package: this.cargoPackage, features: this.features }),
      go: onlyGiven({ toolchain: oneOf('--toolchain', this.toolchain, ['auto', 'go', 'tinygo'] as const) }),
      aot: onlyGiven({
        enabled: this.aot ?? (this.aotTargets?.length ? true : undefined),
        targets: this.aotTargets,
        cpu: this.aotCpu,
        cpuFeatures: this.aotCpuFeatures,
        optLevel: integer('--aot-opt-level', this.aotOptLevel, { min: 0, max: 3 }),
        sizeLevel: integer('--aot-size-level', this.aotSizeLevel, { min: 0, max: 3 }),
        boundsChecks: this.aotBoundsChecks,
        ship: this.aotShip?.map((v) => oneOf('--aot-ship', v, ['sibling', 'embed', 'referrer'] as const)!),
      }),
    };
  }

  private async writeIdFiles(result: BuildResult): Promise<void> {
    if (this.iidfile) await writeFile(this.iidfile, result.image.config.descriptor.digest);
    if (this.digestfile) await writeFile(this.digestfile, result.digest);
  }
}

/** The --json document; described by schemas/build-output.schema.json. */
export function buildDocument(result: BuildResult): Record<string, unknown> {
  return {
    name: result.name,
    digest: result.digest,
    imageId: result.image.config.descriptor.digest,
    format: result.format,
    tags: result.tags.map((t) => t.text),
    layout: `oci:${result.layout}:${result.localTag}`,
    mediaType: result.image.manifest.descriptor.mediaType,
    size: result.image.manifest.descriptor.size + result.image.config.descriptor.size + result.image.layers.reduce((n, l) => n + l.descriptor.size, 0),
    module: {
      kind: result.module.report.kind,
      size: result.module.size,
      unstrippedSize: result.module.unstrippedSize,
      // Components name whole interfaces (wasi:cli/run@0.2.0); core modules import from modules.
      imports: result.module.report.kind === 'component' ? result.module.report.imports.map((i) => i.name) : [...new Set(result.module.report.imports.map((i) => i.module))],
      ...(result.module.report.kind === 'component' ? { exports: result.module.report.exports.map((e) => e.name) } : {}),
    },
    toolchain: result.toolchain,
    created: result.timestamp,
    warnings: result.warnings,
    ...(result.upToDate ? { upToDate: true } : {}),
    ...(result.aot
      ? {
          aot: result.aot.results.map((r) => ({ target: r.target, cpu: r.cpu, formatVersion: r.formatVersion, wamrcVersion: r.wamrcVersion, size: r.size, runtimes: r.runtimes })),
          aotTags: result.aotTags,
        }
      : {}),
    // Manifests whose subject is the image (the SBOM; AOT code with --aot-ship referrer).
    ...(result.graph.referrers.length ? { referrers: result.graph.referrers.map((r) => ({ digest: r.descriptor.digest, artifactType: (JSON.parse(r.bytes.toString('utf8')) as { artifactType?: string }).artifactType ?? '' })) } : {}),
  };
}

/** The flags the user gave: undefined and empty lists are left out so config values show through. */
function onlyGiven<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}
