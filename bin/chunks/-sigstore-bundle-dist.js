import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  require_dist
} from "./shared-@sigstore-bundle.js";
import "./shared-@sigstore-protobuf-specs.js";
import "./shared-runtime.js";
export default require_dist();
