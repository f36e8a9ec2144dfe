import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PushCommand,
  pushDocument,
  pushedLines
} from "./chunk-BT2SPCAX.js";
import "./chunk-GR7RY7XG.js";
import "./chunk-4RNPENWS.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-X76AGJ64.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-JMGDALHU.js";
import "./chunk-NWDLSUID.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  PushCommand,
  pushDocument,
  pushedLines
};
