import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/local-file.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var FILE_ENDINGS = /\.(wasm|wat|aot|tar|tgz|tar\.gz)$/i;
function looksLikeFile(typed) {
  if (/^(\/|\.\.?\/|~)/.test(typed)) return !0;
  if (/^[a-z][a-z-]*:/i.test(typed) && !/^[^/]+:\d+\//.test(typed) && !/^localhost:/.test(typed) || !FILE_ENDINGS.test(typed)) return !1;
  let slash = typed.indexOf("/");
  if (slash < 0) return !0;
  let first = typed.slice(0, slash);
  return !(first.includes(".") || first.includes(":") || first === "localhost");
}
__name(looksLikeFile, "looksLikeFile");
async function assertLocalFileExists(typed, command, cwd = process.cwd()) {
  if (!looksLikeFile(typed)) return;
  let path = resolve(cwd, typed.replace(/^~(?=\/|$)/, process.env.HOME ?? "~"));
  if (!await stat(path).then(() => !0, () => !1))
    throw new WasmpackError(
      "FILE_NOT_FOUND",
      `${typed} does not exist (${path})`,
      `check the path; to ${command} an image from a registry, name it host/repository[:tag], e.g. localhost:5000/app:1.0`
    );
}
__name(assertLocalFileExists, "assertLocalFileExists");

export {
  assertLocalFileExists
};
