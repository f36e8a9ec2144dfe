import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  parseTransport
} from "./chunk-BWFIW6WN.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/pipeline/destinations.ts
function parseDestinations(texts) {
  return texts.map(parseTransport);
}
__name(parseDestinations, "parseDestinations");

export {
  parseDestinations
};
