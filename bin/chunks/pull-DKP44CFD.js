import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-4VPTZTS6.js";
import "./chunk-VU437MLN.js";
import "./chunk-PJNRSU3A.js";
import "./chunk-EBS73FZX.js";
import "./chunk-KIFD734I.js";
import "./chunk-D72ZNYZF.js";
import "./chunk-THNVGQJM.js";
import "./chunk-QBJ5R7F2.js";
import "./chunk-IVMSAYVV.js";
import "./chunk-YN4AXX5Z.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
