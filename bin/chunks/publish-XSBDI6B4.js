import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-5L6RTHFZ.js";
import "./chunk-BEL6K7VK.js";
import "./chunk-EBS73FZX.js";
import "./chunk-AHCRMR2B.js";
import "./chunk-5JIHMPGX.js";
import "./chunk-QBJ5R7F2.js";
import "./chunk-IVMSAYVV.js";
import "./chunk-YN4AXX5Z.js";
import "./chunk-GZZTAZ46.js";
export {
  publish
};
