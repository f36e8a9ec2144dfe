import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-L6AQRUOJ.js";
import {
  parseDestinations
} from "./chunk-HA3BC42S.js";
import "./chunk-2LW4VIXB.js";
import "./chunk-IQLL2CWF.js";
import "./chunk-UNLNYG2G.js";
import "./chunk-IHVTEL7T.js";
import "./chunk-Y5AEZEDY.js";
import "./chunk-E5XORTJN.js";
import "./chunk-32DA7OGS.js";
import "./chunk-SM3U7OSF.js";
import "./chunk-7B7DAK5K.js";
import "./chunk-YTAEUQ4R.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseDestinations,
  pushImage
};
