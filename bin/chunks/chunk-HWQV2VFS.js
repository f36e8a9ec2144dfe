import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushDocument,
  pushedLines
} from "./chunk-MWMADQKQ.js";
import {
  RegistryCommand
} from "./chunk-UKHTK6GJ.js";
import {
  integer,
  keyValues,
  oneOf
} from "./chunk-WDP67SHA.js";
import {
  require_advanced
} from "./chunk-JMGDALHU.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/cli/commands/build.ts
var import_clipanion = __toESM(require_advanced(), 1);
import { writeFile } from "node:fs/promises";
var BuildCommand = class extends RegistryCommand {
  static {
    __name(this, "BuildCommand");
  }
  static paths = [["build"]];
  static usage = import_clipanion.Command.Usage({
    description: "Build a Rust, C or Go project (or a prebuilt module) into a Wasm OCI image",
    details: `
      Detects the project in DIR (Cargo.toml, go.mod, C sources, or wasmpack.json), compiles it to
      wasm32-wasi(p1), validates and strips the module, and assembles a reproducible FROM-scratch
      image (platform wasi/wasm, entrypoint /<name>.wasm, annotation module.wasm.image/variant=compat)
      in DIR/.wasmpack/oci, where \`wasmpack push\` finds it. Prints ref@digest on stdout.
    `,
    examples: [
      ["Build the project in this directory", "$0 build"],
      ["Build and tag", "$0 build -t ghcr.io/acme/app:1.0"],
      ["Package a module built elsewhere", "$0 build --wasm zig-out/bin/app.wasm -t app:1.0"],
      ["Write a docker-archive for podman load", "$0 build -o docker-archive:app.tar"],
      ["Build and push in one step", "$0 build --push -t localhost:5000/app:1.0"],
      ["Add a WAMR AOT sibling image for x86_64 and aarch64", "$0 build --aot --aot-target x86_64 --aot-target aarch64 -t ghcr.io/acme/app:1.0"]
    ]
  });
  dir = import_clipanion.Option.String({ required: !1, name: "DIR" });
  tags = import_clipanion.Option.Array("-t,--tag", { description: "Image reference to tag the build with (repeatable)" });
  wasm = import_clipanion.Option.String("--wasm", { description: "Package this prebuilt .wasm instead of compiling" });
  language = import_clipanion.Option.String("--language", { description: "rust, c, go or wasm: skip detection" });
  config = import_clipanion.Option.String("--config", { description: "Config file (default DIR/wasmpack.json or Cargo.toml metadata)" });
  debug = import_clipanion.Option.Boolean("--debug", !1, { description: "Debug build (no optimisation, not stripped)" });
  strip = import_clipanion.Option.Boolean("--strip", { description: "Drop debug and name sections (default on for release builds)" });
  wasmOpt = import_clipanion.Option.String("--wasm-opt", { tolerateBoolean: !0, description: "Run binaryen's wasm-opt on the module: --wasm-opt (O2) or --wasm-opt=LEVEL (O1-O4, Os, Oz); recorded in the image" });
  format = import_clipanion.Option.String("--format", { description: "compat (container image; default for core modules) or artifact (CNCF Wasm OCI artifact; default for WASI 0.2 components)" });
  compression = import_clipanion.Option.String("--compression", { description: "gzip (default), zstd or none" });
  variant = import_clipanion.Option.String("--variant", { description: "compat (default) or compat-smart" });
  annotations = import_clipanion.Option.Array("--annotation", { description: "Manifest annotation K=V (repeatable)" });
  labels = import_clipanion.Option.Array("--label", { description: "Config label K=V (repeatable)" });
  env = import_clipanion.Option.Array("--env", { description: "Environment K=V baked into the image (repeatable)" });
  cmd = import_clipanion.Option.Array("--cmd", { description: "Argument passed to the module (repeatable, in order)" });
  timestamp = import_clipanion.Option.String("--timestamp", { description: "Seconds since the epoch for every time in the image (default SOURCE_DATE_EPOCH, last commit, 0)" });
  outputs = import_clipanion.Option.Array("-o,--output", { description: "Also write to oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REF], or push to a registry REF (as `wasmpack push REF`)" });
  iidfile = import_clipanion.Option.String("--iidfile", { description: "Write the image ID (config digest) to this file" });
  digestfile = import_clipanion.Option.String("--digestfile", { description: "Write the manifest digest to this file" });
  bin = import_clipanion.Option.String("--bin", { description: "Rust: the binary target to build" });
  cargoPackage = import_clipanion.Option.String("--package,-p", { description: "Rust: the workspace member to build" });
  features = import_clipanion.Option.Array("--features", { description: "Rust: features to enable" });
  toolchain = import_clipanion.Option.String("--toolchain", { description: "Go: auto (default), go or tinygo" });
  noCache = import_clipanion.Option.Boolean("--no-cache", !1, { description: "Compile even when nothing changed since the last build" });
  push = import_clipanion.Option.Boolean("--push", !1, { description: "Push to the tags after building (same flags as wasmpack push)" });
  aot = import_clipanion.Option.Boolean("--aot", { description: "Also AOT-compile the module with WAMR's wamrc (see README#aot)" });
  aotTargets = import_clipanion.Option.Array("--aot-target", { description: "Architecture to AOT-compile for (repeatable; default: this machine's)" });
  aotCpu = import_clipanion.Option.String("--aot-cpu", { description: "native, or a CPU name for wamrc (default: a portable baseline per architecture, see README#aot)" });
  aotCpuFeatures = import_clipanion.Option.String("--aot-cpu-features", { description: "wamrc --cpu-features, e.g. +sse4.2 (with a named --aot-cpu)" });
  aotOptLevel = import_clipanion.Option.String("--aot-opt-level", { description: "wamrc --opt-level (0-3)" });
  aotSizeLevel = import_clipanion.Option.String("--aot-size-level", { description: "wamrc --size-level (0-3)" });
  aotBoundsChecks = import_clipanion.Option.Boolean("--aot-bounds-checks", { description: "wamrc --bounds-checks=1 (or --no-aot-bounds-checks)" });
  aotShip = import_clipanion.Option.Array("--aot-ship", { description: "sibling (default), embed or referrer (repeatable)" });
  async run() {
    let { buildAndPublish } = await import("./build-and-publish-IZRPATL7.js"), result = await buildAndPublish(
      { ...this.buildRequest(), outputs: this.outputs ?? [], push: this.push },
      // Credentials are read (maybe from stdin) only when something is sent.
      { reporter: this.reporter, env: process.env, signal: this.signal, access: /* @__PURE__ */ __name(() => this.registryAccess(), "access") }
    ), { build, outputs, pushed } = result;
    await this.writeIdFiles(build);
    let refs = pushed ? pushedLines(pushed) : (build.tags.length ? build.tags.map((t) => t.text) : [build.localTag]).map((t) => `${t}@${build.digest}`);
    return this.output(refs, { ...buildDocument(build), ...outputs ? { outputs: pushDocument(outputs).pushed } : {}, ...pushed ? { pushed: pushDocument(pushed).pushed } : {} }), 0;
  }
  /** The pipeline request these flags describe (the GitHub Action parses its `args` input with it too). */
  buildRequest() {
    return {
      dir: this.dir ?? ".",
      ...this.noCache ? { cache: !1 } : {},
      configFile: this.config,
      wasm: this.wasm,
      language: oneOf("--language", this.language, ["rust", "c", "go", "wasm"]),
      release: !this.debug,
      strip: this.strip,
      ...this.wasmOpt !== void 0 ? { wasmOpt: this.wasmOpt } : {},
      tags: this.tags,
      format: oneOf("--format", this.format, ["compat", "artifact"]),
      compression: oneOf("--compression", this.compression, ["gzip", "zstd", "none"]),
      variant: oneOf("--variant", this.variant, ["compat", "compat-smart"]),
      annotations: keyValues("--annotation", this.annotations),
      labels: keyValues("--label", this.labels),
      env: keyValues("--env", this.env),
      cmd: this.cmd,
      timestamp: integer("--timestamp", this.timestamp),
      rust: onlyGiven({ bin: this.bin, package: this.cargoPackage, features: this.features }),
      go: onlyGiven({ toolchain: oneOf("--toolchain", this.toolchain, ["auto", "go", "tinygo"]) }),
      aot: onlyGiven({
        enabled: this.aot ?? (this.aotTargets?.length ? !0 : void 0),
        targets: this.aotTargets,
        cpu: this.aotCpu,
        cpuFeatures: this.aotCpuFeatures,
        optLevel: integer("--aot-opt-level", this.aotOptLevel),
        sizeLevel: integer("--aot-size-level", this.aotSizeLevel),
        boundsChecks: this.aotBoundsChecks,
        ship: this.aotShip?.map((v) => oneOf("--aot-ship", v, ["sibling", "embed", "referrer"]))
      })
    };
  }
  async writeIdFiles(result) {
    this.iidfile && await writeFile(this.iidfile, result.image.config.descriptor.digest), this.digestfile && await writeFile(this.digestfile, result.digest);
  }
};
function buildDocument(result) {
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
      imports: result.module.report.kind === "component" ? result.module.report.imports.map((i) => i.name) : [...new Set(result.module.report.imports.map((i) => i.module))],
      ...result.module.report.kind === "component" ? { exports: result.module.report.exports.map((e) => e.name) } : {}
    },
    toolchain: result.toolchain,
    created: result.timestamp,
    warnings: result.warnings,
    ...result.upToDate ? { upToDate: !0 } : {},
    ...result.aot ? {
      aot: result.aot.results.map((r) => ({ target: r.target, cpu: r.cpu, formatVersion: r.formatVersion, wamrcVersion: r.wamrcVersion, size: r.size, runtimes: r.runtimes })),
      aotTags: result.aotTags
    } : {}
  };
}
__name(buildDocument, "buildDocument");
function onlyGiven(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0 && !(Array.isArray(v) && v.length === 0)));
}
__name(onlyGiven, "onlyGiven");

export {
  BuildCommand,
  buildDocument
};
