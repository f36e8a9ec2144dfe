import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
} from "./chunk-IIRBXNNS.js";
import "./chunk-BEZJV3TE.js";
import "./chunk-42PHPCPB.js";
import "./chunk-PZQPRGME.js";
import "./chunk-SPOJMRFN.js";
import "./chunk-M5X7MN6H.js";
import "./chunk-5GWCEPOW.js";
import "./chunk-PBJJCQ4E.js";
import "./chunk-HWU6XQJA.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  DEFAULT_PULL_LIMITS,
  connectRegistry,
  fetchImage,
  pullImage
};
