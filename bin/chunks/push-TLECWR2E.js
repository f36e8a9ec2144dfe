import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PushCommand,
  pushDocument,
  pushedLines,
  signPushed
} from "./chunk-CRFTZN2N.js";
import "./chunk-E2ZQY44G.js";
import "./chunk-727RI3CT.js";
import "./chunk-SOQNIPML.js";
import "./chunk-ZKY5XN5A.js";
import "./chunk-TNO6M7M3.js";
import "./chunk-IS4V62IT.js";
import "./chunk-2GKJ56GE.js";
import "./chunk-5GWCEPOW.js";
import "./chunk-PBJJCQ4E.js";
import "./chunk-HWU6XQJA.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  PushCommand,
  pushDocument,
  pushedLines,
  signPushed
};
