import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildProject
} from "./chunk-ILRMQEXL.js";
import "./chunk-ENRQYIWZ.js";
import "./chunk-WCJOCUHN.js";
import {
  parseDestinations
} from "./chunk-75254YTN.js";
import "./chunk-JUPP46UQ.js";
import "./chunk-3FKRTOF5.js";
import "./chunk-2AODNBTL.js";
import "./chunk-DRTS4ARN.js";
import "./chunk-DUUAND3Z.js";
import "./chunk-WB77DAOC.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-222AH7NZ.js";
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/pipeline/build-and-publish.ts
async function buildAndPublish(request, deps) {
  let outputs = parseDestinations(request.outputs ?? []), build = await buildProject(request, { ...deps.runner ? { runner: deps.runner } : {}, reporter: deps.reporter, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} });
  try {
    if (request.push && build.destinations.length === 0)
      throw new WasmpackError("NO_DESTINATION", `the image ${build.name} was built without a tag, so --push has nowhere to go`, 'build with -t REF (or "tags" in wasmpack.json), or write it somewhere with -o');
    if (!outputs.length && !request.push) return { build };
    let [{ publish }, access] = await Promise.all([import("./publish-XYPEVPI2.js"), deps.access()]), publishDeps = { access, reporter: deps.reporter }, published = outputs.length ? await publish(build.graph, outputs, publishDeps) : void 0, pushed = request.push ? await publish(build.graph, build.destinations.map((reference) => ({ transport: "registry", reference })), publishDeps) : void 0;
    return { build, ...published ? { outputs: published } : {}, ...pushed ? { pushed } : {} };
  } catch (err) {
    throw await build.cleanup(), err;
  }
}
__name(buildAndPublish, "buildAndPublish");
export {
  buildAndPublish
};
