import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  require_advanced
} from "./chunk-JMGDALHU.js";
import "./chunk-GZZTAZ46.js";
export default require_advanced();
