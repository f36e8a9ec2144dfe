import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-VKB2MMWH.js";
import "./chunk-KGBG4P45.js";
import "./chunk-XHMFB34W.js";
import "./chunk-GX3RSMDO.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-FGYBYNZQ.js";
import "./chunk-MG3SJGY7.js";
import "./chunk-V2BFCLXD.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
