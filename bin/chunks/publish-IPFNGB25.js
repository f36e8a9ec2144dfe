import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-W26P7WG7.js";
import "./chunk-UYHE4CXP.js";
import "./chunk-GX3RSMDO.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-FGYBYNZQ.js";
import "./chunk-MG3SJGY7.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
