import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  moduleName
} from "./shared-toolchains-module-name.js";
import {
  DEBIAN_RUST,
  DEFAULT_C_SOURCES,
  TINYGO_WASIP1_VERSION,
  chooseGoToolchain,
  clangArguments,
  compareVersions,
  detectLanguage,
  findCToolchain,
  findRustToolchain,
  findSources,
  formatVersion,
  goCandidates,
  isNetworkFailure,
  isSkippedDir,
  loadConfig,
  offlineRegistryHint,
  oldCargoHint,
  parseCargoMessages,
  pickBinary,
  realFiles,
  realGoHost
} from "./shared-toolchains-rust-toolchain.js";
import {
  compileAot,
  findWamrc,
  wamrcVersion
} from "./shared-toolchains-wamrc.js";
import {
  ByteReader,
  CUSTOM_SECTION_ID,
  HEADER_SIZE,
  WasmFormatError,
  checkVersion,
  emptyInfo,
  headerKind,
  payloadNeeded,
  readHeader,
  readSectionInfo,
  truncatedSection
} from "./shared-wasm-binary.js";
import {
  layoutDir,
  openLastBuild,
  readLastBuildRecord,
  saveLastBuild
} from "./shared-pipeline-last-build.js";
import {
  copyGraph
} from "./shared-pipeline-copy-graph.js";
import {
  transaction
} from "./shared-targets-copy.js";
import {
  buildAotImages,
  buildCompatImage,
  buildWasmArtifact,
  isoTime
} from "./shared-oci-aot-image.js";
import {
  packageVersion
} from "./shared-package-info.js";
import {
  LayoutTarget,
  blobPath,
  fileBlob,
  fileOpener,
  scratchSink
} from "./shared-targets-layout.js";
import {
  Annotation,
  hashingTap,
  isManifestNode
} from "./shared-streamx.js";
import {
  findOnPath,
  runChecked,
  runProcess,
  tail
} from "./shared-process-exec.js";
import {
  collect
} from "./shared-streams.js";
import {
  DEFAULT_TAG,
  parseReference,
  withTagSuffix
} from "./shared-oci-reference.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/build.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join8 } from "node:path";

// src/process/git.ts
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function gitInfo(runner, dir, env) {
  if (!env.GIT_DIR && !await insideGitTree(dir)) return {};
  let git = /* @__PURE__ */ __name(async (...args) => {
    try {
      let result = await runner("git", ["-C", dir, ...args], { env: { ...env, GIT_TERMINAL_PROMPT: "0" } });
      return result.code === 0 && result.stdout.trim() || void 0;
    } catch {
      return;
    }
  }, "git"), [head, remote] = await Promise.all([git("log", "-1", "--format=%ct%n%H"), git("config", "--get", "remote.origin.url")]), [time, revision] = (head ?? "").split(`
`), info = {};
  time && /^\d+$/.test(time) && (info.commitTime = Number(time)), revision && /^[0-9a-f]{40,64}$/.test(revision) && (info.revision = revision);
  let source = remote ? publicSourceUrl(remote) : void 0;
  return source && (info.source = source), info;
}
__name(gitInfo, "gitInfo");
async function insideGitTree(dir) {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (await stat(`${at}/.git`).then(() => !0, () => !1)) return !0;
    if (dirname(at) === at) return !1;
  }
}
__name(insideGitTree, "insideGitTree");
function publicSourceUrl(remote) {
  let scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    let url = new URL(remote);
    if (!["https:", "http:", "ssh:", "git:"].includes(url.protocol)) return;
    let path = url.pathname.replace(/\.git\/?$/, "").replace(/\/$/, "");
    return `https://${url.hostname}${path}`;
  } catch {
    return;
  }
}
__name(publicSourceUrl, "publicSourceUrl");

// src/toolchains/wasm-opt.ts
import { join } from "node:path";
var WASM_OPT_LEVELS = ["O1", "O2", "O3", "O4", "Os", "Oz"], DEFAULT_WASM_OPT_LEVEL = "O2";
function wasmOptLevel(setting) {
  if (setting === void 0 || setting === !1) return;
  if (setting === !0) return DEFAULT_WASM_OPT_LEVEL;
  let spelled = setting.replace(/^-/, ""), level = spelled.startsWith("O") ? spelled : `O${spelled}`;
  if (!WASM_OPT_LEVELS.includes(level))
    throw new WasmpackError("BAD_WASM_OPT_LEVEL", `"${setting}" is not a wasm-opt level`, `use --wasm-opt (means ${DEFAULT_WASM_OPT_LEVEL}) or --wasm-opt=LEVEL with one of ${WASM_OPT_LEVELS.join(", ")}`);
  return level;
}
__name(wasmOptLevel, "wasmOptLevel");
async function findWasmOpt(level, runner, env) {
  let path = env.WASM_OPT || await findOnPath("wasm-opt", env);
  if (!path)
    throw new WasmpackError("WASM_OPT_NOT_FOUND", 'wasm-opt was asked for (--wasm-opt or "wasmOpt"), but none is on PATH', "install binaryen (apt-get install binaryen), or set WASM_OPT to a wasm-opt binary, or drop --wasm-opt");
  let result = await runChecked(runner, path, ["--version"], { env, errorCode: "WASM_OPT_FAILED", what: `asking ${path} for its version`, hint: "check that WASM_OPT (or the wasm-opt on PATH) is binaryen's wasm-opt" });
  return { path, version: result.stdout.trim().split(`
`)[0] || "wasm-opt (unknown version)", level };
}
__name(findWasmOpt, "findWasmOpt");
function wasmOptRecord(tool) {
  return `${tool.version} -${tool.level}`;
}
__name(wasmOptRecord, "wasmOptRecord");
async function runWasmOpt(tool, module, options) {
  let output = join(options.workDir, `${options.name}.opt.wasm`);
  return await runChecked(options.runner, tool.path, [module, `-${tool.level}`, "-o", output], {
    env: options.env,
    ...options.signal ? { signal: options.signal } : {},
    errorCode: "WASM_OPT_FAILED",
    what: `optimising ${options.name}.wasm with ${tool.version} -${tool.level}`,
    hint: "see wasm-opt's message above; build without --wasm-opt to package the module as compiled"
  }), output;
}
__name(runWasmOpt, "runWasmOpt");

