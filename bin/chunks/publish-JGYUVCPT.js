import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-735EZB73.js";
import "./chunk-C7DJPM7G.js";
import "./chunk-JZR2MZEZ.js";
import "./chunk-RXTW44O6.js";
import "./chunk-GG5GGJSZ.js";
import "./chunk-NRYQKENT.js";
import "./chunk-AIIN5RO3.js";
import "./chunk-PX3WODOJ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
