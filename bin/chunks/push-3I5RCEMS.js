import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PushCommand,
  pushDocument,
  pushedLines
} from "./chunk-MWMADQKQ.js";
import "./chunk-UKHTK6GJ.js";
import "./chunk-H2IX3B2B.js";
import "./chunk-PHI3SO4N.js";
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
