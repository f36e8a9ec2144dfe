import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  copyImage,
  eachLimited
} from "./shared-targets-copy.js";
import {
  tagWithSuffix
} from "./shared-oci-reference.js";
import {
  wrap
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/copy-graph.ts
async function copyGraph(graph, target, tags, copy) {
  let roots = [graph.image, ...graph.companions.map((c) => c.image), ...graph.referrers];
  roots.length > 1 && await eachLimited(roots, copy.concurrency ?? 3, async (root) => {
    await target.exists(root.descriptor);
  });
  let result = await copyImage(graph.image, target, { ...copy, tags }), extraTags = [];
  for (let companion of graph.companions) {
    let companionTags = tags.map((t) => companionTag(t, companion.suffix));
    await copyImage(companion.image, target, { ...copy, tags: companionTags }).catch((err) => wrap(err, `pushing AOT image ${companionTags.join(", ")}`)), extraTags.push(...companionTags);
  }
  for (let referrer of graph.referrers)
    await copyImage(referrer, target, { ...copy, tags: [] }).catch((err) => wrap(err, `pushing referrer ${referrer.descriptor.digest}`));
  return { result, extraTags };
}
__name(copyGraph, "copyGraph");
function companionTag(tag, suffix) {
  let colon = tag.lastIndexOf(":"), [name, base] = colon > tag.lastIndexOf("/") ? [tag.slice(0, colon + 1), tag.slice(colon + 1)] : ["", tag];
  return name + tagWithSuffix(base, suffix, "AOT_BAD_TAG");
}
__name(companionTag, "companionTag");

export {
  copyGraph,
  companionTag
};