// src/pipeline/aot.ts
async function compileAot2(request, deps) {
  let wamrc = await findWamrc({ ...request.wamrc ? { explicit: request.wamrc } : {}, env: deps.env }), version = await wamrcVersion(deps.runner, wamrc, { env: deps.env });
  deps.reporter.step(`AOT-compiling ${request.name}.wasm with wamrc ${version.version} for ${request.targets?.join(", ") || "this machine"}`);
  let stored = await request.module.stored(), results = await compileAot({
    runner: deps.runner,
    wamrc,
    module: stored.location,
    moduleDigest: stored.digest,
    name: request.name,
    targets: request.targets ?? [],
    workDir: request.workDir,
    version,
    env: deps.env,
    ...deps.signal ? { signal: deps.signal } : {},
    ...request.cpu ? { cpu: request.cpu } : {},
    ...request.cpuFeatures ? { cpuFeatures: request.cpuFeatures } : {},
    ...request.optLevel !== void 0 ? { optLevel: request.optLevel } : {},
    ...request.sizeLevel !== void 0 ? { sizeLevel: request.sizeLevel } : {},
    ...request.boundsChecks !== void 0 ? { boundsChecks: request.boundsChecks } : {},
    ...request.flags ? { extraFlags: request.flags } : {}
  });
  for (let r of results)
    deps.reporter.info(`${r.target}: ${r.size} bytes, AOT format ${r.formatVersion}, cpu ${r.cpu}; loads on ${r.runtimes}${r.note ? ` (${r.note})` : ""}`);
  return results;
}
__name(compileAot2, "compileAot");
async function aotImages(request) {
  return buildAotImages({
    portable: request.portable,
    module: { ...await request.module.stored(), name: request.name },
    results: request.results.map((r) => ({ ...r, open: fileOpener(r.path) })),
    ship: request.ship ?? ["sibling"],
    timestamp: request.timestamp,
    scratch: request.scratch,
    compression: request.compression,
    annotations: request.annotations
  });
}
__name(aotImages, "aotImages");

// src/pipeline/assemble.ts
async function assemble(input) {
  let { compiled, config, timestamp } = input, { output, module, report, decision } = compiled, annotations = imageAnnotations(output, input.git, timestamp, config.annotations ?? {}, compiled.wasmOpt), compression = config.compression ?? "gzip", image = decision.format === "artifact" ? await buildWasmArtifact({ module: await module.stored(), title: `${output.name}.wasm`, kind: report.kind, ...decision.component ? { component: decision.component } : {}, annotations, timestamp, ...output.metadata.authors ? { author: output.metadata.authors } : {} }) : await buildCompatImage({
    files: [{ path: `/${output.name}.wasm`, size: module.size, open: module.open, mode: 493 }],
    entrypoint: `/${output.name}.wasm`,
    cmd: config.cmd,
    env: Object.entries(config.env ?? {}).map(([k, v]) => `${k}=${v}`),
    labels: config.labels,
    annotations,
    timestamp,
    variant: config.variant ?? "compat",
    compression,
    layerSink: input.scratch("layer")
  }), aot = compiled.aot ? await aotImages({ results: compiled.aot, ship: config.aot?.ship, module, name: output.name, portable: image, timestamp, compression, annotations, scratch: input.scratch }) : void 0, graph = {
    image: image.manifest,
    companions: (aot?.extraTagged ?? []).map((e) => ({ suffix: e.suffix, image: e.node })),
    referrers: aot?.referrers ?? [],
    name: output.name,
    reference: input.reference
  };
  return { image, graph, ...aot ? { aot } : {} };
}
__name(assemble, "assemble");
function imageAnnotations(output, git, timestamp, user, wasmOpt) {
  let m = output.metadata, found = {
    [Annotation.created]: isoTime(timestamp),
    [Annotation.title]: m.title ?? output.name,
    [Annotation.version]: m.version,
    [Annotation.licenses]: m.licenses,
    [Annotation.description]: m.description,
    [Annotation.authors]: m.authors,
    [Annotation.url]: m.url,
    [Annotation.source]: git.source,
    [Annotation.revision]: git.revision,
    [Annotation.wasmOpt]: wasmOpt
  }, out = {};
  for (let [key, value] of Object.entries(found)) value && (out[key] = value);
  return { ...out, ...user };
}
__name(imageAnnotations, "imageAnnotations");

