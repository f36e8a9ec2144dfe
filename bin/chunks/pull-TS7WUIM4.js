import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  openImage,
  pullImage
} from "./chunk-ZKOTUFXM.js";
import "./chunk-XDXPMNI5.js";
import "./chunk-XHMFB34W.js";
import "./chunk-KLQYLC7P.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-H3PK3HTP.js";
import "./chunk-27MTLLTD.js";
import "./chunk-WB77DAOC.js";
import "./chunk-PHI3SO4N.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  openImage,
  pullImage
};
