import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  pushImage
} from "./shared-pipeline-push.js";
import {
  parseDestinations
} from "./shared-pipeline-destinations.js";
import "./shared-pipeline-last-build.js";
import "./shared-pipeline-publish.js";
import "./shared-pipeline-copy-graph.js";
import "./shared-targets-copy.js";
import "./shared-targets-transport-spec.js";
import "./shared-targets-layout-source.js";
import "./shared-targets-archive-docker-archive.js";
import "./shared-targets-layout.js";
import "./shared-streamx.js";
import "./shared-oci-reference.js";
import "./shared-errors.js";
import "./shared-runtime.js";
export {
  parseDestinations,
  pushImage
};
