import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildAndPublish
} from "./chunk-IJD6AOER.js";
import "./chunk-HADZMRPG.js";
import "./chunk-WCJOCUHN.js";
import "./chunk-BZ7CXP4J.js";
import "./chunk-RDAS2OEM.js";
import "./chunk-WB77DAOC.js";
import "./chunk-HA3BC42S.js";
import "./chunk-2LW4VIXB.js";
import "./chunk-UNLNYG2G.js";
import "./chunk-Y5AEZEDY.js";
import "./chunk-E5XORTJN.js";
import "./chunk-32DA7OGS.js";
import "./chunk-SM3U7OSF.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-YTAEUQ4R.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  buildAndPublish
};
