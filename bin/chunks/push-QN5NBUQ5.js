import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-QPT6VWCP.js";
import {
  parseDestinations
} from "./chunk-F37EWIGQ.js";
import "./chunk-42G3XAIY.js";
import "./chunk-X6AHSP5N.js";
import "./chunk-5EVR5UOY.js";
import "./chunk-MFY7XNLS.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-G67NGW7E.js";
import "./chunk-2CGVD56N.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseDestinations,
  pushImage
};
