import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-QAB6LKBQ.js";
import "./chunk-2FM7PX5L.js";
import {
  parseDestinations
} from "./chunk-75254YTN.js";
import "./chunk-JYEY6REP.js";
import "./chunk-V3MIMHVW.js";
import "./chunk-JZR2MZEZ.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-IDM6S7X2.js";
import "./chunk-NRYQKENT.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseDestinations,
  pushImage
};
