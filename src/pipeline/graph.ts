import type { ManifestNode } from '../oci/content.js';

/** An AOT image published beside every tag of the portable image, under tag + suffix ("-aot-x86_64"). */
export interface Companion {
  suffix: string;
  image: ManifestNode;
}

/**
 * What a build produces and publish takes (ko's Builder -> Publisher): the portable image, the
 * images tagged beside it, and the referrers whose subject it is. Built once, in memory; every
 * destination gets the same graph.
 */
export interface ImageGraph {
  image: ManifestNode;
  companions: readonly Companion[];
  referrers: readonly ManifestNode[];
  /** Names the image in messages ("hello-c"). */
  name: string;
  /** The reference it was built as ("localhost:5000/app:1.0", "hello-c:latest"): a docker-archive that names none gets it. */
  reference: string;
}
