import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  openImage,
  pullImage
} from "./chunk-G4TXVRHR.js";
import "./chunk-XTIO4MQY.js";
import "./chunk-Q47TVNMZ.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-LPCUQ2KT.js";
import "./chunk-BOCP7JAV.js";
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
