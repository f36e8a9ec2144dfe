import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-HQE3PM65.js";
import "./chunk-CIYYPWMW.js";
import "./chunk-XHMFB34W.js";
import "./chunk-MFY7XNLS.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-G67NGW7E.js";
import "./chunk-2CGVD56N.js";
import "./chunk-V2BFCLXD.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
