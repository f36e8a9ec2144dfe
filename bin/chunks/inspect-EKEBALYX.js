import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-5EK6IVO4.js";
import "./chunk-6ALQWHK6.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-H3PK3HTP.js";
import "./chunk-27MTLLTD.js";
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
