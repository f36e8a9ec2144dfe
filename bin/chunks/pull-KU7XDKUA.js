import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-RFR6B6MH.js";
import "./chunk-NKDJB7M6.js";
import "./chunk-2MCN2RDS.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-5OFTOGPE.js";
import "./chunk-4M4MGHDG.js";
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
