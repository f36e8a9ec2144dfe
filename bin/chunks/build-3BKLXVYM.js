import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  BuildCommand,
  buildDocument
} from "./chunk-ZDOVXWJZ.js";
import "./chunk-WD5DMUKA.js";
import "./chunk-IDNVI6S4.js";
import "./chunk-SW4RD7MO.js";
import "./chunk-BXUF5HXR.js";
import "./chunk-WAQHU2FN.js";
import "./chunk-EPR3OEVV.js";
import "./chunk-YFQSVJDC.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-JMGDALHU.js";
import "./chunk-6KLJGFMX.js";
import "./chunk-YTAEUQ4R.js";
import "./chunk-HYWRCFJH.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  BuildCommand,
  buildDocument
};
