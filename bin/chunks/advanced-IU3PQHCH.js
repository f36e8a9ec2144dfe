import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  require_advanced
} from "./chunk-IS4V62IT.js";
import "./chunk-6YJMOJDB.js";
export default require_advanced();
