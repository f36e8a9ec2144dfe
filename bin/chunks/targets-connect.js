import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  connect,
  openSource,
  openTarget,
  registryClient
} from "./shared-targets-registry-uploads.js";
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
  connect,
  openSource,
  openTarget,
  registryClient
};
