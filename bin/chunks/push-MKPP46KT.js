import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PushCommand,
  pushDocument,
  pushedLines,
  signPushed
} from "./chunk-RLLZRDU2.js";
import "./chunk-FPFN5NCG.js";
import "./chunk-I5FF4ZSA.js";
import "./chunk-HGGNT6TA.js";
import "./chunk-ZKY5XN5A.js";
import "./chunk-TNO6M7M3.js";
import "./chunk-IS4V62IT.js";
import "./chunk-UIPVUKQG.js";
import "./chunk-VRCNLHLW.js";
import "./chunk-Y2CIDXKO.js";
import "./chunk-NYBD6KRM.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  PushCommand,
  pushDocument,
  pushedLines,
  signPushed
};
