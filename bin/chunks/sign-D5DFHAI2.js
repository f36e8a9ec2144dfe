import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  SignCommand,
  signDocument,
  signedLines
} from "./chunk-QVNGQI7E.js";
import "./chunk-NK3MD3OM.js";
import "./chunk-BSNMKQCY.js";
import "./chunk-X76AGJ64.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-JMGDALHU.js";
import "./chunk-ACHYWE3J.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  SignCommand,
  signDocument,
  signedLines
};
