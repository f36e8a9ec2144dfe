import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/package-info.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    try {
      if (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name === "wasmpack") return root = dir;
    } catch {
    }
    let parent = dirname(dir);
    if (parent === dir) throw new Error("wasmpack: cannot find its own package.json");
    dir = parent;
  }
}
__name(packageRoot, "packageRoot");
var version;
function packageVersion() {
  return "0.1.0";
}
__name(packageVersion, "packageVersion");
function userAgent() {
  return `wasmpack/${packageVersion()}`;
}
__name(userAgent, "userAgent");

export {
  packageRoot,
  packageVersion,
  userAgent
};
