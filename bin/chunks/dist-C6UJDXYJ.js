import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4BT5CZGW.js";
import "./chunk-6ZKKX32Q.js";
import "./chunk-6YJMOJDB.js";
export default require_dist();
