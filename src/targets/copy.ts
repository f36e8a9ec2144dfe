import { walk, isManifestNode, type Blob, type ManifestNode } from '../oci/content.js';
import { CHILD, ROOT, type CopyHooks, type Target } from './target.js';

export interface CopyOptions {
  tags: readonly string[];
  hooks?: CopyHooks;
  /** Distinct blobs uploaded at once. */
  concurrency?: number;
  signal?: AbortSignal;
}

export interface CopyResult {
  digest: string;
  pushed: number;
  skipped: number;
  mounted: number;
}

/**
 * The one copy routine for every target (after oras-go's copyGraph): blobs first (in parallel,
 * skipping what exists), then child manifests by digest, then the root, and the tags last, so no
 * tag ever points at content that is missing. It does not commit: a caller copies an image and
 * its companions into one target, then commits them together (see `transaction`).
 */
export async function copyImage(root: ManifestNode, target: Target, options: CopyOptions): Promise<CopyResult> {
  const result: CopyResult = { digest: root.descriptor.digest, pushed: 0, skipped: 0, mounted: 0 };
  const nodes = walk(root);
  const blobs = nodes.filter((n): n is Blob => !isManifestNode(n));
  const manifests = nodes.filter(isManifestNode);
  const hooks = options.hooks ?? {};
  options.signal?.throwIfAborted();
  // A target that holds the root holds everything under it: a registry stores a manifest only
  // once the blobs it names are there, and every target here writes a manifest after its blobs.
  // A new tag for an image the target has (the everyday release, a re-run) is then one check and
  // the tags, not a check per blob (oras-go's copy skips an existing node's successors the same way).
  if (await target.exists(root.descriptor)) {
    result.skipped += nodes.length - 1;
    hooks.onSkipped?.(root.descriptor);
  } else {
    await copyBelowRoot(blobs, manifests.filter((m) => m !== root), target, result, options);
  }
  // The root is written under its tags; an untagged root is still named a root (a layout lists it
  // in index.json even when its bytes were there already).
  if (options.tags.length === 0) {
    options.signal?.throwIfAborted();
    if ((await target.pushManifest(root, ROOT, hooks)) === 'skipped') result.skipped++;
    else result.pushed++;
  }
  for (const tag of options.tags) {
    options.signal?.throwIfAborted();
    await target.pushManifest(root, { tag }, hooks);
    hooks.onTagged?.(tag, root.descriptor);
  }
  return result;
}

/** Blobs first (in parallel, skipping what exists), then child manifests by digest, children first. */
async function copyBelowRoot(blobs: readonly Blob[], children: readonly ManifestNode[], target: Target, result: CopyResult, options: CopyOptions): Promise<void> {
  const hooks = options.hooks ?? {};
  await eachLimited(blobs, options.concurrency ?? 3, async (blob) => {
    options.signal?.throwIfAborted();
    if (await target.exists(blob.descriptor)) {
      result.skipped++;
      hooks.onSkipped?.(blob.descriptor);
      return;
    }
    hooks.onStart?.(blob.descriptor);
    const outcome = await target.pushBlob(blob, hooks);
    if (outcome === 'mounted') result.mounted++;
    else result.pushed++;
    hooks.onDone?.(blob.descriptor, outcome);
  });
  for (const manifest of children) {
    options.signal?.throwIfAborted();
    if (await target.exists(manifest.descriptor)) {
      result.skipped++;
      hooks.onSkipped?.(manifest.descriptor);
      continue;
    }
    if ((await target.pushManifest(manifest, CHILD, hooks)) === 'skipped') {
      result.skipped++;
      hooks.onSkipped?.(manifest.descriptor);
    } else result.pushed++;
  }
}

/**
 * Everything `work` writes to `target` becomes visible at once, or not at all: commit on success,
 * abort (remove what was half-written) on failure. Whoever opened the target closes it.
 */
export async function transaction<T>(target: Target, work: (target: Target) => Promise<T>): Promise<T> {
  try {
    const result = await work(target);
    await target.commit();
    return result;
  } catch (err) {
    await target.abort().catch(() => undefined);
    throw err;
  }
}

/** One image into one target, committed: the common case of tests and single copies. */
export function copyAndCommit(root: ManifestNode, target: Target, options: CopyOptions): Promise<CopyResult> {
  return transaction(target, () => copyImage(root, target, options));
}

/** Runs `work` over items with at most `limit` in flight; the first failure wins. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async (): Promise<void> => {
    while (failed === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failed !== undefined) throw failed;
}
