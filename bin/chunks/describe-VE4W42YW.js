import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  describeCommands,
  optionSynopsis
} from "./chunk-DFARQAFJ.js";
import "./chunk-2D2TTHRU.js";
import "./chunk-FXZGHB2G.js";
import "./chunk-67L4IBXG.js";
import "./chunk-WAQHU2FN.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-JMGDALHU.js";
import "./chunk-7B7DAK5K.js";
import "./chunk-YTAEUQ4R.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  describeCommands,
  optionSynopsis
};
