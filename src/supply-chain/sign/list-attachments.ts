/*
 * What is attached to an image, without checking any of it: for `inspect`, which shows
 * signatures and attestations among the referrers (`verify` is what trusts them).
 */
import type { Descriptor } from '../../oci/content.js';
import { signatureTag, SigningAnnotation, SigningMediaType } from './formats.js';
import type { AttachmentStore } from './store.js';

export interface AttachmentListing {
  /** Simple-signing layers under the `.sig` tag. */
  signatures: number;
  /** Sigstore bundles and plain referrers (SBOMs, AOT images), each with what it says it is. */
  referrers: Array<{ digest: string; artifactType?: string; predicateType?: string; bundle: boolean }>;
}

export async function listAttachments(store: AttachmentStore, subject: string): Promise<AttachmentListing> {
  const sig = await store.findManifest(signatureTag(subject));
  let signatures = 0;
  if (sig) {
    try {
      signatures = ((JSON.parse(sig.bytes.toString('utf8')) as { layers?: Descriptor[] }).layers ?? []).filter((l) => l.mediaType === SigningMediaType.simpleSigning).length;
    } catch {
      signatures = 0;
    }
  }
  const referrers: AttachmentListing['referrers'] = [];
  for (const entry of await store.referrers(subject)) {
    // The fallback index may carry only the config's type (cosign): the manifest says what it is.
    const manifest = await store.findManifest(entry.digest).catch(() => undefined);
    let doc: { artifactType?: string; config?: Descriptor; layers?: Descriptor[]; annotations?: Record<string, string> } = {};
    try {
      doc = manifest ? JSON.parse(manifest.bytes.toString('utf8')) : {};
    } catch {
      doc = {};
    }
    const artifactType = doc.artifactType ?? entry.artifactType ?? doc.config?.mediaType;
    const bundle = artifactType === SigningMediaType.bundle || doc.layers?.[0]?.mediaType === SigningMediaType.bundle;
    const predicateType = doc.annotations?.[SigningAnnotation.bundlePredicateType];
    referrers.push({ digest: entry.digest, ...(artifactType ? { artifactType } : {}), ...(predicateType ? { predicateType } : {}), bundle });
  }
  return { signatures, referrers };
}
