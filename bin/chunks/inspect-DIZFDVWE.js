import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-PHWLO3XB.js";
import "./chunk-EOZZXIZ7.js";
import "./chunk-E5XORTJN.js";
import "./chunk-MTMBSYR2.js";
import "./chunk-26VOD7BN.js";
import "./chunk-NWDLSUID.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
