import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  readContents
} from "./shared-pipeline-extract.js";
import "./shared-pipeline-scavenge.js";
import "./shared-toolchains-wamrc.js";
import {
  chooseRuntime,
  findRuntime,
  moduleKind,
  runtimeCommand
} from "./shared-pipeline-runtimes.js";
import "./shared-wasm-binary.js";
import "./shared-wasm-aot-header.js";
import {
  STATE_DIR,
  openLastBuild
} from "./shared-pipeline-last-build.js";
import "./shared-targets-copy.js";
import "./shared-targets-transport-spec.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import "./shared-targets-registry-uploads.js";
import "./shared-oci-aot-image.js";
import "./shared-targets-layout-source.js";
import "./shared-targets-archive-docker-archive.js";
import "./shared-targets-layout.js";
import "./shared-streamx.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import "./shared-oci-reference.js";
import {
  WasmpackError
} from "./shared-errors.js";
import "./shared-package-info.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/run.ts
import { access, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";

// src/process/attached.ts
import { spawn } from "node:child_process";
import { constants } from "node:os";
var runAttached = /* @__PURE__ */ __name((command, args, options = {}) => new Promise((resolvePromise, reject) => {
  let child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: "inherit", shell: !1 }), onAbort = /* @__PURE__ */ __name(() => {
    child.kill("SIGINT");
  }, "onAbort");
  options.signal?.addEventListener("abort", onAbort, { once: !0 }), child.on("error", (err) => {
    options.signal?.removeEventListener("abort", onAbort), err.code === "ENOENT" ? reject(new WasmpackError("TOOL_NOT_FOUND", `${command} was not found`, `install ${command} or put it on PATH`)) : reject(err);
  }), child.on("close", (code, signal) => {
    options.signal?.removeEventListener("abort", onAbort), resolvePromise(signal ? { code: 128 + (constants.signals[signal] ?? 0), signal } : { code: code ?? 1 });
  });
}), "runAttached");

