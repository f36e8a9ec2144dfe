import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  openImage,
  pullImage
} from "./chunk-FG4QAQX2.js";
import "./chunk-ENRQYIWZ.js";
import "./chunk-2AODNBTL.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-C2W2PC6L.js";
import "./chunk-DUUAND3Z.js";
import "./chunk-WB77DAOC.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  openImage,
  pullImage
};
