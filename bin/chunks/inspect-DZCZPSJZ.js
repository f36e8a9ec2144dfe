import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-E23IBZIT.js";
import "./chunk-IEGJ4W3R.js";
import "./chunk-EBS73FZX.js";
import "./chunk-AHCRMR2B.js";
import "./chunk-5JIHMPGX.js";
import "./chunk-QBJ5R7F2.js";
import "./chunk-IVMSAYVV.js";
import "./chunk-YN4AXX5Z.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
