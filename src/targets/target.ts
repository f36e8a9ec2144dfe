import type { Blob, Descriptor, ManifestNode } from '../oci/content.js';

export type BlobOutcome = 'pushed' | 'mounted';

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
 */
export interface Target {
  /** For messages: "oci:.wasmpack/oci", "localhost:5000/app". */
  readonly name: string;
  exists(descriptor: Descriptor): Promise<boolean>;
  pushBlob(blob: Blob, hooks?: CopyHooks): Promise<BlobOutcome>;
  /** Stores a manifest by digest (reference undefined) or under a tag. */
  pushManifest(node: ManifestNode, reference?: string, hooks?: CopyHooks): Promise<void>;
  /** Makes everything written since it opened visible at once (index.json, the archive file). */
  commit(): Promise<void>;
  /** Removes what this target half-wrote. */
  abort(): Promise<void>;
  /** Releases connections (a registry's pool); file targets have nothing to release. */
  close(): Promise<void>;
}
