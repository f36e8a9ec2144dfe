import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  BuildCommand,
  buildDocument
} from "./chunk-J3D6CEAG.js";
import "./chunk-RZJMRXSM.js";
import "./chunk-QYFKISAX.js";
import "./chunk-FHMRWD3M.js";
import "./chunk-V2BFCLXD.js";
import "./chunk-X76AGJ64.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-JMGDALHU.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  BuildCommand,
  buildDocument
};
