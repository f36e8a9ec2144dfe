import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEBIAN_CLANG_VERSIONS,
  DEBIAN_RUST,
  GO_MIN_VERSION,
  TINYGO_WASIP1_VERSION,
  chooseGoToolchain,
  compareVersions,
  detectLanguage,
  findCToolchain,
  findRustToolchain,
  findTinyGo,
  goCandidates,
  loadConfig,
  parseGoVersion,
  parseTinyGoVersion,
  realFiles
} from "./shared-toolchains-rust-toolchain.js";
import {
  aotTargetNames,
  findWamrc,
  hostAotTarget,
  wamrcVersion
} from "./shared-toolchains-wamrc.js";
import {
  RUNTIMES,
  chooseRuntime,
  findRuntime
} from "./shared-pipeline-runtimes.js";
import "./shared-wasm-binary.js";
import "./shared-wasm-aot-header.js";
import {
  credentialSources,
  parseAuthConfig,
  readAuthConfigFile
} from "./shared-auth-auth-file.js";
import {
  findOnPath,
  runProcess
} from "./shared-process-exec.js";
import "./shared-oci-aot-image.js";
import "./shared-streamx.js";
import "./shared-oci-reference.js";
import {
  WasmpackError,
  isWasmpackError
} from "./shared-errors.js";
import {
  packageRoot,
  packageVersion
} from "./shared-package-info.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/doctor.ts
import { homedir } from "node:os";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/pipeline/doctor-install.ts
var WASI_SDK = "download wasi-sdk from https://github.com/WebAssembly/wasi-sdk/releases, unpack it and export WASI_SDK_PATH=/path/to/wasi-sdk", WAMR_RELEASES = "https://github.com/bytecodealliance/wasm-micro-runtime/releases", INSTALL = {
  rust: {
    debian: "sudo apt-get install rustc cargo libstd-rust-dev-wasm32 lld-14 (then RUSTUP_TOOLCHAIN=/usr if rustup shadows it)",
    macos: "brew install rustup && rustup-init -y && rustup target add wasm32-wasip1",
    portable: "rustup target add wasm32-wasip1"
  },
  c: {
    debian: "sudo apt-get install clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32",
    macos: WASI_SDK,
    portable: WASI_SDK
  },
  go: {
    debian: "Debian 12: enable bookworm-backports, then sudo apt-get install -t bookworm-backports golang-1.23-go; Ubuntu 24.04: sudo apt-get install golang-1.23-go",
    macos: "brew install go (or brew install tinygo-org/tools/tinygo for smaller modules)",
    portable: "download Go >= 1.21 from https://go.dev/dl/ into /usr/local/go, or TinyGo from https://tinygo.org/getting-started/install/"
  },
  wamrc: {
    debian: `download wamrc-<version>-x86_64-ubuntu-22.04.tar.gz from ${WAMR_RELEASES} and export WAMRC=/path/to/wamrc`,
    macos: `download wamrc-<version>-x86_64-macos-*.tar.gz from ${WAMR_RELEASES} and export WAMRC=/path/to/wamrc`,
    portable: "build wamr-compiler from the WAMR sources (wamr-compiler/README.md) and put wamrc on PATH"
  },
  iwasm: {
    debian: `download iwasm-<version>-x86_64-ubuntu-22.04.tar.gz from ${WAMR_RELEASES} (the same release as wamrc) and export IWASM=/path/to/iwasm`,
    macos: `download iwasm-<version>-x86_64-macos-*.tar.gz from ${WAMR_RELEASES} and export IWASM=/path/to/iwasm`,
    portable: "build product-mini/platforms/<os> from the WAMR sources and put iwasm on PATH"
  },
  wasmtime: { debian: "curl https://wasmtime.dev/install.sh -sSf | bash", macos: "brew install wasmtime" },
  wasmedge: { debian: "curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install.sh | bash", macos: "brew install wasmedge" },
  wasmer: { debian: "curl https://get.wasmer.io -sSfL | sh", macos: "brew install wasmer" },
  jco: { debian: "npm install -g @bytecodealliance/jco", macos: "npm install -g @bytecodealliance/jco", portable: "npm install -g @bytecodealliance/jco" }
};

