import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-RTDTNMVG.js";
import "./chunk-RHYU4X37.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-EROEJHRK.js";
import "./chunk-EJXTTKT4.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
