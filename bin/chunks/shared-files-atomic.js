import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/files/atomic.ts
import { randomBytes } from "node:crypto";
import { chmod, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
function tempPathFor(path) {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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
  tempPathFor,
  writeFileAtomic
};