// src/pipeline/build-plan.ts
import { stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
async function planBuild(request) {
  let cwd = request.cwd ?? process.cwd(), dir = resolve2(cwd, request.dir);
  if (!(await stat2(dir).catch(() => {
  }))?.isDirectory())
    throw new WasmpackError("NO_PROJECT", `project directory ${dir} does not exist`, "pass an existing directory: wasmpack build DIR");
  let { config: fileConfig, source } = await loadConfig(dir, request.configFile && resolve2(cwd, request.configFile)), configDir = source?.endsWith(".json") ? dirname2(source) : dir, wasm = request.wasm !== void 0 ? resolve2(cwd, request.wasm) : fileConfig.wasm !== void 0 ? resolve2(configDir, fileConfig.wasm) : void 0, config = mergeConfig(fileConfig, { ...request, ...wasm ? { wasm } : {} }), tags = [...new Set(config.tags ?? [])].map(parseReference), language = await detectLanguage(dir, config, wasm), wasmOpt = wasmOptLevel(config.wasmOpt);
  return {
    dir,
    config,
    language,
    ...wasm ? { wasm } : {},
    tags,
    release: request.release ?? !0,
    ...wasmOpt ? { wasmOpt } : {},
    ...request.timestamp !== void 0 ? { timestamp: request.timestamp } : {}
  };
}
__name(planBuild, "planBuild");
function mergeConfig(file, request) {
  let pick = /* @__PURE__ */ __name((key, value) => value ?? file[key], "pick");
  return {
    ...file,
    language: pick("language", request.language),
    wasm: pick("wasm", request.wasm),
    strip: pick("strip", request.strip),
    wasmOpt: pick("wasmOpt", request.wasmOpt),
    tags: request.tags?.length ? request.tags : file.tags,
    format: pick("format", request.format),
    compression: pick("compression", request.compression),
    variant: pick("variant", request.variant),
    cmd: request.cmd?.length ? request.cmd : file.cmd,
    annotations: { ...file.annotations, ...request.annotations },
    labels: { ...file.labels, ...request.labels },
    env: { ...file.env, ...request.env },
    rust: { ...file.rust, ...request.rust },
    go: { ...file.go, ...request.go },
    aot: { ...file.aot, ...request.aot }
  };
}
__name(mergeConfig, "mergeConfig");

// src/toolchains/c/driver.ts
import { basename, join as join3 } from "node:path";

// src/toolchains/c/no-implicit-wasm-opt.ts
import { mkdir, symlink } from "node:fs/promises";
import { join as join2 } from "node:path";
async function noImplicitWasmOpt(workDir, env) {
  let dir = join2(workDir, "clang-programs");
  await mkdir(dir, { recursive: !0 });
  let doNothing = await findOnPath("true", env) ?? "/bin/true";
  return await symlink(doNothing, join2(dir, "wasm-opt")).catch((err) => {
    if (err.code !== "EEXIST") throw err;
  }), ["-B", dir];
}
__name(noImplicitWasmOpt, "noImplicitWasmOpt");

// src/toolchains/c/driver.ts
function createCDriver(options = {}) {
  let files = options.files ?? realFiles;
  return {
    language: "c",
    async build(ctx) {
      let c = ctx.config.c, name = moduleName(ctx.config.name ?? basename(ctx.dir)), toolchain = await findCToolchain({ config: c, env: ctx.env, runner: ctx.runner, files }), patterns = c?.sources && c.sources.length > 0 ? c.sources : DEFAULT_C_SOURCES, sources = await findSources(ctx.dir, patterns), absent = [];
      for (let s of sources) await realFiles.exists(join3(ctx.dir, s)) || absent.push(s);
      if (sources.length === 0 || absent.length > 0)
        throw new WasmpackError(
          "C_SOURCES_NOT_FOUND",
          absent.length > 0 ? `C sources listed in wasmpack.json do not exist in ${ctx.dir}: ${absent.join(", ")}.` : `No C sources match ${patterns.join(", ")} in ${ctx.dir} (build, target, node_modules, .wasmpack and hidden directories are skipped).`,
          "list the files or globs in c.sources in wasmpack.json, relative to the project directory"
        );
      let output = join3(ctx.workDir, `${name}.wasm`);
      ctx.reporter.step(`compiling ${name} with ${toolchain.description}`);
      let programs = await noImplicitWasmOpt(ctx.workDir, ctx.env);
      return await runChecked(ctx.runner, toolchain.cc, [...programs, ...clangArguments(toolchain, { sources, output, release: ctx.release, config: c, dir: ctx.dir })], {
        cwd: ctx.dir,
        env: ctx.env,
        signal: ctx.signal,
        errorCode: "C_COMPILE_FAILED",
        what: `compiling ${name} (${sources.length} source${sources.length === 1 ? "" : "s"})`,
        hint: "fix the compiler error above; WASI preview 1 has no threads, signals or fork, so code using them needs an #ifdef __wasi__ path"
      }), ctx.reporter.succeed(`compiled ${name}.wasm`), { module: output, name, metadata: { title: name }, toolchain: toolchain.description };
    }
  };
}
__name(createCDriver, "createCDriver");
var cDriver = createCDriver();

// src/toolchains/go/driver.ts
import { join as join4 } from "node:path";

// src/toolchains/go/plan.ts
import { delimiter, dirname as dirname3 } from "node:path";
function tinygoBuildPlan(tc, o, goForTinyGo) {
  let target = tc.version && compareVersions(tc.version, TINYGO_WASIP1_VERSION) < 0 ? "wasi" : "wasip1", args = ["build", `-target=${target}`, "-o", o.output];
  o.strip && args.push("-no-debug"), o.go.tags?.length && args.push(`-tags=${o.go.tags.join(" ")}`), o.go.ldflags && args.push(`-ldflags=${o.go.ldflags}`), args.push(o.go.package ?? ".");
  let env = { ...o.env };
  goForTinyGo && (env.PATH = [dirname3(goForTinyGo), env.PATH].filter(Boolean).join(delimiter));
  let version = tc.version ? formatVersion(tc.version) : tc.versionText;
  return { command: tc.command, args, env, description: `tinygo ${version} -target=${target}` };
}
__name(tinygoBuildPlan, "tinygoBuildPlan");
function goBuildPlan(tc, o) {
  let args = ["build", "-o", o.output, "-trimpath", "-buildvcs=false"], ldflags = [o.strip ? "-s -w" : "", o.go.ldflags ?? ""].filter(Boolean).join(" ");
  ldflags && args.push(`-ldflags=${ldflags}`), o.go.tags?.length && args.push(`-tags=${o.go.tags.join(",")}`), args.push(o.go.package ?? ".");
  let env = {
    ...o.env,
    GOOS: "wasip1",
    GOARCH: "wasm",
    CGO_ENABLED: "0",
    // Never download a newer toolchain behind the user's back; an explicit choice is respected.
    GOTOOLCHAIN: o.env.GOTOOLCHAIN || "local"
  }, version = tc.version ? `go${formatVersion(tc.version)}` : tc.versionText;
  return { command: tc.command, args, env, description: `${version} GOOS=wasip1 GOARCH=wasm` };
}
__name(goBuildPlan, "goBuildPlan");
function parseGoModulePath(goMod) {
  for (let raw of goMod.split(`
`)) {
    let line = raw.replace(/\/\/.*$/, "").trim(), m = /^module\s+(?:"([^"]+)"|`([^`]+)`|(\S+))$/.exec(line);
    if (m) return m[1] ?? m[2] ?? m[3];
  }
}
__name(parseGoModulePath, "parseGoModulePath");
function moduleTitle(modulePath) {
  let parts = modulePath.split("/").filter(Boolean), last = parts.pop() ?? modulePath;
  return /^v\d+$/.test(last) && parts.length > 0 && (last = parts.pop()), last;
}
__name(moduleTitle, "moduleTitle");
var NETWORK_ERROR = /dial tcp|proxy\.golang\.org|no such host|i\/o timeout|GOPROXY=off|module lookup disabled|cannot find module providing|missing go\.sum entry/;
function buildFailureHint(stderr, tc) {
  return NETWORK_ERROR.test(stderr) ? "a dependency could not be downloaded: check GOPROXY (and GOFLAGS), or vendor dependencies with `go mod vendor` and build with GOFLAGS=-mod=vendor" : /requires go >= |GOTOOLCHAIN=local/.test(stderr) ? "go.mod asks for a newer Go than the one used: install it, or lower the `go` line in go.mod" : tc.kind === "go" ? "the Go compiler rejected the project; note that GOOS=wasip1 has no cgo, and packages such as net/http servers do not work on wasip1" : "TinyGo rejected the project; see https://tinygo.org/docs/reference/lang-support/stdlib/ for the packages TinyGo supports, or use --toolchain go";
}
__name(buildFailureHint, "buildFailureHint");

// src/toolchains/go/driver.ts
function createGoDriver(host = realGoHost) {
  return {
    language: "go",
    async build(ctx) {
      let goModText = await host.readFile(join4(ctx.dir, "go.mod"));
      if (goModText === void 0)
        throw new WasmpackError("GO_MOD_NOT_FOUND", `${ctx.dir} has no go.mod, so it is not a Go module.`, "run `go mod init example.com/<name>` in the project directory");
      let modulePath = parseGoModulePath(goModText), title = modulePath ? moduleTitle(modulePath) : void 0, name = moduleName(ctx.config.name ?? title ?? dirnameOf(ctx.dir)), goConfig = ctx.config.go ?? {}, { toolchain, fellBackToGo } = await chooseGoToolchain(goConfig.toolchain, ctx.runner, ctx.env, host, ctx.signal);
      fellBackToGo && ctx.reporter.info('TinyGo was not found, so Go builds this module; TinyGo output is typically 10-50x smaller (install TinyGo, or set go.toolchain to "go" to silence this)');
      let output = join4(ctx.workDir, `${name}.wasm`), options = { output, strip: ctx.config.strip ?? ctx.release, go: goConfig, env: ctx.env }, plan;
      if (toolchain.kind === "tinygo") {
        let lend = await host.findOnPath("go", ctx.env) ? void 0 : (await goCandidates(ctx.env, host))[0];
        plan = tinygoBuildPlan(toolchain, options, lend);
      } else
        plan = goBuildPlan(toolchain, options);
      ctx.reporter.step(`compiling ${name} with ${plan.description}`);
      let result = await ctx.runner(plan.command, plan.args, { cwd: ctx.dir, env: plan.env, signal: ctx.signal });
      if (result.code !== 0) {
        let text = (result.stderr || result.stdout).trim();
        throw new WasmpackError(
          "GO_BUILD_FAILED",
          `building ${name} with ${plan.description} failed (${plan.command} exited with ${result.code})${text ? `:
${tail(text, 40)}` : ""}`,
          buildFailureHint(text, toolchain)
        );
      }
      if (!await host.exists(output))
        throw new WasmpackError("GO_BUILD_FAILED", `${plan.command} exited successfully but wrote no module at ${output}.`, "check go.package names a main package");
      return ctx.reporter.succeed(`compiled ${name}.wasm`), toolchain.kind === "go" && !ctx.config.aot?.enabled && ctx.reporter.info(
        `note: crun's WAMR handler gives the interpreter an 8 KiB wasm stack, so this Go module fails there ("Failed to call the WASM function"); build with --aot for crun-wamr nodes (it runs as AOT), or use wasmtime/wasmedge/runwasi, which run it as is. crun-wamr also exits 0 whatever the module's exit code`
      ), { module: output, name, metadata: title ? { title } : {}, toolchain: plan.description };
    }
  };
}
__name(createGoDriver, "createGoDriver");
var goDriver = createGoDriver();
function dirnameOf(dir) {
  return dir.split(/[\\/]/).filter(Boolean).pop() ?? "app";
}
__name(dirnameOf, "dirnameOf");

