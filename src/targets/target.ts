import type { Blob, Descriptor, ManifestNode } from '../oci/content.js';

export type BlobOutcome = 'pushed' | 'mounted';

/** Progress hooks (after oras-go): the copy routine reports, it never prints. */
export interface CopyHooks {
  onSkipped?(descriptor: Descriptor): void;
  onStart?(descriptor: Descriptor): void;
  onProgress?(descriptor: Descriptor, bytesSent: number): void;
  onDone?(descriptor: Descriptor, outcome: BlobOutcome): void;
  onTagged?(tag: string, descriptor: Descriptor): void;
}

/**
 * Where images go: a registry, an OCI layout, an archive. A new destination is a new file that
 * implements this; the copy routine does not change.
 */
export interface Target {
  /** For messages: "oci:.wasmpack/oci", "localhost:5000/app". */
  readonly name: string;
  exists(descriptor: Descriptor): Promise<boolean>;
  pushBlob(blob: Blob, hooks?: CopyHooks): Promise<BlobOutcome>;
  /** Stores a manifest by digest (reference undefined) or under a tag. */
  pushManifest(node: ManifestNode, reference?: string): Promise<void>;
  /** Makes everything written visible at once (index.json, the archive file). */
  commit(): Promise<void>;
  /** Removes what this target half-wrote. */
  abort(): Promise<void>;
  /** Releases connections (a registry's pool); optional for file targets. */
  close?(): Promise<void>;
}
