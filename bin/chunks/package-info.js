import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  packageRoot,
  packageVersion,
  userAgent
} from "./shared-package-info.js";
import "./shared-runtime.js";
export {
  packageRoot,
  packageVersion,
  userAgent
};
