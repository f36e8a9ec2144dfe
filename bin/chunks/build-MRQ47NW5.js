import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  BuildCommand,
  buildDocument
} from "./chunk-QOJ2TWUM.js";
import "./chunk-FYAOY2TZ.js";
import "./chunk-IA56Q2AW.js";
import "./chunk-TEXFQCL5.js";
import "./chunk-V2BFCLXD.js";
import "./chunk-X76AGJ64.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-JMGDALHU.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  BuildCommand,
  buildDocument
};
