import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-X6AHSP5N.js";
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
  publish
};
