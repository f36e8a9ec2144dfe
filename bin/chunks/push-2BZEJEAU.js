import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-I5AULCH4.js";
import {
  parseDestinations
} from "./chunk-75254YTN.js";
import "./chunk-6SWBVK7Y.js";
import "./chunk-CC64GZH7.js";
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
  parseDestinations,
  pushImage
};
