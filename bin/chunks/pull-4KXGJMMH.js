import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-BPCVNBOT.js";
import "./chunk-XJ2HSMVH.js";
import "./chunk-UAOVGVRS.js";
import "./chunk-QXMHR3TQ.js";
import "./chunk-GHGJQ6WN.js";
import "./chunk-NVQSL5AW.js";
import "./chunk-ZBRTIA7X.js";
import "./chunk-VRCNLHLW.js";
import "./chunk-Y2CIDXKO.js";
import "./chunk-NYBD6KRM.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
