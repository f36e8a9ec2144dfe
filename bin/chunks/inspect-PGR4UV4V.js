import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-YRXQVNEJ.js";
import "./chunk-6F2UNO3H.js";
import "./chunk-EBS73FZX.js";
import "./chunk-KIFD734I.js";
import "./chunk-D72ZNYZF.js";
import "./chunk-QBJ5R7F2.js";
import "./chunk-IVMSAYVV.js";
import "./chunk-YN4AXX5Z.js";
import "./chunk-GZZTAZ46.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
