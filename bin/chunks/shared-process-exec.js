import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/process/exec.ts
import { access, constants } from "node:fs/promises";
import { delimiter, isAbsolute, join } from "node:path";
var runProcess = /* @__PURE__ */ __name(async (command, args, options = {}) => {
  let { spawn } = await import("node:child_process");
  return new Promise((resolve, reject) => {
    let child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      signal: options.signal,
      timeout: options.timeoutMs,
      shell: !1
    }), out = [], err = [];
    child.stdout.on("data", (c) => out.push(c)), child.stderr.on("data", (c) => err.push(c)), options.input !== void 0 && child.stdin.end(options.input), child.on("error", (e) => {
      e.code === "ENOENT" ? reject(new WasmpackError("TOOL_NOT_FOUND", `${command} was not found`, `install ${command} or put it on PATH`)) : e.name === "AbortError" ? reject(new WasmpackError("INTERRUPTED", `${command} was interrupted`)) : reject(e);
    }), child.on("close", (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8")
      });
    });
  });
}, "runProcess");
async function runChecked(runner, command, args, options) {
  let result = await runner(command, args, options);
  if (result.code !== 0) {
    let output = tail((result.stderr || result.stdout).trim(), 40);
    throw new WasmpackError(options.errorCode, `${options.what} failed (${command} exited with ${result.code})${output ? `:
${output}` : ""}`, options.hint);
  }
  return result;
}
__name(runChecked, "runChecked");
function tail(text, lines) {
  let all = text.split(`
`);
  return all.length > lines ? ["...", ...all.slice(-lines)].join(`
`) : text;
}
__name(tail, "tail");
async function findOnPath(name, env = process.env) {
  if (isAbsolute(name) || name.includes("/"))
    return access(name, constants.X_OK).then(() => name, () => {
    });
  for (let dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    let candidate = join(dir, name);
    try {
      return await access(candidate, constants.X_OK), candidate;
    } catch {
    }
  }
}
__name(findOnPath, "findOnPath");

export {
  runProcess,
  runChecked,
  tail,
  findOnPath
};