// src/pipeline/doctor-toolchains.ts
async function toolVersion(runner, command, args, env) {
  try {
    let result = await runner(command, args, { env, timeoutMs: 15e3 }), line = `${result.stdout}
${result.stderr}`.trim().split(`
`)[0]?.trim();
    return result.code === 0 && line ? line : void 0;
  } catch (err) {
    if (isWasmpackError(err) && err.code === "INTERRUPTED") throw err;
    return;
  }
}
__name(toolVersion, "toolVersion");
function problemOf(err) {
  if (err instanceof WasmpackError) return { code: err.code, message: err.message };
  throw err;
}
__name(problemOf, "problemOf");
async function rustReport(deps) {
  let { env, runner } = deps, search = { runner, files: realFiles, ...deps.config?.rust?.target ? { target: deps.config.rust.target } : {}, ...deps.cwd ? { cwd: deps.cwd } : {} }, report = { language: "rust", toolchains: [] }, paths = [...new Set([env.RUSTC, await findOnPath("rustc", env), await realFiles.exists(DEBIAN_RUST.rustc) ? DEBIAN_RUST.rustc : void 0].filter((p) => p !== void 0))], [chosen, ...alone] = await Promise.all([
    findRustToolchain({ ...search, env }).catch((err) => problemOf(err)),
    ...paths.map(async (path) => ({
      path,
      version: await toolVersion(runner, path, ["--version"], env),
      found: await findRustToolchain({ ...search, env: { ...env, RUSTC: path }, fallbacks: [] }).catch((err) => problemOf(err))
    }))
  ]), selectedSysroot = "sysroot" in chosen ? chosen.sysroot : void 0;
  "sysroot" in chosen ? report.selected = {
    path: chosen.rustc,
    description: chosen.description,
    why: env.RUSTC ? "RUSTC is set" : `the first rustc (PATH, then ${DEBIAN_RUST.rustc}) whose sysroot has the ${chosen.target} standard library`
  } : report.problem = chosen;
  for (let { path, version, found } of alone) {
    if (!version) continue;
    if ("sysroot" in found) {
      report.toolchains.push({ name: "rustc", path, version, target: found.target, targetPresent: !0, selected: found.sysroot === selectedSysroot });
      continue;
    }
    let viaRustup = path.includes(".cargo") || path.includes("rustup");
    report.toolchains.push({
      name: "rustc",
      path,
      version,
      target: "wasm32-wasip1",
      targetPresent: !1,
      selected: !1,
      note: found.code === "RUST_TARGET_MISSING" ? viaRustup ? "no wasm32-wasip1 standard library: rustup target add wasm32-wasip1" : "no wasm32-wasi standard library: apt-get install libstd-rust-dev-wasm32" : found.code
    });
  }
  return report.selected || (report.install = INSTALL.rust), report;
}
__name(rustReport, "rustReport");
var C_WHY = {
  config: "c.cc is set in wasmpack.json",
  "wasi-sdk": "WASI_SDK_PATH is set",
  debian: "the newest clang-NN on PATH with wasi-libc, wasm-ld and the wasm32 builtins",
  "cc-env": "CC is set and no complete clang-NN was found"
};
async function cReport(deps) {
  let { env, runner } = deps, report = { language: "c", toolchains: [] }, chosen;
  try {
    chosen = await findCToolchain({ config: deps.config?.c, env, runner, files: realFiles }), report.selected = { path: chosen.cc, description: chosen.description, why: C_WHY[chosen.kind] };
  } catch (err) {
    report.problem = problemOf(err);
  }
  chosen && (chosen.kind === "wasi-sdk" || chosen.kind === "config" || chosen.kind === "cc-env") && report.toolchains.push({ name: chosen.kind, path: chosen.cc, version: await toolVersion(runner, chosen.cc, ["--version"], env), target: "wasm32-wasi", targetPresent: !0, selected: !0 });
  let passedSelected = chosen !== void 0 && chosen.kind !== "debian", names = [...DEBIAN_CLANG_VERSIONS.map((v) => `clang-${v}`), "clang"], found = await Promise.all(names.map(async (name) => ({ name, path: await findOnPath(name, env) }))), clangs = await Promise.all(found.filter((c) => c.path !== void 0).map(async (c) => ({ ...c, version: await toolVersion(runner, c.path, ["--version"], env) })));
  for (let { name, path, version } of clangs) {
    let selected = chosen?.kind === "debian" && chosen.cc === path, targetPresent = selected ? !0 : passedSelected ? null : !1;
    report.toolchains.push({
      name,
      path,
      ...withVersion(version),
      target: "wasm32-wasi",
      targetPresent,
      selected,
      ...targetPresent === !1 ? { note: "lacks wasi-libc, lld or its wasm32 builtins (libclang-rt-NN-dev-wasm32)" } : targetPresent === null ? { note: "not checked: a newer clang was picked first" } : {}
    }), selected && (passedSelected = !0);
  }
  return report.selected || (report.install = INSTALL.c), report;
}
__name(cReport, "cReport");
function withVersion(version) {
  return version ? { version } : {};
}
__name(withVersion, "withVersion");
async function goReport(deps) {
  let { env, runner } = deps, report = { language: "go", toolchains: [] }, preference = deps.config?.go?.toolchain ?? "auto", selectedCommand;
  try {
    let choice = await chooseGoToolchain(preference, runner, env);
    selectedCommand = choice.toolchain.command, report.selected = {
      path: choice.toolchain.command,
      description: choice.toolchain.versionText,
      why: choice.toolchain.kind === "tinygo" ? `TinyGo was found, and go.toolchain is ${preference} (TinyGo's modules are 10-50x smaller)` : choice.fellBackToGo ? `TinyGo was not found; the first Go >= ${GO_MIN_VERSION.slice(0, 2).join(".")} (PATH, GOROOT, /usr/lib/go-1.NN, /usr/local/go)` : "go.toolchain is go"
    };
  } catch (err) {
    report.problem = problemOf(err);
  }
  let tinygo = await findTinyGo(env);
  if (tinygo) {
    let text = await toolVersion(runner, tinygo, ["version"], env), version = text ? parseTinyGoVersion(text) : void 0, wasip1 = version ? compareVersions(version, TINYGO_WASIP1_VERSION) >= 0 : null;
    report.toolchains.push({ name: "tinygo", path: tinygo, ...withVersion(text), target: wasip1 === !1 ? "wasi" : "wasip1", targetPresent: text ? !0 : null, selected: selectedCommand === tinygo });
  }
  for (let path of await goCandidates(env)) {
    let text = await toolVersion(runner, path, ["version"], env);
    if (!text) continue;
    let version = parseGoVersion(text), usable = version !== void 0 && compareVersions(version, GO_MIN_VERSION) >= 0;
    report.toolchains.push({
      name: "go",
      path,
      version: text,
      target: "wasip1",
      targetPresent: usable,
      selected: selectedCommand === path,
      ...usable ? {} : { note: `GOOS=wasip1 needs Go ${GO_MIN_VERSION.slice(0, 2).join(".")} or newer` }
    });
  }
  return report.selected || (report.install = INSTALL.go), report;
}
__name(goReport, "goReport");

