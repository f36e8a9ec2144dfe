import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-XUCEJZCY.js";
import {
  parseDestinations
} from "./chunk-OOI6LAQL.js";
import "./chunk-BVNECP2Y.js";
import "./chunk-763F5YF3.js";
import "./chunk-ZM5MYMYX.js";
import "./chunk-2YLRRHFB.js";
import "./chunk-MHE3EAIH.js";
import "./chunk-G3HG7FBZ.js";
import "./chunk-4VPJEP6N.js";
import "./chunk-XFWC4E35.js";
import "./chunk-6KLJGFMX.js";
import "./chunk-YTAEUQ4R.js";
import "./chunk-HYWRCFJH.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseDestinations,
  pushImage
};
