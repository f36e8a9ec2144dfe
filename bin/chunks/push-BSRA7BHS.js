import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  copyImage
} from "./chunk-BQWYTHAC.js";
import {
  loadLastBuild,
  referrersFallbackTag
} from "./chunk-XSYEALKH.js";
import {
  RegistryTarget,
  describeDestination,
  openTarget
} from "./chunk-44SVNAZC.js";
import {
  parseTransport
} from "./chunk-MT5UJLIN.js";
import {
  canonicalJson,
  readLayoutImage,
  readLayoutManifest
} from "./chunk-ILJH7UAS.js";
import "./chunk-2OI3AXD3.js";
import {
  MediaType,
  shortDigest
} from "./chunk-SUST7DXY.js";
import "./chunk-Z4YE2YRB.js";
import "./chunk-RSNUBP26.js";
import {
  WasmpackError,
  wrap
} from "./chunk-YN4AXX5Z.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/pipeline/push.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";

// src/pipeline/referrers.ts
async function recordReferrer(target, repository, referrer) {
  if (target.manifestResults.get(referrer.descriptor.digest)?.subject) return "api";
  let doc = JSON.parse(referrer.bytes.toString("utf8"));
  if (!doc.subject) return "api";
  let tag = referrersFallbackTag(doc.subject.digest), existing = await target.client.findManifest(repository, tag), index = existing ? JSON.parse(existing.bytes.toString("utf8")) : {}, entry = {
    mediaType: referrer.descriptor.mediaType,
    digest: referrer.descriptor.digest,
    size: referrer.descriptor.size,
    ...doc.artifactType ?? doc.config?.mediaType ? { artifactType: doc.artifactType ?? doc.config.mediaType } : {},
    ...doc.annotations ? { annotations: doc.annotations } : {}
  }, manifests = (index.manifests ?? []).filter((d) => d.digest !== entry.digest);
  manifests.push(entry);
  let bytes = canonicalJson({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests });
  return await target.client.putManifest(repository, tag, bytes, MediaType.ociIndex), "fallback-tag";
}
__name(recordReferrer, "recordReferrer");

