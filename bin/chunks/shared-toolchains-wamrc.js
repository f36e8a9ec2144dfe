import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  ElfMachine,
  machineName,
  readAotHeader
} from "./shared-wasm-aot-header.js";
import {
  findOnPath,
  runChecked
} from "./shared-process-exec.js";
import {
  aotFormatSummary,
  compatibleRuntimes,
  formatForWamrVersion
} from "./shared-oci-aot-image.js";
import {
  sha256Stream
} from "./shared-streamx.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/toolchains/wamrc.ts
import { createReadStream } from "node:fs";
import { access, constants, mkdir, rm } from "node:fs/promises";
import { basename, join } from "node:path";
var WAMR_HINT = `wamrc is WAMR's ahead-of-time compiler: build it from the wamr-compiler directory of https://github.com/bytecodealliance/wasm-micro-runtime (see wamr-compiler/README.md) or take it from a WAMR release tarball (wamrc-<version>-<platform>.tar.gz), then set WAMRC=/path/to/wamrc, "aot": {"wamrc": ...} in wasmpack.json, or put it on PATH. Run the result with iwasm/libiwasm from the SAME WAMR release: the AOT format version must match exactly (${aotFormatSummary()}).`;
async function findWamrc(options = {}) {
  let env = options.env ?? process.env, candidates = [];
  env.WAMRC && candidates.push([env.WAMRC, `WAMRC=${env.WAMRC}`]), options.explicit && candidates.push([options.explicit, `aot.wamrc "${options.explicit}" in wasmpack.json`]);
  for (let [path, source] of candidates) {
    let found = await findOnPath(path, env);
    if (found) return found;
    throw new WasmpackError("WAMRC_NOT_FOUND", `wamrc was not found: ${source} is not an executable file.`, WAMR_HINT);
  }
  let onPath = await findOnPath("wamrc", env);
  if (onPath) return onPath;
  throw new WasmpackError("WAMRC_NOT_FOUND", "--aot needs wamrc, which is not on PATH and neither WAMRC nor aot.wamrc is set.", WAMR_HINT);
}
__name(findWamrc, "findWamrc");
function parseWamrcVersion(output) {
  let match = /\bwamrc\s+v?(\d+)\.(\d+)\.(\d+)/i.exec(output) ?? /\bv?(\d+)\.(\d+)\.(\d+)\b/.exec(output);
  if (!match)
    return { version: "unknown", acceptedFormats: [], note: `could not read a version from \`wamrc --version\` (${JSON.stringify(output.trim().slice(0, 80))}); the AOT format version is taken from the .aot header` };
  let [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { version: `${major}.${minor}.${patch}`, major, minor, patch, ...formatForWamrVersion(major, minor, patch) };
}
__name(parseWamrcVersion, "parseWamrcVersion");
async function wamrcVersion(runner, path, options = {}) {
  let result = await runner(path, ["--version"], { env: options.env });
  return result.code !== 0 ? parseWamrcVersion("") : parseWamrcVersion(`${result.stdout}
${result.stderr}`);
}
__name(wamrcVersion, "wamrcVersion");
var TARGETS = {
  x86_64: { name: "x86_64", wamrcTarget: "x86_64", baselineCpu: "x86-64", machines: [ElfMachine.x86_64, ElfMachine.winX86_64], archPrefix: "x86_64" },
  aarch64: { name: "aarch64", wamrcTarget: "aarch64v8", baselineCpu: "generic", machines: [ElfMachine.aarch64], archPrefix: "aarch64" },
  i386: { name: "i386", wamrcTarget: "i386", baselineCpu: "i686", machines: [ElfMachine.i386, ElfMachine.winI386], archPrefix: "i386" },
  arm: { name: "arm", wamrcTarget: "armv7", abi: "gnueabihf", baselineCpu: "generic", machines: [ElfMachine.arm], archPrefix: "armv7" },
  riscv64: { name: "riscv64", wamrcTarget: "riscv64", abi: "lp64d", baselineCpu: "generic-rv64", baselineFeatures: "+m,+a,+c,+f,+d", machines: [ElfMachine.riscv], archPrefix: "riscv64" }
}, ALIASES = {
  amd64: "x86_64",
  x64: "x86_64",
  "x86-64": "x86_64",
  arm64: "aarch64",
  aarch64v8: "aarch64",
  x86: "i386",
  ia32: "i386",
  i686: "i386",
  armv7: "arm",
  armhf: "arm"
}, NODE_ARCH = { x64: "x86_64", arm64: "aarch64", ia32: "i386", arm: "arm", riscv64: "riscv64" };
function aotTargetNames() {
  return Object.keys(TARGETS);
}
__name(aotTargetNames, "aotTargetNames");
function resolveAotTarget(name) {
  let key = name.trim().toLowerCase(), canonical = TARGETS[key] ?? TARGETS[ALIASES[key] ?? ""];
  if (canonical) return canonical;
  if (/^aarch64v8\.([1-5])$/.exec(key)) return { ...TARGETS.aarch64, name: key, wamrcTarget: key };
  throw new WasmpackError(
    "AOT_UNKNOWN_TARGET",
    `"${name}" is not an AOT target wasmpack knows (known: ${aotTargetNames().join(", ")}; aliases: ${Object.keys(ALIASES).join(", ")}; also aarch64v8.1-aarch64v8.5).`,
    "use one of those names in --aot-target; pass anything more exotic through aot.flags in wasmpack.json at your own risk"
  );
}
__name(resolveAotTarget, "resolveAotTarget");
function hostAotTarget(arch = process.arch) {
  let name = NODE_ARCH[arch];
  if (!name) throw new WasmpackError("AOT_UNKNOWN_TARGET", `this machine's architecture (${arch}) has no WAMR AOT target wasmpack knows`, "pass --aot-target explicitly");
  return TARGETS[name];
}
__name(hostAotTarget, "hostAotTarget");
var RESERVED_FLAGS = ["-o", "--target", "--target-abi", "--cpu", "--cpu-features", "--format", "--opt-level", "--size-level", "--bounds-checks"];
function level(name, value) {
  if (value !== void 0) {
    if (!Number.isInteger(value) || value < 0 || value > 3)
      throw new WasmpackError("AOT_BAD_OPTION", `${name} must be 0, 1, 2 or 3, not ${value}`, `fix --aot-${name}`);
    return value;
  }
}
__name(level, "level");
function wamrcArgs(options) {
  let target = typeof options.target == "string" ? resolveAotTarget(options.target) : options.target, optLevel = level("opt-level", options.optLevel), sizeLevel = level("size-level", options.sizeLevel);
  for (let flag of options.extraFlags ?? []) {
    let name = flag.split("=")[0];
    if (RESERVED_FLAGS.includes(name))
      throw new WasmpackError("AOT_BAD_OPTION", `the extra wamrc flag "${flag}" would override a flag wasmpack sets and checks`, `use the matching --aot-* option instead of passing ${name} in aot.flags`);
  }
  let flags = [], cpu;
  if (options.cpu === "native") {
    let host = hostAotTarget(options.hostArch);
    if (host.name !== target.name && host.wamrcTarget !== target.wamrcTarget)
      throw new WasmpackError("AOT_BAD_OPTION", `--aot-cpu native means "this machine's CPU", which is ${host.name}, but the target is ${target.name}`, "name a CPU for cross-compiling (e.g. --aot-cpu cortex-a72), or drop --aot-cpu for the portable baseline");
    if (options.cpuFeatures)
      throw new WasmpackError("AOT_BAD_OPTION", "--aot-cpu native takes the host CPU features; --aot-cpu-features (aot.cpuFeatures) cannot be added to it", "name the CPU instead of native to adjust its features");
    cpu = "native";
  } else {
    cpu = options.cpu ?? target.baselineCpu, flags.push(`--target=${target.wamrcTarget}`), target.abi && flags.push(`--target-abi=${target.abi}`), flags.push(`--cpu=${cpu}`);
    let features = options.cpuFeatures ?? (options.cpu === void 0 ? target.baselineFeatures : void 0);
    features && flags.push(`--cpu-features=${features}`);
  }
  return optLevel !== void 0 && flags.push(`--opt-level=${optLevel}`), sizeLevel !== void 0 && flags.push(`--size-level=${sizeLevel}`), options.boundsChecks !== void 0 && flags.push(`--bounds-checks=${options.boundsChecks ? 1 : 0}`), flags.push(...options.extraFlags ?? []), { args: [...flags, "-o", options.output, options.input], flags, cpu, target };
}
__name(wamrcArgs, "wamrcArgs");
async function compileAot(options) {
  let version = options.version ?? await wamrcVersion(options.runner, options.wamrc, { env: options.env }), moduleDigest = options.moduleDigest ?? (await sha256Stream(createReadStream(options.module))).digest, name = options.name ?? basename(options.module).replace(/\.wasm$/, ""), requested = options.targets.length ? options.targets.map(resolveAotTarget) : [hostAotTarget(options.hostArch)], targets = [...new Map(requested.map((t) => [t.name, t])).values()], outDir = join(options.workDir, "aot");
  await mkdir(outDir, { recursive: !0 });
  let results = [];
  for (let target of targets) {
    let output = join(outDir, `${name}-${target.name}.aot`), built = wamrcArgs({ ...options, target, output, input: options.module });
    await rm(output, { force: !0 }), await runChecked(options.runner, options.wamrc, built.args, {
      env: options.env,
      signal: options.signal,
      errorCode: "AOT_COMPILE_FAILED",
      what: `compiling ${basename(options.module)} ahead of time for ${target.name} (wamrc ${built.flags.join(" ")})`,
      hint: "check the wamrc output above; if the target or CPU is rejected, run `wamrc --target=help` / `wamrc --cpu=help`"
    }), await access(output, constants.R_OK).catch(() => {
      throw new WasmpackError("AOT_COMPILE_FAILED", `wamrc exited successfully but wrote no ${output}`, "run the wamrc command by hand to see what it did");
    });
    let header = await readAotHeader(output);
    checkMachine(header.machine, header.arch, target, output), checkFormat(header.formatVersion, version, output);
    let { digest, size } = await sha256Stream(createReadStream(output)), result = {
      path: output,
      target: target.name,
      wamrcTarget: built.cpu === "native" ? header.arch : target.wamrcTarget,
      cpu: built.cpu,
      flags: built.flags,
      wamrcVersion: version.version,
      formatVersion: header.formatVersion,
      machine: header.machine,
      arch: header.arch,
      moduleDigest,
      digest,
      size,
      runtimes: compatibleRuntimes(header.formatVersion).text
    };
    version.note && (result.note = version.note), results.push(result);
  }
  return results;
}
__name(compileAot, "compileAot");
function checkMachine(machine, arch, target, path) {
  if (!(target.machines.includes(machine) && arch.startsWith(target.archPrefix)))
    throw new WasmpackError(
      "AOT_WRONG_MACHINE",
      `${path} holds code for ${machineName(machine)} (e_machine ${machine}, arch "${arch}"), but ${target.name} was requested (e_machine ${target.machines.join(" or ")}, arch ${target.archPrefix}*)`,
      "wamrc ignored or misread --target: check that it is a WAMR wamrc built with that LLVM backend (`wamrc --target=help`)"
    );
}
__name(checkMachine, "checkMachine");
function checkFormat(formatVersion, version, path) {
  if (!(version.acceptedFormats.length === 0 || version.acceptedFormats.includes(formatVersion)))
    throw new WasmpackError(
      "AOT_VERSION_MISMATCH",
      `${path} has AOT format version ${formatVersion}, but wamrc ${version.version} should write ${version.acceptedFormats.join(" or ")}; an image recording the wrong version would fail at run time with "unknown binary version".`,
      "the wamrc binary and its --version disagree (a patched or mislabelled build?): use a wamrc from a WAMR release, and the iwasm from the same release"
    );
}
__name(checkFormat, "checkFormat");

export {
  findWamrc,
  wamrcVersion,
  aotTargetNames,
  hostAotTarget,
  compileAot
};
