import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-CDZVXHBP.js";
import "./chunk-5U77WLWV.js";
import "./chunk-JZR2MZEZ.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-IDM6S7X2.js";
import "./chunk-NRYQKENT.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
