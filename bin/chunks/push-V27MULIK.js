import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-FLF2TDNS.js";
import {
  parseDestinations
} from "./chunk-F37EWIGQ.js";
import "./chunk-6ALQWHK6.js";
import "./chunk-XANV6D3F.js";
import "./chunk-EKSRHMGL.js";
import "./chunk-KLQYLC7P.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-H3PK3HTP.js";
import "./chunk-27MTLLTD.js";
import "./chunk-WB77DAOC.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseDestinations,
  pushImage
};
