import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-ZVSCVPHR.js";
import "./chunk-OYUHWHL4.js";
import "./chunk-XHMFB34W.js";
import "./chunk-EGSGX5WD.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-EROEJHRK.js";
import "./chunk-EJXTTKT4.js";
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