// src/toolchains/prebuilt.ts
import { stat as stat3 } from "node:fs/promises";
import { basename as basename2, extname, resolve as resolve3 } from "node:path";
function prebuiltDriver(wasmPath) {
  return {
    language: "wasm",
    async build(ctx) {
      let module = resolve3(ctx.dir, wasmPath);
      if (!(await stat3(module).catch(() => {
      }))?.isFile())
        throw new WasmpackError("WASM_NOT_FOUND", `module ${module} does not exist`, 'point --wasm (or "wasm" in wasmpack.json) at a built .wasm file');
      let name = ctx.config.name ?? moduleName(basename2(module, extname(module)));
      return { module, name, metadata: { title: name }, toolchain: "prebuilt module" };
    }
  };
}
__name(prebuiltDriver, "prebuiltDriver");

// src/toolchains/rust/driver.ts
import { copyFile } from "node:fs/promises";
import { join as join5, resolve as resolve4 } from "node:path";
var DEBIAN_CARGO_REGISTRY = "/usr/share/cargo/registry";
function createRustDriver(options = {}) {
  let files = options.files ?? realFiles, fallbacks = options.fallbacks ?? [DEBIAN_RUST];
  return {
    language: "rust",
    async build(ctx) {
      let rust = ctx.config.rust ?? {}, toolchain = await findRustToolchain({ env: ctx.env, runner: ctx.runner, files, target: rust.target, fallbacks, reporter: ctx.reporter, cwd: ctx.dir }), pkg = await readPackage(ctx, toolchain, rust), args = cargoBuildArguments(toolchain.target, ctx.release, rust);
      ctx.reporter.step(`building ${pkg?.name ?? "the crate"} with ${toolchain.description}`);
      let result = await ctx.runner(toolchain.cargo, args, { cwd: ctx.dir, env: toolchain.env, signal: ctx.signal });
      if (result.code !== 0) throw await buildFailure(result.stderr, result.code, toolchain, files);
      let binary = pickBinary(parseCargoMessages(result.stdout), rust.bin), name = moduleName(ctx.config.name ?? binary.name), module = join5(ctx.workDir, `${name}.wasm`);
      return await copyFile(binary.executable, module), ctx.reporter.succeed(`built ${binary.name}.wasm`), { module, name, metadata: metadataOf(pkg, name), toolchain: toolchain.description };
    }
  };
}
__name(createRustDriver, "createRustDriver");
var rustDriver = createRustDriver();
function cargoBuildArguments(target, release, rust) {
  return [
    "build",
    ...release ? ["--release"] : [],
    "--target",
    target,
    "--message-format=json-render-diagnostics",
    ...rust.package ? ["--package", rust.package] : [],
    ...rust.bin ? ["--bin", rust.bin] : [],
    ...rust.features && rust.features.length > 0 ? ["--features", rust.features.join(",")] : []
  ];
}
__name(cargoBuildArguments, "cargoBuildArguments");
async function readPackage(ctx, toolchain, rust) {
  let result = await ctx.runner(toolchain.cargo, ["metadata", "--no-deps", "--format-version", "1"], { cwd: ctx.dir, env: toolchain.env, signal: ctx.signal });
  if (result.code !== 0) {
    let stderr = result.stderr.trim();
    throw new WasmpackError(
      "CARGO_MANIFEST_INVALID",
      `cargo could not read the manifest in ${ctx.dir}:
${stderr}`,
      oldCargoHint(stderr) ?? "fix Cargo.toml as cargo says above (`cargo metadata --no-deps` shows the same error)"
    );
  }
  return choosePackage(result.stdout, ctx.dir, rust.package);
}
__name(readPackage, "readPackage");
function choosePackage(metadataJson, dir, wanted) {
  let packages = JSON.parse(metadataJson).packages ?? [];
  if (wanted) {
    let found = packages.find((p) => p.name === wanted);
    if (!found)
      throw new WasmpackError(
        "RUST_PACKAGE_NOT_FOUND",
        `The workspace has no package named ${wanted} (members: ${packages.map((p) => p.name).join(", ") || "none"}).`,
        "set rust.package in wasmpack.json to one of the members listed"
      );
    return found;
  }
  let rootManifest = resolve4(dir, "Cargo.toml");
  return packages.find((p) => p.manifest_path && resolve4(p.manifest_path) === rootManifest) ?? (packages.length === 1 ? packages[0] : void 0);
}
__name(choosePackage, "choosePackage");
function metadataOf(pkg, name) {
  let metadata = { title: pkg?.name ?? name };
  pkg?.version && (metadata.version = pkg.version), pkg?.license && (metadata.licenses = pkg.license), pkg?.description && (metadata.description = pkg.description.trim()), pkg?.authors && pkg.authors.length > 0 && (metadata.authors = pkg.authors.join(", "));
  let url = pkg?.homepage ?? pkg?.repository;
  return url && (metadata.url = url), metadata;
}
__name(metadataOf, "metadataOf");
async function buildFailure(stderr, code, toolchain, files) {
  let text = tail(stderr.trim(), 60);
  if (isNetworkFailure(stderr))
    return new WasmpackError(
      "CARGO_FETCH_FAILED",
      `cargo could not download the project's dependencies (exited with ${code}):
${text}`,
      offlineRegistryHint(await files.isDirectory(DEBIAN_CARGO_REGISTRY))
    );
  let old = oldCargoHint(stderr);
  return old ? new WasmpackError("CARGO_LOCKFILE_UNSUPPORTED", `${toolchain.version}'s cargo could not read the project (exited with ${code}):
${text}`, old) : new WasmpackError(
    "RUST_COMPILE_FAILED",
    `cargo build failed with ${toolchain.description} (exited with ${code}):
${text}`,
    `fix the error above; \`RUSTC=${toolchain.rustc} ${toolchain.cargo} build --target ${toolchain.target}\` shows the same output`
  );
}
__name(buildFailure, "buildFailure");

