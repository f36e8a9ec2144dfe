import { wrap } from '../errors.js';
import { tagWithSuffix } from '../oci/reference.js';
import { copyImage, eachLimited, type CopyOptions, type CopyResult } from '../targets/copy.js';
import type { Target } from '../targets/target.js';
import type { ImageGraph } from './graph.js';

// How one image graph goes into one open target: shared by build (the project's layout) and
// publish (every destination). It loads no registry client, so a plain build does not either.

/**
 * The image under `tags`, each companion under every tag + its suffix, then the referrers by
 * digest, all into one open target (the caller commits).
 */
export async function copyGraph(graph: ImageGraph, target: Target, tags: readonly string[], copy: Omit<CopyOptions, 'tags'>): Promise<{ result: CopyResult; extraTags: string[] }> {
  // Whether the target holds each root is asked all at once, not root by root: a registry answers
  // the HEADs side by side, and its target remembers the answers for the copies below.
  const roots = [graph.image, ...graph.companions.map((c) => c.image), ...graph.referrers];
  if (roots.length > 1) await eachLimited(roots, copy.concurrency ?? 3, async (root) => void (await target.exists(root.descriptor)));
  const result = await copyImage(graph.image, target, { ...copy, tags });
  const extraTags: string[] = [];
  for (const companion of graph.companions) {
    const companionTags = tags.map((t) => companionTag(t, companion.suffix));
    await copyImage(companion.image, target, { ...copy, tags: companionTags }).catch((err: unknown) => wrap(err, `pushing AOT image ${companionTags.join(', ')}`));
    extraTags.push(...companionTags);
  }
  for (const referrer of graph.referrers) {
    await copyImage(referrer, target, { ...copy, tags: [] }).catch((err: unknown) => wrap(err, `pushing referrer ${referrer.descriptor.digest}`));
  }
  return { result, extraTags };
}

/**
 * The name of a companion beside `tag`: a registry tag + suffix, checked by the one tag grammar.
 * A layout entry may be a whole reference as written ("localhost:5000/app:1.0"), a name, not a
 * parsed value: the suffix goes on its tag part, after the last ':'.
 */
export function companionTag(tag: string, suffix: string): string {
  const colon = tag.lastIndexOf(':');
  const [name, base] = colon > tag.lastIndexOf('/') ? [tag.slice(0, colon + 1), tag.slice(colon + 1)] : ['', tag];
  return name + tagWithSuffix(base, suffix, 'AOT_BAD_TAG');
}
