import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  buildProject
} from "./chunk-V3F2UUZB.js";
import "./chunk-KMICTEUM.js";
import "./chunk-BEZJV3TE.js";
import {
  parseDestinations
} from "./chunk-VOP774EG.js";
import "./chunk-4MRPKVNS.js";
import "./chunk-FYJEGSWD.js";
import "./chunk-42PHPCPB.js";
import "./chunk-PZQPRGME.js";
import "./chunk-QAYCZSYN.js";
import "./chunk-M5X7MN6H.js";
import "./chunk-5GWCEPOW.js";
import "./chunk-HWU6XQJA.js";
import {
  WasmpackError
} from "./chunk-6JSWOIFR.js";
import {
  __name
} from "./chunk-6YJMOJDB.js";

// src/pipeline/build-and-publish.ts
async function buildAndPublish(request, deps) {
  let outputs = parseDestinations(request.outputs ?? []), build = await buildProject(request, { ...deps.runner ? { runner: deps.runner } : {}, reporter: deps.reporter, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} });
  try {
    if (request.push && build.destinations.length === 0)
      throw new WasmpackError("NO_DESTINATION", `the image ${build.name} was built without a tag, so --push has nowhere to go`, 'build with -t REF (or "tags" in wasmpack.json), or write it somewhere with -o');
    if (!outputs.length && !request.push) return { build };
    let [{ publish }, access] = await Promise.all([import("./publish-WN2RT6CR.js"), deps.access()]), publishDeps = { access, reporter: deps.reporter }, published = outputs.length ? await publish(build.graph, outputs, publishDeps) : void 0, pushed = request.push ? await publish(build.graph, build.destinations.map((reference) => ({ transport: "registry", reference })), publishDeps) : void 0;
    return { build, ...published ? { outputs: published } : {}, ...pushed ? { pushed } : {} };
  } catch (err) {
    throw await build.cleanup(), err;
  }
}
__name(buildAndPublish, "buildAndPublish");
export {
  buildAndPublish
};