// src/wasm/scan.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
var HEAD_READ = 64 * 1024, SECTION_HEADER_MAX = 6, NAME_READ = 256;
async function scanModuleFile(path, what = path) {
  let file = await open(path, "r");
  try {
    let { size } = await file.stat(), head = await readAt(file, 0, Math.min(size, HEAD_READ)), bytesAt = /* @__PURE__ */ __name((position, length) => position + length <= head.length ? head.subarray(position, position + length) : readAt(file, position, length), "bytesAt"), header = readHeader(head, what);
    checkVersion(header);
    let sections = [], pos = HEADER_SIZE;
    for (; pos < size; ) {
      let window = await bytesAt(pos, Math.min(size - pos, SECTION_HEADER_MAX)), reader = new ByteReader(window, 0, window.length, pos), id = reader.byte(), length = reader.u32(), payloadStart = reader.offset;
      if (payloadStart + length > size) throw truncatedSection(id, length, size - payloadStart, pos);
      let section = { id, start: pos, payloadStart, end: payloadStart + length };
      id === CUSTOM_SECTION_ID && (section.customName = await readCustomName(bytesAt, section)), sections.push(section), pos = section.end;
    }
    let info = emptyInfo(header, sections);
    for (let section of sections) {
      let payload = payloadNeeded(header.kind, section.id) ? await bytesAt(section.payloadStart, section.end - section.payloadStart) : Buffer.alloc(0);
      readSectionInfo(info, section, new ByteReader(payload, 0, payload.length, section.payloadStart));
    }
    return { ...info, size, ...head.length === size ? { bytes: head } : {} };
  } finally {
    await file.close();
  }
}
__name(scanModuleFile, "scanModuleFile");
async function readCustomName(bytesAt, section) {
  let payloadSize = section.end - section.payloadStart, bytes = await bytesAt(section.payloadStart, Math.min(payloadSize, NAME_READ)), lengthReader = new ByteReader(bytes, 0, bytes.length, section.payloadStart), nameLength = lengthReader.u32(), needed = lengthReader.pos + nameLength;
  return needed > bytes.length && needed <= payloadSize && (bytes = await bytesAt(section.payloadStart, needed)), new ByteReader(bytes, 0, payloadSize, section.payloadStart).name();
}
__name(readCustomName, "readCustomName");
async function readAt(file, position, length) {
  let buffer = Buffer.alloc(length), filled = 0;
  for (; filled < length; ) {
    let { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.subarray(0, filled);
}
__name(readAt, "readAt");
async function readRanges(path, ranges) {
  let total = ranges.reduce((n, r) => n + (r.end - r.start), 0), out = Buffer.alloc(total), file = await open(path, "r");
  try {
    let at = 0;
    for (let range of ranges) {
      let bytes = await readAt(file, range.start, range.end - range.start);
      if (bytes.length !== range.end - range.start) throw new Error(`${path} changed while it was read (short read at ${range.start})`);
      bytes.copy(out, at), at += bytes.length;
    }
  } finally {
    await file.close();
  }
  return out;
}
__name(readRanges, "readRanges");
function coalesce(ranges) {
  let out = [];
  for (let range of ranges) {
    let last = out[out.length - 1];
    last && last.end === range.start ? last.end = range.end : out.push({ ...range });
  }
  return out;
}
__name(coalesce, "coalesce");
function streamRanges(path, ranges) {
  async function* chunks() {
    for (let range of ranges)
      range.end !== range.start && (yield* createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: 1 << 20 }));
  }
  return __name(chunks, "chunks"), Readable.from(chunks(), { objectMode: !1 });
}
__name(streamRanges, "streamRanges");

// src/wasm/validate.ts
var WASI_PREVIEW1 = "wasi_snapshot_preview1", CLI_RUN_EXPORT = /^wasi:cli\/run(@|$)/, WASM_FEATURES = {
  mutable_globals: !0,
  sat_float_to_int: !0,
  sign_extension: !0,
  simd: !0,
  threads: !0,
  multi_value: !0,
  tail_call: !0,
  bulk_memory: !0,
  reference_types: !0,
  exceptions: !0,
  extended_const: !0,
  relaxed_simd: !0,
  multi_memory: !0,
  function_references: !0,
  gc: !0,
  memory64: !0
}, wabtInstance;
function loadWabt() {
  return wabtInstance ??= import("./wabt.js").then((mod) => mod.default()), wabtInstance;
}
__name(loadWabt, "loadWabt");
var V8_VALIDATE_LIMIT = 32 * 1024 * 1024;
async function validateModule(path, options = {}) {
  let info = await scanOrThrow(path);
  if (!(options.accept ?? ["module"]).includes(info.kind))
    throw new WasmpackError(
      "WASM_COMPONENT",
      `${path} is a WebAssembly component (WASI 0.2), but only a core module fits here`,
      "wasmpack build packages components (as the CNCF artifact, or --format compat); for a core module build for a wasip1 target (e.g. cargo build --target wasm32-wasip1)"
    );
  let validatedBy = info.kind === "module" ? await validateCore(path, info) : "sections", report = reportOf(info, info.size, validatedBy);
  if ((options.requireCommand ?? !0) && !report.isCommand)
    throw new WasmpackError(
      "WASM_NOT_COMMAND",
      info.kind === "module" ? `${path} exports no _start function: it is a reactor or library module, which cannot be run as a container entrypoint` : `${path} exports no wasi:cli/run interface, so runtimes cannot run it as a command`,
      "build a binary/command: a cargo bin target (src/main.rs), main() in C, or package main in Go"
    );
  return report;
}
__name(validateModule, "validateModule");
async function scanOrThrow(path) {
  try {
    return await scanModuleFile(path);
  } catch (err) {
    if (err instanceof WasmFormatError)
      throw new WasmpackError("WASM_INVALID", `${path} is not a valid WebAssembly binary: ${err.message}`, "rebuild it; if it was copied or downloaded, the file may be truncated");
    if (err instanceof WasmpackError) throw err;
    let code = err.code;
    throw new WasmpackError("WASM_NOT_FOUND", `cannot read ${path}: ${code ?? err.message}`, "check the --wasm path, or run the build first");
  }
}
__name(scanOrThrow, "scanOrThrow");
function codeRanges(sections) {
  return coalesce([{ start: 0, end: HEADER_SIZE }, ...sections.filter((s) => s.id !== CUSTOM_SECTION_ID).map((s) => ({ start: s.start, end: s.end }))]);
}
__name(codeRanges, "codeRanges");
async function validateCore(path, info) {
  let ranges = codeRanges(info.sections);
  if (ranges.reduce((n, r) => n + (r.end - r.start), 0) > V8_VALIDATE_LIMIT) return "sections";
  let bytes = info.bytes ? Buffer.concat(ranges.map((r) => info.bytes.subarray(r.start, r.end))) : await readRanges(path, ranges);
  if (WebAssembly.validate(bytes)) return "v8";
  let message;
  try {
    return new WebAssembly.Module(bytes), "v8";
  } catch (err) {
    message = String(err.message ?? err).replace(/^WebAssembly\.Module\(\): /, "");
  }
  if (/--experimental-wasm-|enable with/.test(message))
    return await validateWithWabt(bytes, path), "wabt";
  throw invalidModule(path, `${fileOffsets(message, ranges)}`);
}
__name(validateCore, "validateCore");
function fileOffsets(message, ranges) {
  return message.replace(/@\+(\d+)/g, (_all, n) => {
    let rest = Number(n);
    for (let range of ranges) {
      let length = range.end - range.start;
      if (rest < length) return `at offset ${range.start + rest}`;
      rest -= length;
    }
    return `at offset ${n}`;
  });
}
__name(fileOffsets, "fileOffsets");
function invalidModule(path, detail) {
  return new WasmpackError("WASM_INVALID", `${path} is not a valid WebAssembly module: ${detail}`, "rebuild it with a current toolchain; if it was post-processed (wasm-opt, a stripper), try the unprocessed file");
}
__name(invalidModule, "invalidModule");
async function validateWithWabt(bytes, path) {
  let wabt = await loadWabt(), module;
  try {
    module = wabt.readWasm(bytes, { readDebugNames: !1, ...WASM_FEATURES }), module.validate();
  } catch (err) {
    throw invalidModule(path, String(err.message ?? err).trim().replace(/\s*\n\s*/g, "; "));
  } finally {
    module?.destroy();
  }
}
__name(validateWithWabt, "validateWithWabt");
function reportOf(info, size, validatedBy = "sections") {
  let modules = [...new Set(info.imports.map((i) => i.module))].filter((m) => m !== WASI_PREVIEW1).sort(), isCommand = info.kind === "module" ? info.exports.some((e) => e.name === "_start" && e.kind === "func") : info.exports.some((e) => CLI_RUN_EXPORT.test(e.name)), warnings = info.kind === "module" ? modules.map((m) => importWarning(m, info.imports.filter((i) => i.module === m))) : [];
  return warnings.push(...info.notes), { kind: info.kind, size, imports: info.imports, exports: info.exports, customSections: info.customSections, sections: info.sections, validatedBy, isCommand, nonWasiImportModules: modules, warnings, exportsIncomplete: info.incomplete.includes("exports") };
}
__name(reportOf, "reportOf");
function importWarning(module, imports) {
  let names = imports.map((i) => i.name), shown = names.length > 5 ? `${names.slice(0, 5).join(", ")}, ... (${names.length} in all)` : names.join(", "), lead = `imports from "${module}" (${shown})`;
  return module.startsWith("wasmedge") ? `${lead}: a WasmEdge host extension; only WasmEdge runs this module (crun's wasmedge handler, runwasi's wasmedge shim)` : module === "wasi_unstable" ? `${lead}: the old WASI snapshot 0; most runtimes still accept it, but rebuild with a current toolchain to be safe` : module === "env" ? `${lead}: unresolved symbols, usually a link error (a missing library or a declared but undefined function); no WASI runtime provides them` : module.startsWith("wasi:") ? `${lead}: WASI 0.2 interfaces imported by a core module; it needs the component adapter (wasm-tools component new) or a runtime that implements them` : module === "wasi" && names.includes("thread-spawn") ? `${lead}: wasi-threads; runs only where threads are enabled (wasmtime -S threads, WAMR, WasmEdge)` : module === "wasi_ephemeral_nn" || module === "wasi_nn" ? `${lead}: wasi-nn; needs a runtime built with a neural-network backend (WasmEdge, wasmtime with wasi-nn)` : module.startsWith("wasi_ephemeral_") ? `${lead}: an experimental WASI proposal; support differs between runtimes` : module === "gojs" || module === "go" ? `${lead}: this is Go's GOOS=js output for browsers and Node; rebuild with GOOS=wasip1 GOARCH=wasm` : module === "wbg" || module === "__wbindgen_placeholder__" ? `${lead}: wasm-bindgen JavaScript glue (a wasm32-unknown-unknown build); rebuild for wasm32-wasip1` : `${lead}: a host module no standard WASI runtime provides; only a runtime that implements "${module}" can run this`;
}
__name(importWarning, "importWarning");

