import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-45X5SJHV.js";
import {
  parseDestinations
} from "./chunk-75254YTN.js";
import "./chunk-JUPP46UQ.js";
import "./chunk-5UXJZ4GC.js";
import "./chunk-3FKRTOF5.js";
import "./chunk-2AODNBTL.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-DXEHD5C3.js";
import "./chunk-DUUAND3Z.js";
import "./chunk-WB77DAOC.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseDestinations,
  pushImage
};
