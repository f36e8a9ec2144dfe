import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle
} from "./shared-pipeline-inspect.js";
import {
  referrerLabel
} from "./shared-supply-chain-documents.js";
import "./shared-supply-chain-sign-formats.js";
import "./shared-pipeline-last-build.js";
import "./shared-targets-transport-spec.js";
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
  MAX_CONFIG_BYTES,
  inspectImage,
  layerTitle,
  referrerLabel
};
