import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  parseDestinations
} from "./shared-pipeline-destinations.js";
import {
  openLastBuild,
  openLayoutGraph
} from "./shared-pipeline-last-build.js";
import {
  publish
} from "./shared-pipeline-publish.js";
import {
  parseTransport
} from "./shared-targets-transport-spec.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/push.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
async function pushImage(request, deps) {
  let named = parseDestinations(request.destinations), source = await openSource(request), destinations = named.length ? named : source.defaults;
  if (destinations.length === 0)
    throw new WasmpackError("NO_DESTINATION", `the image ${source.graph.name} was built without a tag, so there is nowhere to push it by default`, 'name a destination (wasmpack push localhost:5000/app:1.0), or build with -t REF / "tags" in wasmpack.json');
  return publish(source.graph, destinations, { ...deps, ...request.mountFrom ? { mountFrom: request.mountFrom } : {}, ...request.concurrency ? { concurrency: request.concurrency } : {} });
}
__name(pushImage, "pushImage");
async function openSource(request) {
  if (request.source === void 0) return fromProject(resolve(request.dir));
  if ((await stat(request.source).catch(() => {
  }))?.isDirectory() && !request.source.startsWith("oci:")) return fromProject(resolve(request.source));
  let spec = parseTransport(request.source);
  if (spec.transport !== "oci")
    throw new WasmpackError("UNSUPPORTED_SOURCE", `wasmpack push reads images from an OCI layout, not from ${request.source}`, "push the last build (wasmpack push DEST), a project directory, or oci:DIR[:TAG]; skopeo copy moves images between other transports");
  return { graph: await openLayoutGraph(resolve(spec.dir), spec.tag), defaults: [] };
}
__name(openSource, "openSource");
async function fromProject(dir) {
  let build = await openLastBuild(dir);
  return { graph: build.graph, defaults: build.tags.map((reference) => ({ transport: "registry", reference })) };
}
__name(fromProject, "fromProject");

export {
  pushImage
};
