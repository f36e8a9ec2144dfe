import type { Blob, Descriptor, ManifestNode } from '../oci/content.js';

export type BlobOutcome = 'pushed' | 'mounted';

/**
 * Where a manifest goes in a target, said by the caller, never guessed: under a tag; as a root
 * (an image, or a referrer stored beside its subject: an untagged entry of a layout's index.json,
 * an image of an archive); or as a child of another manifest (by digest only). A copy may hold
 * any number of roots.
 */
export type ManifestPlacement = { tag: string } | { root: true } | { child: true };

export const ROOT: ManifestPlacement = { root: true };
export const CHILD: ManifestPlacement = { child: true };

/** The tag of a placement, if it has one. */
export function placementTag(placement: ManifestPlacement): string | undefined {
  return 'tag' in placement ? placement.tag : undefined;
}

/** What a registry target counted while it was open (reported once, on close). */
export interface TransferStats {
  /** Every HTTP request sent to the registry, its token service or a redirect target. */
  requests: number;
  /** Blob body bytes streamed out (including attempts that failed). */
  blobBytesUploaded: number;
  tokenFetches: number;
  retries: number;
}

/**
 * Progress hooks (after oras-go): the copy routine and the targets report through these, they
 * never print.
 */
export interface CopyHooks {
  onSkipped?(descriptor: Descriptor): void;
  onStart?(descriptor: Descriptor): void;
  onProgress?(descriptor: Descriptor, bytesSent: number): void;
  onDone?(descriptor: Descriptor, outcome: BlobOutcome): void;
  onTagged?(tag: string, descriptor: Descriptor): void;
  /** A manifest with a subject was stored: found by the referrers API, or listed in the fallback tag. */
  onReferrer?(descriptor: Descriptor, how: 'api' | 'fallback-tag'): void;
  /** A target that talks to a registry says what it cost, when it is closed. */
  onStats?(stats: TransferStats): void;
}

/**
 * Where images go: a registry, an OCI layout, an archive. A new destination is a new file that
 * implements this; the copy routine does not change. A target stays usable for any number of
 * copies (an image and its companions) until commit() or abort(), then close().
 *
 * To attach a referrer (a manifest whose `subject` names an image: a signature, an SBOM, AOT
 * code), copy it as a root: `copyImage(referrer, target, { tags: [] })` inside the same
 * `transaction` as anything else; a registry target also lists it in the fallback tag where the
 * registry has no referrers API. To read a tag's manifest back from anywhere, open a Source
 * (./source.ts) for the same place.
 */
export interface Target {
  /** For messages: "oci:.wasmpack/oci", "localhost:5000/app". */
  readonly name: string;
  exists(descriptor: Descriptor): Promise<boolean>;
  pushBlob(blob: Blob, hooks?: CopyHooks): Promise<BlobOutcome>;
  /**
   * Stores a manifest (its blobs are already there) where `placement` says. 'skipped': the target
   * held it already and nothing was written (a root is still recorded as a root).
   */
  pushManifest(node: ManifestNode, placement: ManifestPlacement, hooks?: CopyHooks): Promise<'pushed' | 'skipped'>;
  /** Makes everything written since it opened visible at once (index.json, the archive file). */
  commit(): Promise<void>;
  /** Removes what this target half-wrote. */
  abort(): Promise<void>;
  /** Releases connections (a registry's pool); file targets have nothing to release. */
  close(): Promise<void>;
}
