import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-ABWANVZD.js";
import {
  parseDestinations
} from "./chunk-HA3BC42S.js";
import "./chunk-7A25LQKT.js";
import "./chunk-FEAXOIFP.js";
import "./chunk-IYDP2RBR.js";
import "./chunk-XJMY37XX.js";
import "./chunk-E5XORTJN.js";
import "./chunk-PKD6J74J.js";
import "./chunk-XXNCIZTG.js";
import "./chunk-NWDLSUID.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseDestinations,
  pushImage
};
