import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-CC64GZH7.js";
import "./chunk-OOTDYLFR.js";
import "./chunk-DMCUQDTD.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-S6YS6NGR.js";
import "./chunk-DAE53ZNF.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
