import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PushCommand,
  pushDocument,
  pushedLines
} from "./chunk-WDZUIPXP.js";
import "./chunk-B437HTRM.js";
import "./chunk-MGZY6EWO.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-WDP67SHA.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-JMGDALHU.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  PushCommand,
  pushDocument,
  pushedLines
};
