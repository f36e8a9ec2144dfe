import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/node-floor.ts
import { mkdirSync } from "node:fs";
import module from "node:module";
var NODE_FLOOR = "22.15.0";
function nodeTooOld(version, executable) {
  let found = version.split(".").map(Number), needed = NODE_FLOOR.split(".").map(Number);
  for (let i = 0; i < needed.length; i++) {
    let have = found[i] || 0;
    if (have > needed[i]) return;
    if (have < needed[i])
      return `error[NODE_TOO_OLD]: wasmpack needs node >= ${NODE_FLOOR}; this is node ${version} (${executable})
hint: install node 24 (or 22.15 or later) and run wasmpack with it: https://nodejs.org/en/download`;
  }
}
__name(nodeTooOld, "nodeTooOld");
function enableCompileCache(env = process.env) {
  try {
    let enable = module.enableCompileCache, base = env.XDG_CACHE_HOME || (env.HOME ? env.HOME + "/.cache" : "");
    if (typeof enable != "function" || !base) return;
    let dir = base + "/wasmpack/compile-cache";
    for (let level of [base, base + "/wasmpack", dir])
      try {
        mkdirSync(level);
      } catch (err) {
        if (err.code !== "EEXIST") return;
      }
    enable(dir);
  } catch {
  }
}
__name(enableCompileCache, "enableCompileCache");

export {
  nodeTooOld,
  enableCompileCache
};
