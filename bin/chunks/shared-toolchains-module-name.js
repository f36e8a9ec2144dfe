import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/toolchains/module-name.ts
function moduleName(raw) {
  return raw.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[._-]+|[._-]+$/g, "") || "app";
}
__name(moduleName, "moduleName");

export {
  moduleName
};
