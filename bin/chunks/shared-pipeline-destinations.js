import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  parseTransport
} from "./shared-targets-transport-spec.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/destinations.ts
function parseDestinations(texts) {
  return texts.map(parseTransport);
}
__name(parseDestinations, "parseDestinations");

export {
  parseDestinations
};
