import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildAndPublish
} from "./shared-pipeline-build-and-publish.js";
import "./shared-packageurl-js.js";
import "./shared-supply-chain-documents.js";
import "./shared-toolchains-module-name.js";
import "./shared-toolchains-rust-toolchain.js";
import "./shared-pipeline-scavenge.js";
import "./shared-toolchains-wamrc.js";
import "./shared-wasm-binary.js";
import "./shared-wasm-aot-header.js";
import "./shared-pipeline-destinations.js";
import "./shared-pipeline-last-build.js";
import "./shared-pipeline-copy-graph.js";
import "./shared-targets-copy.js";
import "./shared-targets-transport-spec.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import "./shared-oci-aot-image.js";
import "./shared-targets-layout-source.js";
import "./shared-targets-layout.js";
import "./shared-streamx.js";
import "./shared-streams.js";
import "./shared-oci-reference.js";
import "./shared-errors.js";
import "./shared-package-info.js";
import "./shared-runtime.js";
export {
  buildAndPublish
};
