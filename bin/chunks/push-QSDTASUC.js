import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./chunk-PCJWXM36.js";
import {
  parseDestinations
} from "./chunk-F37EWIGQ.js";
import "./chunk-RHYU4X37.js";
import "./chunk-6RK3F5T5.js";
import "./chunk-CYMQ5WWC.js";
import "./chunk-EGSGX5WD.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-EROEJHRK.js";
import "./chunk-EJXTTKT4.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseDestinations,
  pushImage
};
