import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-64UVKR3W.js";
import "./chunk-JUPP46UQ.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-C2W2PC6L.js";
import "./chunk-DUUAND3Z.js";
import "./chunk-WB77DAOC.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
