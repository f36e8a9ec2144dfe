import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  BuildCommand,
  buildDocument
} from "./chunk-2TXM7W52.js";
import "./chunk-5YGUV3CJ.js";
import "./chunk-6I4NWWBU.js";
import "./chunk-5B6TZ6WD.js";
import "./chunk-THNVGQJM.js";
import "./chunk-AIRHR7JG.js";
import "./chunk-VXDZVCMF.js";
import "./chunk-JMGDALHU.js";
import "./chunk-QBJ5R7F2.js";
import "./chunk-IVMSAYVV.js";
import "./chunk-YN4AXX5Z.js";
import "./chunk-GZZTAZ46.js";
export {
  BuildCommand,
  buildDocument
};
