import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  companionTag,
  copyGraph
} from "./shared-pipeline-copy-graph.js";
import {
  transaction
} from "./shared-targets-copy.js";
import {
  transportName
} from "./shared-targets-transport-spec.js";
import {
  dockerArchiveRunNote,
  openLocalTarget
} from "./shared-targets-archive-docker-archive.js";
import {
  MediaType,
  shortDigest
} from "./shared-streamx.js";
import {
  DEFAULT_TAG
} from "./shared-oci-reference.js";
import {
  WasmpackError,
  wrap
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/kubernetes.ts
function kubernetesIndexWarning(image, reference) {
  let mediaType = image.descriptor.mediaType;
  if (mediaType !== MediaType.ociIndex && mediaType !== MediaType.dockerManifestList) return;
  let platforms;
  try {
    platforms = (JSON.parse(image.bytes.toString("utf8")).manifests ?? []).map((m) => m.platform);
  } catch {
    return;
  }
  if (platforms.some((p) => p?.os === "linux")) return;
  let listed = [...new Set(platforms.map((p) => p ? `${p.os}/${p.architecture}` : "no platform"))].join(", ") || "no entries";
  return `${reference} is an image index with no linux/* entry (${listed}): a Kubernetes node's containerd refuses it ("no match for platform in manifest"). For Kubernetes push the wasi/wasm image manifest itself: \`skopeo copy --override-os wasi --override-arch wasm oci:DIR:TAG docker://REF\` copies that entry alone, and \`wasmpack build --push\` pushes a single manifest`;
}
__name(kubernetesIndexWarning, "kubernetesIndexWarning");

// src/pipeline/publish.ts
async function publish(graph, destinations, deps) {
  let digest = graph.image.descriptor.digest, pushed = [], firstRepoOnRegistry = /* @__PURE__ */ new Map(), all = placements(destinations, graph.reference), tagged = [];
  for (let placement of all) for (let companion of graph.companions) placement.tags.forEach((t) => companionTag(t, companion.suffix));
  for (let placement of all) {
    let reference = placement.spec.transport === "registry" ? placement.spec.reference : void 0, mountFrom = deps.mountFrom ?? (reference ? firstRepoOnRegistry.get(reference.apiHost) : void 0), stats, hooks = { ...progressHooks(deps.reporter), onStats: /* @__PURE__ */ __name((s) => stats = s, "onStats"), onTagged: /* @__PURE__ */ __name((tag) => tagged.push(taggedName(placement.spec, tag)), "onTagged") }, target = placement.spec.transport === "registry" ? (await import("./targets-connect.js")).openTarget(placement.spec, deps.access, { hooks, ...mountFrom ? { mountFrom } : {} }) : openLocalTarget(placement.spec, placement.tags), kubernetes = reference && placement.tags.length ? kubernetesIndexWarning(graph.image, transportName(placement.spec)) : void 0;
    kubernetes && deps.reporter.warn(kubernetes), deps.reporter.step(`pushing ${graph.name} to ${target.name}`);
    let copy = { hooks, concurrency: deps.concurrency ?? 3, ...deps.access.signal ? { signal: deps.access.signal } : {} }, whole = placement.spec.transport !== "docker-archive", { result, extraTags } = await transaction(target, () => copyGraph(whole ? graph : { ...graph, companions: [], referrers: [] }, target, placement.tags, copy)).catch((err) => {
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
    onReferrer: /* @__PURE__ */ __name((d, how) => reporter.info(`referrer ${shortDigest(d.digest)}${d.artifactType ? ` (${d.artifactType})` : ""} attached (${how === "api" ? "referrers API" : "fallback tag"})`), "onReferrer")
  };
}
__name(progressHooks, "progressHooks");

export {
  publish
};
