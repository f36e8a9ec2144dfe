import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-XZDJ4EUC.js";
import "./chunk-GDV66ATE.js";
import "./chunk-33C6CMDJ.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-4OHIAGUV.js";
import "./chunk-P2JN5ZHE.js";
import "./chunk-WB77DAOC.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
