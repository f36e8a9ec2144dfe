import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-PJXZWQMJ.js";
import "./chunk-CHHRHKRY.js";
import "./chunk-Q47TVNMZ.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-LPCUQ2KT.js";
import "./chunk-BOCP7JAV.js";
import "./chunk-WB77DAOC.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
