import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-G5SYMLSF.js";
import "./chunk-3VJAREB7.js";
import "./chunk-ZLSGZ2ZV.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-47DSPDML.js";
import "./chunk-NOBNVSZI.js";
import "./chunk-WB77DAOC.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
