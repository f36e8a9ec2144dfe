import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  parseFailure,
  unknownCommand,
  unknownOption
} from "./chunk-HLILYZ25.js";
import "./chunk-U4FSHFBH.js";
import "./chunk-GZZTAZ46.js";
export {
  parseFailure,
  unknownCommand,
  unknownOption
};
