import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-GUJSMHT3.js";
import "./chunk-L5U7637Q.js";
import "./chunk-JGNIMW4M.js";
import "./chunk-GHGJQ6WN.js";
import "./chunk-NVQSL5AW.js";
import "./chunk-ZBRTIA7X.js";
import "./chunk-Y2CIDXKO.js";
import "./chunk-NYBD6KRM.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