// src/pipeline/doctor.ts
var KINDS = ["module", "component", "aot"];
async function doctor(deps) {
  let runner = deps.runner ?? runProcess, env = deps.env, dir = resolve(deps.dir ?? "."), { config, problem: configProblem } = await projectConfig(dir), probe = { env, runner, config, cwd: dir }, [rust, c, go, wamrc, runtimes, credentials] = await Promise.all([rustReport(probe), cReport(probe), goReport(probe), wamrcReport(runner, env), runtimeReports(runner, env), credentialReports(env, deps.homedir ?? homedir())]), languages = [rust, c, go];
  return {
    wasmpack: packageVersion(),
    node: await nodeReport(),
    languages,
    wamrc,
    runtimes,
    credentials,
    project: await projectReport(dir, config, configProblem, languages)
  };
}
__name(doctor, "doctor");
async function nodeReport() {
  let engines = JSON.parse(await readFile(join(packageRoot(), "package.json"), "utf8")).engines?.node ?? "*", minimum = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(engines.trim()), have = process.versions.node.split(".").map(Number), want = minimum ? [1, 2, 3].map((i) => Number(minimum[i] ?? 0)) : [0, 0, 0], difference = have.map((v, i) => v - want[i]).find((d) => d !== 0) ?? 0;
  return { version: process.version, path: process.execPath, supported: difference >= 0, engines };
}
__name(nodeReport, "nodeReport");
async function projectConfig(dir) {
  try {
    return { config: (await loadConfig(dir)).config };
  } catch (err) {
    if (isWasmpackError(err)) return { config: {}, problem: err };
    throw err;
  }
}
__name(projectConfig, "projectConfig");
async function projectReport(dir, config, configProblem, languages) {
  let fail = /* @__PURE__ */ __name((err, language2) => ({ dir, ...language2 ? { language: language2 } : {}, buildable: !1, problem: { code: err.code, message: err.message, ...err.hint ? { hint: err.hint } : {} } }), "fail");
  if (configProblem) return fail(configProblem);
  let language;
  try {
    language = await detectLanguage(dir, config);
  } catch (err) {
    if (isWasmpackError(err)) return fail(err);
    throw err;
  }
  if (language === "wasm") return { dir, language, buildable: !0, toolchain: "a prebuilt module (no compiler needed)" };
  let report = languages.find((l) => l.language === language);
  return report.selected ? { dir, language, buildable: !0, toolchain: report.selected.description } : fail(new WasmpackError(report.problem?.code ?? "TOOL_NOT_FOUND", report.problem?.message ?? `no ${language} toolchain was found`), language);
}
__name(projectReport, "projectReport");
async function wamrcReport(runner, env) {
  let targets = aotTargetNames(), hostTarget = (() => {
    try {
      return hostAotTarget().name;
    } catch {
      return;
    }
  })();
  try {
    let path = await findWamrc({ env }), version = await wamrcVersion(runner, path, { env });
    return { found: !0, path, version: version.version, ...version.formatVersion !== void 0 ? { formatVersion: version.formatVersion } : {}, targets, ...hostTarget ? { hostTarget } : {} };
  } catch (err) {
    if (!isWasmpackError(err)) throw err;
    return { found: !1, targets, ...hostTarget ? { hostTarget } : {}, problem: { code: err.code, message: err.message }, install: INSTALL.wamrc };
  }
}
__name(wamrcReport, "wamrcReport");
async function runtimeReports(runner, env) {
  return Promise.all(
    RUNTIMES.map(async (name) => {
      let runs = KINDS.filter((kind) => canRun(kind, name)), defaultFor = KINDS.filter((kind) => chooseRuntime(kind, void 0) === name);
      try {
        let path = await findRuntime(name, env), version = name === "node" ? process.version : path.endsWith(".js") ? await toolVersion(runner, process.execPath, [path, "--version"], env) : await toolVersion(runner, path, ["--version"], env);
        return { name, found: !0, path, ...version ? { version } : {}, runs, defaultFor };
      } catch (err) {
        if (!isWasmpackError(err)) throw err;
        return { name, found: !1, runs, defaultFor, ...name !== "node" ? { install: INSTALL[name] } : {} };
      }
    })
  );
}
__name(runtimeReports, "runtimeReports");
function canRun(kind, runtime) {
  try {
    return chooseRuntime(kind, runtime), !0;
  } catch {
    return !1;
  }
}
__name(canRun, "canRun");
async function credentialReports(env, home) {
  let out = [];
  for (let source of credentialSources({ env, homedir: home })) {
    if (source.kind === "creds") continue;
    let file;
    try {
      file = source.kind === "file" ? await readAuthConfigFile(source.path) : parseAuthConfig(source.text, source.label);
    } catch (err) {
      if (!isWasmpackError(err)) throw err;
      out.push({ source: source.label, registries: [], helpers: [], problem: `${err.code}: ${err.message}` });
      continue;
    }
    file && out.push({
      source: source.label,
      registries: Object.keys(file.auths ?? {}).sort(),
      helpers: Object.entries(file.credHelpers ?? {}).map(([registry, helper]) => ({ registry, helper })),
      ...file.credsStore ? { credsStore: file.credsStore } : {}
    });
  }
  return out;
}
__name(credentialReports, "credentialReports");
export {
  doctor
};
