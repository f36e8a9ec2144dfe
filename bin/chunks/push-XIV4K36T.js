import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PushCommand,
  pushDocument,
  pushedLines
} from "./chunk-GJKL4LQ6.js";
import "./chunk-NFMTXYIM.js";
import "./chunk-577SCHWF.js";
import "./chunk-YFQSVJDC.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-WDP67SHA.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-JMGDALHU.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  PushCommand,
  pushDocument,
  pushedLines
};
