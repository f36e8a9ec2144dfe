import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-GNSFQYYF.js";
import "./chunk-QMGSI2GV.js";
import "./chunk-XJMY37XX.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-ENCE723L.js";
import "./chunk-XXNCIZTG.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
