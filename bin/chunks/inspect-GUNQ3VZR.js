import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-FIZBMBMR.js";
import "./chunk-AI4EMGT7.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-4OHIAGUV.js";
import "./chunk-P2JN5ZHE.js";
import "./chunk-WB77DAOC.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
