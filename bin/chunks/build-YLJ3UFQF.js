import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  BuildCommand,
  buildDocument
} from "./chunk-Z4BTVTYY.js";
import "./chunk-KFK2WYM5.js";
import "./chunk-JMMV6FKP.js";
import "./chunk-XGVMDKN5.js";
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
  BuildCommand,
  buildDocument
};
