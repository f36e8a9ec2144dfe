import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildAndPublish
} from "./chunk-SPWJ27DX.js";
import "./chunk-KBDQSG4Y.js";
import "./chunk-WCJOCUHN.js";
import "./chunk-NVDFGG7H.js";
import "./chunk-J2QEESA2.js";
import "./chunk-CI7EG3MB.js";
import "./chunk-XHMFB34W.js";
import "./chunk-WB77DAOC.js";
import "./chunk-OOI6LAQL.js";
import "./chunk-BVNECP2Y.js";
import "./chunk-ZM5MYMYX.js";
import "./chunk-MHE3EAIH.js";
import "./chunk-G3HG7FBZ.js";
import "./chunk-4VPJEP6N.js";
import "./chunk-XFWC4E35.js";
import "./chunk-YFQSVJDC.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-YTAEUQ4R.js";
import "./chunk-HYWRCFJH.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  buildAndPublish
};