// src/pipeline/run.ts
async function runImage(request, deps) {
  let runnable = await resolveRunnable(request.target, deps), dirs = await parseDirs(request.dirs ?? []), kind = runnable.kind, runtime = chooseRuntime(kind, request.runtime), embeddedAot = runtime === "iwasm" && runnable.contents?.aot && runnable.contents.aot.path !== runnable.contents.entrypoint.path ? runnable.contents.aot : void 0;
  embeddedAot && (kind = "aot"), runtime = chooseRuntime(kind, runtime);
  let executable = await findRuntime(runtime, deps.env), scratch = await mkdtemp(join(tmpdir(), "wasmpack-run-"));
  try {
    let invocation = await prepare(runnable, scratch, request, dirs, embeddedAot?.path), command = runtimeCommand(runtime, invocation, { executable, nodeHost: deps.nodeHost, scratch: join(scratch, "runtime") });
    await mkdir(join(scratch, "runtime"), { recursive: !0 });
    for (let [path, text] of Object.entries(command.files ?? {})) await writeFile(path, text);
    let cwd = await workingDirOnHost(invocation), name = embeddedAot ? runnable.name.replace(runnable.contents.entrypoint.path, embeddedAot.path) : runnable.name;
    deps.reporter.info(`running ${name} with ${runtime === "node" ? "node:wasi (preview1)" : runtime}`), deps.reporter.stop(), deps.onStart?.();
    let { code } = await (deps.spawn ?? runAttached)(command.command, command.args, { cwd, env: deps.env, ...deps.access.signal ? { signal: deps.access.signal } : {} });
    return { code, runtime, kind };
  } finally {
    await rm(scratch, { recursive: !0, force: !0 });
  }
}
__name(runImage, "runImage");
async function resolveRunnable(target, deps) {
  let info = /^(oci|oci-archive|docker-archive|docker):/.test(target) ? void 0 : await stat(target).catch(() => {
  });
  if (info?.isFile()) {
    let bytes2 = await readFile(target);
    return { name: target, bytes: bytes2, kind: kindOf(bytes2, target), path: resolve(target) };
  }
  let image = target;
  info?.isDirectory() && (image = await imageOfDirectory(resolve(target)));
  let pulled = await fetchImage(image, { access: deps.access, reporter: deps.reporter, limits: deps.limits ?? DEFAULT_PULL_LIMITS }), contents = await readContents(pulled, (deps.limits ?? DEFAULT_PULL_LIMITS).tar), bytes = contents.entrypoint.file.bytes;
  return { name: `${pulled.reference} (${contents.entrypoint.path})`, bytes, kind: kindOf(bytes, contents.entrypoint.path), contents };
}
__name(resolveRunnable, "resolveRunnable");
async function imageOfDirectory(dir) {
  let isLayout = await access(join(dir, "index.json")).then(() => !0, () => !1), hasBuild = await access(join(dir, STATE_DIR, "last-build.json")).then(() => !0, () => !1);
  if (isLayout && !hasBuild) return `oci:${dir}`;
  let build = await openLastBuild(dir);
  return `oci:${build.layout}:${build.ref}`;
}
__name(imageOfDirectory, "imageOfDirectory");
function kindOf(bytes, what) {
  let kind = moduleKind(bytes);
  if (!kind) throw new WasmpackError("NOT_WASM", `${what} is neither a wasm module, a component nor a WAMR .aot`, "run a .wasm, or an image whose entrypoint is one");
  return kind;
}
__name(kindOf, "kindOf");
async function prepare(runnable, scratch, request, dirs, aotPath) {
  let env = { ...imageEnv(runnable.contents?.config.Env ?? []), ...request.env ?? {} };
  if (!runnable.contents)
    return { module: runnable.path, argv0: basename(runnable.path), args: request.args ?? [], env, preopens: dirs, workingDir: "/" };
  let { config, files, entrypoint } = runnable.contents, rootfs = join(scratch, "rootfs");
  await mkdir(rootfs, { recursive: !0 });
  for (let file of files.values()) {
    let path = join(rootfs, ...file.path.split("/"));
    await mkdir(dirname(path), { recursive: !0 }), await writeFile(path, file.bytes, { mode: file.mode & 493 ? 493 : 420 });
  }
  let fixed = config.Entrypoint?.length ? config.Entrypoint.slice(1) : [], defaults = config.Entrypoint?.length ? config.Cmd ?? [] : (config.Cmd ?? []).slice(1), args = [...fixed, ...request.args?.length ? request.args : defaults], started = aotPath ?? entrypoint.path;
  return {
    module: join(rootfs, ...started.split("/").filter(Boolean)),
    argv0: config.Entrypoint?.[0] ?? config.Cmd?.[0] ?? entrypoint.path,
    args,
    env,
    preopens: [{ guest: "/", host: rootfs }, ...dirs],
    workingDir: config.WorkingDir || "/"
  };
}
__name(prepare, "prepare");
function imageEnv(entries) {
  let env = {};
  for (let entry of entries) {
    let at = entry.indexOf("=");
    at > 0 && (env[entry.slice(0, at)] = entry.slice(at + 1));
  }
  return env;
}
__name(imageEnv, "imageEnv");
async function parseDirs(values) {
  let out = [];
  for (let value of values) {
    let colon = value.indexOf(":"), host = resolve(colon < 0 ? value : value.slice(0, colon)), guest = colon < 0 ? host : value.slice(colon + 1);
    if (!isAbsolute(guest) || guest.split("/").includes(".."))
      throw new WasmpackError("BAD_FLAG", `--dir ${value}: the guest path "${guest}" must be absolute`, "write --dir HOST[:GUEST], e.g. --dir ./data:/data");
    if (!(await stat(host).catch(() => {
    }))?.isDirectory()) throw new WasmpackError("BAD_FLAG", `--dir ${value}: ${host} is not a directory`, "write --dir HOST[:GUEST] with an existing host directory");
    out.push({ guest, host });
  }
  return out;
}
__name(parseDirs, "parseDirs");
async function workingDirOnHost(invocation) {
  let root = invocation.preopens.find((p) => p.guest === "/")?.host;
  if (!root) return;
  let inside = join(root, ...invocation.workingDir.split("/").filter((s) => s && s !== ".."));
  return (await stat(inside).catch(() => {
  }))?.isDirectory() ? inside : root;
}
__name(workingDirOnHost, "workingDirOnHost");
export {
  imageEnv,
  parseDirs,
  runImage
};
