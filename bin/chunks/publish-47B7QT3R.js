import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-HWENKU3K.js";
import "./chunk-HHYVSE43.js";
import "./chunk-7HQPJ2ZH.js";
import "./chunk-E5XORTJN.js";
import "./chunk-MTMBSYR2.js";
import "./chunk-26VOD7BN.js";
import "./chunk-NWDLSUID.js";
import "./chunk-WPDU3T6I.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
