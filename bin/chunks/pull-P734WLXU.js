import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-BBH7DSUT.js";
import "./chunk-5U77WLWV.js";
import "./chunk-JZR2MZEZ.js";
import "./chunk-RXTW44O6.js";
import "./chunk-GG5GGJSZ.js";
import "./chunk-NRYQKENT.js";
import "./chunk-AIIN5RO3.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-PX3WODOJ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
