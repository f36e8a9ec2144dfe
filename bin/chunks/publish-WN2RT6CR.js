import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  publish
} from "./chunk-YWSTDT7M.js";
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
  publish
};
