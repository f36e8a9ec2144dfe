import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PushCommand,
  pushDocument,
  pushedLines
} from "./chunk-ELDFVTCT.js";
import "./chunk-GM37TYDJ.js";
import "./chunk-ZRF53ORV.js";
import "./chunk-O5RDO6IZ.js";
import "./chunk-J3SMM3J5.js";
import "./chunk-JMGDALHU.js";
import "./chunk-Z4YE2YRB.js";
import "./chunk-RSNUBP26.js";
import "./chunk-YN4AXX5Z.js";
import "./chunk-GZZTAZ46.js";
export {
  PushCommand,
  pushDocument,
  pushedLines
};
