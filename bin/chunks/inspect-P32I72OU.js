import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-A5DJ4GRO.js";
import "./chunk-4F6LTDTP.js";
import "./chunk-SLVRTPF5.js";
import "./chunk-RXTW44O6.js";
import "./chunk-GG5GGJSZ.js";
import "./chunk-NRYQKENT.js";
import "./chunk-AIIN5RO3.js";
import "./chunk-PX3WODOJ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