// src/pipeline/component.ts
import { open as open2 } from "node:fs/promises";
var CLI_RUN = CLI_RUN_EXPORT, HTTP_HANDLER = /^wasi:http\/incoming-handler(@|$)/;
function componentEntryPoints(report) {
  return {
    command: report.exports.some((e) => CLI_RUN.test(e.name)),
    httpProxy: report.exports.some((e) => HTTP_HANDLER.test(e.name))
  };
}
__name(componentEntryPoints, "componentEntryPoints");
function componentInterfaces(report) {
  return {
    imports: [...new Set(report.imports.map((i) => i.name))],
    exports: [...new Set(report.exports.map((e) => e.name))]
  };
}
__name(componentInterfaces, "componentInterfaces");
function decideFormat(input) {
  let { report } = input, notes = [], warnings = [];
  if (report.kind === "module") {
    let format2 = input.requested ?? "compat";
    return format2 === "artifact" && warnings.push(...droppedRunSettings(input.runSettings)), { format: format2, notes, warnings };
  }
  if (input.aot)
    throw new WasmpackError(
      "AOT_COMPONENT",
      "AOT compilation was requested, but the module is a WebAssembly component (WASI 0.2): wamrc and WAMR load core modules only.",
      "drop --aot (and aot.enabled in wasmpack.json) for this build, or build a wasip1 core module (e.g. rust.target wasm32-wasip1) to AOT-compile it"
    );
  if (report.exports.length === 0 && !report.exportsIncomplete)
    throw new WasmpackError(
      "WASM_NOT_COMMAND",
      "the module is a WebAssembly component that exports nothing (no wasi:cli/run, no wasi:http/incoming-handler, no interface), so no host can call it",
      "build a command (a Rust bin crate with --target wasm32-wasip2, or `wasm-tools component new` with the wasi_snapshot_preview1 command adapter) or a component that exports the world it implements"
    );
  let entry = componentEntryPoints(report), component = componentInterfaces(report), format = input.requested ?? "artifact";
  return format === "artifact" ? (notes.push(
    `WASI 0.2 component: building the CNCF Wasm OCI artifact (os wasip2, ${component.imports.length} imports, ${component.exports.length} exports in its config), which wkg, wasmCloud and runwasi (via CRI) read; use --format compat for a container image that runwasi's wasmtime shim runs`
  ), warnings.push(...droppedRunSettings(input.runSettings)), { format, notes, warnings, component }) : (notes.push(
    "WASI 0.2 component in a compat image: runwasi's wasmtime shim runs it (it detects wasi:cli/command and wasi:http/proxy); crun's handlers, WAMR and wasmer load core modules only and will refuse it"
  ), !entry.command && !entry.httpProxy && warnings.push(
    `the component exports neither wasi:cli/run nor wasi:http/incoming-handler (it exports ${shortList(component.exports)}), so it is not runnable as a command from a compat image; the artifact format (the default for components) suits libraries and plugins`
  ), { format, notes, warnings, component });
}
__name(decideFormat, "decideFormat");
async function peekWasmKind(path) {
  let file = await open2(path, "r").catch(() => {
  });
  if (file)
    try {
      let { buffer, bytesRead } = await file.read(Buffer.alloc(HEADER_SIZE), 0, HEADER_SIZE, 0);
      return headerKind(buffer.subarray(0, bytesRead));
    } finally {
      await file.close();
    }
}
__name(peekWasmKind, "peekWasmKind");
function droppedRunSettings(settings) {
  let dropped = [settings?.env && "env", settings?.cmd && "cmd", settings?.labels && "labels"].filter(Boolean);
  return dropped.length === 0 ? [] : [`the Wasm OCI artifact format has no run configuration, so these settings are not recorded: ${dropped.join(", ")} (use --format compat to keep them in the image config)`];
}
__name(droppedRunSettings, "droppedRunSettings");
function shortList(names) {
  return names.length > 4 ? `${names.slice(0, 4).join(", ")}, ... (${names.length} in all)` : names.join(", ");
}
__name(shortList, "shortList");

