import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  describeDestination,
  openTarget
} from "./chunk-44SVNAZC.js";
import "./chunk-MT5UJLIN.js";
import "./chunk-ILJH7UAS.js";
import "./chunk-2OI3AXD3.js";
import "./chunk-SUST7DXY.js";
import "./chunk-Z4YE2YRB.js";
import "./chunk-RSNUBP26.js";
import "./chunk-YN4AXX5Z.js";
import "./chunk-GZZTAZ46.js";
export {
  describeDestination,
  openTarget
};
