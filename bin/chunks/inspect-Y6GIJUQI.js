import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle,
  referrerLabel
} from "./chunk-TZUJ2KL4.js";
import "./chunk-5N53XDMB.js";
import "./chunk-PA5CKPPM.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-FGYBYNZQ.js";
import "./chunk-MG3SJGY7.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle,
  referrerLabel
};
