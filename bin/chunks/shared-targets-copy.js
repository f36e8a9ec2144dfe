import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  CHILD,
  ROOT
} from "./shared-targets-layout.js";
import {
  isManifestNode,
  walk
} from "./shared-streamx.js";
import {
  __name
} from "./shared-runtime.js";

// src/targets/copy.ts
async function copyImage(root, target, options) {
  let result = { digest: root.descriptor.digest, pushed: 0, skipped: 0, mounted: 0 }, nodes = walk(root), blobs = nodes.filter((n) => !isManifestNode(n)), manifests = nodes.filter(isManifestNode), hooks = options.hooks ?? {};
  options.signal?.throwIfAborted(), await target.exists(root.descriptor) ? (result.skipped += nodes.length - 1, hooks.onSkipped?.(root.descriptor)) : await copyBelowRoot(blobs, manifests.filter((m) => m !== root), target, result, options), options.tags.length === 0 && (options.signal?.throwIfAborted(), await target.pushManifest(root, ROOT, hooks) === "skipped" ? result.skipped++ : result.pushed++);
  for (let tag of options.tags)
    options.signal?.throwIfAborted(), await target.pushManifest(root, { tag }, hooks), hooks.onTagged?.(tag, root.descriptor);
  return result;
}
__name(copyImage, "copyImage");
async function copyBelowRoot(blobs, children, target, result, options) {
  let hooks = options.hooks ?? {};
  await eachLimited(blobs, options.concurrency ?? 3, async (blob) => {
    if (options.signal?.throwIfAborted(), await target.exists(blob.descriptor)) {
      result.skipped++, hooks.onSkipped?.(blob.descriptor);
      return;
    }
    hooks.onStart?.(blob.descriptor);
    let outcome = await target.pushBlob(blob, hooks);
    outcome === "mounted" ? result.mounted++ : result.pushed++, hooks.onDone?.(blob.descriptor, outcome);
  });
  for (let manifest of children) {
    if (options.signal?.throwIfAborted(), await target.exists(manifest.descriptor)) {
      result.skipped++, hooks.onSkipped?.(manifest.descriptor);
      continue;
    }
    await target.pushManifest(manifest, CHILD, hooks) === "skipped" ? (result.skipped++, hooks.onSkipped?.(manifest.descriptor)) : result.pushed++;
  }
}
__name(copyBelowRoot, "copyBelowRoot");
async function transaction(target, work) {
  try {
    let result = await work(target);
    return await target.commit(), result;
  } catch (err) {
    throw await target.abort().catch(() => {
    }), err;
  }
}
__name(transaction, "transaction");
function copyAndCommit(root, target, options) {
  return transaction(target, () => copyImage(root, target, options));
}
__name(copyAndCommit, "copyAndCommit");
async function eachLimited(items, limit, work) {
  let next = 0, failed, worker = /* @__PURE__ */ __name(async () => {
    for (; failed === void 0 && next < items.length; ) {
      let item = items[next++];
      try {
        await work(item);
      } catch (err) {
        failed ??= err;
      }
    }
  }, "worker");
  if (await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker)), failed !== void 0) throw failed;
}
__name(eachLimited, "eachLimited");

export {
  copyImage,
  transaction,
  copyAndCommit,
  eachLimited
};
