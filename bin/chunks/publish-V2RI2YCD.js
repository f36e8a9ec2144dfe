import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-AR3JOOS6.js";
import "./chunk-YP5QSUC2.js";
import "./chunk-2MCN2RDS.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-5OFTOGPE.js";
import "./chunk-4M4MGHDG.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
