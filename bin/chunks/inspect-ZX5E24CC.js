import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./chunk-ILUD4HEG.js";
import "./chunk-PS6DUNLW.js";
import "./chunk-4MRPKVNS.js";
import "./chunk-PZQPRGME.js";
import "./chunk-SPOJMRFN.js";
import "./chunk-M5X7MN6H.js";
import "./chunk-PBJJCQ4E.js";
import "./chunk-HWU6XQJA.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
};
