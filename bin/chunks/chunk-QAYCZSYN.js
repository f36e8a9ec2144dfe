import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./chunk-6YJMOJDB.js";

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
function packageVersion() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
}
__name(packageVersion, "packageVersion");

export {
  packageRoot,
  packageVersion
};
