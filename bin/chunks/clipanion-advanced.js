import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  require_advanced
} from "./shared-typanion.js";
import "./shared-runtime.js";
export default require_advanced();
