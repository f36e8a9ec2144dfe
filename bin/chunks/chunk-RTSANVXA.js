import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  headerKind
} from "./chunk-J2QEESA2.js";
import {
  AOT_MAGIC
} from "./chunk-XHMFB34W.js";
import {
  findOnPath
} from "./chunk-PHI3SO4N.js";
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/pipeline/runtimes.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var RUNTIMES = ["node", "iwasm", "wasmtime", "wasmedge", "wasmer", "jco"], LOADS = {
  node: ["module"],
  iwasm: ["module", "aot"],
  wasmtime: ["module", "component"],
  wasmedge: ["module"],
  wasmer: ["module"],
  jco: ["component"]
}, INSTALL = {
  node: "node is the runtime wasmpack itself runs on",
  iwasm: "build iwasm from WAMR (product-mini/platforms/linux) or take it from a WAMR release, then put it on PATH or set IWASM; for an .aot it must be the same WAMR release as the wamrc that compiled it",
  wasmtime: "install wasmtime (https://wasmtime.dev) and put it on PATH, or set WASMTIME",
  wasmedge: "install WasmEdge (https://wasmedge.org) and put it on PATH, or set WASMEDGE",
  wasmer: "install wasmer (https://wasmer.io) and put it on PATH, or set WASMER",
  jco: "install jco: `npm install -g @bytecodealliance/jco` (or set JCO to its jco.js), or run the component with --runtime wasmtime"
};
function chooseRuntime(kind, requested) {
  let runtime = requested ?? (kind === "aot" ? "iwasm" : kind === "component" ? "jco" : "node");
  if (!LOADS[runtime].includes(kind)) {
    let able = RUNTIMES.filter((r) => LOADS[r].includes(kind)), what = kind === "aot" ? "a WAMR AOT file (native code only WAMR loads)" : kind === "component" ? "a WASI 0.2 component" : "a WASI preview1 core module";
    throw new WasmpackError("RUNTIME_CANNOT_RUN", `${runtime} cannot run ${what}`, `use --runtime ${able.join(" or --runtime ")}`);
  }
  return runtime;
}
__name(chooseRuntime, "chooseRuntime");
async function findRuntime(runtime, env) {
  if (runtime === "node") return process.execPath;
  let variable = runtime.toUpperCase(), explicit = env[variable];
  if (explicit) {
    let found = await findOnPath(explicit, env);
    if (found) return found;
    throw new WasmpackError("RUNTIME_NOT_FOUND", `${variable}=${explicit} is not an executable`, INSTALL[runtime]);
  }
  let onPath = await findOnPath(runtime, env);
  if (onPath) return onPath;
  if (runtime === "jco") {
    let bundled = jcoFromPackage();
    if (bundled) return bundled;
  }
  throw new WasmpackError("RUNTIME_NOT_FOUND", `${runtime} was not found (${variable} is not set and there is no ${runtime} on PATH)`, INSTALL[runtime]);
}
__name(findRuntime, "findRuntime");
function jcoFromPackage() {
  try {
    let manifestPath = (createRequire(import.meta.url).resolve.paths("@bytecodealliance/jco") ?? []).map((d) => join(d, "@bytecodealliance", "jco", "package.json")).find((p) => existsSync(p));
    if (!manifestPath) return;
    let manifest = JSON.parse(readFileSync(manifestPath, "utf8")), bin = typeof manifest.bin == "string" ? manifest.bin : manifest.bin?.jco;
    return bin ? join(dirname(manifestPath), bin) : void 0;
  } catch {
    return;
  }
}
__name(jcoFromPackage, "jcoFromPackage");
function runtimeCommand(runtime, invocation, context) {
  let { module, args, env, preopens } = invocation, envPairs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  switch (runtime) {
    case "node":
      return {
        command: context.executable,
        args: ["--no-warnings", context.nodeHost, JSON.stringify({ module, args: [invocation.argv0, ...args], env, preopens: Object.fromEntries(preopens.map((p) => [p.guest, p.host])) })]
      };
    case "iwasm":
      return { command: context.executable, args: [...envPairs.map((e) => `--env=${e}`), ...preopens.map((p) => `--map-dir=${p.guest}::${p.host}`), module, ...args] };
    case "wasmtime":
      return {
        command: context.executable,
        args: ["run", "--argv0", invocation.argv0, ...envPairs.flatMap((e) => ["--env", e]), ...preopens.flatMap((p) => ["--dir", `${p.host}::${p.guest}`]), module, ...args]
      };
    case "wasmedge":
      return { command: context.executable, args: [...envPairs.flatMap((e) => ["--env", e]), ...preopens.flatMap((p) => ["--dir", `${p.guest}:${p.host}`]), module, ...args] };
    case "wasmer":
      return { command: context.executable, args: ["run", ...envPairs.flatMap((e) => ["--env", e]), ...preopens.flatMap((p) => ["--mapdir", `${p.guest}:${p.host}`]), module, "--", ...args] };
    case "jco": {
      let setup = join(context.scratch, "wasmpack-setup.mjs"), text = [
        "import { _setArgs, _setEnv, _setCwd } from '@bytecodealliance/preview2-shim/cli';",
        "import { _setPreopens, _addPreopen } from '@bytecodealliance/preview2-shim/filesystem';",
        `_setArgs(${JSON.stringify([invocation.argv0, ...args])});`,
        `_setEnv(${JSON.stringify(env)});`,
        `_setCwd(${JSON.stringify(invocation.workingDir)});`,
        "_setPreopens({});",
        ...preopens.map((p) => `_addPreopen(${JSON.stringify(p.guest)}, ${JSON.stringify(p.host)});`),
        ""
      ].join(`
`), jcoArgs = ["run", "--jco-dir", context.scratch, "--jco-import", setup, module, ...args], viaNode = context.executable.endsWith(".js");
      return { command: viaNode ? process.execPath : context.executable, args: viaNode ? [context.executable, ...jcoArgs] : jcoArgs, files: { [setup]: text } };
    }
  }
}
__name(runtimeCommand, "runtimeCommand");
function moduleKind(bytes) {
  return bytes.length >= AOT_MAGIC.length && bytes.subarray(0, AOT_MAGIC.length).equals(AOT_MAGIC) ? "aot" : headerKind(bytes);
}
__name(moduleKind, "moduleKind");

export {
  RUNTIMES,
  chooseRuntime,
  findRuntime,
  runtimeCommand,
  moduleKind
};
