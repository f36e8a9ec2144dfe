import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  LoginCommand,
  promptHidden
} from "./chunk-ITQB54DU.js";
import "./chunk-P6KFYY4G.js";
import "./chunk-ACHYWE3J.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-X76AGJ64.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-JMGDALHU.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  LoginCommand,
  promptHidden
};
