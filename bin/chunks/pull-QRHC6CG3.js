import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  openImage,
  pullImage
} from "./chunk-WOF6QYSN.js";
import "./chunk-EDDYBO5P.js";
import "./chunk-XHMFB34W.js";
import "./chunk-33C6CMDJ.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-4OHIAGUV.js";
import "./chunk-P2JN5ZHE.js";
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