// src/pipeline/module-bytes.ts
import { createWriteStream } from "node:fs";
import { mkdir as mkdir2 } from "node:fs/promises";
import { join as join6 } from "node:path";
import { pipeline } from "node:stream/promises";

// src/wasm/strip.ts
function isDebugSection(name) {
  return name === "name" || name.startsWith(".debug") || name === "sourceMappingURL" || name === "external_debug_info";
}
__name(isDebugSection, "isDebugSection");
function planStrip(sections, size) {
  let kept = [{ start: 0, end: HEADER_SIZE }], removed = [];
  for (let section of sections)
    section.id === CUSTOM_SECTION_ID && isDebugSection(section.customName) ? removed.push(section.customName) : kept.push({ start: section.start, end: section.end });
  let ranges = coalesce(kept);
  return { kept: ranges, removed, before: size, after: ranges.reduce((n, r) => n + (r.end - r.start), 0) };
}
__name(planStrip, "planStrip");
function keepAll(size) {
  return { kept: [{ start: 0, end: size }], removed: [], before: size, after: size };
}
__name(keepAll, "keepAll");

// src/pipeline/module-bytes.ts
function packagedModule(source, report, options) {
  let plan = options.strip ? planStrip(report.sections, report.size) : keepAll(report.size), open3 = /* @__PURE__ */ __name(() => streamRanges(source, plan.kept), "open"), stored;
  return {
    source,
    plan,
    size: plan.after,
    open: open3,
    stored: /* @__PURE__ */ __name(() => stored ??= store(open3, join6(options.workDir, "module"), `${options.name}.wasm`), "stored")
  };
}
__name(packagedModule, "packagedModule");
async function store(open3, dir, name) {
  await mkdir2(dir, { recursive: !0 });
  let path = join6(dir, name), hashing = hashingTap();
  return await pipeline(open3(), hashing.tap, createWriteStream(path)), { open: fileOpener(path), ...hashing.result(), location: path, hashedAsWritten: !0 };
}
__name(store, "store");

// src/pipeline/compile.ts
var DRIVERS = { c: cDriver, rust: rustDriver, go: goDriver };
async function compile(plan, deps) {
  let { config } = plan, built = await (deps.driver ?? (plan.language === "wasm" ? prebuiltDriver(plan.wasm) : DRIVERS[plan.language])).build({ dir: plan.dir, config, runner: deps.runner, env: { ...deps.env, TMPDIR: deps.workDir }, reporter: deps.reporter, release: plan.release, workDir: deps.workDir, ...deps.signal ? { signal: deps.signal } : {} }), output = built;
  if (deps.wasmOpt) {
    deps.reporter.step(`optimising ${built.name}.wasm with ${wasmOptRecord(deps.wasmOpt)}`);
    let optimised = await runWasmOpt(deps.wasmOpt, built.module, { name: built.name, workDir: deps.workDir, runner: deps.runner, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} });
    output = { ...built, module: optimised };
  }
  let kind = await peekWasmKind(output.module), report = await validateModule(output.module, { accept: ["module", "component"], requireCommand: kind !== "component" }), decision = decideFormat({
    report,
    requested: config.format,
    runSettings: { env: Object.keys(config.env ?? {}).length > 0, cmd: (config.cmd?.length ?? 0) > 0, labels: Object.keys(config.labels ?? {}).length > 0 },
    aot: config.aot?.enabled ?? !1
  }), warnings = [...report.warnings, ...decision.warnings];
  warnings.forEach((w) => deps.reporter.warn(w)), decision.notes.forEach((n) => deps.reporter.info(n));
  let strip = config.strip ?? plan.release, module = packagedModule(output.module, report, { strip, name: output.name, workDir: deps.workDir });
  strip && deps.reporter.info(`stripped ${output.name}.wasm: ${module.plan.before} -> ${module.plan.after} bytes`);
  let aot = config.aot?.enabled ? await compileAot2({ ...config.aot, module, name: output.name, workDir: deps.workDir }, { runner: deps.runner, reporter: deps.reporter, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} }) : void 0;
  return { output, module, report, decision, warnings, ...deps.wasmOpt ? { wasmOpt: wasmOptRecord(deps.wasmOpt) } : {}, ...aot ? { aot } : {} };
}
__name(compile, "compile");

// src/pipeline/store.ts
async function store2(graph, layout, entries) {
  let target = new LayoutTarget(layout);
  await transaction(target, () => copyGraph(graph, target, entries, {}));
  let inLayout = /* @__PURE__ */ __name((node) => rebase(node, layout), "inLayout");
  return { ...graph, image: inLayout(graph.image), companions: graph.companions.map((c) => ({ ...c, image: inLayout(c.image) })), referrers: graph.referrers.map(inLayout) };
}
__name(store2, "store");
function storedImage(graph, built) {
  let [config, ...layers] = graph.image.children;
  return { manifest: graph.image, config: { ...config, bytes: built.config.bytes }, layers };
}
__name(storedImage, "storedImage");
function rebase(node, layout) {
  return isManifestNode(node) ? { ...node, children: node.children.map((c) => rebase(c, layout)) } : "bytes" in node ? node : fileBlob(node.descriptor, blobPath(layout, node.descriptor.digest));
}
__name(rebase, "rebase");

// src/pipeline/timestamp.ts
function imageTimestamp(flag, env, commitTime2) {
  if (flag !== void 0) return checkEpoch(String(flag), "--timestamp");
  let fromEnv = env.SOURCE_DATE_EPOCH;
  return fromEnv !== void 0 && fromEnv !== "" ? checkEpoch(fromEnv, "SOURCE_DATE_EPOCH") : commitTime2 ?? 0;
}
__name(imageTimestamp, "imageTimestamp");
function checkEpoch(value, what) {
  if (!/^\d{1,11}$/.test(value.trim()))
    throw new WasmpackError("BAD_TIMESTAMP", `${what} must be whole seconds since 1970-01-01 UTC, got "${value}"`, "for example --timestamp 0 or SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)");
  return Number(value);
}
__name(checkEpoch, "checkEpoch");
async function commitTime(dir, env, runner = runProcess) {
  return (await gitInfo(runner, dir, env)).commitTime;
}
__name(commitTime, "commitTime");

