import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-X2X4H7BD.js";
import "./chunk-7A25LQKT.js";
import "./chunk-E5XORTJN.js";
import "./chunk-PKD6J74J.js";
import "./chunk-XXNCIZTG.js";
import "./chunk-NWDLSUID.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
