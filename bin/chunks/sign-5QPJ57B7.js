import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  SignCommand,
  signDocument,
  signedLines
} from "./chunk-R4JZEXHP.js";
import "./chunk-PKFKBVSP.js";
import "./chunk-FJPIESUW.js";
import "./chunk-X76AGJ64.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-JMGDALHU.js";
import "./chunk-MAFQE6B4.js";
import "./chunk-AIIN5RO3.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-PX3WODOJ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  SignCommand,
  signDocument,
  signedLines
};