// src/pipeline/up-to-date.ts
import { createHash } from "node:crypto";
import { readdir, stat as stat4 } from "node:fs/promises";
import { join as join7, relative } from "node:path";
var TOOLS = ["clang", "clang-14", "clang-15", "clang-16", "clang-17", "clang-18", "clang-19", "wasm-ld", "rustc", "cargo", "go", "tinygo"], FIXED_TOOLS = ["/usr/bin/rustc", "/usr/bin/cargo", "/usr/lib/go-1.21/bin/go", "/usr/lib/go-1.22/bin/go", "/usr/lib/go-1.23/bin/go"], TOOL_ENV = /^(PATH|SOURCE_DATE_EPOCH|CC|CFLAGS|LDFLAGS|RUST\w*|CARGO\w*|GO\w*|TINYGO\w*|WASI_SDK_PATH|WAMRC)$/;
async function buildFingerprint(input) {
  let hash = createHash("sha256"), add = /* @__PURE__ */ __name((...parts) => hash.update(`${JSON.stringify(parts)}
`), "add"), inputs = { files: [], tools: [...input.tools ?? []] };
  add("wasmpack", packageVersion()), add("settings", input.settings), add("git", input.git.revision ?? null, input.git.commitTime ?? null);
  for (let tool of inputs.tools) add("step", tool);
  if (add("epoch", input.env.SOURCE_DATE_EPOCH ?? null), input.prebuilt !== void 0)
    return inputs.files.push(input.prebuilt), add("module", input.prebuilt, ...await sizeAndMtime(input.prebuilt)), { digest: `sha256:${hash.digest("hex")}`, inputs };
  for (let key of Object.keys(input.env).filter((k) => TOOL_ENV.test(k)).sort()) add("env", key, input.env[key]);
  let compilers = [...await Promise.all(TOOLS.map((t) => findOnPath(t, input.env))), ...FIXED_TOOLS];
  for (let tool of compilers) {
    if (!tool) continue;
    let at = await mtime(tool);
    at !== null && inputs.tools.push(tool), add("tool", tool, at);
  }
  for (let file of await projectFiles(input.dir)) {
    let path = relative(input.dir, file);
    inputs.files.push(path), add("file", path, ...await sizeAndMtime(file));
  }
  return { digest: `sha256:${hash.digest("hex")}`, inputs };
}
__name(buildFingerprint, "buildFingerprint");
async function projectFiles(dir) {
  let out = [], walk = /* @__PURE__ */ __name(async (at) => {
    let entries = await readdir(at, { withFileTypes: !0 }).catch(() => []);
    for (let entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      let path = join7(at, entry.name);
      entry.isDirectory() ? isSkippedDir(entry.name) || await walk(path) : entry.isFile() && out.push(path);
    }
  }, "walk");
  return await walk(dir), out;
}
__name(projectFiles, "projectFiles");
async function sizeAndMtime(path) {
  let info = await stat4(path).catch(() => {
  });
  return info ? [info.size, info.mtimeMs] : [null];
}
__name(sizeAndMtime, "sizeAndMtime");
async function mtime(path) {
  return (await stat4(path).catch(() => {
  }))?.mtimeMs ?? null;
}
__name(mtime, "mtime");

// src/pipeline/build.ts
async function buildProject(request, options) {
  let deps = { ...options, runner: options.runner ?? runProcess }, plan = await planBuild(request), { dir, config } = plan, gitPending = gitInfo(deps.runner, dir, deps.env), wasmOpt = plan.wasmOpt ? await findWasmOpt(plan.wasmOpt, deps.runner, deps.env) : void 0, fingerprint = config.aot?.enabled ? void 0 : await buildFingerprint({
    dir,
    settings: { config, language: plan.language, release: plan.release, timestamp: plan.timestamp ?? null },
    ...plan.language === "wasm" ? { prebuilt: plan.wasm } : {},
    tools: wasmOpt ? [wasmOptRecord(wasmOpt)] : [],
    env: deps.env,
    git: await gitPending
  });
  if (fingerprint && request.cache !== !1) {
    let current = await lastBuildIfCurrent(plan, fingerprint);
    if (current)
      return deps.reporter.succeed(`up to date: image ${current.localTag}@${current.digest} (sources, config and toolchain unchanged since the last build; --no-cache builds anyway)`), current;
  }
  let workDir = await mkdtemp(join8(tmpdir(), "wasmpack-build-"));
  try {
    let compiled = await compile(plan, { runner: deps.runner, reporter: deps.reporter, env: deps.env, workDir, ...deps.signal ? { signal: deps.signal } : {}, ...wasmOpt ? { wasmOpt } : {} }), { output } = compiled, git = await gitPending, timestamp = imageTimestamp(plan.timestamp, deps.env, git.commitTime), entries = plan.tags.length ? plan.tags.map((t) => t.text) : [`${output.name}:${DEFAULT_TAG}`];
    deps.reporter.step(`assembling ${compiled.decision.format} image`);
    let assembled = await assemble({ compiled, config, git, timestamp, reference: entries[0], scratch: /* @__PURE__ */ __name((name) => scratchSink(join8(workDir, name)), "scratch") }), layout = layoutDir(dir), graph = await store2(assembled.graph, layout, entries), found = { name: output.name, format: compiled.decision.format, toolchain: output.toolchain, timestamp, warnings: compiled.warnings, module: { size: compiled.module.size, unstrippedSize: compiled.report.size, report: compiled.report }, ...compiled.wasmOpt ? { wasmOpt: compiled.wasmOpt } : {} };
    return await saveLastBuild(dir, { ref: entries[0], tags: plan.tags.map((t) => t.text), companions: graph.companions.map((c) => c.suffix), ...fingerprint ? { fingerprint: fingerprint.digest, found } : {} }), assembled.aot && deps.reporter.succeed(`AOT images: ${aotTags(plan, graph).join(", ") || "none"}${graph.referrers.length ? ` + ${graph.referrers.length} referrer` : ""}`), deps.reporter.succeed(`image ${entries[0]}@${graph.image.descriptor.digest}`), {
      ...resultOf(plan, found, graph, storedImage(graph, assembled.image), entries[0], fingerprint),
      ...compiled.aot && assembled.aot ? { aot: { results: compiled.aot, images: assembled.aot } } : {}
    };
  } finally {
    await rm(workDir, { recursive: !0, force: !0 });
  }
}
__name(buildProject, "buildProject");
function resultOf(plan, found, graph, image, localTag, fingerprint) {
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
    ...found.wasmOpt ? { wasmOpt: found.wasmOpt } : {},
    ...fingerprint ? { fingerprint: fingerprint.inputs } : {}
  };
}
__name(resultOf, "resultOf");
function aotTags(plan, graph) {
  let tags = plan.tags.length ? plan.tags : void 0;
  return graph.companions.flatMap((c) => tags ? tags.map((t) => withTagSuffix(t, c.suffix, "AOT_BAD_TAG").tag) : [`${DEFAULT_TAG}${c.suffix}`]);
}
__name(aotTags, "aotTags");
async function lastBuildIfCurrent(plan, fingerprint) {
  let record = await readLastBuildRecord(plan.dir);
  if (record?.fingerprint !== fingerprint.digest || !record.found) return;
  let last = await openLastBuild(plan.dir, record).catch(() => {
  });
  if (!last) return;
  let [config] = last.graph.image.children, image = storedImage(last.graph, { config: { ...config, bytes: await collect(config.open()) } });
  return { ...resultOf(plan, record.found, last.graph, image, last.ref, fingerprint), upToDate: !0 };
}
__name(lastBuildIfCurrent, "lastBuildIfCurrent");

export {
  commitTime,
  buildProject
};