// src/pipeline/push.ts
async function pushImage(request, deps) {
  let source = await openSource(request), destinations = request.destinations.length ? request.destinations : source.defaultDestinations;
  if (destinations.length === 0)
    throw new WasmpackError("NO_DESTINATION", `the image ${source.name} was built without a tag, so there is nowhere to push it by default`, 'name a destination (wasmpack push localhost:5000/app:1.0), or build with -t REF / "tags" in wasmpack.json');
  let digest = source.image.descriptor.digest, pushed = [], firstRepoOnRegistry = /* @__PURE__ */ new Map();
  for (let group of groupDestinations(destinations, source.defaultReference)) {
    let opened = openTarget(group.destinations[0], deps.access, {
      defaultReference: source.defaultReference,
      mountFrom: request.mountFrom ?? (group.registry ? firstRepoOnRegistry.get(group.registry) : void 0)
    }), tags = [...new Set(group.destinations.flatMap((d) => describeDestination(d, source.defaultReference).tags))];
    deps.reporter.step(`pushing ${source.name} to ${opened.target.name}`);
    let result, extraTags;
    try {
      result = await copyImage(source.image, opened.target, { tags, hooks: progressHooks(deps.reporter), concurrency: request.concurrency ?? 3, ...deps.access.signal ? { signal: deps.access.signal } : {} }), extraTags = await pushCompanions(source, opened, tags, group.repository, deps);
    } catch (err) {
      wrap(err, `pushing ${source.name} to ${opened.target.name}`);
    } finally {
      await opened.target.close?.();
    }
    group.registry && group.repository && !firstRepoOnRegistry.has(group.registry) && firstRepoOnRegistry.set(group.registry, group.repository);
    let stats = "stats" in opened.target ? { ...opened.target.stats } : void 0;
    deps.reporter.succeed(`${opened.target.name}: ${result.pushed} pushed, ${result.skipped} already there, ${result.mounted} mounted`), pushed.push({ destination: opened.display, digest, tags, result, ...extraTags.length ? { extraTags } : {}, ...stats ? { stats } : {} });
  }
  return { digest, pushed };
}
__name(pushImage, "pushImage");
async function openSource(request) {
  if (request.source === void 0) return fromLastBuild(resolve(request.dir));
  if ((await stat(request.source).catch(() => {
  }))?.isDirectory() && !request.source.startsWith("oci:")) return fromLastBuild(resolve(request.source));
  let spec = parseTransport(request.source);
  if (spec.transport !== "oci")
    throw new WasmpackError("UNSUPPORTED_SOURCE", `wasmpack push reads images from an OCI layout, not from ${request.source}`, "push the last build (wasmpack push DEST), a project directory, or oci:DIR[:TAG]; skopeo copy moves images between other transports");
  return { image: await readLayoutImage(resolve(spec.dir), spec.tag), name: spec.tag ?? "image", defaultDestinations: [], defaultReference: spec.tag ?? "image:latest", extras: [], referrers: [] };
}
__name(openSource, "openSource");
async function fromLastBuild(dir) {
  let build = await loadLastBuild(dir), image = await readLayoutImage(build.layout, build.localTag);
  if (image.descriptor.digest !== build.digest)
    throw new WasmpackError("STALE_BUILD", `the local image ${build.localTag} changed since the last build recorded it`, "run `wasmpack build` again");
  let extras = await Promise.all((build.extra ?? []).map(async (e) => ({ suffix: e.suffix, image: await readLayoutImage(build.layout, e.localTag) }))), referrers = await Promise.all((build.referrers ?? []).map((digest) => readLayoutManifest(build.layout, digest)));
  return { image, name: build.name, defaultDestinations: build.tags, defaultReference: build.localTag, extras, referrers };
}
__name(fromLastBuild, "fromLastBuild");
async function pushCompanions(source, opened, tags, repository, deps) {
  let written = [];
  if (!(opened.reference !== void 0 || parseTransport(opened.display).transport === "oci")) return written;
  for (let extra of source.extras) {
    let extraTags = tags.map((t) => `${t}${extra.suffix}`), target = reopen(opened, deps);
    try {
      await copyImage(extra.image, target, { tags: extraTags }).catch((err) => wrap(err, `pushing AOT image ${extraTags.join(", ")}`));
    } finally {
      await target.close?.();
    }
    written.push(...extraTags);
  }
  for (let referrer of source.referrers) {
    let target = reopen(opened, deps);
    try {
      if (await copyImage(referrer, target, { tags: [] }).catch((err) => wrap(err, `pushing AOT referrer ${referrer.descriptor.digest}`)), target instanceof RegistryTarget && repository) {
        let how = await recordReferrer(target, repository, referrer);
        deps.reporter.info(`AOT referrer ${shortDigest(referrer.descriptor.digest)} attached (${how === "api" ? "referrers API" : "fallback tag"})`);
      }
    } finally {
      await target.close?.();
    }
  }
  return written;
}
__name(pushCompanions, "pushCompanions");
function reopen(opened, deps) {
  return openTarget(opened.display, deps.access, { defaultReference: opened.tags[0] ?? "image:latest" }).target;
}
__name(reopen, "reopen");
function groupDestinations(destinations, defaultReference) {
  let groups = /* @__PURE__ */ new Map();
  for (let destination of destinations) {
    let { reference } = describeDestination(destination, defaultReference);
    if (!reference) {
      groups.set(`${groups.size}:${destination}`, { destinations: [destination] });
      continue;
    }
    let key = `${reference.apiHost}/${reference.repository}`, group = groups.get(key) ?? { registry: reference.apiHost, repository: reference.repository, destinations: [] };
    group.destinations.push(destination), groups.set(key, group);
  }
  return [...groups.values()];
}
__name(groupDestinations, "groupDestinations");
function progressHooks(reporter) {
  return {
    onSkipped: /* @__PURE__ */ __name((d) => reporter.info(`${shortDigest(d.digest)} already there`), "onSkipped"),
    onProgress: /* @__PURE__ */ __name((d, sent) => reporter.progress(shortDigest(d.digest), sent, d.size), "onProgress"),
    onDone: /* @__PURE__ */ __name((d, outcome) => {
      outcome === "mounted" && reporter.info(`${shortDigest(d.digest)} mounted`);
    }, "onDone")
  };
}
__name(progressHooks, "progressHooks");
export {
  pushImage
};
