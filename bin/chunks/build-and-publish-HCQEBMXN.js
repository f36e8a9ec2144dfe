import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildProject
} from "./chunk-Y4UGHAGG.js";
import "./chunk-KMICTEUM.js";
import "./chunk-MRCZYHYR.js";
import "./chunk-XJ2HSMVH.js";
import "./chunk-UAOVGVRS.js";
import {
  parseDestinations
} from "./chunk-EIQT7OCN.js";
import "./chunk-JGNIMW4M.js";
import "./chunk-UN3ZIXGY.js";
import "./chunk-QXMHR3TQ.js";
import "./chunk-GHGJQ6WN.js";
import "./chunk-QAYCZSYN.js";
import "./chunk-ZBRTIA7X.js";
import "./chunk-VRCNLHLW.js";
import "./chunk-NYBD6KRM.js";
import {
  WasmpackError
} from "./chunk-6JSWOIFR.js";
import {
  __name
} from "./chunk-6YJMOJDB.js";

// src/pipeline/build-and-publish.ts
async function buildAndPublish(request, deps) {
  let outputs = parseDestinations(request.outputs ?? []), build = await buildProject(request, { ...deps.runner ? { runner: deps.runner } : {}, reporter: deps.reporter, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} });
  if (request.push && build.tags.length === 0)
    throw new WasmpackError("NO_DESTINATION", `the image ${build.name} was built without a tag, so --push has nowhere to go`, 'build with -t REF (or "tags" in wasmpack.json), or write it somewhere with -o');
  if (!outputs.length && !request.push) return { build };
  let [{ publish }, access] = await Promise.all([import("./publish-ZGWIP6IQ.js"), deps.access()]), publishDeps = { access, reporter: deps.reporter }, published = outputs.length ? await publish(build.graph, outputs, publishDeps) : void 0, pushed = request.push ? await publish(build.graph, build.tags.map((reference) => ({ transport: "registry", reference })), publishDeps) : void 0;
  return { build, ...published ? { outputs: published } : {}, ...pushed ? { pushed } : {} };
}
__name(buildAndPublish, "buildAndPublish");
export {
  buildAndPublish
};
