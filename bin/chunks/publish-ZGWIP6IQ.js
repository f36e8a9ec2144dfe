import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-L5Q77GZ2.js";
import "./chunk-UN3ZIXGY.js";
import "./chunk-QXMHR3TQ.js";
import "./chunk-GHGJQ6WN.js";
import "./chunk-NVQSL5AW.js";
import "./chunk-ZBRTIA7X.js";
import "./chunk-Y2CIDXKO.js";
import "./chunk-NYBD6KRM.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  publish
};
