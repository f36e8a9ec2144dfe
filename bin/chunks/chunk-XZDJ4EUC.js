import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  companionTag,
  copyGraph
} from "./chunk-GDV66ATE.js";
import {
  transaction
} from "./chunk-33C6CMDJ.js";
import {
  transportName
} from "./chunk-BWFIW6WN.js";
import {
  dockerArchiveRunNote,
  openTarget
} from "./chunk-4OHIAGUV.js";
import {
  shortDigest
} from "./chunk-P2JN5ZHE.js";
import {
  DEFAULT_TAG
} from "./chunk-GRASZ2E7.js";
import {
  WasmpackError,
  wrap
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/pipeline/publish.ts
async function publish(graph, destinations, deps) {
  let digest = graph.image.descriptor.digest, pushed = [], firstRepoOnRegistry = /* @__PURE__ */ new Map(), all = placements(destinations, graph.reference), tagged = [];
  for (let placement of all) for (let companion of graph.companions) placement.tags.forEach((t) => companionTag(t, companion.suffix));
  for (let placement of all) {
    let reference = placement.spec.transport === "registry" ? placement.spec.reference : void 0, mountFrom = deps.mountFrom ?? (reference ? firstRepoOnRegistry.get(reference.apiHost) : void 0), stats, hooks = { ...progressHooks(deps.reporter), onStats: /* @__PURE__ */ __name((s) => stats = s, "onStats"), onTagged: /* @__PURE__ */ __name((tag) => tagged.push(taggedName(placement.spec, tag)), "onTagged") }, target = openTarget(placement.spec, deps.access, { hooks, repoTags: placement.tags, ...mountFrom ? { mountFrom } : {} });
    deps.reporter.step(`pushing ${graph.name} to ${target.name}`);
    let copy = { hooks, concurrency: deps.concurrency ?? 3, ...deps.access.signal ? { signal: deps.access.signal } : {} }, whole = placement.spec.transport === "registry" || placement.spec.transport === "oci", { result, extraTags } = await transaction(target, () => copyGraph(whole ? graph : { ...graph, companions: [], referrers: [] }, target, placement.tags, copy)).catch((err) => {
      if (deps.access.signal?.aborted) throw interrupted(tagged);
      return wrap(err, `pushing ${graph.name} to ${target.name}`);
    }).finally(() => target.close());
    reference && !firstRepoOnRegistry.has(reference.apiHost) && firstRepoOnRegistry.set(reference.apiHost, reference.repository), deps.reporter.succeed(`${target.name}: ${result.pushed} pushed, ${result.skipped} already there, ${result.mounted} mounted`), placement.spec.transport === "docker-archive" && deps.reporter.info(dockerArchiveRunNote(placement.spec.file, placement.tags[0] ?? graph.reference)), pushed.push({ destination: transportName(placement.spec), digest, tags: placement.tags, result, ...extraTags.length ? { extraTags } : {}, ...stats ? { stats } : {} });
  }
  return { digest, pushed };
}
__name(publish, "publish");
function taggedName(spec, tag) {
  return spec.transport === "registry" ? `${spec.reference.registry}/${spec.reference.repository}:${tag}` : `${transportName(spec)} (${tag})`;
}
__name(taggedName, "taggedName");
function interrupted(tagged) {
  return new WasmpackError(
    "INTERRUPTED",
    tagged.length ? `interrupted; tags completed before stopping: ${tagged.join(", ")}` : "interrupted before any tag was written; nothing half-written was kept",
    "run the same command again to finish: blobs already uploaded are skipped"
  );
}
__name(interrupted, "interrupted");
function placements(destinations, defaultReference) {
  let byRepository = /* @__PURE__ */ new Map(), out = [];
  for (let spec of destinations) {
    if (spec.transport !== "registry") {
      out.push({ spec, tags: fileTags(spec, defaultReference) });
      continue;
    }
    let ref = spec.reference, key = `${ref.apiHost}/${ref.repository}`, placement = byRepository.get(key);
    placement || (placement = { spec, tags: [] }, byRepository.set(key, placement), out.push(placement));
    let tag = ref.digest && !ref.tag ? void 0 : ref.tag ?? DEFAULT_TAG;
    tag && !placement.tags.includes(tag) && placement.tags.push(tag);
  }
  return out;
}
__name(placements, "placements");
function fileTags(spec, defaultReference) {
  switch (spec.transport) {
    case "oci":
    case "oci-archive":
      return spec.tag ? [spec.tag] : [];
    case "docker-archive":
      return [spec.reference ?? defaultReference];
  }
}
__name(fileTags, "fileTags");
function progressHooks(reporter) {
  return {
    onSkipped: /* @__PURE__ */ __name((d) => reporter.info(`${shortDigest(d.digest)} already there`), "onSkipped"),
    onProgress: /* @__PURE__ */ __name((d, sent) => reporter.progress(shortDigest(d.digest), sent, d.size), "onProgress"),
    onDone: /* @__PURE__ */ __name((d, outcome) => {
      outcome === "mounted" && reporter.info(`${shortDigest(d.digest)} mounted`);
    }, "onDone"),
    onReferrer: /* @__PURE__ */ __name((d, how) => reporter.info(`AOT referrer ${shortDigest(d.digest)} attached (${how === "api" ? "referrers API" : "fallback tag"})`), "onReferrer")
  };
}
__name(progressHooks, "progressHooks");

export {
  publish
};
