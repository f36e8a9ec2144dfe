import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildProject,
  withoutBareSboms
} from "./shared-packageurl-js.js";
import {
  parseDestinations
} from "./shared-pipeline-destinations.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/build-and-publish.ts
async function buildAndPublish(request, deps) {
  let outputs = parseDestinations(request.outputs ?? []), build = await buildProject(request, { ...deps.runner ? { runner: deps.runner } : {}, reporter: deps.reporter, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} });
  if (request.push && build.tags.length === 0)
    throw new WasmpackError("NO_DESTINATION", `the image ${build.name} was built without a tag, so --push has nowhere to go`, 'build with -t REF (or "tags" in wasmpack.json), or write it somewhere with -o');
  if (!outputs.length && !request.push) return { build };
  let [{ publish }, access] = await Promise.all([import("./pipeline-publish.js"), deps.access()]), publishDeps = { access, reporter: deps.reporter }, graph = request.signed ? withoutBareSboms(build.graph) : build.graph, published = outputs.length ? await publish(graph, outputs, publishDeps) : void 0, pushed = request.push ? await publish(graph, build.tags.map((reference) => ({ transport: "registry", reference })), publishDeps) : void 0;
  return { build, ...published ? { outputs: published } : {}, ...pushed ? { pushed } : {} };
}
__name(buildAndPublish, "buildAndPublish");

export {
  buildAndPublish
};
