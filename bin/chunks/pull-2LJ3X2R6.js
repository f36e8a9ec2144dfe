import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-ZZRDCHU5.js";
import "./chunk-QMGSI2GV.js";
import "./chunk-XJMY37XX.js";
import "./chunk-E5XORTJN.js";
import "./chunk-PKD6J74J.js";
import "./chunk-XXNCIZTG.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-NWDLSUID.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
