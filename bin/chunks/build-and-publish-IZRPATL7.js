import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildProject
} from "./chunk-Q4ZJAMNE.js";
import "./chunk-EDDYBO5P.js";
import "./chunk-J2QEESA2.js";
import "./chunk-XHMFB34W.js";
import "./chunk-WCJOCUHN.js";
import {
  parseDestinations
} from "./chunk-F37EWIGQ.js";
import "./chunk-AI4EMGT7.js";
import "./chunk-GDV66ATE.js";
import "./chunk-33C6CMDJ.js";
import "./chunk-BWFIW6WN.js";
import "./chunk-P2JN5ZHE.js";
import "./chunk-WB77DAOC.js";
import "./chunk-PHI3SO4N.js";
import "./chunk-GRASZ2E7.js";
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/pipeline/build-and-publish.ts
async function buildAndPublish(request, deps) {
  let outputs = parseDestinations(request.outputs ?? []), build = await buildProject(request, { ...deps.runner ? { runner: deps.runner } : {}, reporter: deps.reporter, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} });
  if (request.push && build.tags.length === 0)
    throw new WasmpackError("NO_DESTINATION", `the image ${build.name} was built without a tag, so --push has nowhere to go`, 'build with -t REF (or "tags" in wasmpack.json), or write it somewhere with -o');
  if (!outputs.length && !request.push) return { build };
  let [{ publish }, access] = await Promise.all([import("./publish-FOAGF67T.js"), deps.access()]), publishDeps = { access, reporter: deps.reporter }, published = outputs.length ? await publish(build.graph, outputs, publishDeps) : void 0, pushed = request.push ? await publish(build.graph, build.tags.map((reference) => ({ transport: "registry", reference })), publishDeps) : void 0;
  return { build, ...published ? { outputs: published } : {}, ...pushed ? { pushed } : {} };
}
__name(buildAndPublish, "buildAndPublish");
export {
  buildAndPublish
};
