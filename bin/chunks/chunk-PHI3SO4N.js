import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/process/exec.ts
import { spawn } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { delimiter, isAbsolute, join } from "node:path";
var runProcess = /* @__PURE__ */ __name((command, args, options = {}) => new Promise((resolve, reject) => {
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
}), "runProcess");
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

// src/files/atomic.ts
import { randomBytes } from "node:crypto";
import { chmod, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join as join2 } from "node:path";
function tempPathFor(path) {
  return join2(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}
__name(tempPathFor, "tempPathFor");
async function replaceFile(path, write, options = {}) {
  let temp = tempPathFor(path);
  try {
    let result = await write(temp);
    return options.mode !== void 0 && await chmod(temp, options.mode), await rename(temp, path), result;
  } catch (err) {
    throw await rm(temp, { force: !0 }), err;
  }
}
__name(replaceFile, "replaceFile");
async function writeFileAtomic(path, data, options = {}) {
  await replaceFile(
    path,
    async (temp) => {
      let handle = await open(temp, "wx", options.mode ?? 420);
      try {
        await handle.writeFile(data), options.sync && await handle.sync();
      } finally {
        await handle.close();
      }
    },
    options.mode !== void 0 ? { mode: options.mode } : {}
  );
}
__name(writeFileAtomic, "writeFileAtomic");

export {
  runProcess,
  runChecked,
  tail,
  findOnPath,
  tempPathFor,
  writeFileAtomic
};
