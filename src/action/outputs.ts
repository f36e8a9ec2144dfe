import type { AotView, BuildView } from './wasmpack.js';

/** One AOT image of the `aot` output: what was compiled and the references it is tagged with. */
export type AotImage = Omit<AotView, 'suffixes'> & { references: string[] };

/** Each portable reference + the target's suffix (app:1.0 -> app:1.0-aot-x86_64), as the push writes them. */
export function aotImages(view: BuildView, references: string[]): AotImage[] {
  const bases = references.length ? references : [view.localTag];
  return (view.aot ?? []).map((a) => ({
    target: a.target,
    cpu: a.cpu,
    formatVersion: a.formatVersion,
    wamrcVersion: a.wamrcVersion,
    size: a.size,
    runtimes: a.runtimes,
    references: a.suffixes.flatMap((suffix) => bases.map((ref) => `${ref}${suffix}`)),
  }));
}

/** The first reference pinned to the digest (what a deploy step should pull), or the local tag's. */
export function pinnedImage(view: BuildView, references: string[]): string {
  return `${references[0] ?? view.localTag}@${view.digest}`;
}

/**
 * The step's outputs (action.yml lists them): digest, image, tags, imageid, metadata, aot when
 * AOT images were built, and sbom when the SBOM was pushed as a bare (unsigned) referrer. Values
 * are strings; lists are newline-separated, documents JSON. (`signatures` is the signing step's.)
 */
export function actionOutputs(options: { view: BuildView; references: string[]; metadata: Record<string, unknown>; sbom?: string }): Record<string, string> {
  const { view, references } = options;
  const outputs: Record<string, string> = {
    digest: view.digest,
    image: pinnedImage(view, references),
    tags: references.join('\n'),
    imageid: view.imageId,
    metadata: JSON.stringify(options.metadata),
  };
  if (view.aot?.length) outputs.aot = JSON.stringify(aotImages(view, references));
  if (options.sbom) outputs.sbom = options.sbom;
  return outputs;
}
