import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-WXE3ISKV.js";
import "./chunk-YWSTDT7M.js";
import {
  parseDestinations
} from "./chunk-VOP774EG.js";
import "./chunk-4MRPKVNS.js";
import "./chunk-FYJEGSWD.js";
import "./chunk-42PHPCPB.js";
import "./chunk-PZQPRGME.js";
import "./chunk-SPOJMRFN.js";
import "./chunk-M5X7MN6H.js";
import "./chunk-PBJJCQ4E.js";
import "./chunk-HWU6XQJA.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  parseDestinations,
  pushImage
};
