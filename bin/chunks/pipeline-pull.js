import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  openImage,
  pullImage
} from "./shared-pipeline-extract.js";
import "./shared-pipeline-scavenge.js";
import "./shared-toolchains-wamrc.js";
import "./shared-wasm-aot-header.js";
import "./shared-targets-copy.js";
import "./shared-targets-transport-spec.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import "./shared-targets-registry-uploads.js";
import "./shared-oci-aot-image.js";
import "./shared-targets-layout-source.js";
import "./shared-targets-archive-docker-archive.js";
import "./shared-targets-layout.js";
import "./shared-streamx.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import "./shared-oci-reference.js";
import "./shared-errors.js";
import "./shared-package-info.js";
import "./shared-runtime.js";
export {
  DEFAULT_PULL_LIMITS,
  fetchImage,
  openImage,
  pullImage
};
