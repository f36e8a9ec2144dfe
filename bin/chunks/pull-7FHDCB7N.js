import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-AWMKBMHZ.js";
import "./chunk-IZPSANVH.js";
import "./chunk-DMCUQDTD.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-S6YS6NGR.js";
import "./chunk-DAE53ZNF.js";
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
