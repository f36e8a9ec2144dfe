import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildProject
} from "./chunk-ONQPR6CA.js";
import "./chunk-WCJOCUHN.js";
import "./chunk-5U77WLWV.js";
import {
  parseDestinations
} from "./chunk-2ZBUEPIM.js";
import "./chunk-SLVRTPF5.js";
import "./chunk-C7DJPM7G.js";
import "./chunk-JZR2MZEZ.js";
import "./chunk-RXTW44O6.js";
import "./chunk-WB77DAOC.js";
import "./chunk-NRYQKENT.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-PX3WODOJ.js";
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
    let [{ publish }, access] = await Promise.all([import("./publish-JGYUVCPT.js"), deps.access()]), publishDeps = { access, reporter: deps.reporter }, published = outputs.length ? await publish(build.graph, outputs, publishDeps) : void 0, pushed = request.push ? await publish(build.graph, build.destinations.map((reference) => ({ transport: "registry", reference })), publishDeps) : void 0;
    return { build, ...published ? { outputs: published } : {}, ...pushed ? { pushed } : {} };
  } catch (err) {
    throw await build.cleanup(), err;
  }
}
__name(buildAndPublish, "buildAndPublish");
export {
  buildAndPublish
};
