import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-IFLUAQW2.js";
import "./chunk-CI7EG3MB.js";
import "./chunk-XHMFB34W.js";
import "./chunk-2YLRRHFB.js";
import "./chunk-MHE3EAIH.js";
import "./chunk-G3HG7FBZ.js";
import "./chunk-4VPJEP6N.js";
import "./chunk-XFWC4E35.js";
import "./chunk-YFQSVJDC.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-6KLJGFMX.js";
import "./chunk-YTAEUQ4R.js";
import "./chunk-HYWRCFJH.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
