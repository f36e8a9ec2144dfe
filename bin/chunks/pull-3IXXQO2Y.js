import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-4OSFIIZS.js";
import "./chunk-IURIMXHF.js";
import "./chunk-7HQPJ2ZH.js";
import "./chunk-E5XORTJN.js";
import "./chunk-MTMBSYR2.js";
import "./chunk-26VOD7BN.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-NWDLSUID.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
